"""MX resolution over a real UDP DNS stub: ordering, null MX, implicit MX, failures, AD bit."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from dnslib import RCODE

from gateway.config import DnsConfig
from gateway.delivery.dns import DnsPermanentError, DnsTemporaryError, NullMx, Resolver
from tests.unit.delivery.dnsstub import Entry, StubDns

TABLE = {
    ("multi.test", "MX"): Entry([
        "multi.test. 30 IN MX 20 c.multi.test.",
        "multi.test. 30 IN MX 10 a.multi.test.",
        "multi.test. 30 IN MX 10 b.multi.test.",
        "multi.test. 30 IN MX 10 B.multi.test.",
    ], ad=True),
    ("null.test", "MX"): Entry(["null.test. 30 IN MX 0 ."]),
    ("implicit.test", "A"): Entry(["implicit.test. 30 IN A 127.0.0.9"]),
    ("implicit.test", "AAAA"): Entry(["implicit.test. 30 IN AAAA ::1"]),
    ("empty.test", "TXT"): Entry(['empty.test. 30 IN TXT "x"']),
    ("broken.test", "MX"): Entry(rcode=RCODE.SERVFAIL),
    ("host.test", "A"): Entry(["host.test. 30 IN A 127.0.0.7", "host.test. 30 IN A 127.0.0.8"],
                             ad=True),
    ("host.test", "AAAA"): Entry(["host.test. 30 IN AAAA ::1"], ad=True),
    ("_25._tcp.host.test", "TLSA"): Entry(
        ["_25._tcp.host.test. 30 IN TLSA 3 1 1 " + "ab" * 32], ad=True),
    ("txt.test", "TXT"): Entry(['txt.test. 30 IN TXT "v=STSv1; " "id=abc"']),
}


@pytest.fixture(scope="module")
def stub() -> Iterator[StubDns]:
    with StubDns(TABLE) as s:
        yield s


def _resolver(stub: StubDns, seed: int = 1) -> Resolver:
    return Resolver(DnsConfig(nameservers=[stub.nameserver], timeout=2), rng=random.Random(seed))


async def test_preference_order_and_dedupe(stub: StubDns) -> None:
    mx = await _resolver(stub).mx("multi.test")
    names = [h.name for h in mx.hosts]
    assert names[-1] == "c.multi.test"
    assert sorted(names[:2]) == ["a.multi.test", "b.multi.test"]  # B == b: deduplicated
    assert mx.secure and not mx.implicit


async def test_equal_preferences_are_shuffled(stub: StubDns) -> None:
    firsts = set()
    for seed in range(20):
        mx = await _resolver(stub, seed).mx("multi.test")
        firsts.add(mx.hosts[0].name)
    assert firsts == {"a.multi.test", "b.multi.test"}


async def test_null_mx(stub: StubDns) -> None:
    with pytest.raises(NullMx):
        await _resolver(stub).mx("null.test")


async def test_nxdomain_is_permanent(stub: StubDns) -> None:
    with pytest.raises(DnsPermanentError):
        await _resolver(stub).mx("nowhere.test")


async def test_no_mx_no_address_is_permanent(stub: StubDns) -> None:
    with pytest.raises(DnsPermanentError):
        await _resolver(stub).mx("empty.test")


async def test_implicit_mx(stub: StubDns) -> None:
    mx = await _resolver(stub).mx("implicit.test")
    assert mx.implicit and [h.name for h in mx.hosts] == ["implicit.test"]


async def test_servfail_is_temporary(stub: StubDns) -> None:
    with pytest.raises(DnsTemporaryError):
        await _resolver(stub).mx("broken.test")


async def test_addresses_both_families_and_ad(stub: StubDns) -> None:
    res = _resolver(stub)
    ans = await res.addresses("host.test")
    assert ans.records == ("127.0.0.7", "127.0.0.8", "::1") and ans.secure
    ans6 = await res.addresses("host.test", prefer_ipv6=True)
    assert ans6.records[0] == "::1"


async def test_tlsa_and_txt(stub: StubDns) -> None:
    res = _resolver(stub)
    tlsa = await res.tlsa("host.test")
    assert tlsa.secure and tlsa.records[0].usage == 3
    txt = await res.txt("txt.test")
    assert txt.records == ("v=STSv1; id=abc",)  # character-strings joined


async def test_timeout_is_temporary() -> None:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as silent:  # bound, never answers
        silent.bind(("127.0.0.1", 0))
        port = silent.getsockname()[1]
        res = Resolver(DnsConfig(nameservers=[f"127.0.0.1:{port}"], timeout=0.2))
        with pytest.raises(DnsTemporaryError):
            await res.mx("any.test")
