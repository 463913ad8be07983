"""Writes pml-extra-pairs.json: pytorch-metric-learning 2.9 reference values, in float64, for the
pair family of the zoo (MarginLoss, NCALoss, SignalToNoiseRatioContrastiveLoss, TupletMarginLoss,
IntraPairVarianceLoss, ThresholdConsistentMarginLoss) on inputs other than pml-zoo-reference.json's:
embedding widths 2, 3, 8 and 16, batches of 5 to 32, uneven classes and classes of one, every
keyword of each class, other distances and reducers where PML takes them, given index tuples
(triplets and pairs, duplicates kept), a miner, and the wrappers that take these losses.

Run: /opt/pmlenv/bin/python pml-extra-pairs.py  (writes the JSON beside this script)."""
import json
import os

import numpy as np
import torch
from pytorch_metric_learning import distances, losses, miners, reducers, regularizers

torch.set_default_dtype(torch.float64)
MODULES = [losses, distances, reducers, regularizers, miners]


def build(spec):
    """A PML object from {"class": name, "kwargs": {...}}, nested objects built first."""
    kwargs = {}
    for key, value in spec.get("kwargs", {}).items():
        if isinstance(value, dict) and "class" in value:
            value = build(value)
        elif spec["class"] == "ClassWeightedReducer" and key == "weights":
            value = torch.tensor(value)
        kwargs[key] = value
    cls = next(getattr(m, spec["class"]) for m in MODULES if hasattr(m, spec["class"]))
    return cls(**kwargs)


def points(seed, n, dim, classes, spread=2.0, scale=1.0, at=None):
    """n embeddings of width dim around one centre per class (or exactly `at`), and their labels."""
    if at is not None:
        return np.array(at, dtype=float), classes
    rng = np.random.RandomState(seed)
    labels = [int(c) for c in classes] if isinstance(classes, list) else [int(x) for x in rng.randint(0, classes, n)]
    centres = rng.normal(0, spread, (max(labels) + 1, dim))
    x = np.array([centres[y] + rng.normal(0, scale, dim) for y in labels])
    return x, labels


def run(case):
    """PML's value and gradients for one case, in the fixture format."""
    x, labels = points(**case.pop("points"))
    emb = torch.tensor(x, requires_grad=True)
    y = torch.tensor(labels)
    loss_fn = build({"class": case["loss"], "kwargs": case.get("kwargs", {})})
    params = {}
    for name, value in case.get("parameters", {}).items():
        p = getattr(loss_fn, name)
        with torch.no_grad():
            p.copy_(torch.tensor(value))
        params[name] = p
    out = {"loss": case["loss"], "kwargs": case.get("kwargs", {}), "embeddings": x.tolist(), "labels": labels}
    if "miner" in case:
        out["miner"] = case["miner"]
    if "refPoints" in case:
        ref = torch.tensor(points(**case["refPoints"])[0], requires_grad=True)
        value = loss_fn(emb, ref)
        out["refEmbeddings"] = ref.detach().tolist()
    elif "batches" in case:
        for rows in case["batches"]:
            value = loss_fn(emb[rows], y[rows])
        out["batches"] = case["batches"]
    else:
        tuples = None
        if "miner" in case:
            tuples = build(case["miner"])(emb, y)
        elif "indicesTuple" in case:
            tuples = tuple(torch.tensor(t) for t in case["indicesTuple"])
            out["indicesTuple"] = case["indicesTuple"]
        value = loss_fn(emb, y, tuples)
    value.backward()
    out["parameters"] = {k: v.detach().tolist() for k, v in params.items()}
    out["value"] = value.item()
    out["gradient"] = emb.grad.tolist()
    if "refPoints" in case:
        out["refGradient"] = ref.grad.tolist()
    out["parameterGradients"] = {k: v.grad.tolist() for k, v in params.items()}
    return out


def cos():
    return {"class": "CosineSimilarity", "kwargs": {}}


def lp(**kwargs):
    return {"class": "LpDistance", "kwargs": kwargs}


def reducer(name, **kwargs):
    return {"class": name, "kwargs": kwargs}


CASES = [
    # MarginLoss
    {"loss": "MarginLoss", "kwargs": {"margin": 0.1, "beta": 0.8, "triplets_per_anchor": "all"},
     "points": dict(seed=1, n=10, dim=3, classes=[0, 0, 0, 1, 1, 2, 2, 2, 2, 1])},
    {"loss": "MarginLoss", "kwargs": {"margin": 0.3, "nu": 0.05, "learn_beta": True, "num_classes": None},
     "parameters": {"beta": [1.1]}, "points": dict(seed=2, n=12, dim=8, classes=3, spread=0.6)},
    {"loss": "MarginLoss", "kwargs": {"beta": 0.5, "nu": 0.1, "learn_beta": True, "num_classes": 5, "distance": cos()},
     "parameters": {"beta": [0.3, 0.45, 0.2, 0.6, 0.35]},
     "points": dict(seed=3, n=16, dim=16, classes=[0, 1, 3, 4, 0, 1, 3, 4, 0, 1, 3, 4, 0, 3, 4, 4], spread=0.4)},
    {"loss": "MarginLoss", "kwargs": {"nu": 0.2, "learn_beta": True, "num_classes": 3, "reducer": reducer("MeanReducer")},
     "parameters": {"beta": [0.9, 1.3, 1.1]}, "points": dict(seed=4, n=8, dim=2, classes=[0, 0, 1, 1, 2, 2, 0, 1]),
     "indicesTuple": [[0, 0, 2, 6, 6, 3], [1, 6, 7, 0, 0, 7], [4, 2, 5, 3, 3, 0]]},
    {"loss": "MarginLoss", "kwargs": {"margin": 0.05, "beta": 0.4, "distance": lp(power=2, normalize_embeddings=False),
                                       "reducer": reducer("AvgNonZeroReducer")},
     "points": dict(seed=5, n=14, dim=8, classes=4, spread=0.3, scale=0.25)},
    {"loss": "MarginLoss", "kwargs": {"nu": 0.1, "learn_beta": True, "num_classes": 3,
                                       "reducer": reducer("ClassWeightedReducer", weights=[0.5, 2.0, 1.0])},
     "parameters": {"beta": [1.0, 0.7, 1.25]}, "points": dict(seed=6, n=9, dim=3, classes=[0, 1, 2, 0, 1, 2, 0, 1, 2]),
     "indicesTuple": [[0, 0, 4, 4, 8], [3, 6, 1, 1, 5], [0, 3, 4, 7, 8], [1, 2, 0, 2, 6]]},
    {"loss": "MarginLoss", "kwargs": {"nu": 0.3, "learn_beta": True, "num_classes": 4,
                                       "reducer": reducer("ThresholdReducer", low=0.05)},
     "parameters": {"beta": [1.2, 0.95, 1.05, 1.4]}, "points": dict(seed=7, n=12, dim=8, classes=4, spread=0.5)},
    {"loss": "MarginLoss", "kwargs": {"margin": 0.25, "nu": 0.5, "learn_beta": True, "reducer": reducer("SumReducer")},
     "parameters": {"beta": [0.85]}, "points": dict(seed=8, n=7, dim=16, classes=[1, 1, 0, 0, 0, 2, 3], spread=0.5)},
    {"loss": "CrossBatchMemory", "kwargs": {"loss": {"class": "MarginLoss", "kwargs": {"margin": 0.15}},
                                             "embedding_size": 3, "memory_size": 10},
     "points": dict(seed=9, n=14, dim=3, classes=3), "batches": [[0, 1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11], [12, 13, 2, 5]]},
    # NCALoss
    {"loss": "NCALoss", "kwargs": {"softmax_scale": 2.5},
     "points": dict(seed=11, n=9, dim=3, classes=[0, 0, 1, 1, 1, 2, 3, 3, 0])},
    {"loss": "NCALoss", "kwargs": {"distance": cos(), "reducer": reducer("SumReducer")},
     "points": dict(seed=12, n=16, dim=16, classes=4, spread=0.5)},
    {"loss": "NCALoss", "kwargs": {"softmax_scale": 4}, "miner": {"class": "TripletMarginMiner", "kwargs": {"margin": 0.3}},
     "points": dict(seed=13, n=12, dim=8, classes=3, spread=0.7)},
    {"loss": "NCALoss", "kwargs": {}, "points": dict(seed=14, n=8, dim=2, classes=[0, 0, 1, 1, 2, 2, 1, 0]),
     "indicesTuple": [[0, 0, 3, 5], [7, 7, 2, 4], [1, 6, 6], [2, 0, 4]]},
    {"loss": "NCALoss", "kwargs": {"softmax_scale": 0.5, "distance": lp(normalize_embeddings=False),
                                    "reducer": reducer("ThresholdReducer", low=0.3)},
     "points": dict(seed=15, n=20, dim=2, classes=5)},
    # Example 0's classmates are so far that its probability underflows to 0 and PML drops its term.
    {"loss": "NCALoss", "kwargs": {"distance": lp(power=2, normalize_embeddings=False)},
     "points": dict(seed=16, n=6, dim=2, classes=[0, 0, 1, 1, 2, 2],
                    at=[[0, 0], [30, 0.5], [1, 0.2], [29, -0.3], [0.5, 1.5], [15, 2]])},
    {"loss": "SelfSupervisedLoss", "kwargs": {"loss": {"class": "NCALoss", "kwargs": {"softmax_scale": 2}}, "symmetric": False},
     "points": dict(seed=17, n=6, dim=8, classes=list(range(6))), "refPoints": dict(seed=18, n=6, dim=8, classes=list(range(6)))},
    # SignalToNoiseRatioContrastiveLoss
    {"loss": "SignalToNoiseRatioContrastiveLoss", "kwargs": {"pos_margin": 0.1, "neg_margin": 0.8},
     "points": dict(seed=21, n=12, dim=8, classes=3, spread=0.8)},
    {"loss": "SignalToNoiseRatioContrastiveLoss",
     "kwargs": {"distance": {"class": "SNRDistance", "kwargs": {"normalize_embeddings": False}}, "reducer": reducer("MeanReducer")},
     "points": dict(seed=22, n=10, dim=3, classes=[0, 1, 0, 1, 2, 2, 2, 0, 1, 3])},
    {"loss": "SignalToNoiseRatioContrastiveLoss", "kwargs": {"neg_margin": 1.2},
     "points": dict(seed=23, n=8, dim=16, classes=[0, 0, 1, 1, 2, 2, 3, 3]),
     "indicesTuple": [[0, 2, 2, 4, 6], [1, 3, 3, 5, 7], [5, 1, 7, 0, 3]]},
    {"loss": "SignalToNoiseRatioContrastiveLoss",
     "kwargs": {"embedding_regularizer": {"class": "ZeroMeanRegularizer", "kwargs": {}}, "embedding_reg_weight": 0.5},
     "points": dict(seed=24, n=10, dim=8, classes=3)},
    {"loss": "CrossBatchMemory", "kwargs": {"loss": {"class": "SignalToNoiseRatioContrastiveLoss", "kwargs": {"pos_margin": 0.05}},
                                             "embedding_size": 8, "memory_size": 9},
     "points": dict(seed=25, n=12, dim=8, classes=3), "batches": [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9], [10, 11, 0, 6]]},
    # TupletMarginLoss
    {"loss": "TupletMarginLoss", "kwargs": {"margin": 10, "scale": 16},
     "points": dict(seed=31, n=10, dim=3, classes=[0, 0, 0, 1, 1, 2, 2, 2, 3, 1])},
    {"loss": "TupletMarginLoss", "kwargs": {"scale": 4}, "points": dict(seed=32, n=8, dim=8, classes=[0, 0, 1, 1, 2, 2, 0, 1], spread=0.5),
     "indicesTuple": [[0, 0, 2, 4, 6], [1, 6, 3, 5, 1], [0, 0, 0, 2, 2, 6], [2, 2, 4, 0, 5, 3]]},
    {"loss": "TupletMarginLoss", "kwargs": {"margin": 3, "distance": cos(), "reducer": reducer("ThresholdReducer", low=1.0, high=4.0)},
     "points": dict(seed=33, n=16, dim=16, classes=4, spread=0.4)},
    {"loss": "TupletMarginLoss", "kwargs": {"reducer": reducer("SumReducer")},
     "miner": {"class": "MultiSimilarityMiner", "kwargs": {"epsilon": 0.2}},
     "points": dict(seed=34, n=12, dim=8, classes=3, spread=0.6)},
    {"loss": "SelfSupervisedLoss", "kwargs": {"loss": {"class": "TupletMarginLoss", "kwargs": {"scale": 8}}},
     "points": dict(seed=35, n=5, dim=3, classes=list(range(5))), "refPoints": dict(seed=36, n=5, dim=3, classes=list(range(5)))},
    {"loss": "CrossBatchMemory", "kwargs": {"loss": {"class": "TupletMarginLoss", "kwargs": {"scale": 10}},
                                             "embedding_size": 2, "memory_size": 8},
     "points": dict(seed=37, n=10, dim=2, classes=3, spread=0.5), "batches": [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]},
    # IntraPairVarianceLoss
    {"loss": "IntraPairVarianceLoss", "kwargs": {"pos_eps": 0.1, "neg_eps": 0.05},
     "points": dict(seed=41, n=10, dim=2, classes=3)},
    {"loss": "IntraPairVarianceLoss", "kwargs": {"distance": lp()}, "points": dict(seed=42, n=12, dim=8, classes=4, spread=0.7)},
    {"loss": "IntraPairVarianceLoss", "kwargs": {"pos_eps": 0.02, "reducer": reducer("AvgNonZeroReducer")},
     "points": dict(seed=43, n=8, dim=16, classes=[0, 0, 1, 1, 2, 2, 3, 3]),
     "indicesTuple": [[0, 2, 2, 4, 6, 6], [1, 3, 3, 5, 7, 7], [5, 1, 7, 0, 3, 0]]},
    {"loss": "IntraPairVarianceLoss", "kwargs": {"distance": lp(power=2, normalize_embeddings=False), "reducer": reducer("SumReducer")},
     "points": dict(seed=44, n=32, dim=3, classes=6, spread=0.4, scale=0.3)},
    {"loss": "CrossBatchMemory", "kwargs": {"loss": {"class": "IntraPairVarianceLoss", "kwargs": {}},
                                             "embedding_size": 3, "memory_size": 12},
     "points": dict(seed=45, n=14, dim=3, classes=3), "batches": [[0, 1, 2, 3, 4, 5, 6], [7, 8, 9, 10, 11, 12, 13]]},
    {"loss": "SelfSupervisedLoss", "kwargs": {"loss": {"class": "IntraPairVarianceLoss", "kwargs": {"neg_eps": 0.2}}, "symmetric": False},
     "points": dict(seed=46, n=7, dim=8, classes=list(range(7))), "refPoints": dict(seed=47, n=7, dim=8, classes=list(range(7)))},
    # ThresholdConsistentMarginLoss
    {"loss": "ThresholdConsistentMarginLoss", "kwargs": {"lambda_plus": 0.5, "lambda_minus": 2.0, "margin_plus": 0.7, "margin_minus": 0.2},
     "points": dict(seed=51, n=10, dim=3, classes=3, spread=1.0)},
    {"loss": "ThresholdConsistentMarginLoss", "kwargs": {}, "points": dict(seed=52, n=8, dim=8, classes=[0, 0, 1, 1, 2, 2, 0, 1]),
     "indicesTuple": [[0, 0, 2, 2, 4], [1, 6, 3, 3, 5], [0, 2, 2, 6], [2, 0, 0, 7]]},
    {"loss": "ThresholdConsistentMarginLoss", "kwargs": {"margin_minus": 1.0, "distance": cos(), "reducer": reducer("SumReducer")},
     "points": dict(seed=53, n=16, dim=16, classes=4, spread=0.5)},
    {"loss": "ThresholdConsistentMarginLoss", "kwargs": {"margin_plus": -1.0, "margin_minus": -0.2},
     "miner": {"class": "TripletMarginMiner", "kwargs": {"margin": 0.5, "type_of_triplets": "semihard"}},
     "points": dict(seed=54, n=12, dim=2, classes=3)},
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    import pytorch_metric_learning

    about = ("Reference values from pytorch-metric-learning {} on torch {}, float64, for the pair family of the zoo "
             "(MarginLoss, NCALoss, SignalToNoiseRatioContrastiveLoss, TupletMarginLoss, IntraPairVarianceLoss, "
             "ThresholdConsistentMarginLoss), written by pml-extra-pairs.py. Same format as pml-zoo-reference.json; "
             "each case carries its own embeddings and labels.").format(pytorch_metric_learning.__version__, torch.__version__)
    cases = [run(dict(case)) for case in CASES]
    with open(os.path.join(here, "pml-extra-pairs.json"), "w") as f:
        json.dump({"format": "pytorch-metric-learning", "about": about, "cases": cases}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
