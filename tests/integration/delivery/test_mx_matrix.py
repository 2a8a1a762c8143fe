"""MX delivery against real servers: every sink case x every TLS policy, over a real DNSSEC bed.

Sinks (aiosmtpd, distinct loopback addresses): good certificate, no STARTTLS, unknown CA, wrong
name, expired, STARTTLS advertised but failing. Policies: none, MTA-STS enforce, MTA-STS testing,
DANE-EE, DANE-TA, bogus DNSSEC (TLSA data altered after signing), and two floors without any
published policy (required, verify). Each case asserts the outcome, what the sink recorded, and
that no message travelled in clear where a policy required TLS.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from gateway.config import DomainOverride, TlsMode
from gateway.delivery.base import DeliveryStatus, OutboundMessage
from gateway.delivery.capability import TlsCapability
from gateway.delivery.mtasts import StsState
from gateway.delivery.mx import MxTransport
from gateway.delivery.tlsrpt import TlsReportStore
from tests.helpers.sink import Received
from tests.integration.delivery import env as envmod

pytestmark = pytest.mark.integration

DELIVERED_VERIFIED = "verified"  # delivered, TLS, peer authenticated
DELIVERED_TLS = "tls"  # delivered, encrypted, not authenticated
DELIVERED_PLAIN = "plain"
IMPOSSIBLE = "impossible"
DEFERRED = "deferred"

V, T, P, X, D = DELIVERED_VERIFIED, DELIVERED_TLS, DELIVERED_PLAIN, IMPOSSIBLE, DEFERRED

# policy -> (zone, message requirement, requires TLS?, {sink: expected})
MATRIX: dict[str, tuple[str, TlsMode, bool, dict[str, str]]] = {
    "none": ("none", TlsMode.OPPORTUNISTIC, False, dict(
        good=T, nostarttls=P, unknownca=T, wrongname=T, expired=T, broken=P)),
    "floor-required": ("none", TlsMode.REQUIRED, True, dict(
        good=T, nostarttls=X, unknownca=T, wrongname=T, expired=T, broken=X)),
    "floor-verify": ("none", TlsMode.VERIFY, True, dict(
        good=V, nostarttls=X, unknownca=X, wrongname=X, expired=X, broken=X)),
    "sts-enforce": ("stse", TlsMode.OPPORTUNISTIC, True, dict(
        good=V, nostarttls=X, unknownca=X, wrongname=X, expired=X, broken=X)),
    "sts-testing": ("ststest", TlsMode.OPPORTUNISTIC, False, dict(
        good=V, nostarttls=P, unknownca=T, wrongname=T, expired=T, broken=P)),
    "dane-ee": ("daneee", TlsMode.OPPORTUNISTIC, True, dict(
        good=V, nostarttls=X, unknownca=V, wrongname=V, expired=V, broken=X)),
    "dane-ta": ("daneta", TlsMode.OPPORTUNISTIC, True, dict(
        good=V, nostarttls=X, unknownca=X, wrongname=X, expired=X, broken=X)),
    "dnssec-bogus": ("bogus", TlsMode.OPPORTUNISTIC, True, dict(
        good=D, nostarttls=D, unknownca=D, wrongname=D, expired=D, broken=D)),
}
CASES = [(p, s) for p in MATRIX for s in envmod.SINKS]
MECHANISM = {"floor-verify": "pkix", "sts-enforce": "mta-sts", "sts-testing": "mta-sts",
             "dane-ee": "dane", "dane-ta": "dane"}


@pytest.fixture
async def transport(bed: envmod.Env) -> Iterator[MxTransport]:
    t = MxTransport(bed.delivery(), helo="gw.test", state_dir=bed.tmp / "state")
    yield t
    await t.close()


def _msg(rcpt: str, tls: TlsMode, n: int = 0) -> OutboundMessage:
    data = f"From: a@sender.test\r\nTo: {rcpt}\r\nSubject: m{n}\r\n\r\nbody {n}\r\n".encode()
    return OutboundMessage(queue_id=f"q{n}", mail_from="a@sender.test", rcpts=(rcpt,), data=data,
                           tls=tls)


def _received(bed: envmod.Env, rcpt: str) -> list[Received]:
    return [m for s in bed.sinks.values() for m in s.messages if rcpt in m.rcpts]


@pytest.mark.parametrize(("policy", "sink"), CASES, ids=[f"{p}-{s}" for p, s in CASES])
async def test_matrix(bed: envmod.Env, transport: MxTransport, policy: str, sink: str) -> None:
    zone, tls, _required, expected_by_sink = MATRIX[policy]
    expected = expected_by_sink[sink]
    rcpt = f"{policy}@d-{sink}.{zone}.test"
    result = await transport.deliver(_msg(rcpt, tls))
    got = _received(bed, rcpt)
    if expected in (V, T, P):
        assert result.status is DeliveryStatus.DELIVERED, (result.status, result.detail)
        assert len(got) == 1
        assert got[0].encrypted is (expected != P)
        assert result.tls.encrypted is (expected != P)
        assert result.tls.verified is (expected == V)
        if expected == V:
            assert result.tls.mechanism == MECHANISM[policy]
            assert got[0].tls_version in ("TLSv1.2", "TLSv1.3")
    else:
        assert got == []
        want = DeliveryStatus.TLS_IMPOSSIBLE if expected == X else DeliveryStatus.TEMPFAIL
        assert result.status is want, (result.status, result.detail)
        assert result.code == 451


def test_zero_plaintext_where_required(bed: envmod.Env) -> None:
    """Across the whole matrix: every message for a TLS-requiring policy was encrypted."""
    required = {p for p, (_z, _t, req, _e) in MATRIX.items() if req}
    counted = plaintext = 0
    for s in bed.sinks.values():
        for m in s.messages:
            for r in m.rcpts:
                if r.partition("@")[0] in required:
                    counted += 1
                    plaintext += 0 if m.encrypted else 1
    assert counted > 0
    assert plaintext == 0
    (bed.tmp / "plaintext-where-required.json").write_text(
        json.dumps({"counted": counted, "plaintext": plaintext}))


def test_tlsrpt_recorded_the_matrix(bed: envmod.Env, transport: MxTransport) -> None:
    store = TlsReportStore(bed.tmp / "state" / "tlsrpt.sqlite")
    day = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d")
    rep = store.report(day, "d-expired.ststest.test", organization="t", contact="c")
    [pol] = rep["policies"]
    assert pol["policy"]["policy-type"] == "sts"
    assert pol["policy"]["mx-host"] == ["*.ststest.test"]
    kinds = {d["result-type"] for d in pol["failure-details"]}
    assert kinds == {"certificate-expired"}
    kinds_all = set()
    for s in envmod.SINKS:
        for d in ("ststest", "stse", "daneta"):
            r = store.report(day, f"d-{s}.{d}.test", organization="t", contact="c")
            for p in r["policies"]:
                kinds_all |= {x["result-type"] for x in p.get("failure-details", [])}
    assert {"starttls-not-supported", "certificate-host-mismatch", "certificate-expired",
            "certificate-not-trusted", "validation-failure"} <= kinds_all
    good = store.report(day, "d-good.daneee.test", organization="t", contact="c")
    assert good["policies"][0]["policy"]["policy-type"] == "tlsa"
    assert good["policies"][0]["summary"]["total-successful-session-count"] >= 1
    store.close()


# --- MX selection, null MX, CNAME, breaker --------------------------------------------------


async def test_second_mx_used_when_first_is_dead(bed: envmod.Env, transport: MxTransport) -> None:
    result = await transport.deliver(_msg("x@d-fallback.multi.test", TlsMode.VERIFY))
    assert result.status is DeliveryStatus.DELIVERED
    assert result.host == "mx-good.multi.test"
    assert result.tls.verified


async def test_cname_followed(bed: envmod.Env, transport: MxTransport) -> None:
    result = await transport.deliver(_msg("x@d-cname.multi.test", TlsMode.OPPORTUNISTIC))
    assert result.status is DeliveryStatus.DELIVERED
    assert result.host == "mx-good.multi.test"


async def test_implicit_mx(bed: envmod.Env, transport: MxTransport) -> None:
    result = await transport.deliver(_msg("x@d-implicit.multi.test", TlsMode.REQUIRED))
    assert result.status is DeliveryStatus.DELIVERED
    assert len(_received(bed, "x@d-implicit.multi.test")) == 1


async def test_null_mx_is_permanent(transport: MxTransport) -> None:
    result = await transport.deliver(_msg("x@d-nullmx.multi.test", TlsMode.OPPORTUNISTIC))
    assert result.status is DeliveryStatus.PERMFAIL
    assert result.code == 556 and "5.1.10" in result.detail


async def test_nxdomain_is_permanent(transport: MxTransport) -> None:
    result = await transport.deliver(_msg("x@nothere.multi.test", TlsMode.OPPORTUNISTIC))
    assert result.status is DeliveryStatus.PERMFAIL
    assert "5.1.2" in result.detail


async def test_dead_mx_tempfails_then_breaker_opens(bed: envmod.Env) -> None:
    t = MxTransport(bed.delivery(breaker={"failures": 2, "open_seconds": 60}), helo="gw.test",
                    state_dir=None)
    try:
        for _ in range(2):
            r = await t.deliver(_msg("x@d-deadonly.multi.test", TlsMode.OPPORTUNISTIC))
            assert r.status is DeliveryStatus.TEMPFAIL
        assert t.breaker.is_open("mx-dead.multi.test")
        r = await t.deliver(_msg("x@d-deadonly.multi.test", TlsMode.OPPORTUNISTIC))
        assert r.status is DeliveryStatus.TEMPFAIL
        # the breaker skips the dead host and goes straight to the next MX
        r = await t.deliver(_msg("y@d-fallback.multi.test", TlsMode.OPPORTUNISTIC))
        assert r.status is DeliveryStatus.DELIVERED
    finally:
        await t.close()


async def test_dane_domain_skips_host_without_tlsa_for_dane_only(
        bed: envmod.Env, transport: MxTransport) -> None:
    """d-mixed: MX 10 has no TLSA (and no STARTTLS), MX 20 has DANE-EE: dane-only uses MX 20."""
    result = await transport.deliver(_msg("x@d-mixed.multi.test", TlsMode.DANE_ONLY))
    assert result.status is DeliveryStatus.DELIVERED
    assert result.host == "mx-good.multi.test"
    assert result.tls.mechanism == "dane"


async def test_dane_only_without_dane_is_impossible(bed: envmod.Env,
                                                    transport: MxTransport) -> None:
    result = await transport.deliver(_msg("x@d-good.none.test", TlsMode.DANE_ONLY))
    assert result.status is DeliveryStatus.TLS_IMPOSSIBLE
    assert _received(bed, "x@d-good.none.test") == []


async def test_unusable_tlsa_means_mandatory_tls(bed: envmod.Env, transport: MxTransport) -> None:
    r1 = await transport.deliver(_msg("x@d-unusable.multi.test", TlsMode.OPPORTUNISTIC))
    assert r1.status is DeliveryStatus.TLS_IMPOSSIBLE  # host has no STARTTLS: never clear
    r2 = await transport.deliver(_msg("x@d-unusable2.multi.test", TlsMode.OPPORTUNISTIC))
    assert r2.status is DeliveryStatus.DELIVERED and r2.tls.encrypted and not r2.tls.verified


async def test_per_domain_override(bed: envmod.Env) -> None:
    cfg = bed.delivery().model_copy(
        update={"domains": {"d-wrongname.none.test": DomainOverride(tls=TlsMode.VERIFY)}})
    t = MxTransport(cfg, helo="gw.test", state_dir=None)
    try:
        r = await t.deliver(_msg("ovr@d-wrongname.none.test", TlsMode.OPPORTUNISTIC))
        assert r.status is DeliveryStatus.TLS_IMPOSSIBLE
        assert _received(bed, "ovr@d-wrongname.none.test") == []
    finally:
        await t.close()


async def test_connection_reused(bed: envmod.Env, transport: MxTransport) -> None:
    for i in range(3):
        r = await transport.deliver(_msg(f"reuse{i}@d-good.daneee.test", TlsMode.OPPORTUNISTIC, i))
        assert r.status is DeliveryStatus.DELIVERED
    assert len(transport._idle) == 1
    [conns] = transport._idle.values()
    assert len(conns) == 1 and conns[0].transactions == 3


# --- MTA-STS against the real HTTPS server ---------------------------------------------------


@pytest.mark.parametrize(("domain", "kind"), [
    ("d-404", "sts-policy-fetch-error"),
    ("d-redirect", "sts-policy-fetch-error"),
    ("d-html", "sts-policy-fetch-error"),
    ("d-big", "sts-policy-fetch-error"),
    ("d-badage", "sts-policy-invalid"),
    ("d-nomx", "sts-policy-invalid"),
    ("d-badmode", "sts-policy-invalid"),
    ("d-badversion", "sts-policy-invalid"),
    ("d-twotxt", "sts-policy-invalid"),
])
async def test_broken_policy_is_no_policy(transport: MxTransport, domain: str, kind: str) -> None:
    res = await transport.mtasts.policy(f"{domain}.stsbad.test")
    assert res.policy is None
    assert res.state is StsState.ERROR
    assert res.error_kind == kind


async def test_policy_mx_mismatch_blocks_delivery(bed: envmod.Env,
                                                  transport: MxTransport) -> None:
    res = await transport.mtasts.policy("d-mismatch.stsbad.test")
    assert res.enforce
    r = await transport.deliver(_msg("x@d-mismatch.stsbad.test", TlsMode.OPPORTUNISTIC))
    assert r.status is DeliveryStatus.TLS_IMPOSSIBLE
    assert _received(bed, "x@d-mismatch.stsbad.test") == []


async def test_policy_cached_and_kept_when_refresh_fails(bed: envmod.Env, tmp_path: Path) -> None:
    t = MxTransport(bed.delivery(), helo="gw.test", state_dir=tmp_path)
    try:
        first = await t.mtasts.policy("d-good.stse.test")
        assert first.state is StsState.FETCHED and first.enforce
        second = await t.mtasts.policy("d-good.stse.test")
        assert second.state is StsState.CACHED
        # the policy host disappears: the unexpired cached policy is still enforced
        t.mtasts.https_port = 1
        cached = await t.mtasts.cache.get("d-good.stse.test")
        assert cached is not None
        await t.mtasts.cache.put(replace(cached, policy_id="old"))  # TXT id changed: refetch
        third = await t.mtasts.policy("d-good.stse.test")
        assert third.state is StsState.STALE_KEPT and third.enforce
        assert third.error_kind == "sts-policy-fetch-error"
    finally:
        await t.close()
    # persisted in SQLite under state_dir
    t2 = MxTransport(bed.delivery(), helo="gw.test", state_dir=tmp_path)
    try:
        assert await t2.mtasts.cache.domains() == ["d-good.stse.test"]
    finally:
        await t2.close()


# --- capability -------------------------------------------------------------------------------


@pytest.mark.parametrize(("domain", "cap"), [
    ("d-good.daneee.test", TlsCapability.DANE),
    ("d-good.stse.test", TlsCapability.MTA_STS),
    ("d-good.ststest.test", TlsCapability.STARTTLS),
    ("d-good.none.test", TlsCapability.STARTTLS),
    ("d-nostarttls.none.test", TlsCapability.NONE),
    ("d-nullmx.multi.test", TlsCapability.NONE),
    ("d-good.bogus.test", TlsCapability.UNKNOWN),
    ("d-deadonly.multi.test", TlsCapability.UNKNOWN),
])
async def test_capability(transport: MxTransport, domain: str, cap: TlsCapability) -> None:
    assert await transport.capability(domain) is cap


async def test_proactive_refresh_renews_policies_near_expiry(bed: envmod.Env,
                                                             tmp_path: Path) -> None:
    t = MxTransport(bed.delivery(), helo="gw.test", state_dir=tmp_path)
    try:
        assert (await t.mtasts.policy("d-good.stse.test")).state is StsState.FETCHED
        assert (await t.mtasts.policy("d-good.ststest.test")).state is StsState.FETCHED
        near = await t.mtasts.cache.get("d-good.stse.test")
        far = await t.mtasts.cache.get("d-good.ststest.test")
        assert near is not None and far is not None
        # same TXT id; one policy about to expire, the other far from it
        await t.mtasts.cache.put(replace(near, fetched_at=0.0, expires_at=near.fetched_at + 60))
        await t.mtasts.cache.put(replace(far, expires_at=far.fetched_at + 10 * 86400))
        hits = len(bed.sts.hits)
        assert await t.mtasts.refresh_all() == 2
        assert len(bed.sts.hits) == hits + 1  # only the one near expiry was fetched
        renewed = await t.mtasts.cache.get("d-good.stse.test")
        assert renewed is not None and renewed.expires_at > near.fetched_at + 86000
    finally:
        await t.close()


async def test_ipv6_mx_with_dane(bed: envmod.Env, transport: MxTransport) -> None:
    result = await transport.deliver(_msg("x@d-v6.multi.test", TlsMode.DANE_ONLY))
    assert result.status is DeliveryStatus.DELIVERED, result.detail
    assert result.tls.mechanism == "dane"
    got = [m for m in bed.sinks["good6"].messages if "x@d-v6.multi.test" in m.rcpts]
    assert len(got) == 1 and got[0].encrypted


async def test_bogus_mx_rrset_defers(bed: envmod.Env, transport: MxTransport) -> None:
    result = await transport.deliver(_msg("x@d-good.bogusmx.test", TlsMode.OPPORTUNISTIC))
    assert result.status is DeliveryStatus.TEMPFAIL and "4.4.3" in result.detail
    assert _received(bed, "x@d-good.bogusmx.test") == []
    assert await transport.capability("d-good.bogusmx.test") is TlsCapability.UNKNOWN
