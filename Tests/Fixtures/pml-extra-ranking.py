"""Writes pml-extra-ranking.json: pytorch-metric-learning 2.9 reference values for the ranking and
histogram losses (FastAP, histogram loss, Smooth-AP, PNP, dynamic soft margin) on inputs other than
those of pml-zoo-reference.json: other embedding sizes, batch sizes, label layouts, kwargs, miners.

Run from the package root:  /opt/pmlenv/bin/python Tests/Fixtures/pml-extra-ranking.py
Deterministic: every case draws its embeddings from its own torch seed, in float64.
"""

import json
import pathlib

import pytorch_metric_learning
import torch
from pytorch_metric_learning import distances, losses, miners, reducers

# PML's Smooth-AP accumulates its average precisions in a tensor of the default dtype.
torch.set_default_dtype(torch.float64)

MODULES = (losses, miners, distances, reducers)


def build(spec):
    """A PML object from {"class": name, "kwargs": {...}}, nested specs built first."""
    cls = next(getattr(m, spec["class"]) for m in MODULES if hasattr(m, spec["class"]))
    kwargs = {k: build(v) if isinstance(v, dict) and "class" in v else v for k, v in spec.get("kwargs", {}).items()}
    return cls(**kwargs)


def points(seed, n, dim, labels, spread=None, scale=1.0):
    """Gaussian embeddings times `scale`; with `spread`, around one Gaussian centre per class (scaled by 3)."""
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, dim, generator=g)
    if spread is not None:
        centres = 3 * torch.randn(max(labels) + 1, dim, generator=g)
        x = centres[torch.tensor(labels)] + spread * x
    return scale * x


def blocks(classes, size):
    """Consecutive classes of equal size: the layout Smooth-AP's PML implementation assumes."""
    return [c for c in range(classes) for _ in range(size)]


def case(loss, kwargs, labels, dim, seed, miner=None, spread=None, scale=1.0, batches=None):
    """One fixture case: PML's value and gradient (of the last call, when `batches` are given)."""
    x = points(seed, len(labels), dim, labels, spread, scale)
    y = torch.tensor(labels)
    loss_fn = build({"class": loss, "kwargs": kwargs})
    miner_fn = build(miner) if miner else None

    def call(rows, embeddings):
        e, l = embeddings[rows], y[rows]
        return loss_fn(e, l, miner_fn(e, l) if miner_fn else None)

    calls = batches or [list(range(len(labels)))]
    # Earlier calls only update state (a running histogram): PML keeps that state on the graph of
    # the call that made it, so they run without gradients, as a training loop's past steps.
    with torch.no_grad():
        for rows in calls[:-1]:
            call(rows, x)
    e = x.clone().requires_grad_(True)
    value = call(calls[-1], e)
    value.backward()
    out = {"loss": loss, "kwargs": kwargs, "miner": miner, "embeddings": x.tolist(), "labels": labels}
    if batches:
        out["batches"] = batches
    out.update({"parameters": {}, "value": value.item(), "gradient": e.grad.tolist(), "parameterGradients": {}})
    return out


def spec(name, **kwargs):
    return {"class": name, "kwargs": kwargs}


singletons = [0, 0, 1, 2, 2, 2, 3, 1, 4, 0, 2, 1]  # class 3 and 4 have one example each
four = [3, 1, 0, 2, 1, 3, 0, 0, 2, 1, 3, 2, 0, 1, 2, 3, 1, 0, 3, 2]

CASES = [
    # FastAP: bins, the distance's power (the histogram spans [0, 2^power]), reducers, a miner's weights.
    case("FastAPLoss", {"num_bins": 5}, singletons, 3, 1),
    case("FastAPLoss", {"num_bins": 20, "reducer": spec("SumReducer")}, four, 8, 2),
    case("FastAPLoss", {"distance": spec("LpDistance", power=1)}, four[:16], 16, 3),
    case("FastAPLoss", {"num_bins": 7, "distance": spec("LpDistance", power=3, normalize_embeddings=True, p=2)}, singletons, 3, 4),
    case("FastAPLoss", {"reducer": spec("AvgNonZeroReducer")}, [0, 1, 0, 1, 2, 2, 1, 0, 2, 1], 2, 5,
         miner=spec("MultiSimilarityMiner", epsilon=0.1)),
    case("FastAPLoss", {"num_bins": 12}, [0] * 5 + [1] * 5, 16, 6, miner=spec("TripletMarginMiner", margin=0.2, type_of_triplets="semihard")),
    # Histogram loss: n_bins or delta (or both, consistent), odd node counts, a miner's triplets or pairs,
    # a similarity other than cosine on embeddings small enough to stay in [−1, 1].
    case("HistogramLoss", {}, singletons, 3, 11),
    case("HistogramLoss", {"delta": 0.05}, four, 8, 12),
    case("HistogramLoss", {"n_bins": 8, "delta": 0.25, "reducer": spec("SumReducer")}, four[:16], 16, 13),
    case("HistogramLoss", {"delta": 0.3}, [0, 0, 1, 1, 1, 2, 2, 0, 1, 2], 2, 14),
    case("HistogramLoss", {"n_bins": 7}, four, 3, 15, miner=spec("TripletMarginMiner", margin=0.3, type_of_triplets="semihard")),
    case("HistogramLoss", {"n_bins": 40}, four, 8, 16, miner=spec("MultiSimilarityMiner", epsilon=0.2)),
    case("HistogramLoss", {"n_bins": 30, "distance": spec("DotProductSimilarity", normalize_embeddings=False)},
         singletons, 3, 17, scale=0.3),
    # Smooth-AP: as many examples per class as classes, in consecutive blocks (PML's layout).
    case("SmoothAPLoss", {"temperature": 0.1}, blocks(3, 3), 3, 21),
    case("SmoothAPLoss", {}, blocks(5, 5), 8, 22, spread=0.5),
    case("SmoothAPLoss", {"temperature": 0.05, "reducer": spec("SumReducer")}, blocks(4, 4), 16, 23,
         miner=spec("TripletMarginMiner", margin=0.2, type_of_triplets="all")),
    case("SmoothAPLoss", {"temperature": 0.2, "distance": spec("CosineSimilarity")}, blocks(2, 2), 2, 24),
    # PNP: every variant, with b, alpha and anneal.
    case("PNPLoss", {"anneal": 0.05}, singletons, 3, 31),
    case("PNPLoss", {"variant": "Ds", "anneal": 0.02}, four, 8, 32),
    case("PNPLoss", {"variant": "Dq", "alpha": 4, "anneal": 0.1}, four[:16], 16, 33),
    case("PNPLoss", {"variant": "Iu", "reducer": spec("SumReducer")}, [0, 1, 1, 0, 2, 2, 0, 1], 2, 34),
    case("PNPLoss", {"variant": "Ib", "b": 3, "anneal": 0.05, "distance": spec("CosineSimilarity")}, singletons, 3, 35),
    case("PNPLoss", {"variant": "Ib"}, four, 8, 36, spread=0.8),
    # Dynamic soft margin: clustered classes or a lower min_val keep every difference below PML's
    # last node (PML fails beyond it); a miner's triplets; and several calls in a row (`batches`:
    # the running histogram of the earlier calls weighs the last one).
    case("DynamicSoftMarginLoss", {}, singletons, 3, 41, spread=0.3),
    case("DynamicSoftMarginLoss", {"min_val": -2.5, "num_bins": 20, "momentum": 0.1}, four, 8, 42),
    case("DynamicSoftMarginLoss", {"min_val": -6, "num_bins": 9, "distance": spec("LpDistance", power=2)}, four[:16], 2, 43),
    case("DynamicSoftMarginLoss", {"min_val": -3, "reducer": spec("SumReducer")}, four, 16, 44, miner=spec("BatchHardMiner")),
    case("DynamicSoftMarginLoss", {"min_val": -2.5, "num_bins": 16, "momentum": 0.2}, four + four[:4], 3, 45,
         batches=[list(range(0, 8)), list(range(8, 16)), list(range(16, 24))]),
    case("DynamicSoftMarginLoss", {"min_val": -2.5, "momentum": 0.3}, four, 8, 46,
         miner=spec("TripletMarginMiner", margin=0.1, type_of_triplets="semihard"),
         batches=[list(range(10, 20)), list(range(0, 10)), list(range(5, 15))]),
]

ABOUT = (
    f"Reference values from pytorch-metric-learning {pytorch_metric_learning.__version__} on torch "
    f"{torch.__version__}, float64, for FastAPLoss, HistogramLoss, SmoothAPLoss, PNPLoss and "
    "DynamicSoftMarginLoss, written by pml-extra-ranking.py. Each case has its own embeddings and "
    "labels, the loss's kwargs (PML defaults apply to those not given; nested {class, kwargs} are PML "
    "distances or reducers), an optional miner, the value and the gradient. A case with `batches` "
    "calls the loss on those rows in order (the earlier calls without gradients, updating the loss's "
    "running histogram) and gives the value and gradient of the last call."
)

path = pathlib.Path(__file__).with_name("pml-extra-ranking.json")
path.write_text(json.dumps({"format": "pytorch-metric-learning", "about": ABOUT, "cases": CASES}, indent=1) + "\n")
print(f"{path}: {len(CASES)} cases")
