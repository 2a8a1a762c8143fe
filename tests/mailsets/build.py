"""Deterministic assembly of a hand-written mail set: NNNN.eml files plus labels.json.

Dates, Message-IDs, MIME boundaries and zip timestamps are all fixed, so rebuilding into another
directory reproduces the committed bytes exactly. The sets were written at different times and
differ in small ways (date spread, digest salt, HTML-only handling, text attachments of non-text
types, boundaries on message/rfc822 parts); `BuildStyle` keeps each set's exact behaviour.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib
import json
import random
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

from tests.mailsets.spec import Spec


@dataclass(frozen=True)
class BuildStyle:
    """One set's build parameters.

    prefix: Message-ID `<prefix.NNNN...>` and boundary `=_prefix_NNNN..._k_=`.
    week_start: the Monday (with the set's UTC offset) the dates spread from.
    seed: the shuffle seed, so file numbers do not reveal the label.
    org: the Message-ID host when the From address has none.
    day_step, minute_step, minute_span: message n is sent on weekday (n*day_step) % 5 at
        week_start + (n*minute_step) % minute_span minutes.
    digest_salt: prepended to the Message-ID digest input.
    forward_days, forward_days_per_level: a forwarded (message/rfc822) copy is dated
        forward_days earlier, or forward_days per nesting level.
    html_only_when_body_empty: an empty body with `html` makes an HTML-only message (besides
        Spec.html_only); when off, `html` always becomes an alternative unless Spec.html_only.
    str_attachments_as_text: str data is always attached as text/<subtype> (the older sets);
        when off, str data of a non-text type is UTF-8 encoded and keeps its maintype.
    boundary_on_rfc822: message/rfc822 parts also get a `boundary` parameter (the older sets
        walked is_multipart(), which is true for them); when off, only multipart/* parts.
    """

    prefix: str
    week_start: dt.datetime
    seed: int
    org: str
    day_step: int = 7
    minute_step: int = 53
    minute_span: int = 660
    digest_salt: str = ""
    forward_days: int = 3
    forward_days_per_level: bool = False
    html_only_when_body_empty: bool = True
    str_attachments_as_text: bool = True
    boundary_on_rfc822: bool = True

    def date_for(self, n: int, tag: str = "") -> dt.datetime:
        day = (n * self.day_step) % 5  # spread over Monday..Friday
        minutes = (n * self.minute_step) % self.minute_span
        levels = len(tag) if self.forward_days_per_level else min(len(tag), 1)
        back = dt.timedelta(days=self.forward_days * levels)
        return self.week_start + dt.timedelta(days=day, minutes=minutes) - back

    def msgid(self, n: int, spec: Spec, tag: str = "") -> str:
        seed = f"{self.digest_salt}{n}|{tag}|{spec.subject}"
        digest = hashlib.sha256(seed.encode()).hexdigest()[:16]
        host = spec.frm.rsplit("@", 1)[-1].rstrip(">") or self.org
        return f"<{self.prefix}.{n:04d}{tag}.{digest}@{host}>"


def to_message(style: BuildStyle, n: int, spec: Spec, tag: str = "") -> EmailMessage:
    """The MIME message of spec number n (tag marks nested forwards: "f", "ff", ...)."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = spec.frm
    msg["To"] = spec.to
    if spec.cc:
        msg["Cc"] = spec.cc
    msg["Subject"] = spec.subject
    msg["Date"] = format_datetime(style.date_for(n, tag))
    msg["Message-ID"] = style.msgid(n, spec, tag)
    for name, value in spec.headers:
        msg[name] = value
    html_only = spec.html_only or (
        style.html_only_when_body_empty and not spec.body and spec.html is not None
    )
    if html_only:
        assert spec.html is not None
        msg.set_content(spec.html, subtype="html", charset=spec.charset or "utf-8")
    elif spec.charset:
        msg.set_content(spec.body, charset=spec.charset)
    else:
        msg.set_content(spec.body)
    if spec.html is not None and not html_only:
        msg.add_alternative(spec.html, subtype="html")
    if spec.ics is not None:
        msg.add_alternative(spec.ics, subtype="calendar", params={"method": "REQUEST"})
    for att in spec.atts:
        maintype, subtype = att.ctype.split("/", 1)
        if isinstance(att.data, str) and (style.str_attachments_as_text or maintype == "text"):
            msg.add_attachment(att.data, subtype=subtype, filename=att.filename)
        else:
            data = att.data.encode("utf-8") if isinstance(att.data, str) else att.data
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=att.filename)
    if spec.forward is not None:
        msg.add_attachment(to_message(style, n, spec.forward, tag + "f"))
    k = 0
    for part in msg.walk():
        if _takes_boundary(style, part):
            part.set_boundary(f"=_{style.prefix}_{n:04d}{tag}_{k}_=")
            k += 1
    return msg


def _takes_boundary(style: BuildStyle, part: EmailMessage) -> bool:
    if style.boundary_on_rfc822:
        return part.is_multipart()
    return part.get_content_maintype() == "multipart"


def ordered_specs(style: BuildStyle, groups: Iterable[Sequence[Spec]]) -> list[Spec]:
    """All specs of the given message lists, shuffled with the set's seed."""
    specs = [spec for group in groups for spec in group]
    random.Random(style.seed).shuffle(specs)  # file numbers must not reveal the label
    return specs


def build(out: Path, style: BuildStyle, specs: Sequence[Spec]) -> int:
    """Write NNNN.eml and labels.json for `specs` (already in file order); returns the count."""
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob("[0-9][0-9][0-9][0-9].eml"):
        stale.unlink()
    labels = []
    for n, spec in enumerate(specs, start=1):
        name = f"{n:04d}.eml"
        (out / name).write_bytes(to_message(style, n, spec).as_bytes(policy=SMTP))
        note = spec.notes if spec.lang == "en" else f"[lang={spec.lang}] {spec.notes}"
        labels.append({"file": name, "phi": spec.phi, "category": spec.category, "notes": note})
    (out / "labels.json").write_text(
        json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return len(labels)


def load_groups(set_dir: Path, modules: Sequence[str]) -> list[Sequence[Spec]]:
    """The MESSAGES lists of a set's _msgs_*.py modules (they import `_spec`, `_att`, ... from
    the set's folder, so that folder goes on sys.path first)."""
    if str(set_dir) not in sys.path:
        sys.path.insert(0, str(set_dir))
    return [importlib.import_module(name).MESSAGES for name in modules]


def main(
    script: str,
    style: BuildStyle,
    modules: Sequence[str],
    description: str,
    argv: Sequence[str] | None = None,
) -> None:
    """The command line of a set's build.py: `[--out DIR]`, default the set's own folder.

    `modules` names the set's message-list modules in the order their specs are concatenated
    before the seeded shuffle (the order is part of the committed output).
    """
    set_dir = Path(script).resolve().parent
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--out", type=Path, default=set_dir)
    args = ap.parse_args(argv)
    groups = load_groups(set_dir, modules)
    count = build(args.out, style, ordered_specs(style, groups))
    print(f"wrote {count} messages to {args.out}")
