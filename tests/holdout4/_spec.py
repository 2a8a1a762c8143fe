"""Message specification shared by the hand-written holdout4 message lists."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Att:
    """One attachment: text (str) or binary (bytes) content with its MIME type."""

    filename: str
    ctype: str
    data: str | bytes


@dataclass(frozen=True)
class Spec:
    """One hand-written outbound message and its ground-truth label."""

    phi: bool
    category: str
    notes: str
    frm: str
    to: str
    subject: str
    body: str
    cc: str = ""
    html: str | None = None
    atts: tuple[Att, ...] = ()
    charset: str | None = None
    lang: str = "en"
    ics: str | None = None
    forward: Spec | None = None
    headers: tuple[tuple[str, str], ...] = field(default_factory=tuple)


HOSP = "pinehollowhospital.org"
HH = "evergreenhh.org"
RX = "mainstreetrx.com"
ORG = HOSP
