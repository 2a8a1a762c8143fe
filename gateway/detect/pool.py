"""A warmed-up pool of scanner processes: extraction + detection off the event loop.

Each worker is a ``forkserver`` (or ``spawn``) child that loads the Detector once (spaCy model
included), runs one dummy scan, then serves scans over a pipe. The pool owns its workers one by
one, so a timeout kills exactly the worker that was busy and a crash replaces exactly the one
that died; callers only ever see :class:`ScanResult`, :class:`ScanTimeout` or :class:`ScanError`
(and answer 451 on either). Exceptions carry no message content.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import copyreg
import dataclasses
import gc
import io
import logging
import multiprocessing
import operator
import os
import pickle
import socket
import struct
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gateway.extract import (
    Attachment,
    ExtractError,
    ExtractLimits,
    Headers,
    HealthcareDoc,
    Segment,
    extract,
)

from .types import DetectError, Finding, Verdict

if TYPE_CHECKING:  # the gateway process never builds a Detector: only its workers import it
    from .engine import Detector

log = logging.getLogger(__name__)

_WARMUP = (
    b"From: a@example.org\r\nTo: b@example.org\r\nSubject: warm-up\r\n\r\n"
    b"Patient: Jane Warmup was admitted with pneumonia; HbA1c 7.1%.\r\n"
)
_HOOK_HANG = b"X-Phigate-Test-Hook: hang"
_HOOK_CRASH = b"X-Phigate-Test-Hook: crash"


@dataclass(frozen=True, slots=True)
class ScanResult:
    verdict: Verdict
    headers: Headers
    segments: tuple[Segment, ...]
    attachments: tuple[Attachment, ...]
    healthcare_docs: tuple[HealthcareDoc, ...]
    truncated: bool
    elapsed_ms: float


class ScanError(Exception):
    """A scan did not produce a result (worker crash, extraction refused the input, pool closed)."""


class ScanTimeout(ScanError, TimeoutError):  # noqa: N818 - name fixed by the pool's public API
    """A scan took longer than the pool's timeout; its worker was killed and replaced."""


Summarize = Callable[[ScanResult], Any]


class LazyScan:
    """A scan reply whose :class:`ScanResult` is unpickled only when something reads it.

    ``summary`` is what the pool's ``summarize`` function computed from the result in the
    worker (the policy's facts): most messages are decided and delivered from it alone, so
    the gateway process never rebuilds their segments, findings and headers. Reading any
    ScanResult attribute (``verdict``, ``segments``, ...: quarantine evidence, redaction)
    loads the whole result once; an unreadable one raises :class:`ScanError`.
    """

    __slots__ = ("_blob", "_result", "summary")

    def __init__(self, summary: Any, blob: bytes) -> None:
        self.summary = summary
        self._blob = blob  # kept: two threads (quarantine, redaction) may both load it
        self._result: ScanResult | None = None

    @property
    def result(self) -> ScanResult:
        result = self._result
        if result is None:
            try:
                loaded = pickle.loads(self._blob)  # noqa: S301 - our own worker's reply
            except Exception:  # noqa: BLE001 - corrupt bytes: no content in the error
                raise ScanError("scanner worker sent an unreadable result") from None
            if not isinstance(loaded, ScanResult):
                raise ScanError("scanner worker sent an unreadable result")
            result = self._result = loaded
        return result

    def __getattr__(self, name: str) -> Any:
        # Only reached for names that are not slots: the ScanResult's fields.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.result, name)


def scan_bytes(detector: Detector, raw: bytes, limits: ExtractLimits | None = None) -> ScanResult:
    """Extract and analyse one message in this process (used by the CLI and by the workers)."""
    t0 = time.perf_counter()
    try:
        extraction = extract(raw, limits) if limits is not None else extract(raw)
    except ExtractError as exc:
        raise ScanError(f"extraction failed: {exc}") from None
    verdict = detector.analyze(extraction)
    return ScanResult(
        verdict=verdict,
        headers=extraction.headers,
        segments=tuple(extraction.segments),
        attachments=tuple(extraction.attachments),
        healthcare_docs=tuple(extraction.healthcare_docs),
        truncated=extraction.truncated,
        elapsed_ms=round((time.perf_counter() - t0) * 1000.0, 3),
    )


def _by_constructor(cls: type) -> Any:
    """A pickle reducer that rebuilds ``cls`` by calling it with its fields in order: the
    default path for a frozen slots dataclass goes through ``dataclasses._dataclass_setstate``,
    which calls ``fields()`` for every object (a third of unpickling a reply)."""
    names = tuple(f.name for f in dataclasses.fields(cls))
    if len(names) > 1:  # (attrgetter of one name returns the value itself, not a 1-tuple)
        fields_of = operator.attrgetter(*names)  # all fields in one C call

        def reduce(obj: Any) -> tuple[type, tuple[Any, ...]]:
            return cls, fields_of(obj)

        return reduce

    def reduce_one(obj: Any) -> tuple[type, tuple[Any, ...]]:
        return cls, tuple(getattr(obj, n) for n in names)

    return reduce_one


_REPLY_TYPES: tuple[type, ...] = (
    ScanResult, Verdict, Finding, Headers, Segment, Attachment, HealthcareDoc,
)


class _ReplyTable(dict[type, Any]):
    """copyreg's table plus constructor reducers, added on first sight for any other frozen
    slots dataclass a reply carries (a ``summarize`` function's facts)."""

    def __missing__(self, cls: type) -> Any:
        params = getattr(cls, "__dataclass_params__", None)
        if (params is None or not params.frozen or "__slots__" not in cls.__dict__
                or not all(f.init for f in dataclasses.fields(cls))):
            raise KeyError(cls)
        reduce = self[cls] = _by_constructor(cls)
        return reduce


_REPLY_TABLE = _ReplyTable(copyreg.dispatch_table)
_REPLY_TABLE.update({cls: _by_constructor(cls) for cls in _REPLY_TYPES})


def _reply_bytes(reply: object) -> bytes:
    """``reply`` pickled as the gateway's :func:`pickle.loads` reads it, the result's
    dataclasses reduced to constructor calls (same objects, ~40 % cheaper to load)."""
    buf = io.BytesIO()
    pickler = pickle.Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _REPLY_TABLE
    pickler.dump(reply)
    return buf.getvalue()


def _worker_main(conn: Connection, config: str, max_tasks: int | None, test_hooks: bool,
                 summarize: Summarize | None = None) -> None:
    """Child process: build the detector, warm up, then answer scans until told to stop.

    With ``summarize`` a reply is ``("lazy", summarize(result), pickled result, retire)``: the
    gateway reads the summary and unpickles the full result only if it needs it."""
    from .engine import Detector

    try:
        detector = Detector.from_config(config)
        warm = scan_bytes(detector, _WARMUP)
        if summarize is not None:
            summarize(warm)
    except (DetectError, ScanError, OSError) as exc:
        conn.send(("fatal", exc.__class__.__name__))
        return
    # The model, lexicons and compiled patterns live as long as the worker: keep them out of
    # the cyclic collector, whose full passes otherwise walk them all (~1 ms per corpus mail).
    gc.collect()
    gc.freeze()
    conn.send(("ready", os.getpid()))
    done = 0
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        raw: bytes = msg
        if test_hooks:
            if raw.startswith(_HOOK_HANG):
                time.sleep(3600)
            elif raw.startswith(_HOOK_CRASH):
                os._exit(70)
        done += 1
        retire = max_tasks is not None and done >= max_tasks
        try:
            result = scan_bytes(detector, raw)
            summary = None if summarize is None else summarize(result)
        except ScanError as exc:
            conn.send(("error", str(exc), retire))
        except Exception as exc:  # noqa: BLE001 - report the class only, never the content
            conn.send(("error", f"scan failed: {exc.__class__.__name__}", retire))
        else:
            if summarize is None:
                conn.send_bytes(_reply_bytes(("ok", result, retire)))
            else:
                conn.send_bytes(_reply_bytes(("lazy", summary, _reply_bytes(result), retire)))
        if retire:
            return


def _frame(obj: object) -> bytes:
    """``obj`` framed as :meth:`multiprocessing.connection.Connection.recv` reads it (a signed
    32-bit big-endian length, or -1 and a 64-bit one, then the pickle): the worker keeps using
    a plain blocking Connection while the gateway drives its end from the event loop."""
    payload = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    n = len(payload)
    head = struct.pack("!i", n) if n <= 0x7FFFFFFF else struct.pack("!iQ", -1, n)
    return head + payload


class _Channel(asyncio.Protocol):
    """The gateway's end of one worker's pipe, read by the event loop (no thread hop, no
    polling): collects one framed reply and resolves the waiting scan with it."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.closed = False
        self._buf = bytearray()
        self._waiter: asyncio.Future[memoryview] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        buf = self._buf
        buf += data
        if len(buf) < 4:
            return
        (n,) = struct.unpack_from("!i", buf)
        start = 4
        if n == -1:
            if len(buf) < 12:
                return
            (n,) = struct.unpack_from("!Q", buf, 4)
            start = 12
        if n < 0 or len(buf) < start + n:
            if n < 0:
                self._fail()
            return
        if len(buf) > start + n or self._waiter is None or self._waiter.done():
            self._fail()  # a reply nobody asked for: the worker is out of step
            return
        self._buf = bytearray()  # the reply keeps the old buffer: no copy
        self._waiter.set_result(memoryview(buf)[start:])

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_exception(ScanError("scanner worker died"))

    def _fail(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_exception(ScanError("scanner worker sent a malformed reply"))
        self.close()

    def request(self, raw: bytes) -> asyncio.Future[memoryview]:
        """Send one message; the future resolves with the reply's pickle."""
        if self.closed or self.transport is None or self.transport.is_closing():
            raise ScanError("scanner worker died")
        self._buf.clear()
        self._waiter = asyncio.get_running_loop().create_future()
        self.transport.write(_frame(raw))
        return self._waiter

    def close(self) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.abort()


class _Worker:
    __slots__ = ("channel", "pid", "proc")

    def __init__(self, channel: _Channel, proc: Any) -> None:
        self.channel = channel
        self.proc = proc
        self.pid: int = proc.pid

    def stop(self) -> None:
        """Ask the worker to exit after its current scan (best effort; ``kill`` follows)."""
        transport = self.channel.transport
        if transport is not None and not transport.is_closing():
            transport.write(_frame(None))

    def kill(self) -> None:
        """Close the pipe and kill the process (call from the event loop's thread)."""
        self.channel.close()
        _reap(self.proc)


def _reap(proc: Any) -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        if proc.is_alive():
            proc.kill()
        proc.join(5)


class ScanPool:
    """``workers`` warmed-up scanner processes; ``scan`` is safe to call concurrently."""

    def __init__(
        self,
        detector_config: str | Path,
        workers: int = 1,
        timeout: float = 20.0,
        max_tasks_per_child: int | None = 50_000,  # recycle rarely: a restart stalls ~3 s
        *,
        start_method: str = "forkserver",
        start_timeout: float = 120.0,
        test_hooks: bool = False,
        summarize: Summarize | None = None,
    ) -> None:
        if workers < 1:
            raise ValueError("workers must be >= 1")
        self.config = str(Path(detector_config).resolve())
        self.workers = workers
        self.timeout = timeout
        self.max_tasks = max_tasks_per_child
        self.start_timeout = start_timeout
        self._ctx: Any = multiprocessing.get_context(start_method)
        self._test_hooks = test_hooks
        # Run in each worker on every result (a module-level function: the workers import
        # it); :meth:`scan` then returns a :class:`LazyScan` carrying its return value.
        self.summarize = summarize
        # Free workers, and the scans waiting for one (served in turn: a worker that comes
        # free is handed straight to the first live waiter, never left for a newcomer).
        self._free: collections.deque[_Worker] | None = None
        self._waiters: collections.deque[asyncio.Future[_Worker]] = collections.deque()
        self._waiting = 0  # scans queued for a free worker (they go first)
        self._all: set[_Worker] = set()
        self._threads = ThreadPoolExecutor(max_workers=workers + 1, thread_name_prefix="scanpool")
        self._closed = False
        self._replacing: set[asyncio.Task[None]] = set()
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ lifecycle
    def _spawn_blocking(self) -> tuple[socket.socket, Any]:
        """Start one worker and wait (blocking: run in a thread) until it has loaded the
        detector; returns the gateway's end of its pipe and the process."""
        parent, child = self._ctx.Pipe(duplex=True)
        proc = self._ctx.Process(
            target=_worker_main,
            args=(child, self.config, self.max_tasks, self._test_hooks, self.summarize),
            name="phigate-scan",
            daemon=True,
        )
        proc.start()
        child.close()

        def kill() -> None:
            parent.close()
            _reap(proc)

        try:
            if not parent.poll(self.start_timeout):
                raise ScanError("scanner worker did not start in time")
            status, detail = parent.recv()
        except (EOFError, OSError):
            kill()
            raise ScanError("scanner worker died during start-up") from None
        except ScanError:
            kill()
            raise
        if status != "ready":
            kill()
            raise ScanError(f"scanner worker could not load the detector: {detail}")
        # From here on the event loop drives this end: a socket of its own, non-blocking.
        sock = socket.socket(fileno=os.dup(parent.fileno()))
        parent.close()
        sock.setblocking(False)
        return sock, proc

    async def _spawn(self) -> _Worker:
        loop = asyncio.get_running_loop()
        sock, proc = await loop.run_in_executor(self._threads, self._spawn_blocking)
        try:
            _, channel = await loop.create_unix_connection(_Channel, sock=sock)
        except BaseException:
            sock.close()
            _reap(proc)
            raise
        worker = _Worker(channel, proc)
        with self._lock:
            self._all.add(worker)
        return worker

    async def start(self) -> None:
        """Spawn the workers and wait until each has loaded the model and done a dummy scan."""
        self._free = collections.deque()
        try:
            started = await asyncio.gather(*(self._spawn() for _ in range(self.workers)))
        except BaseException:
            await self.close()
            raise
        for w in started:
            self._release(w)
        log.info("scan pool started: %d worker(s), timeout %.1fs", self.workers, self.timeout)

    async def close(self) -> None:
        self._closed = True
        for t in list(self._replacing):
            t.cancel()
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            with contextlib.suppress(OSError, ValueError, RuntimeError):
                w.stop()
        await asyncio.sleep(0)  # let the transports flush the stop requests
        loop = asyncio.get_running_loop()
        await asyncio.gather(*(loop.run_in_executor(self._threads, _stop, w.proc)
                               for w in workers))
        for w in workers:
            w.channel.close()
        self._threads.shutdown(wait=False, cancel_futures=True)

    def _retire(self, worker: _Worker) -> None:
        """Kill a worker and start its replacement in the background."""
        with self._lock:
            self._all.discard(worker)
        worker.kill()
        if self._closed:
            return
        task = asyncio.get_running_loop().create_task(self._replace())
        self._replacing.add(task)
        task.add_done_callback(self._replacing.discard)

    async def _replace(self) -> None:
        delay = 0.5
        while not self._closed:
            try:
                worker = await self._spawn()
            except asyncio.CancelledError:
                raise
            except ScanError:
                log.error("scanner worker replacement failed; retrying in %.1fs", delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 30.0)
                continue
            if self._closed:
                worker.kill()
                return
            self._release(worker)
            return

    def _release(self, worker: _Worker) -> None:
        """A worker is free: to the first scan still waiting for one, else to the free list."""
        waiters = self._waiters
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():  # a waiter that timed out or was cancelled is skipped
                waiter.set_result(worker)
                return
        assert self._free is not None
        self._free.append(worker)

    async def _acquire(self) -> _Worker:
        """A free worker, waiting (in turn) at most one timeout for one. A future per waiter
        and one timer: no task per wait (``asyncio.wait_for`` on a queue creates one)."""
        assert self._free is not None
        if self._free:  # free workers only exist while no scan waits: take one
            return self._free.popleft()
        waiter: asyncio.Future[_Worker] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        self._waiting += 1
        try:
            async with asyncio.timeout(self.timeout):
                return await waiter
        except BaseException as exc:
            if waiter.done() and not waiter.cancelled():
                self._release(waiter.result())  # handed over just as we gave up: pass it on
            else:
                waiter.cancel()
            if isinstance(exc, TimeoutError):
                raise ScanTimeout("no scanner worker became free in time") from None
            raise
        finally:
            self._waiting -= 1

    # ------------------------------------------------------------------ scanning
    async def scan(self, raw: bytes) -> ScanResult | LazyScan:
        """The scan of ``raw``: a :class:`ScanResult`, or with ``summarize`` a
        :class:`LazyScan` (its ``summary`` read now, the result only on demand)."""
        if self._free is None or self._closed:
            raise ScanError("scan pool is not running")
        worker = await self._acquire()
        try:
            async with asyncio.timeout(self.timeout):
                blob = await worker.channel.request(bytes(raw))
        except asyncio.CancelledError:
            # The worker may be mid-scan: it cannot be reused safely.
            self._retire(worker)
            raise
        except TimeoutError:
            log.warning("scan timed out after %.1fs; worker %d killed", self.timeout, worker.pid)
            self._retire(worker)
            raise ScanTimeout("scan timed out") from None
        except ScanError:
            log.error("scanner worker %d died; replacing it", worker.pid)
            self._retire(worker)
            raise
        try:
            reply = pickle.loads(blob)  # noqa: S301 - our own worker's reply
            status, payload, retire = reply[0], reply[1], reply[-1]
        except Exception:  # noqa: BLE001 - an unreadable reply: that worker is not trusted again
            log.error("scanner worker %d sent an unreadable reply; replacing it", worker.pid)
            self._retire(worker)
            raise ScanError("scanner worker sent an unreadable reply") from None
        if retire:
            self._retire(worker)
        else:
            self._release(worker)
        if status == "ok":
            result: ScanResult = payload
            return result
        if status == "lazy":
            return LazyScan(payload, reply[2])
        raise ScanError(str(payload))


def _stop(proc: Any) -> None:
    """Give a worker asked to stop 3 s to exit, then kill it (blocking: run in a thread)."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        proc.join(3)
    _reap(proc)
