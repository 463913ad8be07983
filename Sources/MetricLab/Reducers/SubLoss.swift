/// Which part of a loss a group of terms is: PML's sub-loss names (the keys of its loss
/// dictionary), by which `Reducer.bySubLoss` gives each part its own reducer.
public enum SubLoss: String, Sendable, Hashable, CaseIterable {
    /// The loss itself, for a loss of one part ("loss").
    case loss
    /// Terms of positive pairs or of proxies pulled to their class ("pos_loss": contrastive,
    /// SNR contrastive, intra-pair variance, proxy-anchor).
    case positive = "pos_loss"
    /// Terms of negative pairs or of proxies pushed from other classes ("neg_loss").
    case negative = "neg_loss"
    /// Margin loss's triplet terms ("margin_loss").
    case margin = "margin_loss"
    /// Margin loss's ν·β penalty on a learned β ("beta_reg_loss").
    case betaRegularization = "beta_reg_loss"
    /// Smooth-AP's per-example 1 − AP ("ap_loss").
    case averagePrecision = "ap_loss"
    /// VICReg's invariance term ("invariance_loss").
    case invariance = "invariance_loss"
    /// VICReg's variance term of the embeddings ("variance_loss1").
    case variance = "variance_loss1"
    /// VICReg's variance term of the references, the second view ("variance_loss2").
    case referenceVariance = "variance_loss2"
    /// VICReg's covariance term ("covariance_loss").
    case covariance = "covariance_loss"
    /// A regularizer on the batch's embeddings ("embedding_reg_loss").
    case embeddingRegularization = "embedding_reg_loss"
    /// A regularizer on the loss's own weights ("weight_reg_loss").
    case weightRegularization = "weight_reg_loss"
}
