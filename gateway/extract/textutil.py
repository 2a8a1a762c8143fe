"""Byte-to-text decoding that never raises: charsets, RFC 2047 encoded words, BOMs."""

from __future__ import annotations

import binascii
import codecs
import email.utils
import functools
import quopri
import re

# Codecs that are "text encodings" to Python but unusable (or dangerous) on untrusted bytes.
_REFUSED_CODECS = frozenset(
    {"idna", "punycode", "unicode_escape", "raw_unicode_escape", "undefined", "mbcs", "oem"}
)

_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,64})\?([QqBb])\?([^?]*?)\?=")
_BETWEEN_WORDS = re.compile(r"(\?=)[ \t\r\n]+(=\?)")
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_BLANKS = re.compile(r"[ \t]{2,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@functools.lru_cache(maxsize=256)
def codec_name(charset: str | None) -> str | None:
    """The Python codec for a MIME charset label, or None when unknown or refused."""
    if not charset:
        return None
    label = charset.strip().strip("\"'").lower()
    if not label or len(label) > 64:
        return None
    if label in ("unknown-8bit", "x-unknown", "us-ascii", "ascii", "ansi_x3.4-1968"):
        # us-ascii mail regularly carries 8-bit bytes; utf-8 with fallback reads them best.
        return "utf-8" if label != "unknown-8bit" else None
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError, TypeError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _REFUSED_CODECS:
        return None
    if info.name in ("latin-1", "iso8859-1"):
        return "cp1252"  # senders label windows-1252 as iso-8859-1 all the time
    return info.name


def decode_bytes(data: bytes, charset: str | None = None) -> tuple[str, bool]:
    """Decode bytes to text; returns (text, charset_was_usable). Never raises."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace"), True
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return data.decode("utf-32", "replace"), True
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace"), True
    name = codec_name(charset)
    usable = name is not None or not charset
    if name is not None and name != "utf-8":
        try:
            return data.decode(name, "replace"), True
        except (UnicodeError, LookupError, ValueError, TypeError):
            usable = False
    if b"\x00" in data[:512] and looks_utf16(data):  # BOM-less UTF-16 is valid UTF-8 too
        return data.decode("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be", "replace"), usable
    try:
        return data.decode("utf-8"), usable
    except UnicodeDecodeError:
        pass
    return data.decode("cp1252", "replace"), usable


def looks_utf16(data: bytes) -> bool:
    head = data[:512]
    if len(head) < 4:
        return False
    zeros_odd = head[1::2].count(0)
    zeros_even = head[0::2].count(0)
    half = len(head) // 2
    return zeros_odd > half * 0.6 or zeros_even > half * 0.6


def surrogate_text(value: str) -> str:
    """Repair a str that holds raw 8-bit bytes as surrogate escapes (email compat32 values)."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        pass
    try:
        raw = value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return value.encode("utf-8", "replace").decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


_B64_JUNK = re.compile(rb"[^A-Za-z0-9+/]")


def b64decode_lenient(data: bytes) -> bytes:
    """Base64 that ignores junk characters and bad padding instead of raising."""
    clean = _B64_JUNK.sub(b"", data)
    if len(clean) % 4 == 1:
        clean = clean[:-1]
    return binascii.a2b_base64(clean + b"=" * (-len(clean) % 4))


def _decode_word(charset: str, enc: str, payload: str) -> str:
    charset = charset.split("*", 1)[0]  # RFC 2231 language suffix
    try:
        if enc in "Bb":
            data = b64decode_lenient(payload.encode("ascii", "replace"))
        else:
            raw = payload.replace("_", " ").encode("ascii", "replace")
            data = quopri.decodestring(raw, header=False)
    except (binascii.Error, ValueError):
        return payload
    text, _ = decode_bytes(data, charset)
    return text


def decode_header_value(value: str) -> str:
    """Unfold and decode a header value with RFC 2047 encoded words, tolerating broken ones."""
    if not isinstance(value, str):
        value = str(value)
    value = surrogate_text(value)
    value = _FOLD.sub("", value)
    if "=?" in value:
        value = _BETWEEN_WORDS.sub(r"\1\2", value)
        value = _ENCODED_WORD.sub(lambda m: _decode_word(m.group(1), m.group(2), m.group(3)), value)
    value = _CONTROL.sub(" ", value).replace("\r", " ").replace("\n", " ")
    return _BLANKS.sub(" ", value).strip()


_WS_LINES = re.compile(r"[ \t\u00a0]+\n")
_MANY_NL = re.compile(r"\n{3,}")


def tidy(text: str) -> str:
    """Normalise line endings, trailing blanks and runs of blank lines."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Each regex tries every blank (every newline) of the text: run it only when it can match.
    if " \n" in text or "\t\n" in text or "\u00a0\n" in text:
        text = _WS_LINES.sub("\n", text)
    if "\n\n\n" in text:
        text = _MANY_NL.sub("\n\n", text)
    return text.strip()


# A header value that is only plain addresses (``a.b@example.org``), or one plain display name
# and one such address (``Jane Doe <jane@example.org>``), comma-separated: the shapes nearly all
# mail carries. The stdlib parser (pure Python, ~15 us per address) returns exactly these parts
# for them, so they are split here with one regex; anything else (quotes, comments, encoded
# words, groups, dots or specials in a name, odd spacing) goes to the stdlib parser.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_PLAIN_ADDR = rf"{_ATOM}(?:\.{_ATOM})*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
_PLAIN_ENTRY = re.compile(
    rf"(?:([A-Za-z0-9]+(?: [A-Za-z0-9]+)*) <({_PLAIN_ADDR})>|({_PLAIN_ADDR}))"
)
_PLAIN_LIST = re.compile(rf"{_PLAIN_ENTRY.pattern}(?:, {_PLAIN_ENTRY.pattern})*")


def getaddresses(values: list[str]) -> list[tuple[str, str]]:
    """``email.utils.getaddresses(values)``, with plain values split without the stdlib parser
    (same result: tests/unit/extract/test_addresses.py compares the two)."""
    text = ", ".join(values)
    if _PLAIN_LIST.fullmatch(text) is not None:
        return [(m[1] or "", m[2] or m[3]) for m in _PLAIN_ENTRY.finditer(text)]
    return email.utils.getaddresses(values)
