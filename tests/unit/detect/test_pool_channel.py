"""The gateway's end of a scan worker's pipe, driven by the event loop, against a real blocking
``multiprocessing`` Connection on the other end of a real socket pair (what the worker uses)."""

from __future__ import annotations

import asyncio
import pickle
import socket
import threading
from multiprocessing.connection import Connection

import pytest

from gateway.detect.pool import ScanError, _Channel, _frame


async def _open() -> tuple[_Channel, Connection]:
    ours, theirs = socket.socketpair()
    ours.setblocking(False)
    _, channel = await asyncio.get_running_loop().create_unix_connection(_Channel, sock=ours)
    return channel, Connection(theirs.detach())


def _echo(conn: Connection, count: int) -> None:
    """A worker stand-in: answers each request with ("ok", len, request) count times."""
    for _ in range(count):
        raw = conn.recv()
        conn.send(("ok", len(raw), raw))


@pytest.mark.parametrize("size", [0, 1, 4096, 16_385, 70_000, 3_000_000])
async def test_round_trip_any_size(size: int) -> None:
    channel, conn = await _open()
    worker = threading.Thread(target=_echo, args=(conn, 2))
    worker.start()
    try:
        raw = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
        for _ in range(2):  # the same channel serves one request after another
            reply = pickle.loads(await asyncio.wait_for(channel.request(raw), 30))
            assert reply == ("ok", size, raw)
    finally:
        worker.join(30)
        channel.close()
        conn.close()


def test_frame_is_what_connection_recv_reads() -> None:
    a, b = socket.socketpair()
    receiver = Connection(b.detach())
    try:
        for obj in (None, b"", b"mail" * 10_000, ("ok", 1, False)):
            a.sendall(_frame(obj))
            assert receiver.recv() == obj
    finally:
        a.close()
        receiver.close()


async def test_worker_gone_is_a_scan_error() -> None:
    channel, conn = await _open()
    waiting = channel.request(b"message")
    assert conn.recv() == b"message"
    conn.close()  # the worker dies mid-scan
    with pytest.raises(ScanError):
        await asyncio.wait_for(waiting, 10)
    with pytest.raises(ScanError):
        channel.request(b"next")  # and stays unusable
    channel.close()


async def test_unasked_reply_is_a_scan_error() -> None:
    channel, conn = await _open()
    try:
        waiting = channel.request(b"message")
        conn.recv()
        conn.send(("ok", 1, False))
        assert pickle.loads(await asyncio.wait_for(waiting, 10)) == ("ok", 1, False)
        conn.send(("ok", 2, False))  # out of step: a reply nobody asked for
        for _ in range(100):
            if channel.closed:
                break
            await asyncio.sleep(0.01)
        with pytest.raises(ScanError):
            channel.request(b"next")  # that worker is not trusted again
    finally:
        channel.close()
        conn.close()
