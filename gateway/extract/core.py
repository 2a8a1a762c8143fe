"""The extraction walk: one message (bytes) in, one :class:`Extraction` out."""

from __future__ import annotations

import email.message
import io
import posixpath
import quopri
import re
import tarfile
import unicodedata
import zipfile
from email.parser import BytesParser
from email.policy import compat32

from . import archive, formats, healthcare, sheet
from .formats import FileStatusError
from .htmltext import html_to_text
from .textutil import (
    b64decode_lenient,
    decode_bytes,
    decode_header_value,
    getaddresses,
    looks_utf16,
    surrogate_text,
    tidy,
)
from .types import (
    Attachment,
    AttachmentStatus,
    ExtractError,
    Extraction,
    ExtractLimits,
    Headers,
    HealthcareDoc,
    Segment,
)

_MIME_NESTING_MAX = 64
_MAX_DEFECTS = 64
_FILENAME_MAX = 200

_FREE_TEXT_HEADERS = frozenset({"thread-topic", "comments", "keywords", "summary", "organization"})
# Machine-generated X- headers that carry no author text (and can be very long).
_X_NOISE = (
    "x-ms-",
    "x-microsoft-",
    "x-forefront-",
    "x-exchange-",
    "x-google-",
    "x-gm-",
    "x-received",
    "x-spam",
    "x-virus",
    "x-mailer",
    "x-mimeole",
    "x-originating-ip",
    "x-proofpoint-",
    "x-mimecast-",
    "x-barracuda-",
    "x-ironport-",
    "x-sonic-",
    "x-eopattributedmessage",
    "x-crosspremises",
    "x-auto-response",
    "x-ms-has-attach",
    "x-incomingheadercount",
    "x-source",
    "x-rspamd",
    "x-phigate-",
)
_ADDRESS_HEADERS = {
    "from": "from",
    "to": "to",
    "cc": "cc",
    "bcc": "bcc",
    "reply-to": "reply-to",
    "sender": "sender",
}
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\]")

_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*", b"BM")
_OTHER_ARCHIVE_MAGIC = (b"7z\xbc\xaf\x27\x1c", b"Rar!\x1a\x07", b"BZh", b"\xfd7zXZ\x00", b"MSCF")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")

_DECLARED: dict[str, str] = {
    "pdf": "pdf",
    "docx": "docx",
    "docm": "docx",
    "xlsx": "xlsx",
    "xlsm": "xlsx",
    "pptx": "pptx",
    "zip": "zip",
    "gz": "gzip",
    "tgz": "gzip",
    "rtf": "rtf",
    "odt": "odf",
    "ods": "odf",
    "odp": "odf",
}
_CTYPE_DECLARED: dict[str, str] = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/zip": "zip",
    "application/x-zip-compressed": "zip",
    "application/gzip": "gzip",
    "application/x-gzip": "gzip",
    "application/rtf": "rtf",
    "text/rtf": "rtf",
}
_EXT_CTYPE: dict[str, str] = {
    "txt": "text/plain",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "pdf": "application/pdf",
    "html": "text/html",
    "htm": "text/html",
    "xml": "application/xml",
    "json": "application/json",
    "hl7": "x-application/hl7-v2+er7",
    "ics": "text/calendar",
    "eml": "message/rfc822",
    "rtf": "application/rtf",
    "zip": "application/zip",
    "gz": "application/gzip",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "tar": "application/x-tar",
    "tif": "image/tiff",
    "tiff": "image/tiff",
}


def _ext(filename: str) -> str:
    base = filename.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[-1].lower() if "." in base else ""


class _Run:
    """Accumulates one extraction and enforces its caps."""

    def __init__(self, limits: ExtractLimits) -> None:
        self.limits = limits
        self.segments: list[Segment] = []
        self.attachments: list[Attachment | None] = []
        self.healthcare: list[HealthcareDoc] = []
        self.defects: dict[str, None] = {}
        self.truncated = False
        self.chars = 0
        self.files = 0
        self.total = 0
        self.used: set[str] = set()
        self.next_suffix: dict[str, int] = {}
        self.file_cap_hit = False

    @property
    def room(self) -> int:
        return max(0, self.limits.max_text_chars - self.chars)

    def unique(self, part: str) -> str:
        if part not in self.used:
            self.used.add(part)
            return part
        n = self.next_suffix.get(part, 2)
        while f"{part}#{n}" in self.used:
            n += 1
        self.next_suffix[part] = n + 1
        part = f"{part}#{n}"
        self.used.add(part)
        return part

    def add_text(self, part: str, text: str, source: str, fmt: str) -> None:
        if not text or text.isspace():
            return
        room = self.room
        if room <= 0:
            self.truncated = True
            return
        if not text.isascii():
            # One spelling per letter: legacy charsets (windows-1258 Vietnamese, some Mac and
            # PDF producers) write a base letter plus combining marks where the lexicons and
            # patterns hold the precomposed letter ("phẫu thuật").
            text = unicodedata.normalize("NFC", text)
        if len(text) > room:
            text = text[:room]
            self.truncated = True
        self.chars += len(text)
        self.segments.append(Segment(part, text, source, fmt))

    def defect(self, name: str) -> None:
        if len(self.defects) < _MAX_DEFECTS:
            self.defects[name] = None

    def reserve(self) -> int:
        self.attachments.append(None)
        return len(self.attachments) - 1

    def record(
        self,
        path: str,
        filename: str,
        ctype: str,
        size: int,
        *,
        status: AttachmentStatus,
        detail: str,
        slot: int | None = None,
    ) -> None:
        item = Attachment(path, filename, ctype, size, status, detail)
        if status in (AttachmentStatus.LIMIT, AttachmentStatus.BOMB):
            self.truncated = True
        if slot is None:
            self.attachments.append(item)
        else:
            self.attachments[slot] = item


# --------------------------------------------------------------------------- entry point

DEFAULT_LIMITS = ExtractLimits()


def extract(raw: bytes, limits: ExtractLimits = DEFAULT_LIMITS) -> Extraction:
    """Extract headers, text segments, attachments and healthcare documents from one message."""
    if not isinstance(raw, (bytes, bytearray, memoryview)):
        raise ExtractError("input is not bytes")
    run = _Run(limits)
    try:
        msg = BytesParser(policy=compat32).parsebytes(bytes(raw))
        headers = _message(run, msg, prefix="", nested=False, depth=0)
    except ExtractError:
        raise
    except RecursionError:
        raise ExtractError("message structure nested too deeply") from None
    except MemoryError:
        raise ExtractError("message too large to extract") from None
    except Exception as exc:  # noqa: BLE001 - the contract: only ExtractError leaves this function
        raise ExtractError(f"extraction failed ({type(exc).__name__})") from None
    return Extraction(
        headers=headers,
        segments=tuple(run.segments),
        attachments=tuple(a for a in run.attachments if a is not None),
        healthcare_docs=tuple(run.healthcare),
        defects=tuple(run.defects),
        truncated=run.truncated,
    )


# --------------------------------------------------------------------------- messages and MIME


def _message(
    run: _Run, msg: email.message.Message, prefix: str, *, nested: bool, depth: int
) -> Headers:
    src = (lambda s: "attachment") if nested else (lambda s: s)
    for defect in msg.defects:
        run.defect(type(defect).__name__)
    raw: list[tuple[str, str]] = []
    subject = from_ = message_id = date = ""
    to: list[str] = []
    cc: list[str] = []
    names: dict[str, list[str]] = {}
    for raw_name, value in msg.raw_items():
        name = surrogate_text(str(raw_name))
        lname = name.lower()
        decoded = decode_header_value(value)
        raw.append((name, decoded))
        if lname == "subject":
            if not subject:
                subject = decoded
            run.add_text(run.unique(prefix + "subject"), decoded, src("subject"), "text")
        elif lname in _ADDRESS_HEADERS:
            addrs, shown = _addresses(value)
            if lname == "from" and not from_ and addrs:
                from_ = addrs[0]
            elif lname == "to":
                to.extend(addrs)
            elif lname == "cc":
                cc.extend(addrs)
            if shown:
                names.setdefault(lname, []).extend(shown)
        elif lname == "message-id":
            message_id = message_id or decoded
        elif lname == "date":
            date = date or decoded
        elif lname in _FREE_TEXT_HEADERS or (
            lname.startswith("x-") and not lname.startswith(_X_NOISE)
        ):
            run.add_text(run.unique(f"{prefix}header:{lname}"), decoded, src("header"), "text")
    for lname, shown in names.items():
        run.add_text(run.unique(f"{prefix}header:{lname}"), "; ".join(shown), src("header"), "text")
    _walk(run, msg, prefix, nested=nested, depth=depth, level=0)
    return Headers(subject, from_, tuple(to), tuple(cc), message_id, date, tuple(raw))


def _addresses(value: str) -> tuple[list[str], list[str]]:
    text = surrogate_text(str(value))
    try:
        pairs = getaddresses([text])
    except (ValueError, IndexError, TypeError, RecursionError):
        # RecursionError: the stdlib comment parser recurses once per nested "("
        return [], []
    addrs = [a.strip() for _, a in pairs if a and "@" in a]
    shown = [n for n in (decode_header_value(name) for name, _ in pairs) if n]
    return addrs, shown


def _walk(
    run: _Run, part: email.message.Message, prefix: str, *, nested: bool, depth: int, level: int
) -> None:
    if level > 0:
        for defect in part.defects:
            run.defect(type(defect).__name__)
    ctype = part.get_content_type()
    if ctype in ("message/rfc822", "message/global"):
        _attached_message(run, part, prefix, depth)
        return
    if part.is_multipart() and ctype.startswith("multipart/"):
        if level >= _MIME_NESTING_MAX:
            run.defect("MimeNestingTooDeep")
            run.truncated = True
            return
        if ctype == "multipart/encrypted":
            path = run.unique(f"{prefix}attachment:encrypted-part")
            run.record(
                path, "", ctype, 0, status=AttachmentStatus.ENCRYPTED, detail="multipart/encrypted"
            )
            return
        children = part.get_payload()
        if isinstance(children, list):
            for child in children:
                if isinstance(child, email.message.Message):
                    _walk(run, child, prefix, nested=nested, depth=depth, level=level + 1)
        return
    filename = _filename(part)
    disposition = part.get_content_disposition()
    if ctype in ("text/plain", "text/html") and disposition != "attachment" and not filename:
        data = _payload(run, part)
        text, ok = decode_bytes(data, part.get_content_charset())
        if not ok:
            run.defect("UnknownCharset")
        source = "attachment" if nested else "body"
        if ctype == "text/html":
            html = html_to_text(text, run.room + 1)
            run.add_text(run.unique(prefix + "body.html"), html, source, "html")
        else:
            _text_content(run, run.unique(prefix + "body"), text, source)
        return
    if ctype.startswith("multipart/"):  # multipart without parts: read as a leaf
        run.defect("EmptyMultipart")
    name = filename or f"part{len(run.attachments) + 1}"
    path = run.unique(f"{prefix}attachment:{name}")
    smime = part.get_param("smime-type")
    _blob(
        run,
        path,
        filename,
        ctype,
        _payload(run, part),
        depth=depth,
        charset=part.get_content_charset(),
        smime=smime if isinstance(smime, str) else None,
    )


def _attached_message(run: _Run, part: email.message.Message, prefix: str, depth: int) -> None:
    filename = _filename(part)
    path = run.unique(f"{prefix}attachment:{filename or 'message.eml'}")
    inner = part.get_payload()
    cte = str(part.get("content-transfer-encoding", "")).strip().lower()
    if cte in ("base64", "quoted-printable"):
        # not allowed by RFC 2046 for message/rfc822, but common: the parser read the encoded
        # text as a headerless message, so decode it and parse the real one
        _blob(run, path, filename, "message/rfc822", _encoded_message(inner, cte), depth=depth)
        return
    if isinstance(inner, list) and inner and isinstance(inner[0], email.message.Message):
        if not _count_file(run, path, filename, "message/rfc822", 0):
            return
        size = _approx_size(inner[0])
        if depth + 1 > run.limits.max_depth:
            run.record(
                path,
                filename,
                "message/rfc822",
                size,
                status=AttachmentStatus.LIMIT,
                detail="nesting depth over cap",
            )
            return
        run.record(
            path,
            filename,
            "message/rfc822",
            size,
            status=AttachmentStatus.OK,
            detail="message/rfc822",
        )
        _message(run, inner[0], path + "/", nested=True, depth=depth + 1)
        return
    _blob(run, path, filename, "message/rfc822", _payload(run, part), depth=depth)


def _encoded_message(inner: object, cte: str) -> bytes:
    text = ""
    if isinstance(inner, list) and inner and isinstance(inner[0], email.message.Message):
        first = inner[0]
        body = first.get_payload()
        if not first.keys() and isinstance(body, str):
            text = body
        else:
            try:
                text = first.as_string()
            except (ValueError, LookupError, TypeError, UnicodeError):
                text = body if isinstance(body, str) else ""
    elif isinstance(inner, str):
        text = inner
    raw = text.encode("ascii", "replace")
    if cte == "base64":
        return b64decode_lenient(raw)
    return quopri.decodestring(raw)


def _approx_size(msg: email.message.Message) -> int:
    total = 0
    for sub in msg.walk():
        payload = sub.get_payload()
        if isinstance(payload, str):
            total += len(payload)
    return total


def _filename(part: email.message.Message) -> str:
    try:
        name = part.get_filename() or part.get_param("name") or ""
    except (ValueError, LookupError, TypeError, IndexError):
        name = ""
    if isinstance(name, tuple):  # undecoded RFC 2231 triple
        name = name[2] if len(name) > 2 else ""
    name = decode_header_value(str(name))
    return _UNSAFE_NAME.sub("_", name).strip()[:_FILENAME_MAX]


def _payload(run: _Run, part: email.message.Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except (ValueError, LookupError, TypeError, UnicodeError):
        run.defect("UndecodablePayload")
        data = None
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    if isinstance(raw, str):
        return raw.encode("utf-8", "surrogateescape")
    return b""


def _text_content(run: _Run, path: str, text: str, source: str) -> None:
    """Plain text that may hold an HL7 v2 message or FHIR/C-CDA document."""
    stripped = text.lstrip("\ufeff \t\r\n\x0b")
    budget = run.room + 1
    if healthcare.looks_hl7v2(text):
        _healthcare(run, path, healthcare.flatten_hl7v2(text, budget), source)
        return
    if healthcare.looks_x12(text):
        _healthcare(run, path, healthcare.flatten_x12(text, budget), source)
        return
    if stripped[:1] in ("{", "[") and '"resourceType"' in stripped[:200_000]:
        try:
            obj = healthcare.parse_json(stripped)
        except ValueError:
            obj = None
        if healthcare.looks_fhir_json(obj):
            _healthcare(run, path, healthcare.flatten_json(obj, budget), source)
            return
    head = stripped[:4096]
    if stripped[:1] == "<" and ("ClinicalDocument" in head or "hl7.org/fhir" in head):
        try:
            flat = healthcare.flatten_xml(healthcare.parse_xml(stripped.encode("utf-8")), budget)
        except ValueError:
            flat = None
        if flat is not None and flat.kind in ("fhir", "ccda"):
            _healthcare(run, path, flat, source)
            return
    run.add_text(path, tidy(text), source, "text")


def _healthcare(run: _Run, path: str, flat: healthcare.Flattened, source: str) -> None:
    if flat.kind in ("hl7v2", "fhir", "ccda", "x12"):
        run.healthcare.append(HealthcareDoc(path, flat.kind, flat.has_patient, flat.resource_types))
    run.add_text(path, flat.text, source, flat.kind)


# --------------------------------------------------------------------------- attachments


def _count_file(run: _Run, path: str, filename: str, ctype: str, size: int) -> bool:
    run.files += 1
    if run.files > run.limits.max_files:
        if not run.file_cap_hit:
            run.file_cap_hit = True
            run.record(
                path,
                filename,
                ctype,
                size,
                status=AttachmentStatus.LIMIT,
                detail="file count over cap",
            )
        run.truncated = True
        return False
    return True


def _sniff(data: bytes, filename: str, ctype: str) -> str:
    head = data[:16]
    if head.startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return "zip"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(_OLE_MAGIC):
        return "ole"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(_IMAGE_MAGIC) or (head.startswith(b"RIFF") and head[8:12] == b"WEBP"):
        return "image"
    if head.startswith(_OTHER_ARCHIVE_MAGIC):
        return "other-archive"
    if data[257:262] == b"ustar":
        return "tar"
    ext = _ext(filename)
    if ctype in ("application/pkcs7-mime", "application/x-pkcs7-mime") or ext == "p7m":
        return "pkcs7"
    if ctype in (
        "application/pkcs7-signature",
        "application/x-pkcs7-signature",
        "application/pgp-signature",
    ) or ext in ("p7s", "sig", "asc"):
        return "signature"
    armoured = data[:256].lstrip().startswith(b"-----BEGIN PGP MESSAGE-----")
    if ctype == "application/pgp-encrypted" or armoured or ext in ("pgp", "gpg"):
        return "pgp"
    if ctype in ("message/rfc822", "message/global") or ext == "eml":
        return "eml"
    if _textual(data):
        return "text"
    return "binary"


def _textual(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return True
    if not head:
        return True
    if b"\x00" in head:
        return looks_utf16(head)
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls * 20 < len(head)


def _declared(filename: str, ctype: str) -> str | None:
    return _DECLARED.get(_ext(filename)) or _CTYPE_DECLARED.get(ctype)


def _blob(
    run: _Run,
    path: str,
    filename: str,
    ctype: str,
    data: bytes,
    *,
    depth: int,
    charset: str | None = None,
    smime: str | None = None,
) -> None:
    """Any attachment or archive member: sniff, read within the caps, record an Attachment."""
    size = len(data)
    if not ctype:
        ctype = _EXT_CTYPE.get(_ext(filename), "application/octet-stream")
    if not _count_file(run, path, filename, ctype, size):
        return
    limits = run.limits
    if size > limits.max_part_bytes:
        run.record(
            path, filename, ctype, size, status=AttachmentStatus.LIMIT, detail="part over size cap"
        )
        return
    if run.total + size > limits.max_total_bytes:
        run.record(
            path, filename, ctype, size, status=AttachmentStatus.LIMIT, detail="total size over cap"
        )
        return
    run.total += size
    slot = run.reserve()
    kind = _sniff(data, filename, ctype)
    try:
        detail = _dispatch(
            run, path, filename, ctype, data, depth=depth, kind=kind, charset=charset, smime=smime
        )
        status = AttachmentStatus.OK
    except FileStatusError as problem:
        status, detail = problem.status, problem.detail
    except (MemoryError, RecursionError):
        status, detail = AttachmentStatus.UNREADABLE, f"{kind} too complex to read"
    except Exception as exc:  # noqa: BLE001 - a malformed file must never fail the message
        status = AttachmentStatus.UNREADABLE
        detail = f"{kind} failed to parse ({type(exc).__name__})"
    run.record(path, filename, ctype, size, status=status, detail=detail, slot=slot)


def _dispatch(
    run: _Run,
    path: str,
    filename: str,
    ctype: str,
    data: bytes,
    *,
    depth: int,
    kind: str,
    charset: str | None,
    smime: str | None,
) -> str:
    src = "attachment"
    declared = _declared(filename, ctype)
    if kind == "pdf":
        text, detail = formats.pdf_text(data, run.room + 1)
        run.add_text(path, text, src, "pdf")
        return detail
    if kind == "zip":
        return _zip(run, path, data, depth)
    if kind == "gzip":
        return _gzip(run, path, filename, data, depth)
    if kind == "tar":
        return _tar(run, path, data, depth)
    if kind == "rtf":
        run.add_text(path, formats.rtf_text(data, run.room + 1), src, "rtf")
        return "rtf"
    if kind == "ole":
        if _OLE_ENCRYPTED in data:
            raise FileStatusError(AttachmentStatus.ENCRYPTED, "encrypted office document")
        raise FileStatusError(AttachmentStatus.UNSUPPORTED, "legacy office or outlook file (ole2)")
    if kind == "image":
        raise FileStatusError(AttachmentStatus.UNSUPPORTED, "image")
    if kind == "other-archive":
        raise FileStatusError(AttachmentStatus.UNSUPPORTED, "archive format not supported")
    if kind == "pkcs7":
        if smime and smime.lower() in ("signed-data", "certs-only"):
            raise FileStatusError(AttachmentStatus.UNSUPPORTED, "s/mime signed-data")
        raise FileStatusError(AttachmentStatus.ENCRYPTED, "s/mime encrypted")
    if kind == "pgp":
        raise FileStatusError(AttachmentStatus.ENCRYPTED, "pgp encrypted")
    if kind == "signature":
        return "signature"
    if kind == "eml":
        if depth + 1 > run.limits.max_depth:
            raise FileStatusError(AttachmentStatus.LIMIT, "nesting depth over cap")
        inner = BytesParser(policy=compat32).parsebytes(data)
        _message(run, inner, path + "/", nested=True, depth=depth + 1)
        return "message/rfc822"
    if kind == "binary":
        if declared:
            detail = f"declared {declared}, content does not match"
            raise FileStatusError(AttachmentStatus.UNREADABLE, detail)
        raise FileStatusError(AttachmentStatus.UNSUPPORTED, "binary")
    # text of some kind
    text, ok = decode_bytes(data, charset)
    if not ok:
        run.defect("UnknownCharset")
    return _textual_attachment(run, path, filename, ctype, text)


_CSV_TYPES = ("text/csv", "text/tab-separated-values", "application/csv")


def _textual_attachment(run: _Run, path: str, filename: str, ctype: str, text: str) -> str:
    src = "attachment"
    ext = _ext(filename)
    stripped = text.lstrip("\ufeff \t\r\n\x0b")
    budget = run.room + 1
    # senders lie: whatever the name says, text content is read as text
    if healthcare.looks_hl7v2(text):
        _healthcare(run, path, healthcare.flatten_hl7v2(text, budget), src)
        return "hl7v2"
    if healthcare.looks_x12(text):
        _healthcare(run, path, healthcare.flatten_x12(text, budget), src)
        return "x12"
    if stripped.upper().startswith("BEGIN:VCALENDAR") or ext == "ics" or ctype == "text/calendar":
        run.add_text(path, formats.ics_text(text, budget), src, "ics")
        return "ics"
    if stripped[:1] in ("{", "["):
        try:
            obj = healthcare.parse_json(stripped)
        except ValueError:
            obj = None
        if obj is not None:
            flat = healthcare.flatten_json(obj, budget)
            _healthcare(run, path, flat, src)
            return flat.kind
    if stripped[:1] == "<":
        low = stripped[:2048].lower()
        is_html = "<html" in low or "<!doctype html" in low or ext in ("htm", "html")
        if is_html or ctype == "text/html":
            run.add_text(path, html_to_text(text, budget), src, "html")
            return "html"
        try:
            flat = healthcare.flatten_xml(healthcare.parse_xml(stripped.encode("utf-8")), budget)
        except ValueError:
            run.add_text(path, tidy(healthcare.strip_tags(text)), src, "xml")
            return "xml (not well-formed)"
        _healthcare(run, path, flat, src)
        return flat.kind
    if ext in ("csv", "tsv", "tab") or ctype in _CSV_TYPES:
        tab = ext in ("tsv", "tab") or ctype == "text/tab-separated-values"
        run.add_text(path, formats.csv_text(text, budget, tab), src, "csv")
        return "csv"
    if ext in ("htm", "html") or ctype == "text/html":
        run.add_text(path, html_to_text(text, budget), src, "html")
        return "html"
    run.add_text(path, tidy(text), src, "text")
    return "text"


# --------------------------------------------------------------------------- containers


def _zip(run: _Run, path: str, data: bytes, depth: int) -> str:
    limits = run.limits
    count = archive.zip_entry_count(data)
    if count is not None and count > limits.max_files * 10:
        raise FileStatusError(AttachmentStatus.LIMIT, "zip entry count over cap")
    zf = zipfile.ZipFile(io.BytesIO(data))
    archive.check_zip_index(zf, len(data), limits.max_ratio)
    names = {i.filename for i in zf.infolist()}
    remaining = max(0, limits.max_total_bytes - run.total)
    cap = min(limits.max_part_bytes, remaining)

    def read(info: zipfile.ZipInfo) -> bytes:
        blob = archive.read_zip_member(zf, info, cap, limits.max_ratio)
        run.total += len(blob)
        return blob

    if "word/document.xml" in names:
        run.add_text(path, formats.ooxml_text(zf, "docx", read, run.room + 1), "attachment", "docx")
        return "docx"
    if "ppt/presentation.xml" in names:
        run.add_text(path, formats.ooxml_text(zf, "pptx", read, run.room + 1), "attachment", "pptx")
        return "pptx"
    if "xl/workbook.xml" in names:
        total_before = run.total
        try:
            text, detail = sheet.xlsx_fast(zf, read, run.room + 1)
        except FileStatusError:
            raise
        except Exception:  # noqa: BLE001 - anything odd: let openpyxl have a go
            run.total = total_before
            declared = sum(i.file_size for i in zf.infolist())
            if declared > remaining:
                raise FileStatusError(
                    AttachmentStatus.LIMIT, "workbook expands over total size cap"
                ) from None
            run.total += declared
            text, detail = formats.xlsx_text(data, run.room + 1)
        run.add_text(path, text, "attachment", "xlsx")
        return detail
    if "mimetype" in names and "content.xml" in names:
        run.add_text(path, formats.odf_text(zf, read, run.room + 1), "attachment", "odf")
        return "opendocument"
    # a plain archive: every member is a file of its own
    if depth + 1 > limits.max_depth:
        raise FileStatusError(AttachmentStatus.LIMIT, "nesting depth over cap")
    entries = 0
    for info in zf.infolist():
        if info.is_dir():
            continue
        entries += 1
        member_path = run.unique(f"{path}/{_member_name(info.filename)}")
        member_name = posixpath.basename(info.filename.rstrip("/"))
        mctype = _EXT_CTYPE.get(_ext(member_name), "application/octet-stream")
        if info.flag_bits & 0x1:
            if _count_file(run, member_path, member_name, mctype, info.file_size):
                run.record(
                    member_path,
                    member_name,
                    mctype,
                    info.file_size,
                    status=AttachmentStatus.ENCRYPTED,
                    detail="zip entry encrypted",
                )
            continue
        if run.files >= limits.max_files:
            _count_file(run, member_path, member_name, mctype, info.file_size)
            break
        remaining = limits.max_total_bytes - run.total
        try:
            blob = archive.read_zip_member(
                zf, info, min(limits.max_part_bytes, max(0, remaining)), limits.max_ratio
            )
        except FileStatusError as problem:
            if problem.status == AttachmentStatus.BOMB:
                raise
            if _count_file(run, member_path, member_name, mctype, info.file_size):
                run.record(
                    member_path,
                    member_name,
                    mctype,
                    info.file_size,
                    status=problem.status,
                    detail=problem.detail,
                )
            continue
        except (zipfile.BadZipFile, NotImplementedError, ValueError, EOFError, OSError) as exc:
            if _count_file(run, member_path, member_name, mctype, info.file_size):
                run.record(
                    member_path,
                    member_name,
                    mctype,
                    info.file_size,
                    status=AttachmentStatus.UNREADABLE,
                    detail=f"zip entry failed ({type(exc).__name__})",
                )
            continue
        _blob(run, member_path, member_name, "", blob, depth=depth + 1)
    return f"zip, {entries} entries"


def _member_name(name: str) -> str:
    name = _UNSAFE_NAME.sub(lambda m: "/" if m.group(0) in "/\\" else "_", name)
    return name.strip("/")[:_FILENAME_MAX] or "unnamed"


def _gzip(run: _Run, path: str, filename: str, data: bytes, depth: int) -> str:
    limits = run.limits
    if depth + 1 > limits.max_depth:
        raise FileStatusError(AttachmentStatus.LIMIT, "nesting depth over cap")
    cap = min(limits.max_part_bytes, max(0, limits.max_total_bytes - run.total))
    inner, stored = archive.gunzip(data, cap, limits.max_ratio)
    name = _UNSAFE_NAME.sub("_", stored).strip() if stored else ""
    if not name:
        base = filename.rsplit("/", 1)[-1]
        low = base.lower()
        if low.endswith(".gz"):
            name = base[:-3]
        elif low.endswith(".tgz"):
            name = base[:-4] + ".tar"
        else:
            name = "content"
    if inner[257:262] == b"ustar":  # .tar.gz: members are counted as they are read
        return "gzip, " + _tar(run, path, inner, depth)
    _blob(run, run.unique(f"{path}/{name or 'content'}"), name, "", inner, depth=depth + 1)
    return "gzip"


def _tar(run: _Run, path: str, data: bytes, depth: int) -> str:
    limits = run.limits
    if depth + 1 > limits.max_depth:
        raise FileStatusError(AttachmentStatus.LIMIT, "nesting depth over cap")
    entries = 0
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tf:
        for member in tf:
            if not member.isreg():
                continue
            entries += 1
            member_path = run.unique(f"{path}/{_member_name(member.name)}")
            member_name = posixpath.basename(member.name)
            mctype = _EXT_CTYPE.get(_ext(member_name), "application/octet-stream")
            if member.issparse() or member.size > min(limits.max_part_bytes, len(data)):
                if _count_file(run, member_path, member_name, mctype, member.size):
                    run.record(
                        member_path,
                        member_name,
                        mctype,
                        member.size,
                        status=AttachmentStatus.LIMIT,
                        detail="tar entry over size cap",
                    )
                continue
            if run.files >= limits.max_files:
                _count_file(run, member_path, member_name, mctype, member.size)
                break
            handle = tf.extractfile(member)
            blob = handle.read() if handle is not None else b""
            _blob(run, member_path, member_name, "", blob, depth=depth + 1)
    return f"tar, {entries} entries"
