"""The reviewer digest: a mail saying how much is waiting, with links to the console.

No PHI by construction: it is built only from counts, ages, rule names and quarantine ids
(random hex), never from addresses, subjects, reasons or content.
"""

from __future__ import annotations

import email.utils
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from gateway.console.render import age_buckets, human_age

MAX_LINKS = 50


@dataclass(frozen=True, slots=True)
class Digest:
    subject: str
    text: str
    held: int


def build_digest(held: Sequence[Any], base_url: str, now: float | None = None) -> Digest:
    """``held``: HeldMessage rows with status HELD."""
    now = time.time() if now is None else now
    base = base_url.rstrip("/")
    n = len(held)
    lines = [f"{n} message{'s' if n != 1 else ''} held for review in phigate.", ""]
    if n:
        oldest = max(now - h.held_at for h in held)
        lines.append(f"Oldest: {human_age(oldest)}.")
        soon = [h for h in held if h.expires_at is not None and h.expires_at - now < 86400]
        if soon:
            lines.append(f"{len(soon)} expire within 24 hours (then their expiry action runs).")
        lines += ["", "By age:"]
        lines += [f"  {label:<8} {count}" for label, count in age_buckets(now - h.held_at
                                                                          for h in held)]
        lines += ["", "By rule:"]
        lines += [f"  {rule:<32} {count}"
                  for rule, count in Counter(h.rule for h in held).most_common()]
        lines += ["", "Review:"]
        oldest_first = sorted(held, key=lambda h: h.held_at)
        lines += [f"  {base}/q/{h.id}" for h in oldest_first[:MAX_LINKS]]
        if n > MAX_LINKS:
            lines.append(f"  ... and {n - MAX_LINKS} more: {base}/queue")
    lines += ["", f"Console: {base}/queue",
              "This mail carries no message content; log in to the console to review."]
    subject = (f"phigate: {n} message{'s' if n != 1 else ''} waiting for review" if n
               else "phigate: nothing waiting for review")
    return Digest(subject=subject, text="\n".join(lines) + "\n", held=n)


def digest_message(digest: Digest, *, sender: str, rcpts: Sequence[str],
                   hostname: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = ", ".join(rcpts)
    msg["Subject"] = digest.subject
    msg["Date"] = email.utils.formatdate(localtime=True)
    msg["Message-ID"] = email.utils.make_msgid(domain=hostname)
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(digest.text)
    return msg.as_bytes()
