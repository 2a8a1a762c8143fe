"""Relay tests measure the relay: every in-process gateway here runs without scanning."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest

from gateway.app import Gateway
from tests.integration.harness.gateway_proc import pass_through


@pytest.fixture
async def make_gateway(
    make_gateway: Callable[..., Awaitable[tuple[Gateway, int]]],
) -> AsyncIterator[Callable[..., Awaitable[tuple[Gateway, int]]]]:
    async def _make(**overrides: Any) -> tuple[Gateway, int]:
        return await make_gateway(**{**pass_through(), **overrides})

    yield _make
