"""What the gateway decided for a recipient: frozen values that carry their reasons.

The pipeline acts on these; the audit record, the log line and ``phigate policy test`` are
built from ``rule`` and ``reasons``. Reasons never quote message content.
"""

from __future__ import annotations

from dataclasses import dataclass

from gateway.config import TlsMode


@dataclass(frozen=True, slots=True)
class Deliver:
    """Send on through the normal delivery path, with at least ``tls``."""

    tls: TlsMode | None = None
    rule: str = "default"
    reasons: tuple[str, ...] = ()
    action = "deliver"


@dataclass(frozen=True, slots=True)
class Reject:
    """Refuse with a 5xx and a text that tells the sender what to do (no content echoed)."""

    text: str
    code: int = 550
    enhanced: str = "5.7.1"
    rule: str = "default"
    reasons: tuple[str, ...] = ()
    action = "reject"

    @property
    def reply(self) -> str:
        return f"{self.code} {self.enhanced} {self.text}"


Decision = Deliver | Reject
