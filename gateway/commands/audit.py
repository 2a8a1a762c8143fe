"""``phigate audit verify|export|head``: check and read the tamper-evident audit trail.

``verify`` walks the whole chain and exits 0 when intact, 1 with the first break (record seq
and what: hash mismatch, mac mismatch, gap, prev mismatch, truncation). ``--anchor SEQ:HASH``
also checks the chain against a head taken from outside this host (the SIEM copy or an
``audit anchor`` log line), which is what catches a rewrite by someone holding the key.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

from gateway.config import DEFAULT_CONFIG, load_config
from gateway.yamlcheck import ConfigError


def _common() -> argparse.ArgumentParser:
    c = argparse.ArgumentParser(add_help=False)
    c.add_argument("--config", default=os.environ.get("PHIGATE_CONFIG", DEFAULT_CONFIG),
                   help=f"gateway configuration (default {DEFAULT_CONFIG}, or $PHIGATE_CONFIG)")
    return c


def register(sub: Any) -> None:
    common = _common()
    p: argparse.ArgumentParser = sub.add_parser("audit", help="verify or export the audit trail")
    s = p.add_subparsers(dest="audit_cmd", metavar="ACTION")
    s.required = True
    v = s.add_parser("verify", parents=[common], help="check the hash chain; exit 1 if broken")
    v.add_argument("--anchor", metavar="SEQ:HASH",
                   help="a head from the SIEM or an anchor log line that must be in the chain")
    v.set_defaults(func=verify)
    e = s.add_parser("export", parents=[common], help="write records as JSON lines")
    e.add_argument("--from", dest="from_", required=True, metavar="DATE",
                   help="YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (UTC), inclusive")
    e.add_argument("--to", required=True, metavar="DATE",
                   help="YYYY-MM-DD (the whole day is included) or a time (exclusive), UTC")
    e.add_argument("--kind", help="only records of this kind (e.g. release, unmask)")
    e.add_argument("--out", help="file to write (default stdout)")
    e.add_argument("--as", dest="actor", default=None, metavar="USER")
    e.set_defaults(func=export)
    h = s.add_parser("head", parents=[common], help="print the current head (SEQ:HASH)")
    h.set_defaults(func=head)


def _open(args: argparse.Namespace) -> Any:
    from gateway.audit.log import AuditError
    from gateway.audit.runtime import open_audit

    try:
        config = load_config(args.config)
    except ConfigError as exc:
        for line in exc.errors:
            print(line, file=sys.stderr)
        return None
    try:
        return open_audit(config, create=False)
    except AuditError as exc:
        print(f"phigate: {exc}", file=sys.stderr)
        return None


def parse_when(text: str, *, end: bool = False) -> float:
    """A UTC date or date-time; a bare date as an end bound means the end of that day."""
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bad date {text!r}: use YYYY-MM-DD[THH:MM]") from None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    if end and len(text) == 10:
        dt += timedelta(days=1)
    return dt.timestamp()


def verify(args: argparse.Namespace) -> int:
    audit = _open(args)
    if audit is None:
        return 2
    anchor = None
    if args.anchor:
        seq_text, _, h = args.anchor.partition(":")
        if not seq_text.isdigit() or len(h) != 64:
            print("phigate: --anchor expects SEQ:HASH (64 hex digits)", file=sys.stderr)
            return 2
        anchor = (int(seq_text), h.lower())
    result = audit.verify(anchor=anchor)
    if result.ok:
        print(f"audit chain ok: {result.records} records, head seq {result.head_seq} "
              f"hash {result.head_hash}")
        return 0
    print(f"audit chain BROKEN at record seq {result.broken_at}: {result.problem} "
          f"({result.records} records read)")
    return 1


def export(args: argparse.Namespace) -> int:
    audit = _open(args)
    if audit is None:
        return 2
    try:
        start, stop = parse_when(args.from_), parse_when(args.to, end=True)
    except argparse.ArgumentTypeError as exc:
        print(f"phigate: {exc}", file=sys.stderr)
        return 2
    records = audit.records(kind=args.kind, from_ts=start, to_ts=stop)
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    try:
        for r in records:
            out.write(json.dumps(r.as_dict(), sort_keys=True, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    who = args.actor or os.environ.get("SUDO_USER") or os.environ.get("USER") or getpass.getuser()
    fields: dict[str, Any] = {"from_ts": start, "to_ts": stop, "count": len(records)}
    if args.kind:
        fields["record_kind"] = args.kind
    audit.record("export", f"cli:{who}", **fields)
    print(f"exported {len(records)} record(s)", file=sys.stderr)
    return 0


def head(args: argparse.Namespace) -> int:
    audit = _open(args)
    if audit is None:
        return 2
    seq, h = audit.head()
    print(f"{seq}:{h}")
    return 0
