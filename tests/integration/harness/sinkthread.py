"""A recording sink (tests/helpers/sink.py) on its own event loop thread, for synchronous tests
that drive subprocesses (Postfix, ``phigate run``) while the sink keeps answering."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

from tests.helpers.sink import Received, RecordingHandler, Sink, SinkBehaviour


class ThreadedSink:
    def __init__(self, behaviour: SinkBehaviour | None = None, **kwargs: Any) -> None:
        self._behaviour = behaviour
        self._kwargs = kwargs
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True,
                                        name="threaded-sink")
        self.sink: Sink | None = None

    def start(self) -> ThreadedSink:
        self._thread.start()

        async def _start() -> Sink:
            return await Sink(RecordingHandler(self._behaviour), **self._kwargs).start()

        self.sink = asyncio.run_coroutine_threadsafe(_start(), self._loop).result(10)
        return self

    @property
    def port(self) -> int:
        assert self.sink is not None
        return self.sink.port

    @property
    def hostport(self) -> str:
        assert self.sink is not None
        return self.sink.hostport

    @property
    def messages(self) -> list[Received]:
        assert self.sink is not None
        return list(self.sink.messages)

    @property
    def behaviour(self) -> SinkBehaviour:
        assert self.sink is not None
        return self.sink.handler.behaviour

    def wait_for(self, count: int, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while len(self.messages) < count:
            if time.monotonic() > deadline:
                raise TimeoutError(f"sink has {len(self.messages)} of {count} messages")
            time.sleep(0.05)

    def stop(self) -> None:
        if self.sink is not None:
            asyncio.run_coroutine_threadsafe(self.sink.stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        if not self._loop.is_running():
            self._loop.close()

    def __enter__(self) -> ThreadedSink:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
