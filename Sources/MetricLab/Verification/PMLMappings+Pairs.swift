extension PMLMappings {
    /// Pair- and triplet-based losses: contrastive, triplet, lifted structure, N-pair, angular.
    public static let pairs: [String: PMLMapping] = [:]
}
