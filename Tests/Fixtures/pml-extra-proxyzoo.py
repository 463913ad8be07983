"""Writes pml-extra-proxyzoo.json: pytorch-metric-learning's values and gradients for P2SGradLoss,
SubCenterArcFaceLoss, InstanceLoss, ManifoldLoss and VICRegLoss on inputs, dimensions (2, 3, 8, 16),
label layouts and keyword arguments other than those of pml-zoo-reference.json.

Run with the PML environment (float64, fixed seeds, deterministic):

    /opt/pmlenv/bin/python Tests/Fixtures/pml-extra-proxyzoo.py

Each case is written in the format of pml-zoo-reference.json: nested {"class", "kwargs"} objects are
PML distances, reducers, regularizers and miners; "parameters" are the loss's own parameters as set
before the call (P2SGradLoss renormalises its `weight` inside the call; the gradient is PML's);
"indicesTuple" is ManifoldLoss's meta-class of each example; "refEmbeddings" is VICRegLoss's
second view. ManifoldLoss inverts its random-walk matrix in float32 inside PML, so its float64
references carry errors of about 1e-8.
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
    return cls(**{k: build(v) if isinstance(v, dict) and "class" in v else v for k, v in spec.get("kwargs", {}).items()})


def spec(name, **kwargs):
    return {"class": name, "kwargs": kwargs}


def gaussian(generator, rows, cols, scale=1.0):
    return torch.randn(rows, cols, generator=generator) * scale


def case(loss_name, kwargs, embeddings, labels, parameters=None, miner=None, ref=None, meta=None, call_labels=True):
    """Runs PML once and records the inputs, the value and every gradient."""
    loss = build({"class": loss_name, "kwargs": kwargs})
    before = {}
    for name, value in (parameters or {}).items():
        getattr(loss, name).data = value.clone()
        before[name] = value.clone()
    x = embeddings.clone().requires_grad_(True)
    r = ref.clone().requires_grad_(True) if ref is not None else None
    args = {}
    if miner is not None:
        args["indices_tuple"] = build(miner)(x, torch.tensor(labels))
    if meta is not None:
        args["indices_tuple"] = torch.tensor(meta)
    if r is not None:
        args["ref_emb"] = r
    value = loss(x, torch.tensor(labels) if call_labels else None, **args)
    value.backward()
    out = {"loss": loss_name, "kwargs": kwargs, "miner": miner,
           "embeddings": embeddings.tolist(), "labels": labels,
           "parameters": {k: v.tolist() for k, v in before.items()},
           "value": value.item(), "gradient": x.grad.tolist(),
           "parameterGradients": {k: getattr(loss, k).grad.tolist() for k in before}}
    if r is not None:
        out["refEmbeddings"] = ref.tolist()
        out["refGradient"] = r.grad.tolist()
    if meta is not None:
        out["indicesTuple"] = meta
    return out


def p2sgrad_cases(g):
    cases = []
    for dim, classes, n, kwargs, scale in [
        (3, 5, 10, {}, 1.0),
        (8, 3, 12, {"reducer": spec("SumReducer"), "distance": spec("LpDistance", p=1),
                    "embedding_regularizer": spec("LpRegularizer"), "embedding_reg_weight": 0.3}, 2.0),
        (16, 7, 6, {"reducer": spec("AvgNonZeroReducer")}, 0.2),
        (2, 4, 1, {}, 1.0),
    ]:
        labels = torch.randint(0, classes, (n,), generator=g).tolist()
        weight = gaussian(g, dim, classes, 1.7)
        cases.append(case("P2SGradLoss", {"descriptors_dim": dim, "num_classes": classes, **kwargs},
                          gaussian(g, n, dim, scale), labels, {"weight": weight}))
    return cases


def subcenter_cases(g):
    cases = []
    for dim, classes, k, n, kwargs, miner in [
        (3, 4, 2, 12, {"margin": 20, "scale": 30}, None),
        (8, 3, 5, 10, {"weight_regularizer": spec("RegularFaceRegularizer"), "weight_reg_weight": 0.5}, None),
        (16, 5, 1, 9, {"margin": 40, "scale": 8, "distance": spec("CosineSimilarity"),
                       "reducer": spec("ThresholdReducer", low=0.5),
                       "embedding_regularizer": spec("ZeroMeanRegularizer")}, None),
        (2, 3, 3, 12, {"margin": 100, "scale": 10}, spec("MultiSimilarityMiner", epsilon=0.3)),
        (8, 4, 4, 16, {"scale": 16, "reducer": spec("SumReducer"),
                       "weight_regularizer": spec("LpRegularizer", p=1)}, spec("BatchHardMiner")),
    ]:
        labels = (torch.arange(n) % classes)[torch.randperm(n, generator=g)].tolist()
        w = gaussian(g, dim, classes * k)
        cases.append(case("SubCenterArcFaceLoss", {"num_classes": classes, "embedding_size": dim, "sub_centers": k, **kwargs},
                          gaussian(g, n, dim), labels, {"W": w}, miner=miner))
    return cases


def instance_cases(g):
    cases = []
    for dim, labels, kwargs in [
        (3, list(range(9)), {"gamma": 10}),
        (8, [3, 1, 1, 7, 3, 0, 7, 7, 2, 1, 0, 3], {"gamma": 32, "reducer": spec("SumReducer")}),
        (16, [5, 2, 5, 9, 2, 2, 0, 9], {"distance": spec("CosineSimilarity"),
                                        "embedding_regularizer": spec("ZeroMeanRegularizer"), "embedding_reg_weight": 2}),
        (2, [4, 1, 0, 4, 1, 2], {"gamma": 4, "reducer": spec("ThresholdReducer", high=1.5)}),
    ]:
        cases.append(case("InstanceLoss", kwargs, gaussian(g, len(labels), dim), labels))
    return cases


def manifold_cases(g):
    cases = []
    for dim, n, k, kwargs in [
        (3, 12, 4, {"lambdaC": 0.5, "alpha": 0.6, "margin": 0.01}),
        (8, 16, 5, {"lambdaC": 0.0, "margin": 0.002}),
        (16, 10, 3, {"distance": spec("DotProductSimilarity", normalize_embeddings=False), "alpha": 0.3}),
        (2, 20, 6, {"alpha": 0.95, "margin": 0.05, "lambdaC": 2.0, "reducer": spec("SumReducer"),
                    "embedding_regularizer": spec("LpRegularizer")}),
        (3, 9, 3, {"distance": spec("LpDistance"), "margin": 0.0}),
    ]:
        meta = torch.cat([torch.arange(k), torch.randint(0, k, (n - k,), generator=g)])[torch.randperm(n, generator=g)].tolist()
        scale = 0.25 if "distance" in kwargs and kwargs["distance"]["class"] == "DotProductSimilarity" else 1.0
        cases.append(case("ManifoldLoss", {"l": dim, "K": k, **kwargs}, gaussian(g, n, dim, scale), list(range(n)),
                          {"proxies": gaussian(g, k, dim)}, meta=meta, call_labels=False))
    return cases


def vicreg_cases(g):
    cases = []
    for dim, n, kwargs in [
        (3, 10, {"invariance_lambda": 10, "variance_mu": 5, "covariance_v": 2, "eps": 1e-3}),
        (8, 6, {}),
        (16, 20, {"reducer": spec("ThresholdReducer", low=0.01)}),
        (2, 2, {"reducer": spec("SumReducer"), "embedding_reg_weight": 2}),
        (8, 12, {"reducer": spec("AvgNonZeroReducer")}),
        (3, 7, {"reducer": spec("PerAnchorReducer")}),
    ]:
        # Dimensions of unequal spread, so that some variance hinges are active and some are not.
        spread = torch.linspace(0.3, 2.0, dim)
        x = gaussian(g, n, dim) * spread
        ref = x + gaussian(g, n, dim, 0.3)
        cases.append(case("VICRegLoss", kwargs, x, list(range(n)), ref=ref, call_labels=False))
    return cases


def main():
    g = torch.Generator().manual_seed(20250614)
    cases = p2sgrad_cases(g) + subcenter_cases(g) + instance_cases(g) + manifold_cases(g) + vicreg_cases(g)
    out = {"format": "pytorch-metric-learning",
           "about": "pml-extra-proxyzoo.py: pytorch-metric-learning %s on torch %s, float64: P2SGradLoss, "
                    "SubCenterArcFaceLoss, InstanceLoss, ManifoldLoss and VICRegLoss on other inputs, dimensions "
                    "and keyword arguments than pml-zoo-reference.json (ManifoldLoss inverts in float32 inside PML)."
                    % (pytorch_metric_learning.__version__, torch.__version__),
           "cases": cases}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pml-extra-proxyzoo.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print("%d cases written to %s" % (len(cases), path))


if __name__ == "__main__":
    main()
