"""The edge's chunked DATA reader answers exactly as aiosmtpd's line-by-line one.

Differential test: the same byte stream (random lines, dots, long lines, sizes around the
limit, bare CR/LF, empty messages, commands pipelined after the final dot), cut into random
TCP writes, goes to a stock aiosmtpd server and to ``GatewaySMTP``; every reply and every
stored message must be identical.
"""

from __future__ import annotations

import asyncio
import ipaddress
import random
from typing import Any

import pytest
from aiosmtpd.smtp import SMTP

from gateway.smtp.server import GatewaySMTP

pytestmark = pytest.mark.integration

LINE_LIMIT = 100  # line_length_limit, CRLF included
SIZE_LIMIT = 2000  # data_size_limit


class Recorder:
    def __init__(self) -> None:
        self.stored: list[bytes] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.stored.append(envelope.original_content)
        return f"250 2.0.0 stored {len(envelope.original_content)}"


class StockSMTP(SMTP):
    line_length_limit = LINE_LIMIT


class FastSMTP(GatewaySMTP):
    line_length_limit = LINE_LIMIT


async def start(kind: str, handler: Recorder) -> tuple[asyncio.base_events.Server, int]:
    loop = asyncio.get_running_loop()
    common: dict[str, Any] = {"data_size_limit": SIZE_LIMIT, "decode_data": False,
                              "enable_SMTPUTF8": True, "hostname": "t.test"}
    if kind == "stock":
        def factory() -> SMTP:
            return StockSMTP(handler, **common)
    else:
        def factory() -> SMTP:
            return FastSMTP(handler, networks=(ipaddress.ip_network("127.0.0.0/8"),),
                            session_timeout=60, sessions=set(), max_sessions=100, **common)
    server = await loop.create_server(factory, "127.0.0.1", 0)
    return server, server.sockets[0].getsockname()[1]


def random_message(rng: random.Random) -> bytes:
    lines = []
    for _ in range(rng.choice([0, 1, 3, 10, 40, 80])):
        kind = rng.random()
        if kind < 0.15:
            lines.append(b"." * rng.randint(1, 3) + b"dotted")
        elif kind < 0.25:
            lines.append(b"x" * rng.choice([LINE_LIMIT - 4, LINE_LIMIT - 3, LINE_LIMIT - 2,
                                            LINE_LIMIT - 1, LINE_LIMIT, LINE_LIMIT + 50]))
        elif kind < 0.3:
            lines.append(b"")
        elif kind < 0.33:
            lines.append(b"bare\nlf" if rng.random() < 0.5 else b"bare\rcr")
        elif kind < 0.36:
            lines.append(b".")  # would end the message: stuffed below like a client would
        else:
            lines.append(bytes(rng.choice(b"abc xyz.\t") for _ in range(rng.randint(1, 70))))
    body = b"".join(b"." + ln + b"\r\n" if ln.startswith(b".") else ln + b"\r\n"
                    for ln in lines)
    return body + b".\r\n"


def session_bytes(messages: list[bytes]) -> bytes:
    out = b"EHLO c.test\r\n"
    for n, m in enumerate(messages):
        out += b"MAIL FROM:<a@b.test>\r\nRCPT TO:<r%d@c.test>\r\nDATA\r\n" % n + m
    return out + b"NOOP\r\nQUIT\r\n"


async def exchange(port: int, stream: bytes, cuts: list[int]) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    pos = 0
    for cut in [*cuts, len(stream)]:
        writer.write(stream[pos:cut])
        await writer.drain()
        await asyncio.sleep(0.001)
        pos = cut
    replies = await asyncio.wait_for(reader.read(), 20)
    writer.close()
    return replies


async def test_fast_data_reader_matches_aiosmtpd() -> None:
    rng = random.Random(20261201)
    stock_handler, fast_handler = Recorder(), Recorder()
    seen = b""
    stock, stock_port = await start("stock", stock_handler)
    fast, fast_port = await start("fast", fast_handler)
    try:
        for case in range(120):
            messages = [random_message(rng) for _ in range(rng.randint(1, 3))]
            if case % 10 == 0:
                messages.append(b".\r\n")  # an empty message
            if case % 7 == 0:
                messages.append(b"y" * 60 + b"\r\n" * 1 + (b"z" * 90 + b"\r\n") * 30 + b".\r\n")
            stream = session_bytes(messages)
            cuts = sorted(rng.sample(range(1, len(stream)), min(len(stream) - 1,
                                                                 rng.choice([0, 1, 5, 30]))))
            got_stock = await exchange(stock_port, stream, cuts)
            got_fast = await exchange(fast_port, stream, cuts)
            # The fast server's EHLO reply is the same class's; compare everything after it.
            assert got_fast == got_stock, (case, stream[:200])
            assert fast_handler.stored == stock_handler.stored, case
            seen += got_stock
    finally:
        stock.close()
        fast.close()
    assert len(stock_handler.stored) > 100
    assert any(b"\r\n.dotted" in m for m in stock_handler.stored)
    # The cases reached every outcome: stored, empty, too long a line, too much data.
    assert b"250 2.0.0 stored 0" in seen
    assert b"500 Line too long" in seen and b"552 Error: Too much mail data" in seen
