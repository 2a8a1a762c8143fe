"""Train the message classifier (gateway/detect/classifier.py) from the labelled sets.

    .venv/bin/python models/train_classifier.py [--exclude SET ...] [--out FILE]

Reads every ``tests/<set>/labels.json`` (the hand-labelled sets and the generated corpus) except
the ``--exclude``d ones (sealed sets awaiting their one blind reading), turns each message into
the classifier's tokens (the detector's own extraction and segments, names and numbers replaced
by their kind), keeps the word and word-pair n-grams found in at least ``--min-sets`` sets, and
fits an L2 logistic regression on their L2-normalised counts. Deterministic: the same sets give
the same file. Needs scikit-learn (requirements-dev.in); the gateway itself only reads the JSON.

``--holdout SET ...`` trains without those sets and prints the model's reading of each of their
messages instead of writing a file (for blind readings of the classifier on a new set).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gateway.detect.classifier import FORMAT, MessageClassifier, words_of  # noqa: E402
from gateway.detect.config import load_config  # noqa: E402
from gateway.detect.engine import message_segments  # noqa: E402
from gateway.detect.lexicon import read_words  # noqa: E402
from gateway.extract.core import extract  # noqa: E402


def labelled_sets(tests: Path) -> list[Path]:
    return sorted(p.parent for p in tests.glob("*/labels.json"))


def featurize(set_dir: Path, clf: MessageClassifier) -> list[tuple[str, bool, Counter[str]]]:
    out = []
    for row in json.loads((set_dir / "labels.json").read_text(encoding="utf-8")):
        raw = (set_dir / row["file"]).read_bytes()
        grams = clf.features(message_segments(extract(raw)))
        out.append((f"{set_dir.name}/{row['file']}", bool(row["phi"]), grams))
    return out


def fit(
    data: dict[str, list[tuple[str, bool, Counter[str]]]], min_sets: int, c: float
) -> tuple[dict[str, float], float]:
    import numpy as np  # scikit-learn's own dependencies: training only
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import normalize

    seen_in: Counter[str] = Counter()
    for rows in data.values():
        seen_in.update({g for _, _, grams in rows for g in grams})
    vocab = sorted(g for g, n in seen_in.items() if n >= min_sets)
    col = {g: i for i, g in enumerate(vocab)}
    indptr, indices, values, labels = [0], [], [], []
    for name in sorted(data):
        for _, label, grams in data[name]:
            for g, n in sorted(grams.items()):
                j = col.get(g)
                if j is not None:
                    indices.append(j)
                    values.append(float(n))
            indptr.append(len(indices))
            labels.append(label)
    x = normalize(csr_matrix((values, indices, indptr), shape=(len(labels), len(vocab))))
    model = LogisticRegression(C=c, solver="liblinear", max_iter=5000, random_state=0)
    model.fit(x, np.array(labels))
    coef = model.coef_[0]
    weights = {g: round(float(coef[i]), 6) for g, i in col.items() if abs(coef[i]) >= 1e-6}
    return weights, round(float(model.intercept_[0]), 6)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tests", type=Path, default=ROOT / "tests")
    ap.add_argument("--config", type=Path, default=ROOT / "models" / "detector.yaml")
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "message_classifier.json")
    ap.add_argument("--exclude", nargs="*", default=[], help="sets never trained on (sealed)")
    ap.add_argument("--holdout", nargs="*", default=[], help="train without these, read them")
    ap.add_argument("--min-sets", type=int, default=5)
    ap.add_argument("--c", type=float, default=30.0, help="inverse L2 strength")
    args = ap.parse_args(argv)

    cfg = load_config(args.config)
    base = args.config.resolve().parent
    first = read_words(base / cfg.first_names) if cfg.first_names else frozenset()
    sur = read_words(base / cfg.surnames) if cfg.surnames else frozenset()
    clf = MessageClassifier({}, 0.0, first, sur)
    sealed, held = set(args.exclude), set(args.holdout)
    data, digests, read = {}, {}, {}
    for set_dir in labelled_sets(args.tests):
        if set_dir.name in sealed:
            continue
        rows = featurize(set_dir, clf)
        if set_dir.name in held:
            read[set_dir.name] = rows
            continue
        data[set_dir.name] = rows
        digests[set_dir.name] = hashlib.sha256((set_dir / "labels.json").read_bytes()).hexdigest()
    weights, intercept = fit(data, args.min_sets, args.c)
    if args.holdout:
        trained = MessageClassifier(weights, intercept, first, sur)
        for rows in read.values():
            for name, label, grams in rows:
                p = trained.probability_of(grams)
                words = words_of(grams)
                print(json.dumps({"file": name, "phi": label, "p": round(p, 4), "words": words}))
        return 0
    model = {
        "format": FORMAT,
        "params": {
            "min_sets": args.min_sets,
            "c": args.c,
            "max_chars_per_segment": clf.max_chars_per_segment,
            "max_chars": clf.max_chars,
        },
        "trained_on": {
            name: {"messages": len(data[name]), "labels_sha256": digests[name]} for name in data
        },
        "intercept": intercept,
        "weights": dict(sorted(weights.items())),
    }
    args.out.write_text(json.dumps(model, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    total = sum(len(r) for r in data.values())
    print(f"{args.out}: {len(weights)} n-grams from {total} messages in {len(data)} sets")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
