"""Forward audit records to a SIEM: RFC 5424 syslog over TLS (RFC 5425), in order, none lost.

The audit database is the outbox: ``meta.forwarded_seq`` is the last record the SIEM's TCP stack
has acknowledged. The forwarder sends the records after it, octet-counted (``LEN SP MSG``),
waits until the kernel reports every byte acknowledged by the peer (``TIOCOUTQ`` == 0), and only
then advances the cursor. If the SIEM is down or the connection breaks, it reconnects with
backoff and resends from the cursor, so an outage loses nothing and the SIEM catches up in order.
A record may arrive twice after a break (at-least-once); ``seq`` in the structured data lets the
SIEM drop duplicates, and ``hash``/``prev_hash`` let it verify the chain on its side.

Message shape::

    <109>1 2026-12-01T10:00:00.123456Z gw1.example.org phigate 1234 release
      [audit@32473 seq="42" actor="alice" hash="..." prev="..." mac="..."]
      [fields@32473 id="9f..." rule="phi-external" status="queued"] BOM{canonical JSON record}

Facility 13 (log audit), severity 5 (notice). 32473 is the documentation enterprise number.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import logging
import os
import socket
import ssl
import struct
import termios
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from gateway.audit.log import AuditLog, AuditRecord, canonical
from gateway.config import SiemConfig

log = logging.getLogger(__name__)

PRI = 13 * 8 + 5
CURSOR = "forwarded_seq"
BATCH = 500
POLL = 1.0  # seconds: records written by other processes (the CLI) are picked up this fast
ACK_TIMEOUT = 15.0


class SiemError(Exception):
    """Forwarding failed; the cursor did not move, the records will be sent again."""


def _sd_value(value: Any) -> str:
    text = value if isinstance(value, str) else canonical(value)
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("]", "\\]")


def _sd_name(name: str) -> str:
    clean = "".join(c for c in name if 33 <= ord(c) <= 126 and c not in '= ]"')
    return clean[:32] or "_"


def _header_field(text: str, limit: int) -> str:
    clean = "".join(c for c in text if 33 <= ord(c) <= 126)
    return clean[:limit] or "-"


def format_record(rec: AuditRecord, *, hostname: str, app_name: str,
                  procid: str | None = None) -> bytes:
    """One RFC 5424 message (without the RFC 5425 length prefix)."""
    ts = datetime.fromtimestamp(rec.ts, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    meta = (f'[audit@32473 seq="{rec.seq}" actor="{_sd_value(rec.actor)}" '
            f'hash="{rec.hash}" prev="{rec.prev_hash}" mac="{rec.mac}"]')
    params = " ".join(f'{_sd_name(k)}="{_sd_value(v)}"' for k, v in sorted(rec.fields.items()))
    sd = meta + (f"[fields@32473 {params}]" if params else "")
    head = (f"<{PRI}>1 {ts} {_header_field(hostname, 255)} {_header_field(app_name, 48)} "
            f"{_header_field(procid or str(os.getpid()), 128)} {_header_field(rec.kind, 32)} ")
    body = canonical(rec.as_dict())
    return head.encode("utf-8") + sd.encode("utf-8") + b" \xef\xbb\xbf" + body.encode("utf-8")


def frame(message: bytes) -> bytes:
    """RFC 5425 octet-counted framing."""
    return str(len(message)).encode("ascii") + b" " + message


def tls_context(config: SiemConfig) -> ssl.SSLContext:
    ctx = ssl.create_default_context(
        cafile=str(config.ca_file) if config.ca_file else None)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    if config.cert_file is not None and config.key_file is not None:
        ctx.load_cert_chain(str(config.cert_file), str(config.key_file))
    return ctx


class SiemForwarder:
    """Sends every audit record after the cursor to the SIEM, forever, in order."""

    def __init__(self, audit: AuditLog, config: SiemConfig, *, hostname: str | None = None,
                 poll: float = POLL) -> None:
        self.audit = audit
        self.config = config
        self.hostname = hostname or socket.getfqdn()
        self.poll = poll
        self._ctx = tls_context(config)
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._listener: Callable[[int], None] | None = None
        self._reader_task: asyncio.Task[None] | None = None
        self._writer: asyncio.StreamWriter | None = None
        self._eof = asyncio.Event()
        self.connected = False
        self.sent = 0

    @property
    def cursor(self) -> int:
        value = self.audit.get_meta(CURSOR)
        return int(value) if value else 0

    async def start(self) -> None:
        loop = asyncio.get_running_loop()

        def _on_record(_seq: int) -> None:
            loop.call_soon_threadsafe(self._wake.set)

        self._listener = _on_record
        self.audit.add_listener(_on_record)
        self._task = loop.create_task(self._run(), name="audit-siem")

    def wake(self) -> None:
        self._wake.set()

    async def close(self) -> None:
        if self._listener is not None:
            self.audit.remove_listener(self._listener)
            self._listener = None
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        await self._disconnect()

    async def _disconnect(self) -> None:
        w, self._writer = self._writer, None
        self.connected = False
        task, self._reader_task = self._reader_task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if w is not None:
            w.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(w.wait_closed(), 2)

    async def _connect(self) -> None:
        c = self.config
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection(c.host, c.port, ssl=self._ctx,
                                    server_hostname=c.server_name or c.host),
            c.connect_timeout)
        self._writer = writer
        self._eof = asyncio.Event()
        self.connected = True
        self._reader_task = asyncio.get_running_loop().create_task(
            self._drain_reader(reader, self._eof), name="audit-siem-reader")
        log.info("audit: connected to SIEM %s:%d", c.host, c.port)

    @staticmethod
    async def _drain_reader(reader: asyncio.StreamReader, eof: asyncio.Event) -> None:
        """The SIEM sends nothing; a read returning means it closed the connection."""
        try:
            while await reader.read(4096):
                pass
        except (OSError, ssl.SSLError):
            pass
        finally:
            eof.set()

    async def _wait_acked(self) -> None:
        """Wait until the peer's TCP stack acknowledged every byte written so far."""
        w = self._writer
        assert w is not None
        sock = w.get_extra_info("socket")
        deadline = time.monotonic() + ACK_TIMEOUT
        while True:
            if self._eof.is_set() or w.transport.is_closing():
                raise SiemError("SIEM closed the connection")
            pending = w.transport.get_write_buffer_size()
            if pending == 0 and sock is not None:
                buf = fcntl.ioctl(sock.fileno(), termios.TIOCOUTQ, struct.pack("i", 0))
                pending = struct.unpack("i", buf)[0]
            if pending == 0:
                return
            if time.monotonic() > deadline:
                raise SiemError("SIEM did not acknowledge in time")
            await asyncio.sleep(0.005)

    async def send_pending(self) -> int:
        """Send everything after the cursor (connected already); returns records sent."""
        total = 0
        while True:
            cursor = await asyncio.to_thread(lambda: self.cursor)
            records = await asyncio.to_thread(self.audit.records, after=cursor, limit=BATCH)
            if not records:
                return total
            w = self._writer
            assert w is not None
            payload = b"".join(
                frame(format_record(r, hostname=self.hostname, app_name=self.config.app_name))
                for r in records)
            w.write(payload)
            await asyncio.wait_for(w.drain(), ACK_TIMEOUT)
            await self._wait_acked()
            await asyncio.to_thread(self.audit.set_meta, CURSOR, str(records[-1].seq))
            total += len(records)
            self.sent += len(records)

    async def _run(self) -> None:
        backoff = 0.5
        while True:
            try:
                if self._writer is None:
                    await self._connect()
                    backoff = 0.5
                await self.send_pending()
            except asyncio.CancelledError:
                raise
            except (OSError, ssl.SSLError, SiemError, TimeoutError) as exc:
                log.warning("audit: SIEM %s:%d unavailable (%s); retrying in %.1fs",
                            self.config.host, self.config.port, exc.__class__.__name__, backoff)
                await self._disconnect()
                await asyncio.sleep(backoff)
                backoff = min(self.config.retry_max, backoff * 2)
                continue
            except Exception as exc:  # noqa: BLE001 - keep forwarding; the cursor did not move
                log.error("audit: SIEM forwarding fault %s", exc.__class__.__name__)
                await self._disconnect()
                await asyncio.sleep(backoff)
                backoff = min(self.config.retry_max, backoff * 2)
                continue
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.poll)
            if self._eof.is_set():
                await self._disconnect()


def parse_frames(data: bytes) -> list[bytes]:
    """Split an octet-counted stream (used by tests and by ``phigate audit`` tooling)."""
    out = []
    i = 0
    while i < len(data):
        sp = data.index(b" ", i)
        n = int(data[i:sp])
        out.append(data[sp + 1:sp + 1 + n])
        i = sp + 1 + n
    return out


def record_from_message(message: bytes) -> dict[str, Any]:
    """The JSON record carried after the BOM of a forwarded message."""
    _, _, body = message.partition(b"\xef\xbb\xbf")
    result: dict[str, Any] = json.loads(body)
    return result
