"""Extraction timing: `python tests/unit/extract/bench_extract.py` (not collected by pytest).

Prints per-message wall time for a 4 KB plain mail, a mail carrying a ~1 MB text-dense PDF and
one carrying a ~1 MB XLSX. Synthetic content only.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[2]), str(HERE)]

from extract_builders import mail, pdf, xlsx  # noqa: E402

from gateway.extract import extract  # noqa: E402


def timed(raw: bytes, rounds: int) -> tuple[float, float]:
    """Median wall time and median CPU time of one extract() call (CPU time is what a busy
    machine does not distort)."""
    extract(raw)  # warm-up: lazy imports, codec caches
    wall, cpu = [], []
    for _ in range(rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        extract(raw)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    line = "Follow-up for Ola Testperson (MRN 44120) seen in clinic on 2026-11-30, labs pending.\n"
    plain = mail(line * (4000 // len(line)), subject="Clinic follow-up")
    row = "Ola Testperson MRN 44120 HbA1c 8.1 % reference 4.0-5.6 flagged high; repeat in 3 months"
    big_pdf = pdf([[f"{i:05d} {row}" for i in range(p * 50, p * 50 + 50)] for p in range(160)])
    big_xlsx = xlsx(
        {
            "Census": [["Name", "MRN", "Ward", "Dx", "Note"]]
            + [
                [f"Patient {i}", f"MRN{i:06d}", f"{i % 9}W", "J18.9", f"note {i} " * 3]
                for i in range(24000)
            ]
        }
    )
    cases = [
        (f"plain {len(plain) / 1024:.1f} KB", plain, 2000),
        (
            f"pdf attachment {len(big_pdf) / 1e6:.2f} MB",
            mail("see pdf", attachments=[("r.pdf", "application/pdf", big_pdf)]),
            5,
        ),
        (
            f"xlsx attachment {len(big_xlsx) / 1e6:.2f} MB",
            mail("see xlsx", attachments=[("c.xlsx", "application/octet-stream", big_xlsx)]),
            5,
        ),
    ]
    for label, raw, rounds in cases:
        wall, cpu = timed(raw, rounds)
        print(
            f"{label:32s} wall {wall * 1000:9.3f} ms   cpu {cpu * 1000:9.3f} ms"
            f"   (median of {rounds})"
        )


if __name__ == "__main__":
    main()
