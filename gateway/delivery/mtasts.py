"""MTA-STS (RFC 8461): discover, fetch, validate, cache and apply a domain's policy.

Discovery is the ``_mta-sts.<domain>`` TXT record (exactly one ``v=STSv1`` record with an
``id``); the policy is fetched from ``https://mta-sts.<domain>/.well-known/mta-sts.txt`` with
aiohttp: status 200 only, no redirects, ``text/plain``, at most 64 KiB, the certificate verified
against ``delivery.ca_file`` (or the system store) for the name ``mta-sts.<domain>``, and the host
address resolved through the gateway's own resolver (:class:`GatewayResolver`).

A fetched policy is cached until ``max_age`` expires. A cached policy is kept when a refresh fails
(RFC 8461 5.1) and re-fetched when the TXT ``id`` changes; a background task refreshes cached
policies proactively so a policy never lapses while the domain still publishes it.
"""

from __future__ import annotations

import asyncio
import logging
import re
import socket
import ssl
import time
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult

from gateway.delivery.cache import CachedPolicy, PolicyCache
from gateway.delivery.dns import DnsError, Resolver, normalise

log = logging.getLogger(__name__)

MAX_POLICY_BYTES = 64 * 1024
MAX_AGE_LIMIT = 31_557_600  # one year (RFC 8461 3.2)
_ID = re.compile(r"^[A-Za-z0-9]{1,32}$")


class StsMode(StrEnum):
    ENFORCE = "enforce"
    TESTING = "testing"
    NONE = "none"


class StsError(Exception):
    """A policy could not be discovered, fetched or parsed. ``kind`` is the TLSRPT result type."""

    def __init__(self, message: str, kind: str = "sts-policy-invalid") -> None:
        super().__init__(message)
        self.kind = kind


class StsFetchError(StsError):
    def __init__(self, message: str, kind: str = "sts-policy-fetch-error") -> None:
        super().__init__(message, kind)


@dataclass(frozen=True, slots=True)
class StsPolicy:
    mode: StsMode
    mx: tuple[str, ...]
    max_age: int
    text: str = ""

    def matches(self, host: str) -> bool:
        return any(mx_matches(p, host) for p in self.mx)


class StsState(StrEnum):
    """How the policy in force was obtained (shown by ``phigate tls check``)."""

    NONE = "none"  # the domain publishes no policy
    FETCHED = "fetched"  # fetched now
    CACHED = "cached"  # from the cache, TXT id unchanged
    STALE_KEPT = "stale-kept"  # refresh failed; unexpired cached policy kept
    ERROR = "error"  # the domain seems to publish a policy but none could be obtained


@dataclass(frozen=True, slots=True)
class StsResult:
    policy: StsPolicy | None
    state: StsState
    policy_id: str | None = None
    error: str | None = None  # our words, for the report and `tls check`
    error_kind: str | None = None  # TLSRPT result type

    @property
    def enforce(self) -> bool:
        return self.policy is not None and self.policy.mode is StsMode.ENFORCE

    @property
    def testing(self) -> bool:
        return self.policy is not None and self.policy.mode is StsMode.TESTING


def mx_matches(pattern: str, host: str) -> bool:
    """RFC 8461 4.1: exact name, or ``*.example.com`` matching exactly one leftmost label."""
    pattern = normalise(pattern)
    host = normalise(host)
    if not pattern or not host:
        return False
    if pattern.startswith("*."):
        label, dot, rest = host.partition(".")
        return bool(label) and bool(dot) and rest == pattern[2:] and "*" not in rest
    return pattern == host


def parse_txt(records: tuple[str, ...]) -> str:
    """The policy id from the ``_mta-sts`` TXT records; StsError unless exactly one is valid."""
    sts = [r for r in records if r.startswith("v=STSv1")]
    if not sts:
        raise StsError("no v=STSv1 TXT record", "sts-policy-invalid")
    if len(sts) > 1:
        raise StsError("more than one v=STSv1 TXT record", "sts-policy-invalid")
    fields: dict[str, str] = {}
    for part in sts[0].split(";"):
        key, eq, value = part.strip().partition("=")
        if not part.strip():
            continue
        if not eq:
            raise StsError("malformed TXT record", "sts-policy-invalid")
        fields.setdefault(key.strip(), value.strip())
    if fields.get("v") != "STSv1":
        raise StsError("TXT record is not v=STSv1", "sts-policy-invalid")
    pid = fields.get("id", "")
    if not _ID.match(pid):
        raise StsError("TXT record has no valid id", "sts-policy-invalid")
    return pid


def parse_policy(text: str) -> StsPolicy:
    """Parse and validate a policy body (RFC 8461 3.2); StsError names what is wrong."""
    fields: dict[str, str] = {}
    mx: list[str] = []
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        key, colon, value = line.partition(":")
        if not colon:
            raise StsError("policy line without ':'")
        key, value = key.strip(), value.strip()
        if key == "mx":
            mx.append(value)
        else:
            fields.setdefault(key, value)
    if fields.get("version") != "STSv1":
        raise StsError("policy version is not STSv1")
    try:
        mode = StsMode(fields.get("mode", ""))
    except ValueError:
        raise StsError("policy mode is not enforce, testing or none") from None
    age_text = fields.get("max_age", "")
    if not age_text.isdigit() or len(age_text) > 10:
        raise StsError("policy max_age missing or not a number")
    max_age = int(age_text)
    if not 0 <= max_age <= MAX_AGE_LIMIT:
        raise StsError("policy max_age out of range (0..31557600)")
    for pattern in mx:
        body = pattern[2:] if pattern.startswith("*.") else pattern
        if not body or "*" in body or " " in body:
            raise StsError("policy mx pattern is malformed")
    if mode is not StsMode.NONE and not mx:
        raise StsError("policy has no mx patterns")
    return StsPolicy(mode, tuple(normalise(p) for p in mx), max_age, text)


class GatewayResolver(AbstractResolver):
    """aiohttp resolver that answers from the gateway's DNS resolver (the policy host's address)."""

    def __init__(self, resolver: Resolver) -> None:
        self._resolver = resolver

    async def resolve(self, host: str, port: int = 0,
                      family: socket.AddressFamily = socket.AF_INET) -> list[ResolveResult]:
        try:
            ans = await self._resolver.addresses(host)
        except DnsError as exc:
            raise OSError(f"cannot resolve policy host ({exc})") from None
        out: list[ResolveResult] = []
        for ip in ans.records:
            fam = socket.AF_INET6 if ":" in ip else socket.AF_INET
            if family not in (socket.AF_UNSPEC, fam):
                continue
            out.append(ResolveResult(hostname=host, host=ip, port=port, family=fam,
                                     proto=0, flags=socket.AI_NUMERICHOST))
        if not out:
            raise OSError("policy host has no address")
        return out

    async def close(self) -> None:
        return None


class MtaSts:
    """Policy lookups for MX delivery, with the cache and a proactive refresh task."""

    def __init__(self, resolver: Resolver, cache: PolicyCache, *, ca_file: Path | None,
                 timeout: float = 10.0, https_port: int = 443, refresh: float = 86400.0) -> None:
        self.resolver = resolver
        self.cache = cache
        self.timeout = timeout
        self.https_port = https_port
        self.refresh_interval = refresh
        ctx = ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        self._ssl = ctx
        self._session: aiohttp.ClientSession | None = None
        self._task: asyncio.Task[None] | None = None
        self._locks: dict[str, asyncio.Lock] = {}

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(resolver=GatewayResolver(self.resolver),
                                             ssl=self._ssl, use_dns_cache=False, limit=32)
            self._session = aiohttp.ClientSession(
                connector=connector, timeout=aiohttp.ClientTimeout(total=self.timeout),
                trust_env=False, auto_decompress=False,
            )
        return self._session

    def url(self, domain: str) -> str:
        port = "" if self.https_port == 443 else f":{self.https_port}"
        return f"https://mta-sts.{normalise(domain)}{port}/.well-known/mta-sts.txt"

    async def fetch(self, domain: str) -> StsPolicy:
        """GET the policy; StsFetchError (transport, status, type, size) or StsError (content)."""
        try:
            async with self._http().get(self.url(domain), allow_redirects=False) as resp:
                if resp.status != 200:
                    raise StsFetchError(f"policy fetch returned HTTP {resp.status}")
                if resp.content_type != "text/plain":
                    raise StsFetchError("policy is not text/plain")
                body = await resp.content.read(MAX_POLICY_BYTES + 1)
                if len(body) > MAX_POLICY_BYTES or not resp.content.at_eof():
                    raise StsFetchError("policy larger than 64 KiB")
        except asyncio.CancelledError:
            raise
        except StsError:
            raise
        except aiohttp.ClientConnectorCertificateError:
            raise StsFetchError("policy host certificate not valid", "sts-webpki-invalid") from None
        except aiohttp.ClientSSLError:
            raise StsFetchError("TLS to policy host failed", "sts-webpki-invalid") from None
        except (aiohttp.ClientError, OSError, TimeoutError) as exc:
            raise StsFetchError(f"policy fetch failed ({exc.__class__.__name__})") from None
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise StsError("policy is not UTF-8") from None
        return parse_policy(text)

    async def policy(self, domain: str, *, refetch: bool = False) -> StsResult:
        """The policy in force for ``domain`` (RFC 8461 5.1); DNS/HTTP faults are values.

        ``refetch`` fetches again even when the TXT id is unchanged (the proactive refresh uses
        it so a policy the domain still publishes never lapses at ``max_age``)."""
        domain = normalise(domain)
        lock = self._locks.setdefault(domain, asyncio.Lock())
        async with lock:
            return await self._policy(domain, refetch)

    async def _policy(self, domain: str, refetch: bool = False) -> StsResult:
        now = time.time()
        cached = await self.cache.get(domain)
        live = cached if cached is not None and cached.expires_at > now else None
        live_policy = _load(live)
        try:
            txt = await self.resolver.txt(f"_mta-sts.{domain}")
            policy_id: str | None = parse_txt(txt.records)
        except DnsError as exc:
            if live_policy is not None:
                return StsResult(live_policy, StsState.STALE_KEPT, live.policy_id if live else None,
                                 f"TXT lookup failed ({exc})", "sts-policy-fetch-error")
            return StsResult(None, StsState.NONE, None, f"TXT lookup failed ({exc})")
        except StsError as exc:
            if live_policy is not None:  # RFC 8461 5.1: keep using an unexpired cached policy
                return StsResult(live_policy, StsState.CACHED, live.policy_id if live else None)
            if txt.records and any(r.startswith("v=STSv1") for r in txt.records):
                return StsResult(None, StsState.ERROR, None, str(exc), exc.kind)
            return StsResult(None, StsState.NONE)
        if (not refetch and live is not None and live_policy is not None
                and live.policy_id == policy_id):
            return StsResult(live_policy, StsState.CACHED, policy_id)
        try:
            fresh = await self.fetch(domain)
        except StsError as exc:
            log.info("MTA-STS policy for %s unavailable: %s", domain, exc)
            if live_policy is not None:
                return StsResult(live_policy, StsState.STALE_KEPT, live.policy_id if live else None,
                                 str(exc), exc.kind)
            return StsResult(None, StsState.ERROR, policy_id, str(exc), exc.kind)
        assert policy_id is not None
        await self.cache.put(CachedPolicy(domain, policy_id, fresh.text, now, now + fresh.max_age))
        return StsResult(fresh, StsState.FETCHED, policy_id)

    async def refresh_all(self) -> int:
        """Re-check every cached domain: fetch when the TXT id changed or the cached policy
        would expire before the next run (or within a day). Returns how many were checked."""
        count = 0
        for domain in await self.cache.domains():
            try:
                entry = await self.cache.get(domain)
                margin = max(2 * self.refresh_interval, 86400.0)
                soon = entry is not None and entry.expires_at - time.time() < margin
                await self.policy(domain, refetch=soon)
                count += 1
            except asyncio.CancelledError:
                raise
            except Exception:  # one domain's fault must not stop the others
                log.warning("MTA-STS refresh for %s failed", domain, exc_info=True)
        return count

    def start(self) -> None:
        """Start the proactive refresh task (call from the running loop)."""
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._refresher())

    async def _refresher(self) -> None:
        while True:
            await asyncio.sleep(self.refresh_interval)
            n = await self.refresh_all()
            log.info("MTA-STS proactive refresh checked %d domain(s)", n)

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None
        if self._session is not None:
            await self._session.close()
            self._session = None


def _load(entry: CachedPolicy | None) -> StsPolicy | None:
    if entry is None:
        return None
    try:
        return parse_policy(entry.text)
    except StsError:
        return None
