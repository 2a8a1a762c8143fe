"""Build the holdout4 sealed evaluation set: NNNN.eml files plus labels.json.

Every message text lives inline in the _msgs_*.py modules next to this file, written by hand.
The output is deterministic (fixed dates, Message-IDs, MIME boundaries and zip timestamps), so
rebuilding into another directory must reproduce the committed bytes exactly.
Label notes start with "Hard positive:" / "Hard negative:" for the deliberately subtle cases, and
non-English messages get a "[lang=xx] " prefix.

    .venv/bin/python tests/holdout4/build.py [--out DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import _msgs_home  # noqa: E402
import _msgs_hosp  # noqa: E402
import _msgs_intl  # noqa: E402
import _msgs_neg  # noqa: E402
import _msgs_rx  # noqa: E402
from _spec import ORG, Spec  # noqa: E402

TZ = dt.timezone(dt.timedelta(hours=-7))
WEEK_START = dt.datetime(2026, 12, 7, 7, 0, tzinfo=TZ)  # Monday


def _date_for(n: int) -> dt.datetime:
    day = (n * 3) % 5  # spread over Monday..Friday
    minutes = (n * 47) % 660  # 07:00 .. 18:00
    return WEEK_START + dt.timedelta(days=day, minutes=minutes)


def _msgid(n: int, spec: Spec, tag: str = "") -> str:
    digest = hashlib.sha256(f"{n}|{tag}|{spec.subject}".encode()).hexdigest()[:16]
    host = spec.frm.rsplit("@", 1)[-1].rstrip(">") or ORG
    return f"<h4.{n:04d}{tag}.{digest}@{host}>"


def _to_message(n: int, spec: Spec, tag: str = "") -> EmailMessage:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = spec.frm
    msg["To"] = spec.to
    if spec.cc:
        msg["Cc"] = spec.cc
    msg["Subject"] = spec.subject
    when = _date_for(n) - (dt.timedelta(days=3) if tag else dt.timedelta())
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = _msgid(n, spec, tag)
    for name, value in spec.headers:
        msg[name] = value
    if not spec.body and spec.html is not None:
        msg.set_content(spec.html, subtype="html", charset=spec.charset or "utf-8")
    elif spec.charset:
        msg.set_content(spec.body, charset=spec.charset)
    else:
        msg.set_content(spec.body)
    if spec.html is not None and spec.body:
        msg.add_alternative(spec.html, subtype="html")
    if spec.ics is not None:
        msg.add_alternative(spec.ics, subtype="calendar", params={"method": "REQUEST"})
    for att in spec.atts:
        maintype, subtype = att.ctype.split("/", 1)
        if isinstance(att.data, str):
            msg.add_attachment(att.data, subtype=subtype, filename=att.filename)
        else:
            msg.add_attachment(att.data, maintype=maintype, subtype=subtype, filename=att.filename)
    if spec.forward is not None:
        msg.add_attachment(_to_message(n, spec.forward, tag + "f"))
    k = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"=_h4_{n:04d}{tag}_{k}_=")
            k += 1
    return msg


def all_specs() -> list[Spec]:
    specs = [
        *_msgs_hosp.MESSAGES,
        *_msgs_home.MESSAGES,
        *_msgs_rx.MESSAGES,
        *_msgs_intl.MESSAGES,
        *_msgs_neg.MESSAGES,
    ]
    random.Random(20261207).shuffle(specs)  # file numbers must not reveal the label
    return specs


def build(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob("[0-9][0-9][0-9][0-9].eml"):
        stale.unlink()
    labels = []
    for n, spec in enumerate(all_specs(), start=1):
        name = f"{n:04d}.eml"
        (out / name).write_bytes(_to_message(n, spec).as_bytes(policy=SMTP))
        note = spec.notes if spec.lang == "en" else f"[lang={spec.lang}] {spec.notes}"
        labels.append({"file": name, "phi": spec.phi, "category": spec.category, "notes": note})
    (out / "labels.json").write_text(
        json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return len(labels)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args()
    count = build(args.out)
    print(f"wrote {count} messages to {args.out}")


if __name__ == "__main__":
    main()
