"""MIME and attachment text extraction (pure: bytes in, typed values out; no I/O).

See docs/extraction.md for the part naming scheme, the limits and the attachment statuses.
"""

from __future__ import annotations

from .core import extract
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

__all__ = [
    "Attachment",
    "AttachmentStatus",
    "ExtractError",
    "ExtractLimits",
    "Extraction",
    "Headers",
    "HealthcareDoc",
    "Segment",
    "extract",
]
