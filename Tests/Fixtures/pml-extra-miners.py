"""Writes pml-extra-miners.json: pytorch-metric-learning 2.9 references for losses run on what a
miner chose, one case per (loss, miner, kwargs), in the format of pml-zoo-reference.json.

Covers every deterministic PML miner with non-default kwargs and the losses each is usually paired
with: PairMarginMiner, BatchEasyHardMiner (every strategy combination PML allows, ranges, a
similarity, exact ties), HDCMiner (on all pairs, and filtering a given indices_tuple through
set_idx_externally), AngularMiner, EmbeddingsAlreadyPackagedAsTriplets, and the three miners
MetricLab already had. Embedding sizes 2, 3, 8 and 16, several batch sizes and label layouts.
Cases with refEmbeddings compare a batch with a second view, each example its own class (labels
0..n-1, as the harness reads such cases); ref_labels is passed as a separate tensor so that PML
does not drop the diagonal. The sampling miners (DistanceWeightedMiner, UniformHistogramMiner)
draw from torch's generator and have no case here: MetricLab tests their distributions instead.

Run: /opt/pmlenv/bin/python pml-extra-miners.py [OUT.json]   (float64, fixed seeds)."""
import json
import math
import sys

import numpy as np
import pytorch_metric_learning as pml
import torch
from pytorch_metric_learning import distances, losses, miners

torch.set_default_dtype(torch.float64)

CLASSES = {
    "ContrastiveLoss": losses.ContrastiveLoss,
    "TripletMarginLoss": losses.TripletMarginLoss,
    "AngularLoss": losses.AngularLoss,
    "MultiSimilarityLoss": losses.MultiSimilarityLoss,
    "CircleLoss": losses.CircleLoss,
    "PairMarginMiner": miners.PairMarginMiner,
    "BatchEasyHardMiner": miners.BatchEasyHardMiner,
    "HDCMiner": miners.HDCMiner,
    "AngularMiner": miners.AngularMiner,
    "EmbeddingsAlreadyPackagedAsTriplets": miners.EmbeddingsAlreadyPackagedAsTriplets,
    "TripletMarginMiner": miners.TripletMarginMiner,
    "BatchHardMiner": miners.BatchHardMiner,
    "MultiSimilarityMiner": miners.MultiSimilarityMiner,
    "LpDistance": distances.LpDistance,
    "CosineSimilarity": distances.CosineSimilarity,
    "SNRDistance": distances.SNRDistance,
}


def build(spec):
    """A PML object from {"class": name, "kwargs": {...}}, nested distances included."""
    kwargs = {k: build(v) if isinstance(v, dict) and "class" in v else v for k, v in spec.get("kwargs", {}).items()}
    return CLASSES[spec["class"]](**kwargs)


def component(name, **kwargs):
    return {"class": name, "kwargs": kwargs}


def batch(seed, n, dim, classes, scale=1.0, clustered=0.0):
    """Gaussian embeddings of varied norms and labels covering every class, shuffled; `clustered`
    moves each class towards a mean of its own, so that some positives are nearer than negatives."""
    g = torch.Generator().manual_seed(seed)
    labels = (torch.arange(n) % classes)[torch.randperm(n, generator=g)]
    means = torch.randn(classes, dim, generator=g)
    x = torch.randn(n, dim, generator=g) * scale * (0.5 + torch.rand(n, 1, generator=g)) + clustered * means[labels]
    return x, labels


def no_tie_at_cut(mat, pairs, fraction, largest):
    """torch.topk breaks ties arbitrarily: refuse an HDC case whose cut falls inside a tie, unless
    the tied pairs are one pair of rows either way round (the same term for a pair loss)."""
    a, o = pairs
    if len(a) == 0:
        return
    values = mat[a, o]
    ordered = torch.sort(values, descending=largest).values
    k = int(math.ceil(fraction * len(values)))
    if 0 < k < len(values) and ordered[k - 1] == ordered[k]:
        tied = {frozenset((int(i), int(j))) for i, j in zip(a[values == ordered[k]], o[values == ordered[k]])}
        if len(tied) > 1:
            raise SystemExit(f"HDC case: the cut at {k} of {len(values)} pairs falls inside a tie; change the case")


def run(loss_spec, miner_spec, x, labels, ref=None, indices_tuple=None):
    loss = build(loss_spec)
    miner = build(miner_spec)
    x = x.clone().requires_grad_(True)
    ref_labels = None
    if ref is not None:
        ref = ref.clone().requires_grad_(True)
        ref_labels = labels.clone()
    if indices_tuple is not None:
        miner.set_idx_externally(tuple(torch.tensor(t) for t in indices_tuple), labels)
    if isinstance(miner, miners.HDCMiner):
        mat = miner.distance(x.detach(), None if ref is None else ref.detach())
        pairs = pml.utils.loss_and_miner_utils.convert_to_pairs(
            None if indices_tuple is None else tuple(torch.tensor(t) for t in indices_tuple), labels, ref_labels)
        inverted = miner.distance.is_inverted
        no_tie_at_cut(mat, pairs[:2], miner.filter_percentage, not inverted)
        no_tie_at_cut(mat, pairs[2:], miner.filter_percentage, inverted)
    tuples = miner(x, labels, ref, ref_labels)
    value = loss(x, labels, tuples, ref, ref_labels)
    value.backward()
    case = {"loss": loss_spec["class"], "kwargs": loss_spec.get("kwargs", {}), "miner": miner_spec,
            "embeddings": x.detach().tolist(), "labels": labels.tolist()}
    if ref is not None:
        case["refEmbeddings"] = ref.detach().tolist()
    if indices_tuple is not None:
        case["indicesTuple"] = [list(t) for t in indices_tuple]
    case.update({"parameters": {}, "value": value.item(), "gradient": x.grad.tolist(), "parameterGradients": {}})
    if ref is not None:
        case["refGradient"] = ref.grad.tolist()
    mined = len(tuples[0]) + (len(tuples[2]) if len(tuples) == 4 else 0)
    print(f"{loss_spec['class']:>20} {miner_spec['class']:>36} {json.dumps(miner_spec['kwargs']):60.60} "
          f"n={len(labels):<3} dim={x.shape[1]:<3} tuples={mined:<5} value={value.item():.6g}", file=sys.stderr)
    return case


def views(seed, n, dim):
    """A batch and a second view of it: each example its own class."""
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, dim, generator=g)
    return x, x + 0.6 * torch.randn(n, dim, generator=g), torch.arange(n)


def packaged(seed, triplets, dim):
    """Rows (anchor, positive, negative) three by three, the positive near its anchor."""
    g = torch.Generator().manual_seed(seed)
    anchors = torch.randn(triplets, dim, generator=g)
    positives = anchors + 0.5 * torch.randn(triplets, dim, generator=g)
    negatives = torch.randn(triplets, dim, generator=g)
    x = torch.stack([anchors, positives, negatives], dim=1).reshape(3 * triplets, dim)
    labels = torch.stack([torch.arange(triplets), torch.arange(triplets), torch.arange(triplets) + triplets], dim=1)
    return x, labels.reshape(-1)


def cases():
    out = []
    cosine = component("CosineSimilarity")
    contrastive, triplet = component("ContrastiveLoss"), component("TripletMarginLoss", margin=0.2)
    wide = component("ContrastiveLoss", pos_margin=0.1, neg_margin=1.8)

    # PairMarginMiner: the margins, a similarity, an unnormalised distance, a second view.
    x, y = batch(101, 12, 3, 3)
    out.append(run(component("ContrastiveLoss", pos_margin=0.3, neg_margin=0.9),
                   component("PairMarginMiner", pos_margin=0.3, neg_margin=0.9), x, y))
    x, y = batch(102, 16, 8, 4)
    out.append(run(component("ContrastiveLoss", pos_margin=0.85, neg_margin=0.2, distance=cosine),
                   component("PairMarginMiner", pos_margin=0.85, neg_margin=0.2, distance=cosine), x, y))
    x, y = batch(103, 10, 2, 2, scale=1.5)
    plain = component("LpDistance", normalize_embeddings=False)
    out.append(run(component("ContrastiveLoss", neg_margin=2.5, distance=plain),
                   component("PairMarginMiner", pos_margin=0.5, neg_margin=2.0, distance=plain), x, y))
    x, ref, y = views(104, 8, 3)
    out.append(run(contrastive, component("PairMarginMiner", pos_margin=0.1, neg_margin=1.2), x, y, ref=ref))

    # BatchEasyHardMiner: every combination PML allows, on triplet and contrastive losses.
    strategies = ["easy", "semihard", "hard", "all"]
    seed = 200
    for pos in strategies:
        for neg in strategies:
            if pos == neg == "semihard" or {pos, neg} == {"semihard", "all"}:
                continue
            seed += 1
            dim = [2, 3, 8, 16][seed % 4]
            x, y = batch(seed, 14, dim, 3, clustered=1.5)
            # Easy negatives are far and easy positives near: wide margins keep the terms nonzero.
            loss = wide if neg in ["easy", "all"] else component("TripletMarginLoss", margin=0.6)
            out.append(run(loss, component("BatchEasyHardMiner", pos_strategy=pos, neg_strategy=neg), x, y))
    # Ranges on raw distances, and on similarities (where easy and hard turn round).
    x, y = batch(231, 16, 3, 4)
    out.append(run(triplet, component("BatchEasyHardMiner", pos_strategy="hard", neg_strategy="semihard",
                                      allowed_pos_range=[0.3, 1.2], allowed_neg_range=[0.4, 1.6]), x, y))
    x, y = batch(232, 16, 8, 3)
    out.append(run(contrastive, component("BatchEasyHardMiner", pos_strategy="semihard", neg_strategy="easy",
                                          allowed_pos_range=[0.2, 1.3]), x, y))
    x, y = batch(233, 12, 3, 3)
    out.append(run(component("TripletMarginLoss", margin=0.1, distance=cosine),
                   component("BatchEasyHardMiner", pos_strategy="easy", neg_strategy="hard", distance=cosine,
                             allowed_neg_range=[-0.5, 0.8]), x, y))
    x, y = batch(234, 12, 2, 2, clustered=1.0)
    out.append(run(contrastive, component("BatchEasyHardMiner", pos_strategy="semihard", neg_strategy="hard",
                                          distance=cosine), x, y))
    x, y = batch(235, 12, 3, 3)
    out.append(run(triplet, component("BatchEasyHardMiner", pos_strategy="all", neg_strategy="hard",
                                      allowed_pos_range=[0.0, 0.1], allowed_neg_range=[0.5, 2.0]), x, y))
    # Exact ties: duplicated rows, where the first row in order must win.
    x, y = batch(236, 6, 2, 2)
    x, y = torch.cat([x, x]), torch.cat([y, y])
    for pos, neg in [("easy", "hard"), ("hard", "easy"), ("hard", "semihard"), ("semihard", "hard")]:
        out.append(run(wide, component("BatchEasyHardMiner", pos_strategy=pos, neg_strategy=neg), x, y))
    x, ref, y = views(237, 9, 3)
    out.append(run(triplet, component("BatchEasyHardMiner", pos_strategy="hard", neg_strategy="semihard"), x, y, ref=ref))

    # HDCMiner: the share kept, a similarity, and filtering given triplets or pairs.
    x, y = batch(301, 16, 8, 4)
    out.append(run(contrastive, component("HDCMiner", filter_percentage=0.3), x, y))
    x, y = batch(302, 12, 3, 3)
    out.append(run(component("ContrastiveLoss", pos_margin=1, neg_margin=0, distance=cosine),
                   component("HDCMiner", filter_percentage=0.7, distance=cosine), x, y))
    x, y = batch(303, 10, 2, 2)
    out.append(run(contrastive, component("HDCMiner", filter_percentage=0.25), x, y))
    x, y = batch(304, 12, 3, 3)
    a, p, n = pml.utils.loss_and_miner_utils.get_all_triplets_indices(y)
    keep = torch.randperm(len(a), generator=torch.Generator().manual_seed(304))[:40]
    triples = [a[keep].tolist(), p[keep].tolist(), n[keep].tolist()]
    out.append(run(contrastive, component("HDCMiner", filter_percentage=0.4), x, y, indices_tuple=triples))
    x, y = batch(305, 14, 8, 4)
    a1, p1, a2, n2 = pml.utils.loss_and_miner_utils.get_all_pairs_indices(y)
    pairs = [a1[::2].tolist(), p1[::2].tolist(), a2[::3].tolist(), n2[::3].tolist()]
    out.append(run(contrastive, component("HDCMiner", filter_percentage=0.6), x, y, indices_tuple=pairs))
    x, ref, y = views(306, 8, 3)
    out.append(run(contrastive, component("HDCMiner", filter_percentage=0.5), x, y, ref=ref))

    # AngularMiner: on embeddings as given (scaled), with the angular and the triplet loss.
    x, y = batch(401, 12, 3, 3, scale=2.0)
    out.append(run(component("AngularLoss", alpha=35), component("AngularMiner", angle=35), x, y))
    x, y = batch(402, 16, 8, 4)
    out.append(run(component("AngularLoss", alpha=45), component("AngularMiner", angle=25), x, y))
    x, y = batch(403, 10, 2, 2, scale=0.3)
    out.append(run(triplet, component("AngularMiner", angle=45, distance=component("LpDistance")), x, y))
    x, ref, y = views(404, 8, 3)
    out.append(run(component("AngularLoss"), component("AngularMiner", angle=10), x, y, ref=ref))

    # Rows packaged as triplets.
    x, y = packaged(501, 4, 3)
    out.append(run(triplet, component("EmbeddingsAlreadyPackagedAsTriplets"), x, y))
    x, y = packaged(502, 5, 8)
    out.append(run(contrastive, component("EmbeddingsAlreadyPackagedAsTriplets", distance=cosine), x, y))

    # The miners MetricLab already had, with the losses they are paired with.
    x, y = batch(601, 16, 3, 4)
    out.append(run(component("MultiSimilarityLoss", alpha=1, beta=40, base=0.6),
                   component("MultiSimilarityMiner", epsilon=0.2), x, y))
    x, y = batch(602, 12, 8, 3)
    out.append(run(component("CircleLoss"), component("MultiSimilarityMiner", epsilon=0.05), x, y))
    x, y = batch(603, 14, 2, 3)
    out.append(run(triplet, component("TripletMarginMiner", margin=0.3, type_of_triplets="semihard"), x, y))
    x, y = batch(604, 12, 16, 3)
    out.append(run(triplet, component("BatchHardMiner", distance=cosine), x, y))
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else __file__.replace(".py", ".json")
    about = (f"Reference values from pytorch-metric-learning {pml.__version__} on torch {torch.__version__}, "
             "float64, for losses computed on what a miner chose (written by pml-extra-miners.py). Each case: the "
             "loss class and kwargs, the miner {class, kwargs} PML ran first (its output passed as indices_tuple), "
             "the case's embeddings and labels, the value and the gradient. Optional: refEmbeddings (a second view, "
             "each example its own class, with refGradient) and indicesTuple (tuples given to HDCMiner through "
             "set_idx_externally).")
    data = {"format": "pytorch-metric-learning", "about": about, "cases": cases()}
    with open(path, "w") as f:
        json.dump(data, f, indent=1)
        f.write("\n")
    print(f"{len(data['cases'])} cases written to {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
