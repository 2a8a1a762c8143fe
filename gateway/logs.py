"""Structured logging through a queue, with the message/connection id from a ContextVar.

Nothing here formats message content: callers log ids, sizes, domains, entity types and
counts. Third-party loggers that print addresses or raw lines (aiosmtpd's ``mail.log``)
are held at WARNING.
"""

from __future__ import annotations

import contextvars
import copy
import json
import logging
import logging.handlers
import queue
import sys
import time
from pathlib import Path
from typing import Any

context_id: contextvars.ContextVar[str] = contextvars.ContextVar("phigate_context_id", default="-")

_listener: logging.handlers.QueueListener | None = None

# Keys callers may pass through ``extra={"fields": {...}}`` for the per-message summary line.
FIELDS = "fields"


class _QueueHandler(logging.handlers.QueueHandler):
    """Hand records over unformatted: the stock handler renders tracebacks (and with them
    exception messages, which may quote content) into the message text."""

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
    qh = _QueueHandler(q)
    qh.addFilter(_ContextFilter())
    root = logging.getLogger()
    for h in list(root.handlers):
        root.removeHandler(h)
    root.addHandler(qh)
    root.setLevel(level.upper())
    # aiosmtpd logs recipient addresses and raw command lines at INFO/DEBUG.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    logging.getLogger("aiosmtplib").setLevel(logging.WARNING)
    _listener = logging.handlers.QueueListener(q, handler, respect_handler_level=False)
    _listener.start()


def shutdown() -> None:
    global _listener  # noqa: PLW0603 - one process-wide listener
    if _listener is not None:
        _listener.stop()
        _listener = None


def domain_of(address: str) -> str:
    """The domain part of an address, lower-cased (what logs may carry instead of the address)."""
    return address.rpartition("@")[2].lower() or "-"
