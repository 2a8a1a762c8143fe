"""HTML to plain text: visible text, table cells, alt and link text, in one linear pass.

The stdlib ``html.parser`` rescans unterminated constructs (``<!--`` without ``-->``, a lone
``<``) from every start position, which is quadratic on hostile input (50 000 ``<!--`` take
minutes). This tokenizer uses ``str.find`` and anchored regexes only, and gives up on the rest
of the document at the first construct that can never be closed, so its cost is linear.
Entities are decoded with :func:`html.unescape`.
"""

from __future__ import annotations

import html
import re

_BLOCK = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table",
        "blockquote", "pre", "section", "article", "header", "footer", "hr", "dl", "dt", "dd",
        "address", "caption", "form", "fieldset", "legend", "title", "center", "tbody", "thead",
        "tfoot", "main", "nav", "aside", "figure", "figcaption", "details", "summary",
    }
)  # fmt: skip
_CELL = frozenset({"td", "th"})
_RAW_TEXT = frozenset({"script", "style", "template", "xml", "textarea", "title"})
_DROP = frozenset({"script", "style", "template", "xml"})
_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")
_TAG_NAME = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:_-]*)")
_ATTR = re.compile(r"""[\s/]*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
_ATTR_OPEN_QUOTE = re.compile(r"""[\s/]*[^\s"'>/=]+\s*=\s*["']""")


class _Collector:
    def __init__(self, budget: int) -> None:
        self.out: list[str] = []
        self.size = 0
        self.budget = budget
        self.pre = 0
        self.links: list[tuple[str, int]] = []  # (href, out length at <a>)

    def emit(self, text: str) -> None:
        if self.size < self.budget:
            self.out.append(text)
            self.size += len(text)

    def data(self, text: str) -> None:
        if "&" in text:
            text = html.unescape(text)
        if not self.pre:
            text = _SPACES.sub(" ", text)
        self.emit(text)

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "pre":
            self.pre += 1
        if tag in _BLOCK and tag != "title":
            self.emit("\n")
        elif tag in _CELL:
            self.emit("\t")
        if tag == "img" or (tag == "input" and attrs.get("type", "").lower() == "image"):
            alt = attrs.get("alt") or attrs.get("title")
            if alt:
                self.emit(" " + _SPACES.sub(" ", alt).strip() + " ")
        elif tag == "a":
            self.links.append((attrs.get("href", "").strip(), len(self.out)))
            title = attrs.get("title")
            if title:
                self.emit(" " + _SPACES.sub(" ", title).strip() + " ")

    def end(self, tag: str) -> None:
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in _BLOCK and tag != "br":
            self.emit("\n")
        elif tag == "tr":
            self.emit("\n")
        elif tag == "a" and self.links:
            href, start = self.links.pop()
            low = href.lower()
            if low.startswith(("mailto:", "http://", "https://")):
                shown = "".join(self.out[start:])
                target = href[7:] if low.startswith("mailto:") else href
                if target and target not in shown:
                    self.emit(" <" + target + ">")


def _parse_attrs(markup: str, pos: int) -> tuple[dict[str, str], int] | None:
    """Attributes from pos up to the closing '>'; None when the tag can never close."""
    attrs: dict[str, str] = {}
    n = len(markup)
    while pos < n:
        while pos < n and markup[pos] in " \t\r\n\f/":
            pos += 1
        if pos >= n:
            return None
        if markup[pos] == ">":
            return attrs, pos + 1
        quoted = _ATTR_OPEN_QUOTE.match(markup, pos)
        match = _ATTR.match(markup, pos)
        if quoted and (match is None or (match.group(2) is None and match.group(3) is None)):
            return None  # an attribute value whose quote never closes
        if match is None or match.end() == pos:
            pos += 1  # a stray quote or '=': skip it
            continue
        name = match.group(1).lower()
        value = match.group(2) if match.group(2) is not None else match.group(3)
        if value is None:
            value = match.group(4) or ""
        if name not in attrs:
            attrs[name] = html.unescape(value) if "&" in value else value
        pos = match.end()
    return None


_RAW_END: dict[str, re.Pattern[str]] = {
    tag: re.compile(rf"</{tag}\s*>", re.IGNORECASE) for tag in _RAW_TEXT
}


def _walk(markup: str, sink: _Collector) -> None:
    i = 0
    n = len(markup)
    while i < n and sink.size < sink.budget:
        j = markup.find("<", i)
        if j < 0:
            sink.data(markup[i:])
            return
        if j > i:
            sink.data(markup[i:j])
        if markup.startswith("<!--", j):
            k = markup.find("-->", j + 4)
            if k < 0:
                return  # an unclosed comment swallows the rest, as in browsers
            i = k + 3
            continue
        if markup.startswith(("<!", "<?"), j):
            k = markup.find(">", j + 2)
            if k < 0:
                return
            i = k + 1
            continue
        match = _TAG_NAME.match(markup, j)
        if match is None:
            sink.data("<")
            i = j + 1
            continue
        closing, tag = match.group(1) == "/", match.group(2).lower()
        parsed = _parse_attrs(markup, match.end())
        if parsed is None:
            return
        attrs, i = parsed
        if closing:
            sink.end(tag)
            continue
        sink.start(tag, attrs)
        if tag in _RAW_TEXT:
            end = _RAW_END[tag].search(markup, i)
            stop = end.start() if end else n
            if tag not in _DROP:
                sink.data(markup[i:stop])
            i = end.end() if end else n
            sink.end(tag)


_LINE_SPACES = re.compile(r"[ \t\u00a0]*\n[ \t\u00a0]*")
_MANY_NL = re.compile(r"\n{3,}")
_RUN_SPACES = re.compile(r" {2,}")


def html_to_text(markup: str, budget: int = 10_000_000) -> str:
    """Visible text of an HTML document; linear time, never raises on malformed markup."""
    sink = _Collector(budget)
    _walk(markup, sink)
    text = "".join(sink.out)
    text = _RUN_SPACES.sub(" ", text)
    text = _LINE_SPACES.sub("\n", text)
    text = _MANY_NL.sub("\n\n", text)
    return text.strip()
