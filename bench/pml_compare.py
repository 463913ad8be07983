#!/usr/bin/env python3
"""Side by side: one training step of MetricLab and of pytorch-metric-learning (PML) on CPU.

Same configurations as `metriclab bench`: 4 Gaussian blobs of batch/4 points (two views of half as
many for losses on views), full batch, an MLP 2-64-64-2 with tanh, Adam (lr 0.01) on the model and
the loss's own parameters, every loss both libraries have as `metriclab bench --list` names it:
PML's class and kwargs, which MetricLab maps to its loss the way `metriclab verify` does. PML runs in
float32 (the ratio's reference) and float64 on 2 threads; MetricLab's numbers come from
`metriclab bench --json --only training-step`, run for each configuration right after PML's, so
that both sides of a ratio see the same machine. Before timing, the script checks that both
losses agree in value and gradient on the same inputs: it writes PML's float64 values for each
loss at the batches up to 128 (PML's lifted structure alone would take minutes beyond) as a
fixture and has `metriclab verify` check them. Before the losses, it times the model alone on both
sides at each batch (the loss the mean of the squared embedding entries; `metriclab bench --only
model-step`), and times MetricLab's model step again right after each loss's step: no loss trained
through that model can step faster, so PML's step over it is the highest ratio the loss can reach
through MetricLab's model as it is (its model ceiling, in the summary). A loss whose PML step takes
over `--slow` seconds
is not timed at larger batches (PML's lifted structure: 2–3 s at 128; at 512 it asks for more than
the 24 GB of the development machine and is killed).

Needs torch and pytorch-metric-learning (pip install torch pytorch-metric-learning); not part of CI.

    python bench/pml_compare.py [--csv] [--batches 32 128] [--losses contrastive triplet] [--model wide] [--rounds 3]

With `--rounds N` each loss's cells are timed N times, PML's float32 step and MetricLab's in turn,
and each cell reports the round of the median ratio and the range of the ratio over the rounds:
the spread of one run, on a machine whose speed drifts from minute to minute.

With `--model wide` both sides train the wide step instead (`metriclab bench --model wide`): an MLP
64-128-32 with tanh on 4 blobs in 64 dimensions, the losses' weights and proxies 32 wide; the
agreement check covers the plane's model, whose fixture it writes.
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

import torch
import pytorch_metric_learning as pml_package
from pytorch_metric_learning import distances, losses, miners, reducers, regularizers


def shared_losses(exe):
    """The shared losses as MetricLab lists them: key, PML class and kwargs, views, largest batch."""
    output = subprocess.run([exe, "bench", "--list"], capture_output=True, text=True, check=True).stdout
    return {entry["key"]: entry for entry in map(json.loads, output.splitlines())}


def build(spec):
    """A PML object from a class name and kwargs; nested {class, kwargs} objects are built too."""
    name, kwargs = (spec, {}) if isinstance(spec, str) else (spec["class"], spec.get("kwargs", {}))
    kwargs = {k: build(v) if isinstance(v, dict) and "class" in v else v for k, v in kwargs.items()}
    for module in (losses, distances, reducers, regularizers, miners):
        if hasattr(module, name):
            return getattr(module, name)(**kwargs)
    raise ValueError("no PML class " + name)


class ClampedCosine(distances.CosineSimilarity):
    """Cosine similarity kept below 1 − 10⁻⁶: PML's histogram loss bins in float32 and indexes past
    its last bin for a cosine whose bin index rounds up to the last node (MetricLab counts such a
    value at the last node); the clamp costs the same on both sides."""

    def compute_mat(self, query_emb, ref_emb):
        return super().compute_mat(query_emb, ref_emb).clamp(-1, 1 - 1e-6)


def widened(kwargs, width):
    """PML's kwargs with the embedding's width where they name it (weights, proxies, a memory)."""
    out = {}
    for key, value in kwargs.items():
        if key in ("embedding_size", "descriptors_dim"):
            value = width
        elif isinstance(value, dict) and "class" in value:
            value = dict(value, kwargs=widened(value.get("kwargs", {}), width))
        out[key] = value
    return out


def make_loss(entry, dtype, width=2):
    """The PML loss of a benchmark entry, with the repairs its defaults need on these blobs."""
    kwargs = widened(entry["pml_kwargs"], width)
    if entry["pml_class"] == "ManifoldLoss":  # its `l` is the embedding's width
        kwargs["l"] = width
    loss_fn = build({"class": entry["pml_class"], "kwargs": kwargs}).to(dtype)
    if entry["pml_class"] == "HistogramLoss":
        loss_fn.distance = ClampedCosine()
    return loss_fn


# Not compared on the blobs, only timed; the fixture files check their values. PML's Smooth-AP reads
# classes as consecutive blocks of as many rows as there are classes, which blobs of batch/4 points a
# class are not; PML's histogram loss fails on these blobs unless its cosines are clamped, which
# changes the values of the closest pairs.
NOT_COMPARED = {"SmoothAPLoss", "HistogramLoss"}


def blobs(batch, dtype, views=False, seed=9, dimension=2):
    """4 Gaussian blobs on a circle of radius 2, spread 0.5, batch/4 points each (wider than the
    plane, standard normal centres); with `views`, two jittered copies of batch/2 points stacked,
    each point its own label."""
    g = torch.Generator().manual_seed(seed)
    points = batch // 2 if views else batch
    per = max(1, points // 4)
    if dimension == 2:
        angles = torch.tensor([2 * torch.pi * c / 4 + torch.pi / 2 for c in range(4)], dtype=torch.float64)
        centres = torch.stack([2 * torch.cos(angles), 2 * torch.sin(angles)], dim=1)
    else:
        centres = torch.randn(4, dimension, generator=g, dtype=torch.float64)
    labels = torch.arange(4).repeat_interleave(per)
    x = centres[labels] + 0.5 * torch.randn(len(labels), dimension, generator=g, dtype=torch.float64)
    if views:
        second = x + 0.05 * torch.randn(x.shape, generator=g, dtype=torch.float64)
        x, labels = torch.cat([x, second]), torch.arange(len(labels)).repeat(2)
    return x.to(dtype), labels


def mlp(dtype, model="mlp"):
    """MLP 2-64-64-2, or for the wide model 64-128-32, with tanh."""
    torch.manual_seed(1)
    if model == "wide":
        return torch.nn.Sequential(torch.nn.Linear(64, 128), torch.nn.Tanh(), torch.nn.Linear(128, 32)).to(dtype)
    return torch.nn.Sequential(torch.nn.Linear(2, 64), torch.nn.Tanh(), torch.nn.Linear(64, 64), torch.nn.Tanh(),
                               torch.nn.Linear(64, 2)).to(dtype)


def call(loss_fn, entry, embeddings, labels):
    """PML's call: two views as (embeddings, ref_emb), the manifold loss on embeddings alone, else
    (embeddings, labels)."""
    if entry["views"]:
        half = len(embeddings) // 2
        if entry["pml_class"] == "VICRegLoss":  # a metric loss: the second view is ref_emb, not labels
            return loss_fn(embeddings[:half], ref_emb=embeddings[half:])
        return loss_fn(embeddings[:half], embeddings[half:])
    if entry["pml_class"] == "ManifoldLoss":  # no labels: meta-classes drawn each call
        return loss_fn(embeddings)
    return loss_fn(embeddings, labels)


def time_pml(entry, batch, dtype, runs, budget, model_name="mlp"):
    """Median microseconds of one PML training step (the loss's own parameters trained too)."""
    wide = model_name == "wide"
    x, labels = blobs(batch, dtype, entry["views"], dimension=64 if wide else 2)
    model = mlp(dtype, model_name)
    loss_fn = make_loss(entry, dtype, width=32 if wide else 2)
    opt = torch.optim.Adam(list(model.parameters()) + list(loss_fn.parameters()), lr=0.01)

    def step():
        opt.zero_grad()
        loss = call(loss_fn, entry, model(x), labels)
        loss.backward()
        opt.step()
        if hasattr(loss_fn, "hist_"):  # dynamic soft margin keeps its histogram on the last step's graph
            loss_fn.hist_ = loss_fn.hist_.detach()

    return time_steps(step, runs, budget)


def time_model(batch, dtype, runs, budget, model_name="mlp"):
    """Median microseconds of a step of the model alone: the loss the mean of the squared embedding
    entries, as `metriclab bench --only model-step` times MetricLab's."""
    wide = model_name == "wide"
    x, _ = blobs(batch, dtype, False, dimension=64 if wide else 2)
    model = mlp(dtype, model_name)
    opt = torch.optim.Adam(model.parameters(), lr=0.01)

    def step():
        opt.zero_grad()
        loss = model(x).square().mean()
        loss.backward()
        opt.step()

    return time_steps(step, runs, budget)


def time_steps(step, runs, budget):
    """Median microseconds of `step`: after an untimed call, one timed call if that one took over
    `budget` seconds, else up to `runs` calls within the budget (at least five) after two more
    untimed ones."""
    start = time.perf_counter()
    step()
    first = time.perf_counter() - start
    if first > budget:  # a step of seconds: one more, timed, is all the budget allows
        start = time.perf_counter_ns()
        step()
        return (time.perf_counter_ns() - start) / 1000
    for _ in range(2):
        step()
    samples, deadline = [], time.perf_counter() + budget
    while len(samples) < runs and (len(samples) < 5 or time.perf_counter() < deadline):
        start = time.perf_counter_ns()
        step()
        samples.append((time.perf_counter_ns() - start) / 1000)
    return statistics.median(samples)


def agreement_fixture(entries, batches):
    """PML's float64 loss and gradients for each loss and batch, on MLP embeddings of the blobs."""
    cases = []
    for batch in batches:
        for entry in entries:
            if batch > (entry["largest_batch"] or batch) or entry["pml_class"] in NOT_COMPARED:
                continue
            x, labels = blobs(batch, torch.float64, entry["views"])
            with torch.no_grad():
                embeddings = mlp(torch.float64)(x)
            loss_fn = make_loss(entry, torch.float64)
            e = embeddings.clone().requires_grad_(True)
            parameters = {name: p.detach().tolist() for name, p in loss_fn.named_parameters()}
            if entry["pml_class"] == "ManifoldLoss":  # PML would draw the meta-classes with torch's generator
                meta = torch.arange(batch) % entry["pml_kwargs"].get("K", 50)
                value = loss_fn(e, None, meta)
            else:
                value = call(loss_fn, entry, e, labels)
            value.backward()
            case = {"loss": entry["pml_class"], "kwargs": entry["pml_kwargs"], "miner": None,
                    "parameters": parameters, "labels": labels.tolist(), "value": value.item(),
                    "parameterGradients": {name: p.grad.tolist() for name, p in loss_fn.named_parameters()}}
            if entry["views"]:
                half = batch // 2
                case.update(embeddings=e[:half].detach().tolist(), refEmbeddings=e[half:].detach().tolist(),
                            gradient=e.grad[:half].tolist(), refGradient=e.grad[half:].tolist(), labels=labels[:half].tolist())
            else:
                case.update(embeddings=e.detach().tolist(), gradient=e.grad.tolist())
            if entry["pml_class"] == "ManifoldLoss":
                case["indicesTuple"] = meta.tolist()
            cases.append(case)
    return {"format": "pytorch-metric-learning",
            "about": "pml_compare.py: PML %s float64 on the benchmark's blobs through an MLP" % pml_version(),
            "cases": cases}


def mlp_medians(output, batches, model="mlp", benchmark="training-step"):
    """(loss, batch) -> (median µs, lower bound µs) of the model's `benchmark` rows of `metriclab
    bench --json` output (the model steps' loss is "mean-of-squares")."""
    medians = {}
    for line in output.splitlines():
        r = json.loads(line)
        if r.get("benchmark") == benchmark and r.get("model") == model and r["batch"] in batches:
            medians[(r["loss"], r["batch"])] = (r["median_us"], float(r["bound_us"]))
    return medians


# The stand-in loss of the model steps, as `metriclab bench --only model-step` names its rows.
MODEL_KEY = "mean-of-squares"

# The goals: PML's float32 step over MetricLab's, per batch (the wide step's at 256).
GOALS = {32: 10, 128: 5, 512: 5, 1024: 5}
WIDE_GOAL = 4


def goal(batch, model):
    return WIDE_GOAL if model == "wide" else GOALS.get(batch, 5)


def reach(rows, model):
    """The cells below their goal, split by whether any float64 step at MetricLab's product rate
    could meet it: the ceiling, PML's step over the step's lower bound (its matrix products alone
    at the rate the library's product reached in the same run), is the highest ratio such a step
    can show. A row's floor (MetricLab's model step alone, timed right after its step) adds the
    model ceiling, PML's step over that: the highest ratio the loss can show through MetricLab's
    model as it is."""
    below = [(k, b, p32 / m, p32 / bound, None if floor is None else p32 / floor)
             for k, b, p32, _, m, bound, floor in rows if p32 / m < goal(b, model)]
    out_of_reach = [cell for cell in below if cell[3] < goal(cell[1], model)]
    beyond_model = [cell for cell in below if cell[4] is not None and cell[4] < goal(cell[1], model)]
    lines = ["%d of %d cells meet their goal (%s)" % (len(rows) - len(below), len(rows),
             "4× for the wide step" if model == "wide" else "10× at 32, 5× from 128 on")]
    if below:
        lines.append("below it, ratio, ceiling (PML f32 over the step's product bound) and model ceiling "
                     "(PML f32 over MetricLab's model step alone):")
        for k, b, r, c, f in below:
            marks = ["out of a float64 step's reach"] if c < goal(b, model) else []
            marks += ["out of reach of MetricLab's model step"] if f is not None and f < goal(b, model) else []
            lines.append("  %s at %d: %.1f×, ceiling %.1f×, model ceiling %s%s" % (
                k, b, r, c, "—" if f is None else "%.1f×" % f, "  (%s)" % "; ".join(marks) if marks else ""))
        lines.append("%d of the %d out of reach of any float64 step at this product rate" % (len(out_of_reach), len(below)))
        if any(cell[4] is not None for cell in below):
            lines.append("%d of the %d out of reach of MetricLab's model step, even with a loss that costs nothing"
                         % (len(beyond_model), len(below)))
    return lines


def pml_version():
    return pml_package.__version__


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--csv", action="store_true",
                        help="print CSV: loss,batch,pml_us,metriclab_us,ratio,bound_us,ceiling,model_us,model_ceiling")
    parser.add_argument("--batches", type=int, nargs="+", default=[32, 128, 512, 1024])
    parser.add_argument("--losses", nargs="+", default=None, help="keys of `metriclab bench --list` (default: all)")
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--model", choices=["mlp", "wide"], default="mlp",
                        help="the plane's MLP 2-64-64-2, or the wide step: MLP 64-128-32 on 64-D blobs")
    parser.add_argument("--threads", type=int, default=2, help="torch's intra-op threads (the issue's setting: 2)")
    parser.add_argument("--budget", type=float, default=1.0, help="seconds per PML measurement at most")
    parser.add_argument("--metriclab", default=None, help="the metriclab executable (default: .build/release/metriclab)")
    parser.add_argument("--metriclab-json", default=None, help="read MetricLab's results from this saved `bench --json` output")
    parser.add_argument("--pml-json", default=None, help="cache of PML timings: read if it exists, else written")
    parser.add_argument("--memory", type=float, default=16,
                        help="GB of address space the script may take: PML steps that ask for more fail instead of being killed")
    parser.add_argument("--no-model-step", action="store_true",
                        help="skip timing the model alone (the mean of squared embeddings as its loss) on both sides")
    parser.add_argument("--rounds", type=int, default=1,
                        help="measure each loss's cells this many times, PML and MetricLab in turn, and report "
                             "the round of the median ratio and the range of the ratio over the rounds")
    parser.add_argument("--slow", type=float, default=1.0,
                        help="seconds per PML step beyond which larger batches of that loss are skipped")
    args = parser.parse_args()

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    exe = args.metriclab or os.path.join(root, ".build", "release", "metriclab")
    torch.set_num_threads(args.threads)
    # PML's lifted structure at 512 asks for more than the machine has; with a limit its allocation
    # fails with an error this script reports, instead of the whole run being killed.
    limit = int(args.memory * 2**30)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    shared = shared_losses(exe)
    unknown = [k for k in args.losses or [] if k not in shared]
    if unknown:
        sys.exit("pml_compare: unknown losses %s; known: %s" % (", ".join(unknown), ", ".join(shared)))
    keys = args.losses or list(shared)

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(agreement_fixture([shared[k] for k in keys], [b for b in args.batches if b <= 128] if args.model == "mlp" else [32]), f)
        fixture = f.name
    check = subprocess.run([exe, "verify", "--fixtures", fixture], capture_output=True, text=True)
    os.unlink(fixture)
    if check.returncode != 0:
        sys.stderr.write(check.stdout + check.stderr)
        sys.exit("pml_compare: MetricLab and PML disagree on the same inputs (see above)")
    print("agreement: " + check.stdout.strip().splitlines()[-1], file=sys.stderr)

    saved, saved_models = {}, {}
    if args.metriclab_json:
        with open(args.metriclab_json) as f:
            text = f.read()
        saved = mlp_medians(text, args.batches, args.model)
        saved_models = mlp_medians(text, args.batches, args.model, "model-step")

    def ours_model(batch):
        """MetricLab's model step alone (median µs, lower bound µs), measured now unless a saved run has it."""
        if (MODEL_KEY, batch) in saved_models:
            return saved_models[(MODEL_KEY, batch)]
        command = [exe, "bench", "--json", "--only", "model-step", "--batch", str(batch), "--model", args.model]
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        return mlp_medians(output, [batch], args.model, "model-step").get((MODEL_KEY, batch))

    def ours(key, batch):
        """MetricLab's median and lower bound for one configuration, and its model step alone timed
        right after it (None with --no-model-step), measured now unless a saved run has them."""
        if (key, batch) in saved:
            floor = saved_models.get((MODEL_KEY, batch))
            return saved[(key, batch)] + (floor[0] if floor else None,)
        families = ["--only", "training-step"] + ([] if args.no_model_step else ["--only", "model-step"])
        command = [exe, "bench", "--json"] + families + ["--loss", key, "--batch", str(batch), "--model", args.model]
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        floor = mlp_medians(output, [batch], args.model, "model-step").get((MODEL_KEY, batch))
        return mlp_medians(output, [batch], args.model)[(key, batch)] + (floor[0] if floor else None,)

    cache = {}
    if args.pml_json and os.path.exists(args.pml_json):
        with open(args.pml_json) as f:
            cache = {(r["loss"], r["batch"]): (r["f32_us"], r["f64_us"]) for r in json.load(f)}
    # The model alone at each batch, both sides back to back: torch's model step beside MetricLab's.
    model_rows = []
    for batch in [] if args.no_model_step else args.batches:
        if (MODEL_KEY, batch) not in cache:
            cache[(MODEL_KEY, batch)] = (time_model(batch, torch.float32, args.runs, args.budget, args.model),
                                         time_model(batch, torch.float64, args.runs, args.budget, args.model))
        p32, p64 = cache[(MODEL_KEY, batch)]
        m, bound = ours_model(batch)
        print("measured the model alone at %d: torch %.0f µs, MetricLab %.0f µs" % (batch, p32, m), file=sys.stderr)
        model_rows.append((MODEL_KEY, batch, p32, p64, m, bound, m))
    rows, skipped, failed = [], [], []
    spreads = {}  # (loss, batch) -> the lowest and highest ratio over the rounds
    for key in keys:
        too_slow = False
        for batch in args.batches:
            if batch > (shared[key]["largest_batch"] or batch):
                continue
            if too_slow:
                skipped.append((key, batch))
                continue
            # Each configuration runs PML and then MetricLab right after it: on a shared machine
            # whose speed drifts over minutes, the two sides of a ratio must see the same drift.
            if (key, batch) not in cache:
                try:
                    cache[(key, batch)] = (time_pml(shared[key], batch, torch.float32, args.runs, args.budget, args.model),
                                           time_pml(shared[key], batch, torch.float64, args.runs, args.budget, args.model))
                except (RuntimeError, MemoryError) as error:  # PML's NTXent at 512 asks for tens of GB
                    cache[(key, batch)] = (None, str(error).splitlines()[0][:120])
                if args.pml_json:
                    with open(args.pml_json, "w") as f:
                        json.dump([{"loss": k, "batch": b, "f32_us": v[0], "f64_us": v[1]} for (k, b), v in cache.items()], f)
            p32, p64 = cache[(key, batch)]
            if p32 is None:
                failed.append((key, batch, p64))
                too_slow = True
                continue
            # Later rounds time PML's float32 step and MetricLab's again, in the same turn.
            samples = [(p32,) + ours(key, batch)]
            for _ in range(args.rounds - 1):
                samples.append((time_pml(shared[key], batch, torch.float32, args.runs, args.budget, args.model),)
                               + ours(key, batch))
            # The round of the median ratio (the lower middle one of an even count) stands for the cell.
            samples.sort(key=lambda s: s[0] / s[1])
            p32, m, bound, floor = samples[(len(samples) - 1) // 2]
            ratios = [s[0] / s[1] for s in samples]
            spreads[(key, batch)] = (min(ratios), max(ratios))
            print("measured %s %d: PML %.0f µs, MetricLab %.0f µs%s" % (
                key, batch, p32, m, "" if args.rounds == 1 else ", ratio %.2f–%.2f over %d rounds" % (
                    min(ratios), max(ratios), args.rounds)), file=sys.stderr)
            rows.append((key, batch, p32, p64, m, bound, floor))
            too_slow = p32 > args.slow * 1e6

    if args.csv:
        print("loss,batch,pml_us,metriclab_us,ratio,bound_us,ceiling,model_us,model_ceiling,ratio_min,ratio_max")
        for key, batch, p32, _, m, bound, floor in model_rows + rows:
            low, high = spreads.get((key, batch), (p32 / m, p32 / m))
            print("%s,%d,%.1f,%.1f,%.2f,%.1f,%.2f,%s,%s,%.2f,%.2f" % (
                key, batch, p32, m, p32 / m, bound, p32 / bound, "" if floor is None else "%.1f" % floor,
                "" if floor is None else "%.2f" % (p32 / floor), low, high))
        print("\n".join(reach(rows, args.model)), file=sys.stderr)
        return
    header = ("loss", "batch", "PML f32 µs", "PML f64 µs", "MetricLab µs", "ratio (f32)", "bound µs", "ceiling")
    header += ("ratio range",) if args.rounds > 1 else ()

    def spread(k, b):
        return ("%.1f–%.1f×" % spreads[(k, b)] if (k, b) in spreads else "",) if args.rounds > 1 else ()
    lines = [header] + [(k, str(b), "%.1f" % p32, "%.1f" % p64, "%.1f" % m, "%.1f×" % (p32 / m), "%.1f" % bound,
                         "%.1f×" % (p32 / bound)) + spread(k, b)
                        for k, b, p32, p64, m, bound, _ in model_rows + rows]
    widths = [max(len(l[i]) for l in lines) for i in range(len(header))]
    for l in lines:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(l, widths))))
    for key, batch, error in failed:
        print("%s at %d: PML failed: %s" % (key, batch, error))
    for key, batch in skipped:
        print("%s at %d: not measured, PML took over %g s per step at a smaller batch" % (key, batch, args.slow))
    shape = "MLP 64-128-32 (tanh) on 64-D blobs" if args.model == "wide" else "MLP 2-64-64-2 (tanh)"
    print("\n%s, Adam, 4 blobs, full batch; median of up to %d steps; torch %s, PML %s, %d threads."
          % (shape, args.runs, torch.__version__, pml_version(), torch.get_num_threads()))
    if args.rounds > 1:
        print("Each loss's cell is the round of the median ratio among %d, PML's float32 step and MetricLab's timed "
              "in turn each round; its ratio range is the lowest and highest ratio of a round (PML f64: the first "
              "round)." % args.rounds)
    if model_rows:
        print("The %s rows are the model alone on both sides: its loss the mean of the squared embedding "
              "entries." % MODEL_KEY)
    print("\n".join(reach(rows, args.model)))


if __name__ == "__main__":
    main()
