"""Loading: line-numbered errors, versions, a bad edit never replaces the running policy."""

from __future__ import annotations

import asyncio
import json
import logging
import os
from pathlib import Path

import pytest

from gateway.commands.policy import SCHEMA_FILE
from gateway.policy.loader import PolicyHolder, load_policy, policy_version
from gateway.policy.model import json_schema
from gateway.yamlcheck import ConfigError

ROOT = Path(__file__).resolve().parents[3]
GOOD = """version: 1
rules:
  - name: clean
    description: no PHI
    when: {phi: false}
    action: {type: deliver}
"""
BAD = """version: 1
rules:
  - name: clean
    description: no PHI
    when: {phi: false, recipient_in: [webmial]}
    action: {type: encrypt, provider: nowhere}
"""


def test_shipped_policies_are_valid() -> None:
    files = [ROOT / "policies/hipaa-default.yaml",
             *sorted((ROOT / "policies/examples").glob("*.yaml"))]
    assert len(files) == 4
    for f in files:
        p = load_policy(f)
        assert p.model.rules, f
        assert all(r.description for r in p.model.rules)


def test_schema_file_is_fresh() -> None:
    on_disk = json.loads((ROOT / SCHEMA_FILE).read_text(encoding="utf-8"))
    assert on_disk == json_schema(), "run: phigate policy schema --write"


def test_errors_name_file_line_and_key(tmp_path: Path) -> None:
    f = tmp_path / "p.yaml"
    f.write_text(BAD, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_policy(f)
    errors = info.value.errors
    assert f"{f}:5: rules[0].when.recipient_in[0]: unknown list 'webmial'" in errors[0]
    assert errors[1].startswith(f"{f}:6: rules[0].action.provider: unknown provider 'nowhere'")


@pytest.mark.parametrize(("text", "line", "needle"), [
    ("rules:\n  - name: x\n    description: d\n    action: {type: teleport}\n", 4, "action"),
    ("rules:\n  - name: x\n    description: d\n    action: {type: deliver}\n    colour: 1\n",
     5, "unknown key"),
    ("rules: [\n", 2, "expected"),
    ("lists:\n  partners:\n    - {name: a, domains: [a.com], baa_expires: soon}\n", 3,
     "baa_expires"),
    ("providers:\n  p: {host: h, tls: opportunistic}\n", 2, "required or verify"),
    ("rules:\n  - name: a\n    description: d\n    action: {type: deliver}\n"
     "  - name: a\n    description: d\n    action: {type: deliver}\n", 5, "duplicate rule"),
])
def test_error_lines(tmp_path: Path, text: str, line: int, needle: str) -> None:
    f = tmp_path / "p.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_policy(f)
    assert any(e.startswith(f"{f}:{line}:") and needle in e for e in info.value.errors), \
        info.value.errors


def test_version_is_short_sha256_of_bytes(tmp_path: Path) -> None:
    f = tmp_path / "p.yaml"
    f.write_text(GOOD, encoding="utf-8")
    assert load_policy(f).version == policy_version(GOOD.encode())
    assert len(policy_version(b"")) == 12


def test_bad_edit_keeps_running_policy(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    f = tmp_path / "p.yaml"
    f.write_text(GOOD, encoding="utf-8")
    holder = PolicyHolder(f)
    seen: list[tuple[str, str | None, int]] = []
    holder.listeners.append(lambda a, b, n: seen.append((a, b, n)))
    good = holder.current
    f.write_text(BAD, encoding="utf-8")
    with caplog.at_level(logging.ERROR):
        assert holder.reload() is False
    assert holder.current is good
    assert any(":5:" in r.getMessage() for r in caplog.records)
    assert seen == [(good.version, None, 2)]
    f.write_text(GOOD.replace("no PHI", "nothing found"), encoding="utf-8")
    assert holder.reload() is True
    assert holder.current.version != good.version
    assert seen[-1] == (good.version, holder.current.version, 0)


async def test_watcher_picks_up_a_change(tmp_path: Path) -> None:
    f = tmp_path / "p.yaml"
    f.write_text(GOOD, encoding="utf-8")
    holder = PolicyHolder(f)
    first = holder.current.version
    holder.start_watching(0.05)
    try:
        f.write_text(GOOD.replace("no PHI", "changed"), encoding="utf-8")
        os.utime(f, ns=(1, 1))  # a distinct mtime even on coarse clocks
        for _ in range(100):
            await asyncio.sleep(0.02)
            if holder.current.version != first:
                break
        assert holder.current.version != first
    finally:
        await holder.close()


def test_lint_warnings_for_unreachable_rules_and_unused_providers() -> None:
    from gateway.policy.model import warnings
    from tests.unit.policy.helpers import policy

    p = policy([{"name": "all", "description": "all", "action": {"type": "deliver"}},
                {"name": "late", "description": "late", "when": {"phi": True},
                 "action": {"type": "reject", "text": "no"}}])
    assert warnings(p.model) == [
        "rule 'late' is never reached: rule 'all' above matches every message",
        "provider 'portal' is not used by any rule"]
    for f in [ROOT / "policies/hipaa-default.yaml",
              *sorted((ROOT / "policies/examples").glob("*.yaml"))]:
        assert warnings(load_policy(f).model) == [], f
