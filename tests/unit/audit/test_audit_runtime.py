"""The gateway's audit tasks: periodic head anchors in the log."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from gateway.audit.runtime import AuditTasks, open_audit
from gateway.config import GatewayConfig


async def test_anchor_lines_carry_the_head(tmp_path: Path,
                                           caplog: pytest.LogCaptureFixture) -> None:
    config = GatewayConfig.model_validate({"state_dir": str(tmp_path),
                                           "audit": {"anchor_interval": 0.002}})
    audit = open_audit(config)
    audit.record("view", "alice", id="q1", what="message")
    tasks = AuditTasks(audit, config)
    with caplog.at_level(logging.INFO, logger="gateway.audit.runtime"):
        await tasks.start()
        await asyncio.sleep(0.3)
        audit.record("view", "alice", id="q2", what="message")
        await asyncio.sleep(0.3)
        await tasks.close()
    seq, head = audit.head()
    lines = [r.getMessage() for r in caplog.records if "audit anchor" in r.getMessage()]
    assert any("seq=1 " in line for line in lines)
    assert lines[-1] == f"audit anchor seq={seq} head={head}"
    assert any("no SIEM configured" in r.getMessage() for r in caplog.records)
    assert audit.verify(anchor=(1, audit.records(limit=1)[0].hash)).ok
