"""Build devset13: 120 hand-written outbound messages from a hospital's patient financial services
and collections vendor, a primary-care network serving immigrant communities and a home-infusion
company, each labelled PHI or not, as NNNN.eml files plus labels.json. About half the messages are
in or mix patients' languages, in the charsets real mail clients use.

Run from the repository root: `.venv/bin/python tests/devset13/build.py [--out DIR]`. Dates,
Message-IDs, boundaries and zip timestamps are fixed, so every rebuild is byte-identical.

Unlike the shared builder, a non-ASCII subject of a message with a legacy body charset (gb2312,
big5, euc-kr, koi8-r, windows-1251/1256, iso-8859-x ...) is written as RFC 2047 encoded words in
that same charset, the way Outlook, Foxmail or Thunderbird write it; UTF-8 subjects are left to the
standard library.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP, Policy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.mailsets import build as mb  # noqa: E402
from tests.mailsets.spec import Spec  # noqa: E402

STYLE = mb.BuildStyle(
    prefix="d13",
    week_start=dt.datetime(2026, 11, 9, 7, 55, tzinfo=dt.timezone(dt.timedelta(hours=-6))),
    seed=131213,
    org="keelbridgerev.com",
    day_step=3,
    minute_step=41,
    minute_span=610,
    digest_salt="devset13|",
    forward_days=2,
    forward_days_per_level=True,
    html_only_when_body_empty=True,
    str_attachments_as_text=False,
    boundary_on_rfc822=False,
)

MODULES = (
    "_msgs_keelbridge",
    "_msgs_puente",
    "_msgs_meridian",
    "_msgs_lang_phi",
    "_msgs_lang_clean",
)

UNICODE = frozenset({"utf-8", "us-ascii"})
# Latin charsets are written with Q encoding (as Outlook and Thunderbird do), the rest with B.
Q_CHARSETS = frozenset({"iso-8859-1", "iso-8859-2", "iso-8859-15", "windows-1252", "windows-1250"})
Q_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_word(data: bytes) -> str:
    return "".join("_" if b == 0x20 else chr(b) if b in Q_SAFE else f"={b:02X}" for b in data)


def encoded_words(text: str, charset: str) -> list[str]:
    """RFC 2047 words of `text` in `charset`, each at most 75 characters, never splitting a
    character across words."""
    label = charset
    q = charset in Q_CHARSETS
    words: list[str] = []
    chunk = b""
    for ch in text:
        piece = ch.encode(charset)
        trial = chunk + piece
        body = _q_word(trial) if q else base64.b64encode(trial).decode("ascii")
        if len(f"=?{label}?{'Q' if q else 'B'}?{body}?=") > 75 and chunk:
            words.append(_word(chunk, label, q))
            chunk = piece
        else:
            chunk = trial
    if chunk:
        words.append(_word(chunk, label, q))
    return words


def _word(chunk: bytes, label: str, q: bool) -> str:
    if q:
        return f"=?{label}?Q?{_q_word(chunk)}?="
    return f"=?{label}?B?{base64.b64encode(chunk).decode('ascii')}?="


@dataclass(frozen=True)
class EncodedSubject:
    """A Subject header object that folds to pre-encoded words (the email policy keeps objects
    with a `name` and a `fold` as they are)."""

    name: str
    text: str
    charset: str

    def fold(self, *, policy: Policy) -> str:
        sep = policy.linesep
        return f"{self.name}: " + f"{sep} ".join(encoded_words(self.text, self.charset)) + sep

    def __str__(self) -> str:
        return self.text


def _legacy_subject(msg: EmailMessage, spec: Spec) -> None:
    charset = (spec.charset or "utf-8").lower()
    if charset not in UNICODE and not spec.subject.isascii():
        msg.replace_header("Subject", EncodedSubject("Subject", spec.subject, charset))
    if spec.forward is not None:
        for part in msg.iter_attachments():
            if part.get_content_type() == "message/rfc822":
                inner = part.get_payload(0)
                assert isinstance(inner, EmailMessage)
                _legacy_subject(inner, spec.forward)


def to_message(style: mb.BuildStyle, n: int, spec: Spec) -> EmailMessage:
    msg = mb.to_message(style, n, spec)
    _legacy_subject(msg, spec)
    return msg


def build(out: Path, style: mb.BuildStyle, specs: Sequence[Spec]) -> int:
    """mailsets.build.build with legacy-charset subjects."""
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


def main(argv: Sequence[str] | None = None) -> None:
    set_dir = Path(__file__).resolve().parent
    ap = argparse.ArgumentParser(description="Build the devset13 mail set (blind, hand-labelled).")
    ap.add_argument("--out", type=Path, default=set_dir)
    args = ap.parse_args(argv)
    groups = mb.load_groups(set_dir, MODULES)
    count = build(args.out, style=STYLE, specs=mb.ordered_specs(STYLE, groups))
    print(f"wrote {count} messages to {args.out}")


if __name__ == "__main__":
    main()
