"""The delivery interface every outbound transport implements.

A transport takes an :class:`OutboundMessage` and returns a :class:`DeliveryResult`; expected
outcomes (accepted, temporary, permanent, no secure channel) are values, not exceptions. Only
programming faults raise, and the pipeline turns those into 451 like any other fault.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from gateway.config import TlsMode


class DeliveryStatus(StrEnum):
    DELIVERED = "delivered"
    TEMPFAIL = "tempfail"  # retry later: the upstream keeps the message (451)
    PERMFAIL = "permfail"  # the next hop refused for good (5xx)
    TLS_IMPOSSIBLE = "tls-impossible"  # no channel meets the TLS requirement: policy fallback


@dataclass(frozen=True, slots=True)
class TlsInfo:
    """What protected the session.

    ``mechanism``: none | opportunistic | required | pkix | mta-sts | dane.
    """

    version: str | None = None
    cipher: str | None = None
    verified: bool = False
    mechanism: str = "none"

    @property
    def encrypted(self) -> bool:
        return self.version is not None


@dataclass(frozen=True, slots=True)
class RecipientResult:
    address: str
    status: DeliveryStatus
    code: int
    detail: str  # enhanced status code and our own words; never the peer's free text


@dataclass(frozen=True, slots=True)
class OutboundMessage:
    queue_id: str
    mail_from: str
    rcpts: tuple[str, ...]
    data: bytes
    tls: TlsMode  # the requirement for this message (global floor already applied)
    mail_options: tuple[str, ...] = ()  # e.g. ("BODY=8BITMIME", "SMTPUTF8")
    phi: bool = False

    @property
    def domain(self) -> str:
        return self.rcpts[0].rpartition("@")[2].lower() if self.rcpts else ""


@dataclass(frozen=True, slots=True)
class DeliveryResult:
    status: DeliveryStatus
    code: int
    detail: str
    recipients: tuple[RecipientResult, ...] = ()
    host: str | None = None
    tls: TlsInfo = field(default_factory=TlsInfo)

    @property
    def accepted(self) -> tuple[str, ...]:
        return tuple(r.address for r in self.recipients if r.status is DeliveryStatus.DELIVERED)


class Transport(Protocol):
    """Anything that can hand a message to a next hop."""

    async def deliver(self, message: OutboundMessage) -> DeliveryResult: ...

    async def close(self) -> None: ...


def tempfail(detail: str, code: int = 451, host: str | None = None) -> DeliveryResult:
    return DeliveryResult(DeliveryStatus.TEMPFAIL, code, detail, host=host)


def permfail(detail: str, code: int = 550, host: str | None = None) -> DeliveryResult:
    return DeliveryResult(DeliveryStatus.PERMFAIL, code, detail, host=host)
