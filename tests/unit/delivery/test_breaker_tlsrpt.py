"""Circuit breaker, TLSRPT store/report, MTA-STS SQLite cache, failure classification."""

from __future__ import annotations

import datetime
import ssl
from pathlib import Path

from gateway.delivery.cache import CachedPolicy, SqliteCache
from gateway.delivery.dane import DaneError
from gateway.delivery.mx import Breaker, failure_kind
from gateway.delivery.smtpclient import NoSecureChannel
from gateway.delivery.tlsrpt import (
    AppliedPolicy,
    PolicyType,
    ResultType,
    TlsReportStore,
    parse_tlsrpt_txt,
)


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_breaker_opens_after_n_failures_and_half_opens() -> None:
    clock = Clock()
    b = Breaker(3, 60, clock)
    for _ in range(2):
        assert b.allow("mx")
        b.failure("mx")
    assert b.allow("mx") and not b.is_open("mx")
    b.failure("mx")
    assert b.is_open("mx") and not b.allow("mx")
    assert b.allow("other")  # per host
    clock.t += 61
    assert b.allow("mx")  # one trial
    assert not b.allow("mx")  # ... only one
    b.failure("mx")  # trial failed: open again at once
    assert b.is_open("mx")
    clock.t += 61
    assert b.allow("mx")
    b.success("mx")
    assert not b.is_open("mx") and b.allow("mx") and b.allow("mx")


def test_breaker_success_resets_count() -> None:
    b = Breaker(2, 60, Clock())
    b.failure("mx")
    b.success("mx")
    b.failure("mx")
    assert not b.is_open("mx")


def test_failure_kinds() -> None:
    assert failure_kind(NoSecureChannel("STARTTLS not offered")) is \
        ResultType.STARTTLS_NOT_SUPPORTED
    for code, kind in [(10, ResultType.CERTIFICATE_EXPIRED),
                       (62, ResultType.CERTIFICATE_HOST_MISMATCH),
                       (20, ResultType.CERTIFICATE_NOT_TRUSTED),
                       (99, ResultType.VALIDATION_FAILURE)]:
        err = ssl.SSLCertVerificationError("x")
        err.verify_code = code
        try:
            try:
                raise err
            except ssl.SSLError:
                raise NoSecureChannel("STARTTLS failed") from None
        except NoSecureChannel as exc:
            assert failure_kind(exc) is kind
    assert failure_kind(DaneError("x", "certificate-expired")) is ResultType.CERTIFICATE_EXPIRED
    assert failure_kind(DaneError("x", "odd")) is ResultType.VALIDATION_FAILURE


def test_tlsrpt_report(tmp_path: Path) -> None:
    store = TlsReportStore(tmp_path / "r.sqlite")
    day = datetime.datetime(2026, 11, 30, 12, tzinfo=datetime.UTC)
    sts = AppliedPolicy(PolicyType.STS, ("version: STSv1", "mode: enforce"), ("*.ex.test",))
    for _ in range(3):
        store.record_sync("ex.test", sts, "mx1.ex.test", "192.0.2.1", result=None, when=day)
    store.record_sync("ex.test", sts, "mx2.ex.test", "192.0.2.2",
                      result=ResultType.CERTIFICATE_EXPIRED, when=day)
    store.record_sync("ex.test", sts, "mx2.ex.test", "192.0.2.2",
                      result=ResultType.CERTIFICATE_EXPIRED, when=day)
    store.record_sync("other.test", AppliedPolicy(PolicyType.NO_POLICY), "mx", "192.0.2.3",
                      result=None, when=day)
    store.record_sync("ex.test", sts, "mx1.ex.test", "192.0.2.1", result=None,
                      when=day + datetime.timedelta(days=1))
    assert store.domains("2026-11-30") == ["ex.test", "other.test"]
    rep = store.report("2026-11-30", "ex.test", organization="Org", contact="pm@org.test",
                       sending_ip="198.51.100.1")
    assert rep["organization-name"] == "Org"
    assert rep["date-range"] == {"start-datetime": "2026-11-30T00:00:00Z",
                                 "end-datetime": "2026-11-30T23:59:59Z"}
    [pol] = rep["policies"]
    assert pol["policy"] == {"policy-type": "sts", "policy-domain": "ex.test",
                             "policy-string": ["version: STSv1", "mode: enforce"],
                             "mx-host": ["*.ex.test"]}
    assert pol["summary"] == {"total-successful-session-count": 3,
                              "total-failure-session-count": 2}
    assert pol["failure-details"] == [{
        "result-type": "certificate-expired", "receiving-mx-hostname": "mx2.ex.test",
        "receiving-ip": "192.0.2.2", "failed-session-count": 2, "sending-mta-ip": "198.51.100.1"}]
    store.close()


def test_tlsrpt_txt() -> None:
    assert parse_tlsrpt_txt(("v=TLSRPTv1; rua=mailto:tls@ex.test",)) == ("mailto:tls@ex.test",)
    assert parse_tlsrpt_txt(("v=TLSRPTv1;rua=mailto:a@x.test,https://r.x.test/v1",)) == (
        "mailto:a@x.test", "https://r.x.test/v1")
    assert parse_tlsrpt_txt(()) is None
    assert parse_tlsrpt_txt(("v=TLSRPTv1; rua=ftp://x",)) is None
    assert parse_tlsrpt_txt(("v=TLSRPTv1; rua=mailto:a@x", "v=TLSRPTv1; rua=mailto:b@x")) is None


async def test_sqlite_cache_roundtrip(tmp_path: Path) -> None:
    c = SqliteCache(tmp_path / "c.sqlite")
    e = CachedPolicy("ex.test", "id1", "version: STSv1\n", 1.0, 2.0)
    await c.put(e)
    await c.put(CachedPolicy("ex.test", "id2", "version: STSv1\n", 3.0, 4.0))
    await c.close()
    c2 = SqliteCache(tmp_path / "c.sqlite")
    got = await c2.get("ex.test")
    assert got is not None and got.policy_id == "id2" and got.expires_at == 4.0
    assert await c2.domains() == ["ex.test"]
    assert await c2.get("missing.test") is None
    await c2.close()
