"""Train the message classifier (gateway/detect/classifier.py) from the labelled sets.

    .venv/bin/python models/train_classifier.py [--exclude SET ...] [--out FILE]

Reads every ``tests/<set>/labels.json`` (the hand-labelled sets and the generated corpus) except
the ``--exclude``d ones (sealed sets awaiting their one blind reading), turns each message into
the classifier's tokens (the detector's own extraction and segments, names and numbers replaced
by their kind), keeps the word and word-pair n-grams found in at least ``--min-sets`` sets,
scales each one's presence by its naive-Bayes log-count ratio (``--alpha`` smoothing), and fits
an L2 logistic regression on the L2-normalised scaled vectors (NBSVM's features; the words
outside the vocabulary count in the norm, ``--unknown-scale`` each). Deterministic: the same
sets give the same file. Needs scikit-learn (requirements-dev.in); the gateway itself only
reads the JSON.

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

# Everyday words of patients' languages that the surname list also holds (checked by hand). Any
# other lower-case surname that is not an English word never enters the vocabulary: the model
# file holds no name, even one a dozen writers gave their staff's e-mail addresses.
EVERYDAY_SURNAME_WORDS = frozenset(
    """abril badan bien cada carta caso chia clase como domingo dura durante endo español familia
    izquierdo jugo kung lista mang maten martes mets moun pero piel sala tham thay theo toda
    viernes volante""".split()
)


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
    data: dict[str, list[tuple[str, bool, Counter[str]]]],
    min_sets: int,
    c: float,
    *,
    alpha: float = 1.0,
    unknown_scale: float = 1.0,
    banned: frozenset[str] = frozenset(),
) -> tuple[dict[str, float], dict[str, float], float]:
    """Weights (coefficient x scale), scales and intercept of the model (MessageClassifier,
    with ``unknown_scale``). No n-gram with a ``banned`` word is kept."""
    import numpy as np  # scikit-learn's own dependencies: training only
    from scipy.sparse import csr_matrix, diags
    from sklearn.linear_model import LogisticRegression

    seen_in: Counter[str] = Counter()
    for rows in data.values():
        seen_in.update({g for _, _, grams in rows for g in grams})
    vocab = sorted(
        g for g, n in seen_in.items() if n >= min_sets and banned.isdisjoint(g.split(" "))
    )
    col = {g: i for i, g in enumerate(vocab)}
    indptr, indices, values, labels, unknown = [0], [], [], [], []
    for name in sorted(data):
        for _, label, grams in data[name]:
            for g in sorted(grams):
                j = col.get(g)
                if j is not None:
                    indices.append(j)
                    values.append(1.0)
            indptr.append(len(indices))
            labels.append(label)
            unknown.append(sum(1 for g in grams if " " not in g and g not in col))
    present = csr_matrix((values, indices, indptr), shape=(len(labels), len(vocab)))
    y = np.array(labels)
    # Log-count ratio: how much likelier the n-gram is in a PHI message than in the others.
    pos = np.asarray(present[y].sum(axis=0)).ravel() + alpha
    neg = np.asarray(present[~y].sum(axis=0)).ravel() + alpha
    ratio = np.round(np.log((pos / pos.sum()) / (neg / neg.sum())), 6)
    # The words outside the vocabulary count in the norm (unknown_scale each, squared) and
    # nowhere else: a message the model mostly cannot read is read with less confidence.
    scaled = present.multiply(ratio).tocsr()
    squares = np.asarray(scaled.multiply(scaled).sum(axis=1)).ravel()
    norms = np.sqrt(squares + unknown_scale**2 * np.array(unknown, dtype=float))
    x = diags(1.0 / np.where(norms > 0, norms, 1.0)) @ scaled
    model = LogisticRegression(C=c, solver="liblinear", max_iter=5000, random_state=0)
    model.fit(x, y)
    coef = model.coef_[0]
    # Every n-gram of the vocabulary stays (its scale counts in the norm, whatever its weight).
    weights = {g: round(float(coef[i] * ratio[i]), 6) for g, i in col.items()}
    scales = {g: float(ratio[i]) for g, i in col.items()}
    return weights, scales, round(float(model.intercept_[0]), 6)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tests", type=Path, default=ROOT / "tests")
    ap.add_argument("--config", type=Path, default=ROOT / "models" / "detector.yaml")
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "message_classifier.json")
    ap.add_argument("--exclude", nargs="*", default=[], help="sets never trained on (sealed)")
    ap.add_argument("--holdout", nargs="*", default=[], help="train without these, read them")
    ap.add_argument("--min-sets", type=int, default=5)
    ap.add_argument("--c", type=float, default=30.0, help="inverse L2 strength")
    ap.add_argument("--alpha", type=float, default=1.0, help="log-count ratio smoothing")
    ap.add_argument("--unknown-scale", type=float, default=1.0,
                    help="what each word outside the vocabulary adds to the norm (squared)")
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
    english = read_words(base / cfg.english_words) if cfg.english_words else frozenset()
    weights, scales, intercept = fit(
        data, args.min_sets, args.c, alpha=args.alpha, unknown_scale=args.unknown_scale,
        banned=sur - english - EVERYDAY_SURNAME_WORDS,
    )
    if args.holdout:
        trained = MessageClassifier(
            weights, intercept, first, sur, scales=scales, unknown_scale=args.unknown_scale
        )
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
            "alpha": args.alpha,
            "features": "presence x log-count ratio, L2-normalised, unknown words in the norm",
            "unknown_scale": args.unknown_scale,
            "max_chars_per_segment": clf.max_chars_per_segment,
            "max_chars": clf.max_chars,
        },
        "trained_on": {
            name: {"messages": len(data[name]), "labels_sha256": digests[name]} for name in data
        },
        "intercept": intercept,
        # n-gram -> [weight, scale]: its presence adds weight to the dot product and scale**2
        # to the squared norm.
        "weights": {g: [weights[g], scales[g]] for g in sorted(weights)},
    }
    args.out.write_text(json.dumps(model, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    total = sum(len(r) for r in data.values())
    print(f"{args.out}: {len(weights)} n-grams from {total} messages in {len(data)} sets")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
