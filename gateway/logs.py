"""Structured logging through a queue, with the message/connection id from a ContextVar.

Nothing here formats message content: callers log ids, sizes, domains, entity types and
counts. Third-party loggers that print addresses or raw lines (aiosmtpd's ``mail.log``)
are held at WARNING.
"""

from __future__ import annotations

import contextlib
import contextvars
import copy
import json
import logging
import logging.handlers
import queue
import sys
import threading
import time
from pathlib import Path
from typing import Any

context_id: contextvars.ContextVar[str] = contextvars.ContextVar("phigate_context_id", default="-")

# Keys callers may pass through ``extra={"fields": {...}}`` for the per-message summary line.
FIELDS = "fields"


class _QueueHandler(logging.handlers.QueueHandler):
    """Hand records over unformatted: the stock handler renders tracebacks (and with them
    exception messages, which may quote content) into the message text."""

    def __init__(self, q: queue.SimpleQueue[logging.LogRecord], listener: _BatchListener) -> None:
        super().__init__(q)
        self._listener = listener

    def enqueue(self, record: logging.LogRecord) -> None:
        self.queue.put_nowait(record)
        if record.levelno >= logging.WARNING:
            self._listener.urgent()

    def prepare(self, record: logging.LogRecord) -> logging.LogRecord:
        record = copy.copy(record)
        record.msg = record.getMessage()
        record.args = None
        record.exc_text = None
        record.stack_info = None
        return record


class _ContextFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.ctx = context_id.get()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "id": getattr(record, "ctx", "-"),
            "msg": record.getMessage(),
        }
        fields = getattr(record, FIELDS, None)
        if isinstance(fields, dict):
            out.update(fields)
        if record.exc_info and record.exc_info[0] is not None:
            out["exc"] = record.exc_info[0].__name__  # the type only: messages may carry content
        return json.dumps(out, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        base = (
            f"{self.formatTime(record)} {record.levelname:<7} {record.name} "
            f"[{getattr(record, 'ctx', '-')}] {record.getMessage()}"
        )
        fields = getattr(record, FIELDS, None)
        if isinstance(fields, dict):
            base += " " + " ".join(f"{k}={v}" for k, v in fields.items())
        if record.exc_info and record.exc_info[0] is not None:
            base += f" exc={record.exc_info[0].__name__}"
        return base


class _BatchListener:
    """Writes queued records from its own thread in batches.

    The stock QueueListener blocks in ``queue.get()``, so every record logged wakes its thread:
    on a busy relay that is a GIL hand-off per message (bench/relay.py measured it). This one
    sleeps ``interval`` seconds between batches, so ``put`` only appends; a WARNING or worse
    wakes it at once. ``stop`` writes whatever is still queued.
    """

    def __init__(self, q: queue.SimpleQueue[logging.LogRecord], handler: logging.Handler,
                 interval: float = 0.05) -> None:
        self.queue = q
        self.handler = handler
        self.interval = interval
        self._wake = threading.Event()
        self._stopping = False
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="phigate-log", daemon=True)
        self._thread.start()

    def urgent(self) -> None:
        self._wake.set()

    def _run(self) -> None:
        while not self._stopping:
            self._wake.wait(self.interval)
            self._wake.clear()
            self._drain()
        self._drain()

    def _drain(self) -> None:
        batch: list[logging.LogRecord] = []
        while True:
            try:
                batch.append(self.queue.get_nowait())
            except queue.Empty:
                break
        if not batch:
            return
        handler = self.handler
        if (isinstance(handler, logging.StreamHandler) and handler.stream is not None
                and type(handler).emit in (logging.StreamHandler.emit, logging.FileHandler.emit)):
            # One write and one flush for the batch, instead of one each per record.
            lines = []
            for record in batch:
                try:
                    lines.append(handler.format(record) + handler.terminator)
                except Exception:  # noqa: BLE001 - as logging does: report, keep going
                    handler.handleError(record)
            with handler.lock or contextlib.nullcontext():
                try:
                    handler.stream.write("".join(lines))
                    handler.flush()
                except Exception:  # noqa: BLE001
                    handler.handleError(batch[-1])
            return
        for record in batch:
            handler.handle(record)

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self.handler.close()


_listener: _BatchListener | None = None


def setup(level: str = "INFO", fmt: str = "json", file: Path | None = None) -> None:
    """Route every log record through a queue to one handler (stderr or a file)."""
    global _listener  # noqa: PLW0603 - one process-wide listener
    if _listener is not None:
        _listener.stop()
    handler: logging.Handler = (
        logging.FileHandler(file, encoding="utf-8") if file else logging.StreamHandler(sys.stderr)
    )
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    q: queue.SimpleQueue[logging.LogRecord] = queue.SimpleQueue()
    listener = _BatchListener(q, handler)
    qh = _QueueHandler(q, listener)
    qh.addFilter(_ContextFilter())
    root = logging.getLogger()
    for h in list(root.handlers):
        root.removeHandler(h)
    root.addHandler(qh)
    root.setLevel(level.upper())
    # aiosmtpd logs recipient addresses and raw command lines at INFO/DEBUG.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    logging.getLogger("aiosmtplib").setLevel(logging.WARNING)
    _listener = listener
    _listener.start()


def shutdown() -> None:
    global _listener  # noqa: PLW0603 - one process-wide listener
    if _listener is not None:
        _listener.stop()
        _listener = None


def domain_of(address: str) -> str:
    """The domain part of an address, lower-cased (what logs may carry instead of the address)."""
    return address.rpartition("@")[2].lower() or "-"
