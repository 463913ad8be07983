"""Writes pml-extra-core.json: pytorch-metric-learning's values and gradients for the losses of the
first fixture file and PML's wrappers, reducers, regularizers and distances, on other inputs,
dimensions (2, 3, 8, 16), label layouts and keyword arguments than pml-reference.json and
pml-zoo-reference.json.

Run with the PML environment (float64, fixed seeds, deterministic):

    /opt/pmlenv/bin/python Tests/Fixtures/pml-extra-core.py

Each case is written in the format of pml-zoo-reference.json: nested {"class", "kwargs"} objects are
PML distances, reducers, regularizers, miners and wrapped losses; "parameters" are the loss's own
parameters as set before the call; "refEmbeddings" is a second view (SelfSupervisedLoss);
"batches" are CrossBatchMemory's calls in order, the value and gradient those of the last.
"""
import json
import os

import pytorch_metric_learning
import torch
from pytorch_metric_learning import distances, losses, miners, reducers, regularizers

torch.set_default_dtype(torch.float64)
MODULES = [losses, distances, reducers, regularizers, miners]


def build(spec):
    """A PML object from {"class": name, "kwargs": {...}}, nested specs built first."""
    cls = next(getattr(m, spec["class"]) for m in MODULES if hasattr(m, spec["class"]))
    kwargs = {k: built(v) for k, v in spec.get("kwargs", {}).items()}
    if spec["class"] == "ClassWeightedReducer":  # PML indexes its weights as a tensor
        kwargs["weights"] = torch.tensor(kwargs["weights"])
    return cls(**kwargs)


def built(value):
    """A keyword's value with every spec in it built: a spec, a list of specs (None kept), or a
    dictionary of specs (MultipleReducers' reducers, MultipleLosses' losses and miners)."""
    if isinstance(value, dict) and "class" in value:
        return build(value)
    if isinstance(value, list) and any(isinstance(x, dict) for x in value):
        return [None if x is None else build(x) for x in value]
    if isinstance(value, dict) and value and all(isinstance(x, dict) for x in value.values()):
        return {k: build(x) for k, x in value.items()}
    return value


def spec(name, **kwargs):
    return {"class": name, "kwargs": kwargs}


def case(loss, embeddings, labels, parameters=None, miner=None, ref=None, batches=None):
    """Runs PML and records the inputs, the value and every gradient."""
    module = build(loss)
    for name, value in (parameters or {}).items():
        getattr(module, name).data = value.clone()
    x = embeddings.clone().requires_grad_(True)
    y = torch.tensor(labels)
    if batches is not None:
        for rows in batches[:-1]:
            module(x.detach()[rows], y[rows])
        value = module(x[batches[-1]], y[batches[-1]])
    elif ref is not None:
        r = ref.clone().requires_grad_(True)
        # VICReg takes the second view as ref_emb and no labels; SelfSupervisedLoss takes it second.
        value = module(x, ref_emb=r) if loss["class"] == "VICRegLoss" else module(x, r)
    else:
        tuples = build(miner)(x, y) if miner is not None else None
        value = module(x, y, tuples)
    value.backward()
    out = {"loss": loss["class"], "kwargs": loss.get("kwargs", {}), "miner": miner,
           "embeddings": embeddings.tolist(), "labels": labels,
           "parameters": {name: v.tolist() for name, v in (parameters or {}).items()},
           "value": value.item(), "gradient": x.grad.tolist(),
           "parameterGradients": {name: getattr(module, name).grad.tolist() for name in (parameters or {})}}
    if ref is not None:
        out.update(refEmbeddings=ref.tolist(), refGradient=r.grad.tolist())
    if batches is not None:
        out["batches"] = batches
    return out


def main():
    g = torch.Generator().manual_seed(20261206)

    def points(n, d, scale=1.0):
        return torch.randn(n, d, generator=g) * scale

    def layout(n, classes):
        return [i % classes for i in range(n)]

    cases = []
    lp1 = spec("LpDistance", p=1, normalize_embeddings=False)
    lp3 = spec("LpDistance", p=3, power=2)
    squared = spec("LpDistance", power=2, normalize_embeddings=False)
    cosine = spec("CosineSimilarity")
    dot = spec("DotProductSimilarity", normalize_embeddings=False)
    snr = spec("SNRDistance")

    # Pair and triplet losses: distances, reducers, margins, dimensions.
    for d, n, k in [(3, 12, 3), (8, 20, 4), (16, 10, 2)]:
        x, y = points(n, d), layout(n, k)
        cases += [
            case(spec("ContrastiveLoss", pos_margin=0.1, neg_margin=0.8, distance=lp1), x, y),
            case(spec("ContrastiveLoss", pos_margin=0.9, neg_margin=0.2, distance=cosine,
                      reducer=spec("ThresholdReducer", low=0.05, high=0.6)), x, y),
            case(spec("TripletMarginLoss", margin=0.3, swap=True, smooth_loss=True, distance=lp3), x, y),
            case(spec("TripletMarginLoss", margin=0.2, distance=snr, reducer=spec("SumReducer")), x, y),
            case(spec("LiftedStructureLoss", neg_margin=0.7, pos_margin=0.1, distance=squared), x, y),
            case(spec("GeneralizedLiftedStructureLoss", neg_margin=0.5, distance=dot), x, y),
            case(spec("MultiSimilarityLoss", alpha=3, beta=20, base=0.3, distance=lp1), x, y),
            case(spec("CircleLoss", m=0.25, gamma=30, reducer=spec("MeanReducer")), x, y),
            case(spec("NPairsLoss", distance=squared), x, y),
            case(spec("AngularLoss", alpha=35), x, y),
            case(spec("NTXentLoss", temperature=0.2, distance=lp3), x, y),
            case(spec("SupConLoss", temperature=0.3, reducer=spec("MeanReducer")), x, y),
            case(spec("RankedListLoss", margin=0.3, Tn=4, Tp=2, imbalance=0.3, alpha=1.1), x, y),
        ]

    # Every reducer on pair, triplet and element terms, nested reducers included.
    x, y = points(14, 3), layout(14, 3)
    weights = [0.5, 2.0, 1.25]
    for reducer in [spec("PerAnchorReducer"), spec("PerAnchorReducer", reducer=spec("SumReducer")),
                    spec("PerAnchorReducer", reducer=spec("ThresholdReducer", high=0.2)),
                    spec("ClassWeightedReducer", weights=weights), spec("ThresholdReducer", high=0.5),
                    spec("AvgNonZeroReducer"), spec("MeanReducer")]:
        cases.append(case(spec("ContrastiveLoss", reducer=reducer), x, y))
        # PML's multi-similarity terms are a column (n × 1) that ClassWeightedReducer broadcasts
        # against its n weights into an n × n matrix: PML computes mean(L)·mean(w), not the
        # class-weighted mean MetricLab computes, so that pair is left out.
        if reducer["class"] != "ClassWeightedReducer":
            cases.append(case(spec("MultiSimilarityLoss", reducer=reducer), x, y))
    for reducer in [spec("ClassWeightedReducer", weights=weights), spec("ThresholdReducer", low=0.01, high=0.1),
                    spec("SumReducer"), spec("MeanReducer")]:
        cases.append(case(spec("TripletMarginLoss", margin=0.1, reducer=reducer), x, y))

    # Regularizers on embeddings and on a loss's weights, with their weights and reducers.
    x, y = points(12, 3, 2.0), layout(12, 4)
    W = torch.randn(3, 4, generator=g)
    for reg in [spec("LpRegularizer", p=1, power=2), spec("LpRegularizer", p=3), spec("ZeroMeanRegularizer"),
                spec("LpRegularizer", reducer=spec("SumReducer"))]:
        cases.append(case(spec("TripletMarginLoss", embedding_regularizer=reg, embedding_reg_weight=0.3), x, y))
    for reg in [spec("RegularFaceRegularizer"), spec("CenterInvariantRegularizer"),
                spec("LpRegularizer", reducer=spec("SumReducer"))]:
        for cls in ["CosFaceLoss", "NormalizedSoftmaxLoss", "ArcFaceLoss"]:
            cases.append(case(spec(cls, num_classes=4, embedding_size=3, weight_regularizer=reg, weight_reg_weight=0.5),
                              x, y, parameters={"W": W}))
    fc = torch.randn(3, 12, generator=g)
    cases.append(case(spec("SoftTripleLoss", num_classes=4, embedding_size=3, centers_per_class=3,
                           weight_regularizer=spec("SparseCentersRegularizer", num_classes=4, centers_per_class=3),
                           weight_reg_weight=0.2), x, y, parameters={"fc": fc}))
    proxies = torch.randn(4, 3, generator=g)
    cases.append(case(spec("ProxyAnchorLoss", num_classes=4, embedding_size=3, weight_regularizer=spec("RegularFaceRegularizer")),
                      x, y, parameters={"proxies": proxies}))
    cases.append(case(spec("ProxyNCALoss", num_classes=4, embedding_size=3, softmax_scale=3,
                           embedding_regularizer=spec("ZeroMeanRegularizer"), weight_regularizer=spec("CenterInvariantRegularizer")),
                      x, y, parameters={"proxies": proxies}))

    # Miners before losses that weigh examples by how often a miner chose them.
    miner = spec("TripletMarginMiner", margin=0.4, type_of_triplets="semihard")
    for cls, params in [("NormalizedSoftmaxLoss", {"W": W}), ("CosFaceLoss", {"W": W}), ("SphereFaceLoss", {"W": W}),
                        ("ProxyAnchorLoss", {"proxies": proxies}), ("ProxyNCALoss", {"proxies": proxies})]:
        cases.append(case(spec(cls, num_classes=4, embedding_size=3), x, y, parameters=params, miner=miner))
    cases.append(case(spec("SoftTripleLoss", num_classes=4, embedding_size=3, centers_per_class=3), x, y,
                      parameters={"fc": fc}, miner=spec("MultiSimilarityMiner", epsilon=0.3)))
    for cls in ["ContrastiveLoss", "NTXentLoss", "LiftedStructureLoss", "AngularLoss", "SupConLoss", "NPairsLoss"]:
        cases.append(case(spec(cls), x, y, miner=spec("TripletMarginMiner", margin=0.3, type_of_triplets="all")))
    cases.append(case(spec("TripletMarginLoss", margin=0.2), x, y, miner=spec("MultiSimilarityMiner", epsilon=0.2)))

    # Wrappers: self-supervised (symmetric or not), cross-batch memory over several calls, sums.
    x, ref = points(10, 3), points(10, 3)
    for base in ["TripletMarginLoss", "ContrastiveLoss", "NTXentLoss", "SupConLoss", "MultiSimilarityLoss",
                 "CircleLoss", "AngularLoss", "GeneralizedLiftedStructureLoss"]:
        for symmetric in [True, False]:
            cases.append(case(spec("SelfSupervisedLoss", loss=spec(base), symmetric=symmetric), x, layout(10, 10), ref=ref))
    x, y = points(24, 2), layout(24, 3)
    calls = [[0, 1, 2, 3, 4, 5, 6, 7], [8, 9, 10, 11, 12, 13, 14, 15], [16, 17, 18, 19, 20, 21, 22, 23], [3, 5, 9, 11, 17, 19, 20, 22]]
    for base in [spec("ContrastiveLoss", pos_margin=0.1), spec("TripletMarginLoss", margin=0.2), spec("NTXentLoss"),
                 spec("MultiSimilarityLoss"), spec("SupConLoss"), spec("CircleLoss"), spec("AngularLoss"),
                 spec("GeneralizedLiftedStructureLoss"), spec("LiftedStructureLoss")]:
        for memory in [12, 20]:
            cases.append(case(spec("CrossBatchMemory", loss=base, embedding_size=2, memory_size=memory), x, y, batches=calls))
    # A miner given to the memory mines the batch against it, the example's own copy included, and
    # loses its pairs with itself afterwards.
    for base, miner in [(spec("ContrastiveLoss"), spec("MultiSimilarityMiner", epsilon=0.2)),
                        (spec("TripletMarginLoss", margin=0.1), spec("TripletMarginMiner", margin=0.3, type_of_triplets="semihard")),
                        (spec("ContrastiveLoss"), spec("PairMarginMiner", pos_margin=0.1, neg_margin=0.9)),
                        (spec("TripletMarginLoss"), spec("BatchEasyHardMiner", pos_strategy="easy", neg_strategy="hard")),
                        (spec("NTXentLoss"), spec("BatchHardMiner"))]:
        cases.append(case(spec("CrossBatchMemory", loss=base, embedding_size=2, memory_size=16, miner=miner), x, y, batches=calls))
    x, y = points(12, 3), layout(12, 3)
    cases.append(case(spec("MultipleLosses", losses=[spec("ContrastiveLoss"), spec("TripletMarginLoss")], weights=[0.3, 2.0]), x, y))

    # A reducer per sub-loss (MultipleReducers; the parts it does not name take its default, MeanReducer
    # unless given), and sums of losses with their own miners, as a list or keyed.
    x, y = points(12, 3), layout(12, 3)
    multiple = lambda default=None, **parts: spec("MultipleReducers", reducers=parts,
                                                  **({} if default is None else {"default_reducer": default}))
    cases += [
        case(spec("ContrastiveLoss", reducer=multiple(pos_loss=spec("MeanReducer"), neg_loss=spec("AvgNonZeroReducer"))), x, y),
        case(spec("ContrastiveLoss", pos_margin=0.2, reducer=multiple(neg_loss=spec("SumReducer"))), x, y),
        case(spec("ContrastiveLoss", reducer=multiple(spec("SumReducer"), pos_loss=spec("ThresholdReducer", high=0.5))), x, y),
        case(spec("SignalToNoiseRatioContrastiveLoss",
                  reducer=multiple(pos_loss=spec("PerAnchorReducer", reducer=spec("SumReducer")))), x, y),
        case(spec("IntraPairVarianceLoss", reducer=multiple(pos_loss=spec("SumReducer"))), x, y),
        case(spec("TripletMarginLoss", embedding_regularizer=spec("LpRegularizer"), embedding_reg_weight=0.5,
                  reducer=multiple(loss=spec("AvgNonZeroReducer"), embedding_reg_loss=spec("SumReducer"))), x, y),
        case(spec("ProxyAnchorLoss", num_classes=3, embedding_size=3,
                  reducer=multiple(pos_loss=spec("DivisorReducer"), neg_loss=spec("SumReducer"))),
             x, y, parameters={"proxies": torch.randn(3, 3, generator=g)}),
        case(spec("MarginLoss", learn_beta=True, num_classes=3,
                  reducer=multiple(margin_loss=spec("DivisorReducer"), beta_reg_loss=spec("SumReducer"))),
             x, y, parameters={"beta": torch.tensor([1.1, 0.9, 1.3])}),
        case(spec("VICRegLoss", reducer=multiple(invariance_loss=spec("SumReducer"), variance_loss2=spec("SumReducer"))),
             x, layout(12, 12), ref=points(12, 3)),
        # PML's Smooth-AP reads the batch as consecutive blocks, as many examples a class as classes.
        case(spec("SmoothAPLoss", reducer=multiple(ap_loss=spec("SumReducer"))), points(9, 3), [i // 3 for i in range(9)]),
        case(spec("MultipleLosses", losses=[spec("ContrastiveLoss"), spec("TripletMarginLoss", margin=0.3)],
                  miners=[spec("MultiSimilarityMiner", epsilon=0.2), None], weights=[0.5, 1.5]), x, y),
        case(spec("MultipleLosses", losses={"pairs": spec("MultiSimilarityLoss"), "triplets": spec("TripletMarginLoss")},
                  miners={"triplets": spec("TripletMarginMiner", margin=0.3, type_of_triplets="hard")},
                  weights={"pairs": 2.0, "triplets": 0.25}), x, y),
    ]

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pml-extra-core.json")
    with open(path, "w") as f:
        json.dump({"format": "pytorch-metric-learning",
                   "about": "pml-extra-core.py: pytorch-metric-learning %s on torch %s, float64: the losses of "
                            "pml-reference.json and PML's wrappers, reducers, regularizers and distances on other inputs, "
                            "dimensions and keyword arguments." % (pytorch_metric_learning.__version__, torch.__version__),
                   "cases": cases}, f, indent=1)
    print("%d cases written to %s" % (len(cases), path))


if __name__ == "__main__":
    main()
