"""Generic fixtures for integration tests: private Postfix, threaded sinks, gateway subprocesses."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.sink import SinkBehaviour
from tests.integration.harness.gateway_proc import GatewayProcess
from tests.integration.harness.postfix import PostfixInstance, unavailable_reason
from tests.integration.harness.sinkthread import ThreadedSink


@pytest.fixture
def threaded_sink() -> Iterator[Callable[..., ThreadedSink]]:
    """Factory: a recording sink on its own thread (answers while the test blocks)."""
    sinks: list[ThreadedSink] = []

    def _make(behaviour: SinkBehaviour | None = None, **kwargs: Any) -> ThreadedSink:
        sink = ThreadedSink(behaviour, **kwargs).start()
        sinks.append(sink)
        return sink

    yield _make
    for s in sinks:
        s.stop()


@pytest.fixture
def gateway_process(tmp_path: Path) -> Iterator[Callable[..., GatewayProcess]]:
    """Factory: ``phigate run`` as a child process with the given config overrides."""
    procs: list[GatewayProcess] = []

    def _make(config: dict[str, Any], start: bool = True, **kwargs: Any) -> GatewayProcess:
        workdir = tmp_path / f"gw{len(procs)}"
        workdir.mkdir()
        gp = GatewayProcess(workdir, config, **kwargs)
        procs.append(gp)
        if start:
            gp.start()
        return gp

    yield _make
    for gp in procs:
        gp.stop()


@pytest.fixture
def postfix() -> Iterator[Callable[..., PostfixInstance]]:
    """Factory: a private Postfix relaying to the given gateway port; always stopped after."""
    reason = unavailable_reason()
    if reason:
        pytest.skip(reason)
    instances: list[PostfixInstance] = []

    def _make(relay_port: int, **kwargs: Any) -> PostfixInstance:
        pf = PostfixInstance(relay_port, **kwargs)
        instances.append(pf)
        try:
            return pf.start()
        except BaseException:
            pf.cleanup()
            raise

    yield _make
    for pf in instances:
        pf.cleanup()
