"""HTML to plain text with the stdlib parser: visible text, table cells, alt and link text."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "tr",
        "blockquote",
        "pre",
        "section",
        "article",
        "header",
        "footer",
        "hr",
        "dl",
        "dt",
        "dd",
        "address",
        "caption",
        "form",
        "fieldset",
        "legend",
        "title",
        "center",
        "tbody",
        "thead",
    }
)
_CELL = frozenset({"td", "th"})
_DROP = frozenset({"script", "style", "template", "xml", "object", "head-meta"})
_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")


class _Collector(HTMLParser):
    def __init__(self, budget: int) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.size = 0
        self.budget = budget
        self.drop = 0
        self.pre = 0
        self.links: list[tuple[str, int]] = []  # (href, out length at <a>)

    def _emit(self, text: str) -> None:
        if self.size < self.budget:
            self.out.append(text)
            self.size += len(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP:
            self.drop += 1
            return
        if tag == "pre":
            self.pre += 1
        if tag in _BLOCK and tag != "tr":
            self._emit("\n")
        elif tag in _CELL:
            self._emit("\t")
        if tag == "img" or (tag == "input" and _attr(attrs, "type") in ("image",)):
            alt = _attr(attrs, "alt") or _attr(attrs, "title")
            if alt:
                self._emit(" " + _SPACES.sub(" ", alt).strip() + " ")
        elif tag == "a":
            href = (_attr(attrs, "href") or "").strip()
            self.links.append((href, len(self.out)))
            title = _attr(attrs, "title")
            if title:
                self._emit(" " + _SPACES.sub(" ", title).strip() + " ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag == "a":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP:
            self.drop = max(0, self.drop - 1)
            return
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in _BLOCK and tag != "br":
            self._emit("\n")
        elif tag == "a" and self.links:
            href, start = self.links.pop()
            low = href.lower()
            if low.startswith(("mailto:", "http://", "https://")):
                shown = "".join(self.out[start:])
                target = href[7:] if low.startswith("mailto:") else href
                if target and target not in shown:
                    self._emit(" <" + target + ">")

    def handle_data(self, data: str) -> None:
        if self.drop:
            return
        if not self.pre:
            data = _SPACES.sub(" ", data)
        self._emit(data)


def _attr(attrs: list[tuple[str, str | None]], name: str) -> str | None:
    for key, value in attrs:
        if key == name:
            return value
    return None


_LINE_SPACES = re.compile(r"[ \t\u00a0]*\n[ \t\u00a0]*")
_MANY_NL = re.compile(r"\n{3,}")
_RUN_SPACES = re.compile(r" {2,}")


def html_to_text(markup: str, budget: int = 10_000_000) -> str:
    """Visible text of an HTML document; never raises on malformed markup."""
    parser = _Collector(budget)
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError, IndexError, RecursionError):
        # html.parser gives up on a few pathological constructs: keep what it read.
        pass
    text = "".join(parser.out)
    text = _RUN_SPACES.sub(" ", text)
    text = _LINE_SPACES.sub("\n", text)
    text = _MANY_NL.sub("\n\n", text)
    return text.strip()
