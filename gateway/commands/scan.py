"""``phigate scan [--json] [--show-values] FILE.eml...``: run the PHI detector on messages.

With ``--json`` one object per input file per line, exactly::

    {"file", "phi", "score", "findings": [{"entity", "category", "part", "start", "end", "score"}],
     "elapsed_ms"}

``--show-values`` adds ``"value"`` to each finding (prints PHI: for local debugging only).
Exit 0 when every file was scanned (PHI or not), 2 when a file could not be read or scanned.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from gateway.detect import DetectError, Detector
from gateway.detect.engine import filename_text
from gateway.detect.paths import DEFAULT_DETECTOR_CONFIG
from gateway.detect.pool import ScanError, ScanResult, scan_bytes


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser("scan", help="scan .eml files for PHI")
    p.add_argument("files", nargs="+", metavar="FILE.eml")
    p.add_argument("--json", action="store_true", help="one JSON object per file, one per line")
    p.add_argument(
        "--show-values",
        action="store_true",
        help="include the matched text of each finding (shows PHI; never in production logs)",
    )
    p.add_argument(
        "--config",
        default=str(DEFAULT_DETECTOR_CONFIG),
        help="detector settings (models/detector.yaml)",
    )
    p.set_defaults(func=main)


def finding_value(result: ScanResult, part: str, start: int, end: int) -> str:
    for seg in result.segments:
        if seg.part == part:
            return seg.text[start:end]
    if part.startswith("filename:"):
        for att in result.attachments:
            if att.path == part[len("filename:") :]:
                return filename_text(att.filename)[start:end]
    return ""


def to_json(name: str, result: ScanResult, show_values: bool) -> dict[str, Any]:
    findings = []
    for f in result.verdict.findings:
        item: dict[str, Any] = {
            "entity": f.entity,
            "category": f.category,
            "part": f.part,
            "start": f.start,
            "end": f.end,
            "score": f.score,
        }
        if show_values:
            item["value"] = finding_value(result, f.part, f.start, f.end)
        findings.append(item)
    return {
        "file": name,
        "phi": result.verdict.phi,
        "score": result.verdict.score,
        "findings": findings,
        "elapsed_ms": result.elapsed_ms,
    }


def _summary(name: str, result: ScanResult, show_values: bool) -> str:
    v = result.verdict
    lines = [
        f"{name}: {'PHI' if v.phi else 'no PHI'} (score {v.score:.2f}, {result.elapsed_ms:.1f} ms)"
    ]
    for e in v.evidence:
        lines.append(f"  because: {e}")
    for f in v.findings:
        extra = f" = {finding_value(result, f.part, f.start, f.end)!r}" if show_values else ""
        lines.append(
            f"  {f.category:10} {f.entity:15} {f.part}[{f.start}:{f.end}] {f.score:.2f}{extra}"
        )
    for a in result.attachments:
        if a.status.value != "ok":
            lines.append(f"  attachment not scanned: {a.status.value}")
    return "\n".join(lines)


def main(args: argparse.Namespace) -> int:
    try:
        detector = Detector.from_config(args.config)
    except DetectError as exc:
        print(f"phigate scan: {exc}", file=sys.stderr)
        return 2
    rc = 0
    for name in args.files:
        try:
            with open(name, "rb") as fh:
                raw = fh.read()
        except OSError as exc:
            print(f"phigate scan: {name}: cannot read ({exc.strerror})", file=sys.stderr)
            rc = 2
            continue
        try:
            result = scan_bytes(detector, raw)
        except ScanError as exc:
            print(f"phigate scan: {name}: {exc}", file=sys.stderr)
            rc = 2
            continue
        if args.json:
            print(json.dumps(to_json(name, result, args.show_values)), flush=True)
        else:
            print(_summary(name, result, args.show_values), flush=True)
    return rc
