"""What the gateway decided for a recipient: frozen values that carry their reasons.

The pipeline acts on these; the audit record, the log line and ``phigate policy test`` are
built from ``rule`` and ``reasons``. Reasons never quote message content.

Four actions (:class:`Deliver`, :class:`Encrypt`, :class:`Quarantine`, :class:`Reject`) and a
set of typed modifiers applied to the bytes before the action (:mod:`gateway.policy.rewrite`).
All are hashable: the pipeline groups recipients that got the same decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gateway.config import TlsMode

# -- modifiers ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RewriteSubject:
    """Replace the subject with ``subject``; the original goes into a text part at the top."""

    subject: str = "Secure message"
    name = "rewrite_subject"


@dataclass(frozen=True, slots=True)
class Redact:
    """Replace detected values in the body text parts with ``<ENTITY>`` (Presidio anonymizer).

    ``entities`` empty means every detected entity type. The original is kept in quarantine.
    """

    entities: tuple[str, ...] = ()
    name = "redact"


@dataclass(frozen=True, slots=True)
class StripTracking:
    """Remove 1x1 images and images from known tracking hosts from HTML parts."""

    hosts: tuple[str, ...] = ()  # extra tracker hosts on top of the built-in list
    name = "strip_tracking"


@dataclass(frozen=True, slots=True)
class Banner:
    """A confidentiality notice prepended to every text and HTML body part."""

    text: str
    name = "banner"


@dataclass(frozen=True, slots=True)
class Notify:
    """Send a notice (no PHI: a reference, the rule's text, what to do) to sender and/or officer."""

    sender: bool = True
    officer: bool = False
    text: str = ""
    name = "notify"


@dataclass(frozen=True, slots=True)
class Tag:
    """Add X-PHI-* headers (verdict, score, entity types, policy version; never values)."""

    name = "tag"


Modifier = RewriteSubject | Redact | StripTracking | Banner | Notify | Tag

# -- encryption route -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EncryptionRoute:
    """A named encryption provider (an SMTP relay that encrypts what it gets) and its trigger."""

    name: str
    host: str
    port: int = 25
    tls: TlsMode = TlsMode.REQUIRED
    ca_file: Path | None = None
    username: str | None = None
    password_file: Path | None = None
    trigger_header: str | None = None  # e.g. "X-Encrypt"
    trigger_value: str = "yes"
    trigger_subject_tag: str | None = None  # e.g. "[secure]"


# -- decisions ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Encrypt:
    """Send through an encryption provider instead of the normal delivery path."""

    provider: EncryptionRoute
    modifiers: tuple[Modifier, ...] = ()
    rule: str = "default"
    reasons: tuple[str, ...] = ()
    monitored: tuple[MonitoredOutcome, ...] = ()
    action = "encrypt"


@dataclass(frozen=True, slots=True)
class Quarantine:
    """Hold the message in the encrypted quarantine for review (fsync'd before the 250)."""

    reason: str
    expiry: float | None = 14 * 86400.0  # seconds; None: held until someone acts
    expiry_action: str = "delete"  # delete | release | reject
    modifiers: tuple[Modifier, ...] = ()
    rule: str = "default"
    reasons: tuple[str, ...] = ()
    monitored: tuple[MonitoredOutcome, ...] = ()
    action = "quarantine"


Fallback = Encrypt | Quarantine


@dataclass(frozen=True, slots=True)
class Deliver:
    """Send on through the normal delivery path, with at least ``tls``.

    If no channel meets ``tls`` (``DeliveryStatus.TLS_IMPOSSIBLE``) the pipeline acts on
    ``fallback`` instead; without one the message stays upstream (451). Never plaintext.
    """

    tls: TlsMode | None = None
    modifiers: tuple[Modifier, ...] = ()
    fallback: Fallback | None = None
    rule: str = "default"
    reasons: tuple[str, ...] = ()
    monitored: tuple[MonitoredOutcome, ...] = ()
    action = "deliver"


@dataclass(frozen=True, slots=True)
class Reject:
    """Refuse with a 5xx and a text that tells the sender what to do (no content echoed)."""

    text: str
    code: int = 550
    enhanced: str = "5.7.1"
    modifiers: tuple[Modifier, ...] = ()
    rule: str = "default"
    reasons: tuple[str, ...] = ()
    monitored: tuple[MonitoredOutcome, ...] = ()
    action = "reject"

    @property
    def reply(self) -> str:
        return f"{self.code} {self.enhanced} {self.text}"


Decision = Deliver | Encrypt | Quarantine | Reject


@dataclass(frozen=True, slots=True)
class MonitoredOutcome:
    """What a rule in monitor mode would have done (logged and audited, not enforced)."""

    rule: str
    action: str
    modifiers: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()


def modifier_names(decision: Decision) -> list[str]:
    return [m.name for m in decision.modifiers]
