"""Typed gateway configuration (``phigate run --config FILE``).

All defaults live here. Every section is a pydantic model with ``extra="forbid"`` so a
misspelt key is an error that names the file and the line (see :mod:`gateway.yamlcheck`).
The reference for admins is docs/configuration.md; keep the two in step.
"""

from __future__ import annotations

import ipaddress
from enum import StrEnum
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from gateway.extract.types import ExtractLimits
from gateway.yamlcheck import load_model

DEFAULT_CONFIG = "deploy/phigate.yaml"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def parse_hostport(value: str, default_port: int | None = None) -> tuple[str, int]:
    """Split ``host:port`` / ``[v6]:port``; raise ValueError with an admin-readable text."""
    text = value.strip()
    if text.startswith("["):
        host, sep, rest = text[1:].partition("]")
        port_text = rest[1:] if rest.startswith(":") else ""
        if not sep:
            raise ValueError(f"bad address {value!r}: missing ']'")
    elif text.count(":") == 1:
        host, _, port_text = text.partition(":")
    else:
        host, port_text = text, ""
    if not host:
        raise ValueError(f"bad address {value!r}: empty host")
    if not port_text:
        if default_port is None:
            raise ValueError(f"bad address {value!r}: expected host:port")
        return host, default_port
    if not port_text.isdigit() or not 0 <= int(port_text) <= 65535:
        raise ValueError(f"bad address {value!r}: port must be 0-65535")
    return host, int(port_text)


def _check_network(value: str) -> str:
    try:
        ipaddress.ip_network(value, strict=False)
    except ValueError:
        raise ValueError(f"{value!r} is not a network (e.g. 10.0.0.0/8)") from None
    return value


def _check_nameserver(value: str) -> str:
    parse_hostport(value, 53)
    return value


Network = Annotated[str, AfterValidator(_check_network)]
Nameserver = Annotated[str, AfterValidator(_check_nameserver)]


class TlsMode(StrEnum):
    """Outbound TLS requirement. Ordered from weakest to strongest (see ``rank``)."""

    NONE = "none"
    OPPORTUNISTIC = "opportunistic"
    REQUIRED = "required"
    VERIFY = "verify"
    DANE_ONLY = "dane-only"

    @property
    def rank(self) -> int:
        return list(TlsMode).index(self)

    def at_least(self, other: TlsMode) -> TlsMode:
        """The stronger of two requirements: a floor is never lowered."""
        return self if self.rank >= other.rank else other


class DeliveryMode(StrEnum):
    SMARTHOST = "smarthost"
    MX = "mx"


class InboundTlsConfig(_Model):
    """STARTTLS offered to clients (off unless a certificate is configured)."""

    cert_file: Path | None = None
    key_file: Path | None = None
    require: bool = False  # refuse MAIL before STARTTLS

    @model_validator(mode="after")
    def _pair(self) -> InboundTlsConfig:
        if (self.cert_file is None) != (self.key_file is None):
            raise ValueError("cert_file and key_file go together")
        if self.require and self.cert_file is None:
            raise ValueError("require: true needs cert_file and key_file")
        return self


class InboundAuthConfig(_Model):
    """SMTP AUTH for clients (PLAIN/LOGIN, only after STARTTLS). Users: ``phigate smtp-user``."""

    enabled: bool = False
    required: bool = False  # when true, even allowed networks must authenticate
    users_file: Path = Path("var/smtp-users.yaml")


class LimitsConfig(_Model):
    max_recipients: int = Field(100, ge=1)
    max_line_length: int = Field(998, ge=78, le=100_000)  # octets, excluding CRLF (RFC 5321)
    idle_timeout: float = Field(300.0, gt=0)  # seconds between commands
    session_timeout: float = Field(1800.0, gt=0)  # whole connection
    max_connections: int = Field(200, ge=1)
    processing_timeout: float = Field(120.0, gt=0)  # scan + decide + deliver, then 451


class SmarthostAuth(_Model):
    username: str
    password_file: Path


class DnsConfig(_Model):
    nameservers: list[Nameserver] = Field(default_factory=list)  # host:port; empty = system
    timeout: float = Field(5.0, gt=0)


class DomainOverride(_Model):
    """Per recipient-domain delivery settings; the stronger of this and the global floor wins."""

    tls: TlsMode | None = None
    smarthost: str | None = None

    @field_validator("smarthost")
    @classmethod
    def _hp(cls, v: str | None) -> str | None:
        if v is not None:
            parse_hostport(v, 25)
        return v


class MtaStsConfig(_Model):
    """MTA-STS (RFC 8461) for MX delivery."""

    enabled: bool = True
    refresh: float = Field(86400.0, gt=0)  # seconds between proactive refreshes of cached policies
    fetch_timeout: float = Field(10.0, gt=0)
    https_port: int = Field(443, ge=1, le=65535)  # tests only: port of the policy host


class DaneConfig(_Model):
    """DANE for SMTP (RFC 7672): needs a DNSSEC-validating resolver in delivery.dns."""

    enabled: bool = True


class BreakerConfig(_Model):
    """Skip an MX host after ``failures`` consecutive connect failures, for ``open_seconds``."""

    failures: int = Field(3, ge=1)
    open_seconds: float = Field(300.0, gt=0)


class MxConfig(_Model):
    """Direct-to-MX delivery (``delivery.mode: mx``)."""

    port: int = Field(25, ge=1, le=65535)  # tests only: SMTP port of every MX host
    max_addresses: int = Field(5, ge=2, le=20)  # addresses tried per message (RFC 5321: >= 2)
    prefer_ipv6: bool = False
    capability_ttl: float = Field(3600.0, gt=0)  # seconds a domain's TLS capability is cached
    max_idle: float = Field(60.0, gt=0)  # seconds an idle connection to an MX host is kept
    mta_sts: MtaStsConfig = MtaStsConfig()
    dane: DaneConfig = DaneConfig()
    breaker: BreakerConfig = BreakerConfig()
    tlsrpt: bool = True  # record per-domain TLS results for RFC 8460 reports


class DeliveryConfig(_Model):
    mode: DeliveryMode = DeliveryMode.SMARTHOST
    smarthost: str = "127.0.0.1:10026"
    tls: TlsMode = TlsMode.OPPORTUNISTIC
    ca_file: Path | None = None  # default: the system store
    helo_name: str | None = None  # default: the host's FQDN
    connect_timeout: float = Field(30.0, gt=0)
    command_timeout: float = Field(60.0, gt=0)
    pool_size: int = Field(8, ge=1, le=256)  # reused connections per next hop
    auth: SmarthostAuth | None = None
    dns: DnsConfig = DnsConfig()
    domains: dict[str, DomainOverride] = Field(default_factory=dict)
    mx: MxConfig = MxConfig()

    @field_validator("smarthost")
    @classmethod
    def _hp(cls, v: str) -> str:
        parse_hostport(v, 25)
        return v

    @field_validator("domains")
    @classmethod
    def _lower(cls, v: dict[str, DomainOverride]) -> dict[str, DomainOverride]:
        return {k.lower().rstrip("."): o for k, o in v.items()}


class LogConfig(_Model):
    level: str = "INFO"
    format: str = Field("json", pattern="^(json|text)$")
    file: Path | None = None  # default: stderr (journald under systemd)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class ConsoleConfig(_Model):
    """The review web console (docs/console.md). Plain HTTP is refused off loopback."""

    enabled: bool = False  # deploy/phigate.yaml turns it on (loopback)
    listen: str = "127.0.0.1:8025"
    cert_file: Path | None = None
    key_file: Path | None = None
    public_url: str | None = None  # base URL for links in digest mail; default http(s)://listen
    idle_timeout_minutes: float = Field(15.0, gt=0, le=24 * 60)
    session_max_hours: float = Field(12.0, gt=0, le=24 * 7)  # absolute session lifetime
    users_db: Path | None = None  # default: <state_dir>/users.db
    mfa_required_roles: list[str] = Field(
        default_factory=lambda: ["admin", "reviewer", "auditor"])
    login_max_failures: int = Field(5, ge=1)  # per user name within login_window_minutes
    login_max_failures_per_ip: int = Field(20, ge=1)
    login_window_minutes: float = Field(default=15.0, gt=0)
    digest_from: str = "phigate@localhost"

    @field_validator("listen")
    @classmethod
    def _listen(cls, v: str) -> str:
        parse_hostport(v)
        return v

    @field_validator("mfa_required_roles")
    @classmethod
    def _roles(cls, v: list[str]) -> list[str]:
        bad = [r for r in v if r not in ("admin", "reviewer", "auditor")]
        if bad:
            raise ValueError(f"unknown role(s) {bad}: use admin, reviewer, auditor")
        return v

    @model_validator(mode="after")
    def _pair(self) -> ConsoleConfig:
        if (self.cert_file is None) != (self.key_file is None):
            raise ValueError("cert_file and key_file go together")
        host = parse_hostport(self.listen)[0]
        if self.cert_file is None and not _is_loopback(host):
            raise ValueError(f"listen {self.listen} is not loopback: plain HTTP is refused; "
                             "set cert_file/key_file or listen on 127.0.0.1 behind a TLS proxy")
        return self

    @property
    def tls(self) -> bool:
        return self.cert_file is not None

    @property
    def listen_addr(self) -> tuple[str, int]:
        return parse_hostport(self.listen)


class ExpiryAction(StrEnum):
    DELETE = "delete"
    RELEASE = "release"
    REJECT = "reject"


class ReleaseRetryConfig(_Model):
    """Backoff for releases whose next hop is down: initial, doubling, capped; then give up."""

    initial: float = Field(30.0, gt=0)  # seconds before the first retry
    maximum: float = Field(900.0, gt=0)  # cap on the delay between attempts
    give_up_after: float = Field(5 * 86400.0, gt=0)  # then the message goes back to HELD


class QuarantineConfig(_Model):
    """Encrypted quarantine store (docs/quarantine.md)."""

    key_file: Path | None = None  # default: <state_dir>/quarantine.key (created 0600 if missing)
    key_env: str = "PHIGATE_QUARANTINE_KEY"  # when set, keys come from this variable instead
    default_expiry_days: float = Field(30.0, gt=0)
    expiry_action: ExpiryAction = ExpiryAction.DELETE
    expiry_interval: float = Field(60.0, gt=0)  # seconds between expiry sweeps
    release_retry: ReleaseRetryConfig = ReleaseRetryConfig()
    notice_from: str | None = None  # sender of reject notices; default postmaster@<hostname>
    encrypt_provider: str | None = None  # policy provider for `release --encrypt`; default: first


class SiemConfig(_Model):
    """RFC 5424 syslog over TLS (RFC 5425) to the SIEM; the audit DB is the outbox."""

    host: str
    port: int = Field(6514, ge=1, le=65535)
    ca_file: Path | None = None  # default: the system store
    cert_file: Path | None = None  # client certificate (mutual TLS), optional
    key_file: Path | None = None
    server_name: str | None = None  # name checked in the SIEM's certificate; default: host
    app_name: str = Field("phigate", pattern=r"^[!-~]{1,48}$")
    connect_timeout: float = Field(10.0, gt=0)
    retry_max: float = Field(60.0, gt=0)  # cap on the reconnect backoff, seconds

    @model_validator(mode="after")
    def _pair(self) -> SiemConfig:
        if (self.cert_file is None) != (self.key_file is None):
            raise ValueError("cert_file and key_file go together")
        return self


class AuditConfig(_Model):
    """Hash-chained audit trail (docs/audit.md)."""

    key_file: Path | None = None  # HMAC key; default: <state_dir>/audit.key (created 0600)
    anchor_interval: float = Field(15.0, gt=0)  # minutes between head-hash log lines
    siem: SiemConfig | None = None


class ScanConfig(_Model):
    """PHI scanning and the policy engine (docs/policy.md). Off: every message passes."""

    enabled: bool = True
    detector: Path = Path("models/detector.yaml")
    workers: int = Field(1, ge=1, le=64)  # scanner processes (each loads the NLP model)
    timeout: float = Field(20.0, gt=0)  # seconds per message, then 451 and a fresh worker


class ExtractConfig(_Model):
    """Caps on MIME/attachment text extraction (docs/extraction.md); hitting one is reported as an
    attachment with status ``limit`` or ``bomb`` and ``truncated`` on the extraction."""

    max_depth: int = Field(5, ge=0, le=50)  # containers (zip, gz, tar, attached mail) nested
    max_files: int = Field(200, ge=1)  # attachments + archive members per message
    max_total_bytes: int = Field(100_000_000, ge=1)  # decoded + decompressed bytes per message
    max_ratio: float = Field(100.0, gt=1)  # decompression ratio that counts as a bomb
    max_text_chars: int = Field(2_000_000, ge=1)  # characters of text handed to the detector
    max_part_bytes: int = Field(25_000_000, ge=1)  # one attachment or one archive member

    def limits(self) -> ExtractLimits:
        return ExtractLimits(
            max_depth=self.max_depth,
            max_files=self.max_files,
            max_total_bytes=self.max_total_bytes,
            max_ratio=self.max_ratio,
            max_text_chars=self.max_text_chars,
            max_part_bytes=self.max_part_bytes,
        )


class GatewayConfig(_Model):
    listen: str = "127.0.0.1:10025"
    hostname: str | None = None  # name in the banner and EHLO reply; default: FQDN
    state_dir: Path = Path("var")
    clients: list[Network] = Field(default_factory=lambda: ["127.0.0.1/32"])
    max_message_size: int = Field(52_428_800, ge=1024)
    limits: LimitsConfig = LimitsConfig()
    tls: InboundTlsConfig = InboundTlsConfig()
    auth: InboundAuthConfig = InboundAuthConfig()
    delivery: DeliveryConfig = DeliveryConfig()
    policy: Path = Path("policies/hipaa-default.yaml")
    shutdown_grace: float = Field(30.0, ge=0)  # seconds to finish in-flight sessions on SIGTERM
    log: LogConfig = LogConfig()
    console: ConsoleConfig = ConsoleConfig()
    quarantine: QuarantineConfig = QuarantineConfig()
    audit: AuditConfig = AuditConfig()
    scan: ScanConfig = ScanConfig()
    extract: ExtractConfig = ExtractConfig()

    @field_validator("listen")
    @classmethod
    def _listen(cls, v: str) -> str:
        parse_hostport(v)
        return v

    @property
    def client_networks(self) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
        return tuple(ipaddress.ip_network(n, strict=False) for n in self.clients)

    @property
    def listen_addr(self) -> tuple[str, int]:
        return parse_hostport(self.listen)


def load_config(path: str | Path) -> GatewayConfig:
    """Load and validate a gateway config; raises :class:`gateway.yamlcheck.ConfigError`."""
    return load_model(GatewayConfig, path)
