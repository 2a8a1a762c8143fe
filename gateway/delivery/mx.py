"""Direct-to-MX delivery with enforced TLS: MX resolution, MTA-STS, DANE, reuse and a breaker.

The requirement for a domain is the strongest of: the message's ``tls`` (the global floor and the
policy decision already applied), ``delivery.tls``, the per-domain override, an MTA-STS policy in
``enforce`` mode (PKIX verification + the MX must match the policy's patterns) and DANE (TLSA
authentication for every MX host with secure TLSA records; DANE outranks MTA-STS). A host that
cannot meet the requirement is skipped, never used in clear; when no host can, the result is
``TLS_IMPOSSIBLE`` (the pipeline falls back to an encryption route or quarantine). Outcomes are
values: TEMPFAIL (451 upstream), PERMFAIL (the domain takes no mail) or TLS_IMPOSSIBLE.

See docs/delivery.md for the decision table.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import aiosmtplib

from gateway.config import DeliveryConfig, TlsMode, parse_hostport
from gateway.delivery import dane as dane_mod
from gateway.delivery.base import (
    DeliveryResult,
    DeliveryStatus,
    OutboundMessage,
    TlsInfo,
    permfail,
    tempfail,
)
from gateway.delivery.cache import MemoryCache, PolicyCache, SqliteCache
from gateway.delivery.capability import TlsCapability
from gateway.delivery.dns import (
    DnsError,
    DnsPermanentError,
    DnsTemporaryError,
    MxSet,
    NullMx,
    Resolver,
    normalise,
)
from gateway.delivery.mtasts import MtaSts, StsResult
from gateway.delivery.smtpclient import Connection, NoSecureChannel, open_connection, transact
from gateway.delivery.tlsrpt import AppliedPolicy, PolicyType, ResultType, TlsReportStore

log = logging.getLogger(__name__)

_BROKEN = (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPTimeoutError, ConnectionError)

# OpenSSL X509_V_ERR_* codes seen in SSLCertVerificationError.verify_code
_EXPIRED = {9, 10}  # not yet valid, expired
_UNTRUSTED = {2, 18, 19, 20, 21}
_HOST_MISMATCH = {62}


class Breaker:
    """Per-MX circuit breaker: after ``failures`` consecutive connect failures the host is skipped
    for ``open_seconds``; then one trial connection decides (success closes, failure re-opens)."""

    def __init__(self, failures: int, open_seconds: float,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.failures = failures
        self.open_seconds = open_seconds
        self._clock = clock
        self._count: dict[str, int] = {}
        self._open_until: dict[str, float] = {}

    def allow(self, key: str) -> bool:
        until = self._open_until.get(key)
        if until is None:
            return True
        if self._clock() >= until:
            # half-open: let one attempt through; a failure re-opens at once
            self._open_until[key] = self._clock() + self.open_seconds
            self._count[key] = self.failures - 1
            return True
        return False

    def is_open(self, key: str) -> bool:
        until = self._open_until.get(key)
        return until is not None and self._clock() < until

    def success(self, key: str) -> None:
        self._count.pop(key, None)
        self._open_until.pop(key, None)

    def failure(self, key: str) -> None:
        n = self._count.get(key, 0) + 1
        self._count[key] = n
        if n >= self.failures:
            self._open_until[key] = self._clock() + self.open_seconds
            log.warning("MX %s: %d consecutive connect failures; skipping it for %.0fs",
                        key, n, self.open_seconds)


@dataclass(frozen=True, slots=True)
class HostPlan:
    """How one MX host may be used."""

    name: str
    preference: int
    mode: TlsMode  # the requirement on this host
    mechanism: str  # dane | mta-sts | pkix | required | opportunistic | none
    tlsa: tuple[dane_mod.Tlsa, ...] = ()
    addresses: tuple[str, ...] | None = None  # resolved during planning (DANE), else later
    sts_testing: bool = False  # MTA-STS testing: verify to report, deliver anyway
    skip: str | None = None  # why the host cannot be used for this requirement
    skip_kind: ResultType | None = None
    temporary: str | None = None  # a lookup for this host failed temporarily


@dataclass(frozen=True, slots=True)
class Plan:
    domain: str
    base: TlsMode  # message + floor + override
    mx: MxSet
    hosts: tuple[HostPlan, ...]
    sts: StsResult | None
    dane: bool  # at least one MX host has usable, secure TLSA records
    policy: AppliedPolicy


@dataclass(frozen=True, slots=True)
class ProbeResult:
    host: str
    ip: str | None
    mode: str
    mechanism: str
    starttls: bool | None = None
    tls: TlsInfo = field(default_factory=TlsInfo)
    dane: str | None = None
    error: str | None = None
    note: str | None = None  # e.g. what MTA-STS testing mode would have refused


@dataclass(slots=True)
class _Attempts:
    temporary: list[str] = field(default_factory=list)
    tls: list[str] = field(default_factory=list)
    tried: int = 0


def failure_kind(exc: BaseException) -> ResultType:
    """The TLSRPT result type for a failed STARTTLS / authentication."""
    if isinstance(exc, dane_mod.DaneError):
        try:
            return ResultType(exc.kind)
        except ValueError:
            return ResultType.VALIDATION_FAILURE
    if isinstance(exc, NoSecureChannel) and "not offered" in str(exc):
        return ResultType.STARTTLS_NOT_SUPPORTED
    cause = exc.__cause__ or exc.__context__
    if isinstance(cause, ssl.SSLCertVerificationError):
        code = cause.verify_code
        if code in _EXPIRED:
            return ResultType.CERTIFICATE_EXPIRED
        if code in _HOST_MISMATCH:
            return ResultType.CERTIFICATE_HOST_MISMATCH
        if code in _UNTRUSTED:
            return ResultType.CERTIFICATE_NOT_TRUSTED
    return ResultType.VALIDATION_FAILURE


class MxTransport:
    """Delivers to the recipient domain's MX hosts (``delivery.mode: mx``)."""

    def __init__(self, delivery: DeliveryConfig, *, helo: str, state_dir: Path | None,
                 resolver: Resolver | None = None, cache: PolicyCache | None = None,
                 report: TlsReportStore | None = None) -> None:
        self.delivery = delivery
        self.mxc = delivery.mx
        self.helo = helo
        self.resolver = resolver or Resolver(delivery.dns)
        if cache is None:
            cache = SqliteCache(state_dir / "mta-sts.sqlite") if state_dir else MemoryCache()
        self.mtasts = MtaSts(
            self.resolver, cache, ca_file=delivery.ca_file, timeout=self.mxc.mta_sts.fetch_timeout,
            https_port=self.mxc.mta_sts.https_port, refresh=self.mxc.mta_sts.refresh,
        )
        if report is None and self.mxc.tlsrpt and state_dir is not None:
            report = TlsReportStore(state_dir / "tlsrpt.sqlite")
        self.report = report
        self.breaker = Breaker(self.mxc.breaker.failures, self.mxc.breaker.open_seconds)
        if self.mxc.dane.enabled and not _loopback_only(delivery.dns.nameservers):
            log.warning("DANE trusts the AD bit of delivery.dns; use a validating resolver on "
                        "loopback (delivery.dns.nameservers), not %s",
                        ", ".join(delivery.dns.nameservers) or "the system resolver")
        self._idle: dict[tuple[str, str, str], list[Connection]] = {}
        self._capabilities: dict[str, tuple[float, TlsCapability]] = {}
        self._closed = False
        self._started = False

    # -- planning ---------------------------------------------------------------------------

    def base_requirement(self, domain: str, message_tls: TlsMode) -> TlsMode:
        base = message_tls.at_least(self.delivery.tls)
        override = self.delivery.domains.get(normalise(domain))
        if override is not None and override.tls is not None:
            base = base.at_least(override.tls)
        return base

    async def plan(self, domain: str, message_tls: TlsMode) -> Plan:
        """Resolve and decide; raises DnsPermanentError / DnsTemporaryError."""
        domain = normalise(domain)
        base = self.base_requirement(domain, message_tls)
        mxset = await self.resolver.mx(domain)
        hosts: list[HostPlan] = []
        dane_hosts = False
        if self.mxc.dane.enabled and mxset.secure:
            hosts = list(await asyncio.gather(*(self._dane_host(h.name, h.preference)
                                                for h in mxset.hosts)))
            dane_hosts = any(h.tlsa for h in hosts)
        else:
            hosts = [HostPlan(h.name, h.preference, base, _mechanism(base)) for h in mxset.hosts]
        sts: StsResult | None = None
        if not dane_hosts and self.mxc.mta_sts.enabled:
            sts = await self.mtasts.policy(domain)
        planned = tuple(self._decide(h, base, dane_hosts, sts) for h in hosts)
        if dane_hosts:
            records = sorted({str(r) for h in planned for r in h.tlsa})
            policy = AppliedPolicy(PolicyType.TLSA, tuple(records))
        elif sts is not None and sts.policy is not None and (sts.enforce or sts.testing):
            lines = tuple(ln.strip() for ln in sts.policy.text.splitlines() if ln.strip())
            policy = AppliedPolicy(PolicyType.STS, lines, sts.policy.mx)
        else:
            policy = AppliedPolicy(PolicyType.NO_POLICY)
        return Plan(domain, base, mxset, planned, sts, dane_hosts, policy)

    async def _dane_host(self, name: str, preference: int) -> HostPlan:
        """Look up addresses and, when they are secure, the TLSA RRset (RFC 7672 2.2)."""
        try:
            addrs = await self.resolver.addresses(name, self.mxc.prefer_ipv6)
        except DnsTemporaryError as exc:
            return HostPlan(name, preference, TlsMode.NONE, "none", temporary=str(exc))
        plan = HostPlan(name, preference, TlsMode.NONE, "none", addresses=addrs.records)
        if not addrs.secure:
            return plan
        try:
            tlsa = await self.resolver.tlsa(name, 25)
        except DnsTemporaryError:
            # A secure host whose TLSA lookup fails (bogus or SERVFAIL) must not be used.
            return replace(plan, temporary="TLSA lookup failed")
        if not tlsa.secure or not tlsa.records:
            return plan
        records = tuple(dane_mod.Tlsa.from_rdata(r) for r in tlsa.records)
        usable = dane_mod.usable(records)
        if not usable:
            return replace(plan, mechanism="tlsa-unusable")  # mandatory unauthenticated TLS
        return replace(plan, tlsa=usable)

    def _decide(self, h: HostPlan, base: TlsMode, dane_domain: bool,
                sts: StsResult | None) -> HostPlan:
        if h.temporary:
            return h
        if h.tlsa:
            return replace(h, mode=TlsMode.DANE_ONLY, mechanism="dane")
        if base is TlsMode.DANE_ONLY:
            return replace(h, mode=base, mechanism="dane", skip="no secure TLSA records for host",
                           skip_kind=ResultType.DANE_REQUIRED)
        if h.mechanism == "tlsa-unusable":
            mode = base.at_least(TlsMode.REQUIRED)
            return replace(h, mode=mode, mechanism=_mechanism(mode))
        if sts is not None and sts.policy is not None and not dane_domain:
            if sts.enforce:
                if not sts.policy.matches(h.name):
                    return replace(h, mode=base.at_least(TlsMode.VERIFY), mechanism="mta-sts",
                                   skip="MX host not listed in the MTA-STS policy",
                                   skip_kind=ResultType.VALIDATION_FAILURE)
                return replace(h, mode=base.at_least(TlsMode.VERIFY), mechanism="mta-sts")
            if sts.testing:
                return replace(h, mode=base, mechanism=_mechanism(base), sts_testing=True)
        return replace(h, mode=base, mechanism=_mechanism(base))

    # -- delivery -----------------------------------------------------------------------------

    def _start(self) -> None:
        if not self._started and self.mxc.mta_sts.enabled:
            self._started = True
            self.mtasts.start()

    async def deliver(self, message: OutboundMessage) -> DeliveryResult:
        self._start()
        domain = message.domain
        try:
            plan = await self.plan(domain, message.tls)
        except NullMx:
            return permfail("5.1.10 recipient domain accepts no mail (null MX)", 556)
        except DnsPermanentError as exc:
            return permfail(f"5.1.2 recipient domain not found ({exc})", 550)
        except DnsTemporaryError:
            return tempfail("4.4.3 DNS lookup for recipient domain failed")
        att = _Attempts()
        for host in plan.hosts:
            if att.tried >= self.mxc.max_addresses:
                break
            if host.temporary:
                att.temporary.append(f"{host.name}: {host.temporary}")
                continue
            if host.skip:
                att.tls.append(f"{host.name}: {host.skip}")
                await self._record(plan, host.name, "", host.skip_kind)
                continue
            addresses = host.addresses
            if addresses is None:
                try:
                    addresses = (await self.resolver.addresses(host.name,
                                                               self.mxc.prefer_ipv6)).records
                except DnsError as exc:
                    att.temporary.append(f"{host.name}: {exc}")
                    continue
            if not addresses:
                att.temporary.append(f"{host.name}: no address")
                continue
            if not self.breaker.allow(host.name):
                att.temporary.append(f"{host.name}: skipped (circuit open)")
                continue
            for ip in addresses:
                if att.tried >= self.mxc.max_addresses:
                    break
                att.tried += 1
                result = await self._try(plan, host, ip, message, att)
                if result is not None:
                    return result
                if self.breaker.is_open(host.name):
                    break
        return self._give_up(plan, att)

    def _give_up(self, plan: Plan, att: _Attempts) -> DeliveryResult:
        if att.temporary or not att.tls:
            log.warning("MX delivery to %s deferred: %s", plan.domain,
                        "; ".join(att.temporary + att.tls) or "no usable MX host")
            return tempfail("4.4.1 no MX host of the recipient domain could be reached")
        log.warning("MX delivery to %s: no secure channel: %s", plan.domain, "; ".join(att.tls))
        return DeliveryResult(
            DeliveryStatus.TLS_IMPOSSIBLE, 451,
            f"4.7.5 secure channel to the recipient domain impossible ({plan.base.value}"
            f"{', MTA-STS' if plan.sts is not None and plan.sts.enforce else ''}"
            f"{', DANE' if plan.dane else ''})",
        )

    async def _try(self, plan: Plan, host: HostPlan, ip: str, message: OutboundMessage,
                   att: _Attempts) -> DeliveryResult | None:
        """One address: a DeliveryResult ends the search, None means try the next address."""
        for attempt in (1, 2):
            try:
                conn, reused = await self._checkout(plan, host, ip)
            except (NoSecureChannel, dane_mod.DaneError) as exc:
                self.breaker.success(host.name)  # the host answered: it is up
                att.tls.append(f"{host.name}[{ip}]: {exc}")
                log.info("MX %s [%s] for %s: %s", host.name, ip, plan.domain, exc)
                return None
            except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
                self.breaker.failure(host.name)
                att.temporary.append(f"{host.name}[{ip}]: {exc.__class__.__name__}")
                log.info("MX %s [%s] unreachable: %s", host.name, ip, exc.__class__.__name__)
                return None
            self.breaker.success(host.name)
            try:
                result = await transact(conn, message)
            except _BROKEN as exc:
                await conn.close()
                if reused and attempt == 1:
                    log.info("reused connection to %s broke (%s); reconnecting", host.name,
                             exc.__class__.__name__)
                    continue
                return tempfail("4.4.2 connection to MX host broke", host=host.name)
            except BaseException:
                await conn.close()
                raise
            self._checkin(host, ip, conn)
            return result
        return None

    def _key(self, host: HostPlan, ip: str) -> tuple[str, str, str]:
        return (host.name, ip, f"{host.mode.value}/{host.mechanism}")

    async def _checkout(self, plan: Plan, host: HostPlan, ip: str) -> tuple[Connection, bool]:
        idle = self._idle.setdefault(self._key(host, ip), [])
        now = time.monotonic()
        while idle:
            conn = idle.pop()
            if conn.alive and now - conn.last_used < self.mxc.max_idle:
                return conn, True
            await conn.close()
        if host.sts_testing:
            conn = await self._testing_connect(plan, host, ip)
        else:
            conn = await self._connect(plan, host, ip, host.mode)
        return conn, False

    async def _testing_connect(self, plan: Plan, host: HostPlan, ip: str) -> Connection:
        """MTA-STS testing: try as if enforced and report the result; deliver per the base mode."""
        policy = plan.sts.policy if plan.sts is not None else None
        if policy is not None and not policy.matches(host.name):
            await self._record(plan, host.name, ip, ResultType.VALIDATION_FAILURE)
        else:
            try:
                conn = await self._connect(plan, replace(host, mechanism="mta-sts"), ip,
                                           host.mode.at_least(TlsMode.VERIFY), record=True)
            except NoSecureChannel:
                pass  # recorded; fall through to the base requirement
            else:
                return conn
        return await self._connect(plan, host, ip, host.mode, record=False)

    async def _connect(self, plan: Plan, host: HostPlan, ip: str, mode: TlsMode,
                       record: bool = True) -> Connection:
        dane = mode is TlsMode.DANE_ONLY
        try:
            conn = await open_connection(
                host.name, self.mxc.port, tls=mode, server_name=host.name, helo=self.helo,
                ca_file=str(self.delivery.ca_file) if self.delivery.ca_file else None,
                connect_timeout=self.delivery.connect_timeout,
                command_timeout=self.delivery.command_timeout, connect_ip=ip,
                tls_context=dane_mod.dane_context() if dane else None,
                mechanism=host.mechanism if host.mechanism in ("dane", "mta-sts") else None,
            )
        except NoSecureChannel as exc:
            if record:
                await self._record(plan, host.name, ip, failure_kind(exc))
            raise
        if dane:
            transport = conn.client.transport
            ssl_obj = transport.get_extra_info("ssl_object") if transport is not None else None
            try:
                if ssl_obj is None:
                    raise dane_mod.DaneError("no TLS session")
                matched = dane_mod.verify(dane_mod.peer_chain(ssl_obj), host.tlsa, (host.name,))
            except dane_mod.DaneError as exc:
                await conn.close()
                if record:
                    await self._record(plan, host.name, ip, failure_kind(exc))
                raise
            log.debug("MX %s authenticated by %s", host.name, matched)
            conn.tls = replace(conn.tls, verified=True, mechanism="dane")
        if record and conn.tls.encrypted:
            await self._record(plan, host.name, ip, None)
        return conn

    def _checkin(self, host: HostPlan, ip: str, conn: Connection) -> None:
        if self._closed or not conn.alive or conn.transactions >= 500:
            asyncio.get_running_loop().create_task(conn.close())
            return
        conn.last_used = time.monotonic()
        self._idle.setdefault(self._key(host, ip), []).append(conn)

    async def _record(self, plan: Plan, mx_host: str, ip: str, kind: ResultType | None) -> None:
        if self.report is None:
            return
        try:
            await self.report.record(plan.domain, plan.policy, mx_host, ip, kind)
        except asyncio.CancelledError:
            raise
        except Exception:  # reporting must never affect delivery
            log.warning("TLSRPT record for %s failed", plan.domain, exc_info=True)

    # -- capability and probing ---------------------------------------------------------------

    async def capability(self, domain: str) -> TlsCapability:
        """The strongest authenticated channel ``domain`` offers (cached ``capability_ttl``)."""
        domain = normalise(domain)
        now = time.monotonic()
        hit = self._capabilities.get(domain)
        if hit is not None and now - hit[0] < self.mxc.capability_ttl:
            return hit[1]
        cap = await self._capability(domain)
        if cap is not TlsCapability.UNKNOWN:
            self._capabilities[domain] = (now, cap)
        return cap

    async def capabilities(self, domains: Sequence[str]) -> dict[str, TlsCapability]:
        """Capabilities for several domains at once (the policy inspector's provider)."""
        caps = await asyncio.gather(*(self.capability(d) for d in domains))
        return dict(zip(domains, caps, strict=True))

    async def _capability(self, domain: str) -> TlsCapability:
        try:
            plan = await self.plan(domain, TlsMode.OPPORTUNISTIC)
        except DnsPermanentError:
            return TlsCapability.NONE
        except DnsTemporaryError:
            return TlsCapability.UNKNOWN
        if plan.dane:
            return TlsCapability.DANE
        if plan.sts is not None and plan.sts.enforce:
            return TlsCapability.MTA_STS
        for host in plan.hosts:
            if host.temporary:
                continue
            try:
                ips = host.addresses or (await self.resolver.addresses(host.name)).records
            except DnsError:
                continue
            for ip in ips[:1]:
                try:
                    conn = await open_connection(
                        host.name, self.mxc.port, tls=TlsMode.NONE, server_name=host.name,
                        helo=self.helo, ca_file=None,
                        connect_timeout=min(self.delivery.connect_timeout, 10.0),
                        command_timeout=min(self.delivery.command_timeout, 10.0), connect_ip=ip)
                except (aiosmtplib.SMTPException, OSError, TimeoutError):
                    continue
                try:
                    has = conn.client.supports_extension("starttls")
                finally:
                    await conn.close()
                return TlsCapability.STARTTLS if has else TlsCapability.NONE
        return TlsCapability.UNKNOWN

    async def probe(self, plan: Plan) -> list[ProbeResult]:
        """Open a session to the first address of each MX host as delivery would; send nothing."""
        out: list[ProbeResult] = []
        for host in plan.hosts:
            if host.temporary or host.skip:
                out.append(ProbeResult(host.name, None, host.mode.value, host.mechanism,
                                       error=host.temporary or host.skip))
                continue
            try:
                ips: tuple[str, ...] = host.addresses or (
                    await self.resolver.addresses(host.name, self.mxc.prefer_ipv6)).records
            except DnsError as exc:
                out.append(ProbeResult(host.name, None, host.mode.value, host.mechanism,
                                       error=str(exc)))
                continue
            if not ips:
                out.append(ProbeResult(host.name, None, host.mode.value, host.mechanism,
                                       error="no address"))
                continue
            ip = ips[0]
            note = None
            if host.sts_testing:
                try:
                    conn = await self._connect(plan, replace(host, mechanism="mta-sts"), ip,
                                               host.mode.at_least(TlsMode.VERIFY), record=False)
                except (NoSecureChannel, dane_mod.DaneError) as exc:
                    note = f"MTA-STS testing: enforce would fail ({failure_kind(exc).value})"
                except (aiosmtplib.SMTPException, OSError, TimeoutError):
                    pass
                else:
                    await conn.close()
            try:
                conn = await self._connect(plan, host, ip, host.mode, record=False)
            except (NoSecureChannel, dane_mod.DaneError) as exc:
                out.append(ProbeResult(host.name, ip, host.mode.value, host.mechanism,
                                       starttls="not offered" not in str(exc),
                                       error=f"{failure_kind(exc).value}: {exc}"))
                continue
            except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
                out.append(ProbeResult(host.name, ip, host.mode.value, host.mechanism,
                                       error=f"unreachable ({exc.__class__.__name__})"))
                continue
            starttls = conn.client.supports_extension("starttls") or conn.tls.encrypted
            await conn.close()
            out.append(ProbeResult(host.name, ip, host.mode.value, host.mechanism, starttls,
                                   conn.tls, "TLSA matched" if host.tlsa else None, note=note))
        return out

    async def close(self) -> None:
        self._closed = True
        conns = [c for lst in self._idle.values() for c in lst]
        self._idle.clear()
        await asyncio.gather(*(c.close() for c in conns), return_exceptions=True)
        await self.mtasts.close()
        await self.mtasts.cache.close()
        if self.report is not None:
            self.report.close()


def _loopback_only(nameservers: list[str]) -> bool:
    if not nameservers:
        return False
    for item in nameservers:
        host, _ = parse_hostport(item, 53)
        if not ipaddress.ip_address(host).is_loopback:
            return False
    return True


def _mechanism(mode: TlsMode) -> str:
    return {TlsMode.VERIFY: "pkix", TlsMode.DANE_ONLY: "dane"}.get(mode, mode.value)

