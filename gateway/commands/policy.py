"""``phigate policy lint|test|replay|schema``: check, try and compare policies without a gateway.

``test`` and ``replay`` load the NLP model once per invocation and scan in-process
(:func:`gateway.detect.pool.scan_bytes`); the output carries entity types, rules and reasons,
never matched values.
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.utils
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from gateway.config import DEFAULT_CONFIG
from gateway.policy.decisions import Decision
from gateway.policy.engine import Envelope, LoadedPolicy, MessageFacts, evaluate_all
from gateway.policy.facts import facts_from_scan
from gateway.policy.loader import load_policy
from gateway.policy.model import json_schema, warnings
from gateway.yamlcheck import ConfigError

SCHEMA_FILE = Path("policies/schema.json")


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser("policy", help="lint, test and compare policies")
    ps = p.add_subparsers(dest="policy_cmd", metavar="ACTION")
    ps.required = True

    lint_p = ps.add_parser("lint", help="validate policy files; exit 0 when all are valid")
    lint_p.add_argument("files", nargs="+", metavar="FILE")
    lint_p.set_defaults(func=lint)

    test_p = ps.add_parser("test", help="decide messages under a policy (one JSON line each)")
    test_p.add_argument("--policy", required=True, metavar="FILE")
    test_p.add_argument("--from", dest="mail_from", metavar="ADDR",
                        help="envelope sender (default: the message's From)")
    test_p.add_argument("--to", dest="rcpts", action="extend", nargs="+", metavar="ADDR",
                        help="envelope recipients: --to A B or --to A --to B "
                        "(default: the message's To + Cc)")
    _common(test_p)
    test_p.add_argument("messages", nargs="*", metavar="MSG.eml")
    test_p.set_defaults(func=test)

    rp = ps.add_parser("replay", help="show how decisions change under a candidate policy")
    rp.add_argument("--policy", required=True, metavar="FILE", help="candidate policy")
    rp.add_argument("--current", metavar="FILE",
                    help="policy to compare with (default: the one in --config)")
    rp.add_argument("--config", default=DEFAULT_CONFIG, help="gateway configuration")
    rp.add_argument("--quarantine", action="store_true",
                    help="replay the messages held in quarantine instead of a folder")
    rp.add_argument("--json", action="store_true", help="one JSON object per changed decision")
    _common(rp)
    rp.add_argument("dir", nargs="?", metavar="DIR", help="folder of .eml files")
    rp.set_defaults(func=replay)

    sp = ps.add_parser("schema", help="print the policy JSON Schema")
    sp.add_argument("--write", action="store_true", help=f"write it to {SCHEMA_FILE}")
    sp.set_defaults(func=schema)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--detector", default="models/detector.yaml", metavar="FILE",
                   help="detector settings (default models/detector.yaml)")
    p.add_argument("--date", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                   help="evaluate BAA expiry as of this day (default: today, UTC)")


def _errors(exc: ConfigError) -> int:
    for line in exc.errors:
        print(line, file=sys.stderr)
    return 1


def lint(args: argparse.Namespace) -> int:
    rc = 0
    for f in args.files:
        try:
            p = load_policy(f)
        except ConfigError as exc:
            rc = _errors(exc)
            continue
        for w in warnings(p.model):
            print(f"{f}: warning: {w}", file=sys.stderr)
        print(f"{f}: ok (version {p.version}, {len(p.model.rules)} rules)")
    return rc


def schema(args: argparse.Namespace) -> int:
    text = json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"
    if args.write:
        SCHEMA_FILE.write_text(text, encoding="utf-8")
        print(f"wrote {SCHEMA_FILE}")
    else:
        sys.stdout.write(text)
    return 0


class _Scanner:
    """The detector, loaded once per invocation."""

    def __init__(self, detector_config: str) -> None:
        from gateway.detect import Detector

        self.detector = Detector.from_config(detector_config)

    def scan(self, raw: bytes) -> Any:
        from gateway.detect.pool import scan_bytes

        return scan_bytes(self.detector, raw)


def _today(args: argparse.Namespace) -> dt.date:
    date: dt.date | None = args.date
    return date or dt.datetime.now(dt.UTC).date()


def _addr(value: str) -> str:
    return email.utils.parseaddr(value)[1]


def _recipient_json(rcpt: str, d: Decision) -> dict[str, Any]:
    return {"address": rcpt, "action": d.action, "modifiers": [m.name for m in d.modifiers],
            "rule": d.rule, "reasons": list(d.reasons)}


def _split_to(args: argparse.Namespace) -> None:
    """``--to A B msg.eml``: argparse gives the file to --to; move existing files back."""
    if args.rcpts:
        files = [v for v in args.rcpts if "@" not in v or Path(v).is_file()]
        args.rcpts = [v for v in args.rcpts if v not in files]
        args.messages = [*files, *args.messages]


def test(args: argparse.Namespace) -> int:
    _split_to(args)
    if not args.messages:
        print("phigate policy test: give at least one MSG.eml", file=sys.stderr)
        return 2
    try:
        policy = load_policy(args.policy)
    except ConfigError as exc:
        return _errors(exc)
    scanner = _Scanner(args.detector)
    today = _today(args)
    rc = 0
    for path in args.messages:
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            print(f"{path}: cannot read: {exc.__class__.__name__}", file=sys.stderr)
            rc = 1
            continue
        scan = scanner.scan(raw)
        facts = facts_from_scan(scan)
        mail_from = args.mail_from if args.mail_from is not None else _addr(scan.headers.from_)
        rcpts = tuple(args.rcpts) if args.rcpts else facts.header_recipients
        decisions = evaluate_all(policy, facts, Envelope(mail_from, rcpts), today)
        out = {
            "file": path,
            "policy_version": policy.version,
            "phi": facts.phi,
            "recipients": [_recipient_json(r, decisions[r]) for r in rcpts],
        }
        print(json.dumps(out, ensure_ascii=False), flush=True)
    return rc


def _messages(args: argparse.Namespace) -> Iterator[tuple[str, bytes, str | None,
                                                          tuple[str, ...] | None]]:
    """(label, bytes, envelope sender, envelope recipients) from a folder or the quarantine."""
    if args.quarantine:
        from gateway.config import load_config
        from gateway.quarantine.runtime import open_store

        store = open_store(load_config(args.config), create_key=False)
        offset = 0
        while True:
            batch = store.list(status="held", limit=200, offset=offset)
            if not batch:
                break
            for held in batch:
                yield held.id, store.open_message(held.id), held.mail_from, tuple(held.rcpts)
            offset += len(batch)
        return
    folder = Path(args.dir)
    for path in sorted(folder.rglob("*.eml")):
        yield str(path), path.read_bytes(), None, None


def replay(args: argparse.Namespace) -> int:
    if not args.quarantine and not args.dir:
        print("phigate policy replay: give DIR or --quarantine", file=sys.stderr)
        return 2
    try:
        candidate = load_policy(args.policy)
        if args.current:
            current = load_policy(args.current)
        else:
            from gateway.config import load_config

            current = load_policy(load_config(args.config).policy)
    except ConfigError as exc:
        return _errors(exc)
    scanner = _Scanner(args.detector)
    today = _today(args)
    totals: Counter[str] = Counter()
    for label, raw, env_from, env_rcpts in _messages(args):
        scan = scanner.scan(raw)
        facts = facts_from_scan(scan)
        mail_from = env_from if env_from is not None else _addr(scan.headers.from_)
        rcpts = env_rcpts or facts.header_recipients
        totals["messages"] += 1
        for rcpt, old, new in compare(current, candidate, facts, Envelope(mail_from, rcpts),
                                      today):
            totals["decisions"] += 1
            if _key(old) == _key(new):
                totals["unchanged"] += 1
                continue
            totals["changed"] += 1
            totals[f"{old.action} -> {new.action}"] += 1
            if args.json:
                print(json.dumps({"message": label, "recipient": rcpt,
                                  "current": _recipient_json(rcpt, old),
                                  "candidate": _recipient_json(rcpt, new)}), flush=True)
            else:
                print(f"{label}  {rcpt}: {_show(old)}  ->  {_show(new)}")
    summary = ", ".join(f"{k}: {v}" for k, v in sorted(totals.items())
                        if " -> " in k) or "no changes"
    print(f"# current {current.version} vs candidate {candidate.version}: "
          f"{totals['messages']} message(s), {totals['decisions']} decision(s), "
          f"{totals['changed']} changed ({summary})", file=sys.stderr if args.json else sys.stdout)
    return 0


def compare(current: LoadedPolicy, candidate: LoadedPolicy, facts: MessageFacts,
            envelope: Envelope, today: dt.date) -> list[tuple[str, Decision, Decision]]:
    old = evaluate_all(current, facts, envelope, today)
    new = evaluate_all(candidate, facts, envelope, today)
    return [(r, old[r], new[r]) for r in envelope.rcpts]


def _key(d: Decision) -> tuple[str, str, tuple[str, ...]]:
    return (d.action, d.rule, tuple(sorted(m.name for m in d.modifiers)))


def _show(d: Decision) -> str:
    mods = ",".join(m.name for m in d.modifiers)
    return f"{d.action}[{d.rule}]" + (f"+{mods}" if mods else "")
