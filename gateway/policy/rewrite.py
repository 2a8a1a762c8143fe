"""Message modifiers: pure functions from bytes to bytes (MIME-safe, CRLF, structure kept).

``rewrite_subject``, ``redact``, ``strip_tracking``, ``banner``, ``tag`` and the encryption
trigger. Only the pipeline calls them, and only when a decision carries modifiers: a message
without modifiers is passed on byte for byte. Header-only edits (tag, trigger) work on the raw
header block so the body stays byte-identical; body edits parse with the compat32 policy and
re-serialise with CRLF, re-encoding only the parts they change.
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import quopri
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from email import message_from_bytes
from email.charset import QP, Charset
from email.generator import BytesGenerator
from email.header import Header, decode_header, make_header
from email.message import Message
from email.mime.text import MIMEText
from email.policy import compat32

from gateway.policy.decisions import (
    Banner,
    Modifier,
    Redact,
    RewriteSubject,
    StripTracking,
    Tag,
)

_POLICY = compat32.clone(linesep="\r\n")

# Hosts whose images in mail are open-tracking beacons (suffix match).
TRACKER_HOSTS: tuple[str, ...] = (
    "list-manage.com", "mailchimp.com", "mcusercontent.com", "sendgrid.net", "sendgrid.com",
    "mandrillapp.com", "mailgun.org", "mailgun.net", "hubspot.com", "hubspotemail.net",
    "hs-analytics.net", "hsforms.net", "google-analytics.com", "doubleclick.net",
    "facebook.com", "mixpanel.com", "pardot.com", "mktoweb.com", "mkto-", "exacttarget.com",
    "exct.net", "constantcontact.com", "rs6.net", "klaviyo.com", "klclick.com", "sparkpostmail.com",
    "mailjet.com", "cmail19.com", "cmail20.com", "createsend.com", "customer.io",
    "emltrk.com", "bananatag.com", "yesware.com", "mailtrack.io", "getnotify.com",
    "pixel.wp.com", "trk.", "track.", "tracking.", "open.", "click.",
)


class RewriteError(Exception):
    """A modifier could not be applied (the pipeline fails closed: 451)."""


@dataclass(frozen=True, slots=True)
class RewriteInput:
    """What modifiers may need beyond the bytes. ``redact_targets`` holds values: never log it."""

    tag_headers: tuple[tuple[str, str], ...] = ()
    redact_targets: tuple[tuple[str, str], ...] = ()  # (entity type, matched text)


# -- raw header block helpers (body stays byte-identical) ----------------------------------


def _split(raw: bytes) -> tuple[bytes, bytes]:
    """(header block including its final CRLF, rest starting with the blank line)."""
    if raw.startswith(b"\r\n"):
        return b"", raw
    idx = raw.find(b"\r\n\r\n")
    if idx < 0:
        return raw if raw.endswith(b"\r\n") else raw + b"\r\n", b""
    return raw[: idx + 2], raw[idx + 2:]


def _header_fields(block: bytes) -> list[bytes]:
    """Header fields, each with its continuation lines and CRLFs."""
    fields: list[bytes] = []
    for line in block.split(b"\r\n")[:-1]:
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += line + b"\r\n"
        else:
            fields.append(line + b"\r\n")
    return fields


def _name(field: bytes) -> bytes:
    return field.split(b":", 1)[0].strip().lower()


def _encode_value(value: str) -> str:
    try:
        value.encode("ascii")
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(linesep="\r\n")
    return value


def set_headers(raw: bytes, headers: Sequence[tuple[str, str]], *, drop_prefix: str | None = None,
                ) -> bytes:
    """Prepend header fields (replacing same-named ones, and any starting with ``drop_prefix``)."""
    block, rest = _split(raw)
    names = {n.lower().encode() for n, _ in headers}
    prefix = drop_prefix.lower().encode() if drop_prefix else None
    kept = [f for f in _header_fields(block)
            if _name(f) not in names and not (prefix and _name(f).startswith(prefix))]
    new = [f"{n}: {_encode_value(v)}\r\n".encode("ascii") for n, v in headers]
    return b"".join(new + kept) + rest


def tag(raw: bytes, headers: Sequence[tuple[str, str]]) -> bytes:
    """X-PHI-* headers (types, score, version: no values); forged incoming X-PHI-* removed."""
    return set_headers(raw, headers, drop_prefix="x-phi-")


def add_trigger_header(raw: bytes, name: str, value: str) -> bytes:
    return set_headers(raw, [(name, value)])


def _subject_raw(raw: bytes) -> str | None:
    block, _ = _split(raw)
    for f in _header_fields(block):
        if _name(f) == b"subject":
            return f.split(b":", 1)[1].decode("utf-8", "surrogateescape").replace(
                "\r\n", "").strip()
    return None


def decoded_subject(raw: bytes) -> str:
    value = _subject_raw(raw)
    if value is None:
        return ""
    try:
        return str(make_header(decode_header(value)))
    except (UnicodeError, LookupError, ValueError):
        return value


def add_subject_tag(raw: bytes, tag_text: str) -> bytes:
    """Prefix the subject with ``tag_text`` (e.g. ``[secure]``) unless it is already there."""
    current = decoded_subject(raw)
    if tag_text.lower() in current.lower():
        return raw
    return set_headers(raw, [("Subject", f"{tag_text} {current}".strip())])


# -- body edits ----------------------------------------------------------------------------


def _parse(raw: bytes) -> Message:
    return message_from_bytes(raw, policy=_POLICY)


def _dump(msg: Message) -> bytes:
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=_POLICY).flatten(msg)
    out = buf.getvalue()
    # Normalise any stray bare LF the generator let through (never emit bare LF).
    return re.sub(rb"(?<!\r)\n", b"\r\n", out)


def _body_parts(msg: Message, subtypes: Iterable[str]) -> list[Message]:
    """Leaf text parts that are message body (not attachments), of the given subtypes."""
    want = set(subtypes)
    out = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        if part.get_content_subtype() not in want:
            continue
        disp = (part.get("Content-Disposition") or "").split(";")[0].strip().lower()
        if disp == "attachment":
            continue
        out.append(part)
    return out


def _get_text(part: Message) -> str:
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return ""
    charset = part.get_content_charset() or "us-ascii"
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return data.decode("utf-8", "replace")


def _set_text(part: Message, text: str) -> None:
    charset = part.get_content_charset() or "us-ascii"
    try:
        body = text.encode(charset)
    except (LookupError, UnicodeEncodeError):
        charset = "utf-8"
        body = text.encode("utf-8")
    cte = (part.get("Content-Transfer-Encoding") or "7bit").strip().lower()
    if cte == "base64":
        encoded = base64.encodebytes(body).decode("ascii")
    elif cte == "quoted-printable" or not body.isascii() or any(
            len(line) > 900 for line in body.splitlines()):
        cte = "quoted-printable"
        encoded = quopri.encodestring(body).decode("ascii")
    else:
        encoded = body.decode("ascii")
    if part.get("Content-Transfer-Encoding") is not None:
        part.replace_header("Content-Transfer-Encoding", cte)
    elif cte != "7bit":
        part["Content-Transfer-Encoding"] = cte
    if part.get("Content-Type") is not None and charset != "us-ascii":
        part.set_param("charset", charset)
    part.set_payload(encoded)


def rewrite_subject(raw: bytes, subject: str) -> bytes:
    """Neutral subject; the original goes into a text/plain part added at the top."""
    original = decoded_subject(raw)
    msg = _parse(raw)
    cs = Charset("utf-8")
    cs.body_encoding = QP
    note = MIMEText("", "plain")
    note.set_payload(f"Original subject: {original}\n", cs)
    note.add_header("Content-Disposition", "inline")
    del note["MIME-Version"]
    if msg.is_multipart() and msg.get_content_subtype() == "mixed":
        payload = msg.get_payload()
        assert isinstance(payload, list)
        payload.insert(0, note)
    else:
        inner = Message()
        for name in ("Content-Type", "Content-Transfer-Encoding", "Content-Disposition",
                     "Content-Description", "Content-ID"):
            value = msg.get(name)
            if value is not None:
                inner[name] = value
                del msg[name]
        if inner.get("Content-Type") is None:
            inner["Content-Type"] = "text/plain; charset=us-ascii"
        # The raw payload (8-bit bytes kept as surrogates): get_payload() would decode them.
        inner.set_payload(msg._payload)  # type: ignore[attr-defined]
        msg.set_payload([note, inner])
        if msg.get("MIME-Version") is None:
            msg["MIME-Version"] = "1.0"
        msg["Content-Type"] = "multipart/mixed"
        msg.set_boundary(_boundary(raw))
    del msg["Subject"]
    out = _dump(msg)
    return set_headers(out, [("Subject", subject)])


def _boundary(raw: bytes) -> str:
    return "=_phigate_" + hashlib.sha256(raw).hexdigest()[:24]


def banner(raw: bytes, text: str) -> bytes:
    """Prepend a notice to every body text/plain and text/html part."""
    msg = _parse(raw)
    parts = _body_parts(msg, ("plain", "html"))
    if not parts:
        return raw
    for part in parts:
        body = _get_text(part)
        if part.get_content_subtype() == "html":
            div = (f'<div class="phigate-banner" style="border:1px solid #999;padding:6px;'
                   f'margin-bottom:8px">{html.escape(text)}</div>')
            m = re.search(r"<body[^>]*>", body, re.IGNORECASE)
            body = body[: m.end()] + div + body[m.end():] if m else div + body
        else:
            body = f"{text}\n\n{body}"
        _set_text(part, body)
    return _dump(msg)


_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE | re.DOTALL)
_ATTR = re.compile(r"""([a-zA-Z-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""")


def _is_tracker(tag_text: str, hosts: Sequence[str]) -> bool:
    attrs = {k.lower(): v.strip("'\"") for k, v in _ATTR.findall(tag_text)}
    w, h = attrs.get("width", "").rstrip("px"), attrs.get("height", "").rstrip("px")
    if w in ("0", "1") and h in ("0", "1"):
        return True
    style = attrs.get("style", "").replace(" ", "").lower()
    if ("width:1px" in style or "width:0" in style) and ("height:1px" in style
                                                         or "height:0" in style):
        return True
    if "display:none" in style:
        return True
    src = attrs.get("src", "").lower()
    m = re.match(r"^(?:https?:)?//([^/:?#]+)", src)
    if not m:
        return False
    host = m.group(1)
    for t in hosts:
        if t.endswith(".") or t.endswith("-"):
            if host.startswith(t) or ("." + t) in ("." + host):
                return True
        elif host == t or host.endswith("." + t):
            return True
    return False


def strip_tracking(raw: bytes, hosts: Sequence[str] = ()) -> bytes:
    """Remove 1x1/hidden images and images from tracking hosts in HTML body parts."""
    all_hosts = (*TRACKER_HOSTS, *hosts)
    msg = _parse(raw)
    changed = False
    for part in _body_parts(msg, ("html",)):
        body = _get_text(part)
        new = _IMG.sub(lambda mt: "" if _is_tracker(mt.group(0), all_hosts) else mt.group(0),
                       body)
        if new != body:
            _set_text(part, new)
            changed = True
    return _dump(msg) if changed else raw


def redact(raw: bytes, targets: Sequence[tuple[str, str]],
           entities: Sequence[str] = ()) -> bytes:
    """Replace detected values in body text parts with their entity type (Presidio anonymizer).

    ``targets`` are (entity type, value) pairs from the scan; with ``entities`` given, only
    those types are redacted. Plain text gets ``<TYPE>``, HTML ``[TYPE]``.
    """
    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

    wanted = [(e, v) for e, v in targets if v.strip() and (not entities or e in entities)]
    if not wanted:
        return raw
    engine = AnonymizerEngine()  # type: ignore[no-untyped-call]
    msg = _parse(raw)
    changed = False
    for part in _body_parts(msg, ("plain", "html")):
        body = _get_text(part)
        is_html = part.get_content_subtype() == "html"
        spans: list[tuple[int, int, str]] = []
        for entity, value in sorted(wanted, key=lambda t: -len(t[1])):
            variants = {value, html.escape(value)} if is_html else {value}
            for v in variants:
                for mt in re.finditer(re.escape(v), body):
                    s, e = mt.span()
                    if not any(s < b and a < e for a, b, _ in spans):
                        spans.append((s, e, entity))
        if not spans:
            continue
        results = [RecognizerResult(entity_type=ent, start=s, end=e, score=1.0)
                   for s, e, ent in spans]
        operators = {ent: OperatorConfig("replace", {"new_value": f"[{ent}]" if is_html
                                                      else f"<{ent}>"})
                     for _, _, ent in spans}
        result = engine.anonymize(text=body, analyzer_results=results, operators=operators)
        _set_text(part, result.text)
        changed = True
    return _dump(msg) if changed else raw


def apply(raw: bytes, modifiers: Sequence[Modifier], data: RewriteInput) -> bytes:
    """Apply the byte modifiers in a fixed order; Notify is not a byte modifier."""
    out = raw
    kinds = {type(mod): mod for mod in modifiers}
    rs = kinds.get(RewriteSubject)
    if isinstance(rs, RewriteSubject):
        out = rewrite_subject(out, rs.subject)  # first, so redaction covers the moved subject
    red = kinds.get(Redact)
    if isinstance(red, Redact):
        out = redact(out, data.redact_targets, red.entities)
    st = kinds.get(StripTracking)
    if isinstance(st, StripTracking):
        out = strip_tracking(out, st.hosts)
    bn = kinds.get(Banner)
    if isinstance(bn, Banner):
        out = banner(out, bn.text)
    if Tag in kinds:
        out = tag(out, data.tag_headers)
    return out
