"""Shared fixtures: a test CA and an unknown CA (trustme), recording sinks, a running gateway."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
import trustme

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
# The labelled sets' shared integrity checks assert in a helper module: full assertion output.
pytest.register_assert_rewrite("tests.mailsets.integrity")

from gateway.app import Gateway  # noqa: E402
from gateway.config import GatewayConfig  # noqa: E402
from tests.helpers.sink import RecordingHandler, Sink, SinkBehaviour  # noqa: E402


@pytest.fixture(scope="session")
def test_ca() -> trustme.CA:
    return trustme.CA(organization_name="phigate test CA")


@pytest.fixture(scope="session")
def unknown_ca() -> trustme.CA:
    """A second CA nobody trusts: certificates from it must be refused where verification is on."""
    return trustme.CA(organization_name="unknown CA")


@pytest.fixture(scope="session")
def ca_file(test_ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    test_ca.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture
async def make_sink() -> AsyncIterator[Callable[..., Awaitable[Sink]]]:
    sinks: list[Sink] = []

    async def _make(behaviour: SinkBehaviour | None = None, **kwargs: Any) -> Sink:
        sink = await Sink(RecordingHandler(behaviour), **kwargs).start()
        sinks.append(sink)
        return sink

    yield _make
    for s in sinks:
        await s.stop()


@pytest.fixture
async def make_gateway(
    tmp_path: Path,
) -> AsyncIterator[Callable[..., Awaitable[tuple[Gateway, int]]]]:
    """Start an in-process gateway on 127.0.0.1:0 with config overrides; returns (gateway, port)."""
    gateways: list[Gateway] = []

    async def _make(**overrides: Any) -> tuple[Gateway, int]:
        data: dict[str, Any] = {"listen": "127.0.0.1:0", "state_dir": str(tmp_path / "var")}
        data.update(overrides)
        gw = Gateway(GatewayConfig.model_validate(data))
        _, port = await gw.start()
        gateways.append(gw)
        return gw, port

    yield _make
    for gw in gateways:
        await gw.stop()
