"""Typed values produced by the extraction stage (see docs/extraction.md)."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ExtractError(Exception):
    """The extraction stage's only exception; its message never carries message content."""


class AttachmentStatus(enum.StrEnum):
    OK = "ok"
    ENCRYPTED = "encrypted"
    UNREADABLE = "unreadable"
    UNSUPPORTED = "unsupported"
    BOMB = "bomb"
    LIMIT = "limit"  # depth / file count / size caps hit


@dataclass(frozen=True, slots=True)
class Segment:
    # "subject", "header:<name>", "body", "body.html", "attachment:<filename>", nested paths
    part: str
    text: str
    source: str  # "subject" | "header" | "body" | "attachment" (top-level origin)
    format: str  # "text" | "html" | "csv" | "pdf" | "docx" | "xlsx" | "rtf" | "ics" | "hl7v2" | ...


@dataclass(frozen=True, slots=True)
class Attachment:
    path: str
    filename: str
    content_type: str
    size: int
    status: AttachmentStatus
    detail: str  # short reason, never content


@dataclass(frozen=True, slots=True)
class HealthcareDoc:
    part: str
    kind: str  # "hl7v2" | "fhir" | "ccda" | "x12"
    has_patient: bool
    resource_types: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Headers:
    subject: str
    from_: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    message_id: str
    date: str
    raw: tuple[tuple[str, str], ...]  # all headers, RFC 2047 decoded, in message order


@dataclass(frozen=True, slots=True)
class ExtractLimits:
    max_depth: int = 5
    max_files: int = 200
    max_total_bytes: int = 100_000_000
    max_ratio: float = 100.0
    max_text_chars: int = 2_000_000
    max_part_bytes: int = 25_000_000


@dataclass(frozen=True, slots=True)
class Extraction:
    headers: Headers
    segments: tuple[Segment, ...]
    attachments: tuple[Attachment, ...]
    healthcare_docs: tuple[HealthcareDoc, ...]
    defects: tuple[str, ...]
    truncated: bool
