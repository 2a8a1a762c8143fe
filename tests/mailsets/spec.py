"""Message specification shared by the hand-written mail sets' message lists."""

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
    """One hand-written outbound message and its ground-truth label.

    `html_only` sends `html` as the only body part; otherwise `html` becomes an alternative
    (some sets also treat an empty `body` with `html` as HTML-only, see `BuildStyle`).
    `forward` attaches another Spec as a message/rfc822 part (nesting allowed).
    """

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
    html_only: bool = False
