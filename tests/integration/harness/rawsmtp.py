"""A byte-level SMTP client for tests that must send what a well-behaved library never would
(pipelined bursts, bare LF, over-long lines, smuggling attempts)."""

from __future__ import annotations

import asyncio
import ssl


class RawSMTP:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer

    @classmethod
    async def connect(cls, port: int, host: str = "127.0.0.1",
                      source: str | None = None) -> RawSMTP:
        reader, writer = await asyncio.open_connection(
            host, port, local_addr=(source, 0) if source else None, limit=1 << 20
        )
        return cls(reader, writer)

    async def reply(self, timeout: float = 10.0) -> tuple[int, str]:
        """One (possibly multi-line) reply: (code, full text). Code 0 means the peer closed."""
        lines: list[str] = []
        while True:
            raw = await asyncio.wait_for(self.reader.readline(), timeout)
            if not raw:
                return 0, "\n".join(lines)
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            lines.append(line)
            if len(line) < 4 or line[3] != "-":
                return int(line[:3]), "\n".join(lines)

    async def send(self, data: bytes) -> None:
        self.writer.write(data)
        await self.writer.drain()

    async def cmd(self, line: str | bytes, timeout: float = 10.0) -> tuple[int, str]:
        await self.send((line.encode() if isinstance(line, str) else line) + b"\r\n")
        return await self.reply(timeout)

    async def starttls(self, context: ssl.SSLContext, server_hostname: str) -> None:
        await self.writer.start_tls(context, server_hostname=server_hostname)

    async def closed(self, timeout: float = 10.0) -> bool:
        """True once the peer has closed the connection (reads until EOF)."""
        try:
            while await asyncio.wait_for(self.reader.read(4096), timeout):
                pass
        except (TimeoutError, ConnectionError):
            return False
        return True

    async def close(self) -> None:
        self.writer.close()
        try:
            await self.writer.wait_closed()
        except (ConnectionError, ssl.SSLError):
            pass
