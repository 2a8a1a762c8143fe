"""The process pool: warm start, scans, a timeout kills and replaces the worker, a crash too."""

from __future__ import annotations

import asyncio
import pickle

import pytest

from gateway.detect import Detector
from gateway.detect.pool import (
    ScanError,
    ScanPool,
    ScanResult,
    ScanTimeout,
    _reply_bytes,
    scan_bytes,
)

from .conftest import CONFIG

pytestmark = pytest.mark.slow

PHI_MAIL = (
    b"From: a@mvh.example\r\nTo: b@partner.example\r\nSubject: Re: Ingrid Solberg\r\n\r\n"
    b"Admitted last night with pneumonia; HbA1c 9.2%.\r\n"
)
PLAIN_MAIL = b"From: a@mvh.example\r\nTo: b@mvh.example\r\nSubject: lunch\r\n\r\nPizza at noon?\r\n"
HANG = b"X-Phigate-Test-Hook: hang\r\n" + PLAIN_MAIL
CRASH = b"X-Phigate-Test-Hook: crash\r\n" + PLAIN_MAIL


async def test_pool_scans_times_out_and_recovers() -> None:
    pool = ScanPool(CONFIG, workers=1, timeout=5.0, test_hooks=True)
    await pool.start()
    try:
        res = await pool.scan(PHI_MAIL)
        assert isinstance(res, ScanResult)
        assert res.verdict.phi and res.elapsed_ms > 0
        assert res.headers.subject == "Re: Ingrid Solberg"
        assert not (await pool.scan(PLAIN_MAIL)).verdict.phi

        pool.timeout = 0.5
        with pytest.raises(ScanTimeout):
            await pool.scan(HANG)
        assert isinstance(ScanTimeout("x"), TimeoutError)
        pool.timeout = 60.0  # the replacement worker needs to load the model first
        assert (await pool.scan(PHI_MAIL)).verdict.phi

        with pytest.raises(ScanError) as crash:
            await pool.scan(CRASH)
        assert not isinstance(crash.value, ScanTimeout)
        assert (await pool.scan(PHI_MAIL)).verdict.phi
    finally:
        await pool.close()


async def test_pool_concurrent_scans_and_worker_retirement() -> None:
    pool = ScanPool(CONFIG, workers=2, timeout=60.0, max_tasks_per_child=2)
    await pool.start()
    try:
        results = await asyncio.gather(
            *(pool.scan(PHI_MAIL if i % 2 else PLAIN_MAIL) for i in range(6))
        )
        assert [r.verdict.phi for r in results] == [False, True] * 3
        # Test hooks are off unless asked for: the "hang" header is just a header.
        assert not (await pool.scan(HANG)).verdict.phi
    finally:
        await pool.close()


async def test_scan_before_start_is_an_error() -> None:
    pool = ScanPool(CONFIG)
    with pytest.raises(ScanError):
        await pool.scan(PLAIN_MAIL)


async def test_bad_config_fails_start(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "detector.yaml"
    bad.write_text("version: 1\nnot_a_key: 1\n")
    pool = ScanPool(bad, workers=1, start_timeout=60.0)
    with pytest.raises(ScanError):
        await pool.start()


async def test_waiting_for_a_free_worker_is_bounded() -> None:
    pool = ScanPool(CONFIG, workers=1, timeout=1.0, test_hooks=True)
    await pool.start()
    try:
        hung = asyncio.ensure_future(pool.scan(HANG))
        await asyncio.sleep(0.1)
        with pytest.raises(ScanTimeout):
            await pool.scan(PLAIN_MAIL)  # the only worker is stuck: no free worker within 1 s
        with pytest.raises(ScanTimeout):
            await hung
    finally:
        await pool.close()


def test_reply_pickle_rebuilds_the_same_result(detector_no_ner: Detector) -> None:
    """The worker pickles its reply with the dataclasses reduced to constructor calls: the
    gateway's plain ``pickle.loads`` gets back an equal ScanResult, nested values included."""
    result = scan_bytes(detector_no_ner, PHI_MAIL)
    assert result.verdict.findings and result.segments and result.headers.to
    status, back, retire = pickle.loads(_reply_bytes(("ok", result, False)))
    assert (status, retire) == ("ok", False)
    assert back == result
    assert type(back.verdict.findings[0]) is type(result.verdict.findings[0])
    default = pickle.dumps(("ok", result, False), protocol=pickle.HIGHEST_PROTOCOL)
    assert pickle.loads(default) == pickle.loads(_reply_bytes(("ok", result, False)))


async def test_queued_scans_are_served_in_turn() -> None:
    """A free worker is taken at once only when no scan is already queued for one: the queued
    scans keep their order (a newcomer must not take the worker a queued scan was woken for)."""
    pool = ScanPool(CONFIG, workers=1, timeout=60.0)
    await pool.start()
    try:
        order: list[int] = []

        async def one(i: int) -> None:
            await pool.scan(PLAIN_MAIL)
            order.append(i)

        tasks = [asyncio.ensure_future(one(i)) for i in range(5)]
        await asyncio.sleep(0)
        tasks += [asyncio.ensure_future(one(i)) for i in range(5, 8)]
        await asyncio.gather(*tasks)
        assert order == list(range(8))
        assert pool._waiting == 0
    finally:
        await pool.close()
