"""A warmed-up pool of scanner processes: extraction + detection off the event loop.

Each worker is a ``forkserver`` (or ``spawn``) child that loads the Detector once (spaCy model
included), runs one dummy scan, then serves scans over a pipe. The pool owns its workers one by
one, so a timeout kills exactly the worker that was busy and a crash replaces exactly the one
that died; callers only ever see :class:`ScanResult`, :class:`ScanTimeout` or :class:`ScanError`
(and answer 451 on either). Exceptions carry no message content.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from gateway.extract import (
    Attachment,
    ExtractError,
    ExtractLimits,
    Headers,
    HealthcareDoc,
    Segment,
    extract,
)

from .engine import Detector
from .types import DetectError, Verdict

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


def _worker_main(conn: Connection, config: str, max_tasks: int | None, test_hooks: bool) -> None:
    """Child process: build the detector, warm up, then answer scans until told to stop."""
    try:
        detector = Detector.from_config(config)
        scan_bytes(detector, _WARMUP)
    except (DetectError, ScanError, OSError) as exc:
        conn.send(("fatal", exc.__class__.__name__))
        return
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
        except ScanError as exc:
            conn.send(("error", str(exc), retire))
        except Exception as exc:  # noqa: BLE001 - report the class only, never the content
            conn.send(("error", f"scan failed: {exc.__class__.__name__}", retire))
        else:
            conn.send(("ok", result, retire))
        if retire:
            return


class _Worker:
    __slots__ = ("conn", "pid", "proc")

    def __init__(self, conn: Connection, proc: Any) -> None:
        self.conn = conn
        self.proc = proc
        self.pid: int = proc.pid

    def kill(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.conn.close()
        with contextlib.suppress(OSError, ValueError, AttributeError):
            if self.proc.is_alive():
                self.proc.kill()
            self.proc.join(5)


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
        self._idle: asyncio.Queue[_Worker] | None = None
        self._all: set[_Worker] = set()
        self._threads = ThreadPoolExecutor(max_workers=workers + 1, thread_name_prefix="scanpool")
        self._closed = False
        self._replacing: set[asyncio.Task[None]] = set()
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ lifecycle
    def _spawn_blocking(self) -> _Worker:
        parent, child = self._ctx.Pipe(duplex=True)
        proc = self._ctx.Process(
            target=_worker_main,
            args=(child, self.config, self.max_tasks, self._test_hooks),
            name="phigate-scan",
            daemon=True,
        )
        proc.start()
        child.close()
        worker = _Worker(parent, proc)
        try:
            if not parent.poll(self.start_timeout):
                raise ScanError("scanner worker did not start in time")
            status, detail = parent.recv()
        except (EOFError, OSError):
            worker.kill()
            raise ScanError("scanner worker died during start-up") from None
        except ScanError:
            worker.kill()
            raise
        if status != "ready":
            worker.kill()
            raise ScanError(f"scanner worker could not load the detector: {detail}")
        return worker

    async def _spawn(self) -> _Worker:
        loop = asyncio.get_running_loop()
        worker = await loop.run_in_executor(self._threads, self._spawn_blocking)
        with self._lock:
            self._all.add(worker)
        return worker

    async def start(self) -> None:
        """Spawn the workers and wait until each has loaded the model and done a dummy scan."""
        self._idle = asyncio.Queue()
        try:
            started = await asyncio.gather(*(self._spawn() for _ in range(self.workers)))
        except BaseException:
            await self.close()
            raise
        for w in started:
            self._idle.put_nowait(w)
        log.info("scan pool started: %d worker(s), timeout %.1fs", self.workers, self.timeout)

    async def close(self) -> None:
        self._closed = True
        for t in list(self._replacing):
            t.cancel()
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            with contextlib.suppress(OSError, ValueError, BrokenPipeError):
                w.conn.send(None)
        loop = asyncio.get_running_loop()
        await asyncio.gather(*(loop.run_in_executor(self._threads, _stop, w) for w in workers))
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
            assert self._idle is not None
            self._idle.put_nowait(worker)
            return

    # ------------------------------------------------------------------ scanning
    async def scan(self, raw: bytes) -> ScanResult:
        if self._idle is None or self._closed:
            raise ScanError("scan pool is not running")
        try:
            # All workers busy or being replaced: wait at most one timeout for a free one.
            worker = await asyncio.wait_for(self._idle.get(), self.timeout)
        except TimeoutError:
            raise ScanTimeout("no scanner worker became free in time") from None
        loop = asyncio.get_running_loop()
        try:
            reply = await loop.run_in_executor(
                self._threads, _roundtrip, worker.conn, bytes(raw), self.timeout
            )
        except asyncio.CancelledError:
            # The worker may be mid-scan: it cannot be reused safely.
            self._retire(worker)
            raise
        except ScanTimeout:
            log.warning("scan timed out after %.1fs; worker %d killed", self.timeout, worker.pid)
            self._retire(worker)
            raise
        except ScanError:
            log.error("scanner worker %d died; replacing it", worker.pid)
            self._retire(worker)
            raise
        status, payload, retire = reply
        if retire:
            self._retire(worker)
        else:
            self._idle.put_nowait(worker)
        if status == "ok":
            result: ScanResult = payload
            return result
        raise ScanError(str(payload))


def _roundtrip(conn: Connection, raw: bytes, timeout: float) -> tuple[str, Any, bool]:
    try:
        conn.send(raw)
        ready = conn.poll(timeout)
    except (EOFError, OSError):
        raise ScanError("scanner worker died") from None
    if not ready:
        raise ScanTimeout("scan timed out")
    try:
        reply: tuple[str, Any, bool] = conn.recv()
    except (EOFError, OSError):
        raise ScanError("scanner worker died") from None
    return reply


def _stop(worker: _Worker) -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        worker.proc.join(3)
    worker.kill()
