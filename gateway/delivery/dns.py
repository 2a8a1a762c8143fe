"""The gateway's one DNS resolver: MX, A/AAAA, TXT and TLSA lookups with the DNSSEC AD bit.

Every lookup the gateway makes for delivery goes through one :class:`Resolver` built from
``delivery.dns``. Queries carry EDNS0 with the DO bit so a validating resolver (unbound) reports
validated answers with AD; ``secure`` on each answer is that bit. The gateway does not validate
signatures itself: it trusts the configured resolver, which must be on a trusted path (loopback).

Outcomes are values (:class:`Answer`, :class:`MxSet`) and one exception tree: a temporary failure
(SERVFAIL, timeout, bogus data) is :class:`DnsTemporaryError`; a name that does not exist or a
null MX is :class:`DnsPermanentError`.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import random
from dataclasses import dataclass
from typing import Any

import dns.asyncresolver
import dns.exception
import dns.flags
import dns.message
import dns.name
import dns.nameserver
import dns.rdatatype
import dns.resolver

from gateway.config import DnsConfig, parse_hostport

log = logging.getLogger(__name__)


class DnsError(Exception):
    """A lookup did not produce a usable answer."""


class DnsTemporaryError(DnsError):
    """SERVFAIL, timeout, no server reachable, DNSSEC-bogus data (unbound SERVFAILs those)."""


class DnsPermanentError(DnsError):
    """The name does not exist, or the domain publishes that it accepts no mail."""


class NullMx(DnsPermanentError):  # noqa: N818 - names the outcome, like NXDOMAIN
    """RFC 7505: the domain's only MX is ``0 .``."""


@dataclass(frozen=True, slots=True)
class Answer:
    """The records of one RRset as text (empty when the name has no data of that type)."""

    name: str
    rdtype: str
    records: tuple[Any, ...]
    secure: bool  # AD bit: the whole response (CNAME chain included) validated
    nxdomain: bool = False

    @property
    def texts(self) -> tuple[str, ...]:
        return tuple(r.to_text() for r in self.records)


@dataclass(frozen=True, slots=True)
class MxHost:
    name: str  # lower case, no trailing dot
    preference: int


@dataclass(frozen=True, slots=True)
class MxSet:
    domain: str
    hosts: tuple[MxHost, ...]  # in the order to try: preference, equal preferences shuffled
    secure: bool
    implicit: bool = False  # no MX records: the domain's own address (RFC 5321 5.1)


def normalise(name: str) -> str:
    return name.strip().rstrip(".").lower()


class Resolver:
    """An async resolver from ``delivery.dns``; one instance per gateway."""

    def __init__(self, config: DnsConfig, rng: random.Random | None = None) -> None:
        if config.nameservers:
            res = dns.asyncresolver.Resolver(configure=False)
            servers: list[dns.nameserver.Nameserver] = []
            for item in config.nameservers:
                host, port = parse_hostport(item, 53)
                ipaddress.ip_address(host)  # nameservers are addresses, not names
                servers.append(dns.nameserver.Do53Nameserver(host, port))
            res.nameservers = servers
        else:
            res = dns.asyncresolver.Resolver(configure=True)
        res.search = []
        res.use_search_by_default = False
        res.timeout = config.timeout
        res.lifetime = config.timeout * 2
        res.use_edns(0, dns.flags.DO, 1232)
        res.flags = dns.flags.RD | dns.flags.AD  # AD in a query asks for the AD bit (RFC 6840)
        res.cache = dns.resolver.LRUCache(2048)
        self._res = res
        self._rng = rng or random.Random()  # noqa: S311 - MX shuffling is not security-sensitive

    async def query(self, name: str, rdtype: str) -> Answer:
        """One RRset. NODATA and NXDOMAIN are answers (empty); failures raise DnsTemporaryError."""
        qname = dns.name.from_text(normalise(name) + ".")
        try:
            ans = await self._res.resolve(qname, rdtype, search=False, raise_on_no_answer=False)
        except dns.resolver.NXDOMAIN as exc:
            secure = _nx_secure(exc)
            return Answer(normalise(name), rdtype, (), secure, nxdomain=True)
        except (dns.resolver.NoNameservers, dns.exception.Timeout) as exc:
            raise DnsTemporaryError(f"{rdtype} lookup failed ({exc.__class__.__name__})") from None
        except dns.resolver.YXDOMAIN:
            raise DnsTemporaryError(f"{rdtype} lookup failed (YXDOMAIN)") from None
        except dns.exception.DNSException as exc:
            raise DnsTemporaryError(f"{rdtype} lookup failed ({exc.__class__.__name__})") from None
        secure = bool(ans.response.flags & dns.flags.AD)
        records = tuple(ans.rrset) if ans.rrset is not None else ()
        return Answer(normalise(name), rdtype, records, secure)

    async def mx(self, domain: str) -> MxSet:
        """The MX hosts of ``domain`` in the order to try (RFC 5321 5.1, RFC 7505)."""
        domain = normalise(domain)
        ans = await self.query(domain, "MX")
        if ans.nxdomain:
            raise DnsPermanentError("domain does not exist")
        if not ans.records:
            addrs = await self.addresses(domain)
            if not addrs.records:
                raise DnsPermanentError("domain has no MX and no address")
            return MxSet(domain, (MxHost(domain, 0),), ans.secure and addrs.secure, implicit=True)
        hosts = [(int(r.preference), normalise(r.exchange.to_text())) for r in ans.records]
        if any(name == "" for _, name in hosts):
            if len(hosts) == 1 and hosts[0][0] == 0:
                raise NullMx("domain accepts no mail (null MX)")
            hosts = [h for h in hosts if h[1] != ""]  # a malformed mix: ignore the null entry
        return MxSet(domain, self.order(hosts), ans.secure)

    def order(self, hosts: list[tuple[int, str]]) -> tuple[MxHost, ...]:
        """Sort by preference; shuffle within equal preferences; drop duplicates."""
        keyed = [(pref, self._rng.random(), name) for pref, name in hosts]
        keyed.sort()
        seen: set[str] = set()
        out: list[MxHost] = []
        for pref, _, name in keyed:
            if name not in seen:
                seen.add(name)
                out.append(MxHost(name, pref))
        return tuple(out)

    async def addresses(self, host: str, prefer_ipv6: bool = False) -> Answer:
        """A and AAAA together; ``secure`` only if both validated. Records are IP strings."""
        results = await asyncio.gather(
            self.query(host, "A"), self.query(host, "AAAA"), return_exceptions=True
        )
        answers = [r for r in results if isinstance(r, Answer)]
        for r in results:
            if isinstance(r, BaseException) and not isinstance(r, DnsError):
                raise r
        if not answers:
            raise DnsTemporaryError("address lookup failed")
        v4 = [r.address for a in answers if a.rdtype == "A" for r in a.records]
        v6 = [r.address for a in answers if a.rdtype == "AAAA" for r in a.records]
        ips = (v6 + v4) if prefer_ipv6 else (v4 + v6)
        if not ips and len(answers) < 2:
            raise DnsTemporaryError("address lookup failed")
        secure = len(answers) == 2 and all(a.secure for a in answers)
        return Answer(normalise(host), "A/AAAA", tuple(ips), secure,
                      nxdomain=all(a.nxdomain for a in answers))

    async def txt(self, name: str) -> Answer:
        """TXT records; each record's strings are joined (RFC 7208 3.3 style)."""
        ans = await self.query(name, "TXT")
        joined = tuple(b"".join(r.strings).decode("utf-8", "replace") for r in ans.records)
        return Answer(ans.name, "TXT", joined, ans.secure, ans.nxdomain)

    async def tlsa(self, host: str, port: int = 25) -> Answer:
        return await self.query(f"_{port}._tcp.{normalise(host)}", "TLSA")


def _nx_secure(exc: dns.resolver.NXDOMAIN) -> bool:
    try:
        responses: dict[Any, dns.message.Message] = exc.responses()  # type: ignore[no-untyped-call]
    except (AttributeError, KeyError):
        return False
    return any(bool(r.flags & dns.flags.AD) for r in responses.values())
