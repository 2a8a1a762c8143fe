"""One MX test bed (sinks, MTA-STS server, NSD + unbound) shared by this package's modules."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.integration.delivery import env as envmod
from tests.integration.harness.dns import unavailable_reason


@pytest.fixture(scope="package")
def bed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[envmod.Env]:
    reason = unavailable_reason()
    if reason:
        pytest.skip(reason)
    e = envmod.build(tmp_path_factory.mktemp("mxbed"))
    yield e
    e.stop()
