"""Handing free workers to waiting scans: in turn, bounded, and never losing a worker when a
waiter gives up (timeout, cancellation) just as one is handed to it. No processes needed: the
hand-off only moves worker objects around."""

from __future__ import annotations

import asyncio
import collections
from typing import Any

import pytest

from gateway.detect.pool import ScanPool, ScanTimeout

from .conftest import CONFIG


def _pool(timeout: float = 5.0) -> ScanPool:
    pool = ScanPool(CONFIG, workers=1, timeout=timeout)
    pool._free = collections.deque()
    return pool


async def test_free_worker_is_taken_at_once_and_waiters_are_served_in_order() -> None:
    pool = _pool()
    w1, w2 = object(), object()
    pool._release(w1)  # type: ignore[arg-type]
    assert await pool._acquire() is w1
    got: list[tuple[int, Any]] = []

    async def wait(i: int) -> None:
        got.append((i, await pool._acquire()))

    tasks = [asyncio.ensure_future(wait(i)) for i in range(3)]
    await asyncio.sleep(0)
    assert pool._waiting == 3
    pool._release(w1)  # type: ignore[arg-type]
    pool._release(w2)  # type: ignore[arg-type]
    await asyncio.sleep(0)
    assert got == [(0, w1), (1, w2)]
    pool._release(w1)  # type: ignore[arg-type]
    await asyncio.gather(*tasks)
    assert got[2] == (2, w1) and pool._waiting == 0 and not pool._free


async def test_waiting_is_bounded_and_a_timed_out_waiter_is_skipped() -> None:
    pool = _pool(timeout=0.05)
    with pytest.raises(ScanTimeout):
        await pool._acquire()
    assert pool._waiting == 0
    w = object()
    pool._release(w)  # type: ignore[arg-type]
    assert list(pool._free) == [w]  # the dead waiter did not swallow it


async def test_a_worker_handed_to_a_cancelled_waiter_is_passed_on() -> None:
    pool = _pool()
    first = asyncio.ensure_future(pool._acquire())
    second = asyncio.ensure_future(pool._acquire())
    await asyncio.sleep(0)
    w = object()
    pool._release(w)  # type: ignore[arg-type]  # handed to ``first``...
    first.cancel()  # ... which is cancelled before it could resume
    with pytest.raises(asyncio.CancelledError):
        await first
    assert await second is w
    assert pool._waiting == 0
