"""Regenerates the data sets in this folder from the Python packages that ship them.

Nothing at run time needs Python: MetricLab reads the CSV files this script writes. Run it from the
repository root, once per source (the two packages live in different environments here):

    /opt/pmlenv/bin/python data/regenerate.py sklearn    # digits, iris, wine, breast-cancer
    /tmp/i16-penguins-venv/bin/python data/regenerate.py penguins

Every file is `# provenance` lines, a header naming the features and `label`, then one row per
example: the features, then the class number. Penguins keep the source's `NA` for missing values;
the loader drops those rows (see README.md).
"""
import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def number(value):
    """The shortest text that reads back as the same double; whole numbers without a decimal point."""
    value = float(value)
    return str(int(value)) if value.is_integer() else repr(value)


def write(name, provenance, features, rows):
    """Writes data/NAME.csv: provenance comments, a header, then rows of features and a label."""
    path = HERE / f"{name}.csv"
    with path.open("w", newline="") as file:
        for line in provenance:
            file.write(f"# {line}\n")
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(list(features) + ["label"])
        writer.writerows(rows)
    print(f"{path.relative_to(HERE.parent)}: {len(rows)} rows, {len(features)} features")


def sklearn_sets():
    import sklearn
    from sklearn import datasets

    loaders = {
        "digits": datasets.load_digits,
        "iris": datasets.load_iris,
        "wine": datasets.load_wine,
        "breast-cancer": datasets.load_breast_cancer,
    }
    for name, load in loaders.items():
        bunch = load()
        rows = [[number(v) for v in x] + [int(y)] for x, y in zip(bunch.data, bunch.target)]
        classes = ", ".join(f"{k} = {n}" for k, n in enumerate(bunch.target_names))
        write(name, [f"{name}: scikit-learn {sklearn.__version__}, sklearn.datasets.{load.__name__}(); data/README.md says more",
                     f"labels: {classes}"], bunch.feature_names, rows)


def penguins():
    from importlib import metadata, resources

    source = resources.files("palmerpenguins") / "data" / "penguins.csv"
    with source.open() as file:
        records = list(csv.DictReader(file))
    features = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"]
    species = sorted({r["species"] for r in records})
    rows = [[r[f] for f in features] + [species.index(r["species"])] for r in records]
    classes = ", ".join(f"{k} = {n}" for k, n in enumerate(species))
    write("penguins", [f"penguins: palmerpenguins {metadata.version('palmerpenguins')} (PyPI), its data/penguins.csv; data/README.md says more",
                       f"labels: {classes}; NA marks a missing value, as in the source"], features, rows)


if __name__ == "__main__":
    jobs = {"sklearn": sklearn_sets, "penguins": penguins}
    if len(sys.argv) != 2 or sys.argv[1] not in jobs:
        sys.exit(f"usage: {sys.argv[0]} sklearn|penguins")
    jobs[sys.argv[1]]()
