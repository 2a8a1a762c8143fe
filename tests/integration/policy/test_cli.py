"""The ``phigate policy`` CLI contract (scripts rely on it): lint, test, replay, schema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.policy.test_policy_smtp import CLEAN, message

pytestmark = [pytest.mark.integration, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[3]
CLINIC = ROOT / "policies/examples/small-clinic.yaml"


def phigate(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gateway.cli", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, check=False)


def test_lint_exit_codes_and_errors(tmp_path: Path) -> None:
    ok = phigate("policy", "lint", str(ROOT / "policies/hipaa-default.yaml"), str(CLINIC))
    assert ok.returncode == 0, ok.stderr
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  - name: x\n    description: d\n    when: {phy: true}\n"
                   "    action: {type: deliver}\n", encoding="utf-8")
    res = phigate("policy", "lint", str(bad))
    assert res.returncode != 0
    assert res.stderr.startswith(f"{bad}:4: rules[0].when.phy: unknown key")


def test_schema_command_matches_file() -> None:
    res = phigate("policy", "schema")
    assert res.returncode == 0
    assert json.loads(res.stdout) == json.loads((ROOT / "policies/schema.json").read_text())


def test_policy_test_json_lines_exact_shape(tmp_path: Path) -> None:
    phi = tmp_path / "phi.eml"
    phi.write_bytes(message("results@valleylab.com"))
    (tmp_path / "clean.eml").write_bytes(CLEAN)
    res = phigate("policy", "test", "--policy", str(CLINIC), "--date", "2026-06-01",
                  "--from", "doc@riverside-clinic.org", "--to", "nurse@riverside-clinic.org",
                  "pat@gmail.com", str(phi), str(tmp_path / "clean.eml"))
    assert res.returncode == 0, res.stderr
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert len(lines) == 2
    for obj in lines:
        assert list(obj) == ["file", "policy_version", "phi", "recipients"]
        for r in obj["recipients"]:
            assert list(r) == ["address", "action", "modifiers", "rule", "reasons"]
            assert r["action"] in ("deliver", "encrypt", "quarantine", "reject")
    first, second = lines
    assert first["phi"] is True and second["phi"] is False
    by = {r["address"]: r for r in first["recipients"]}
    assert by["nurse@riverside-clinic.org"]["action"] == "deliver"
    assert by["pat@gmail.com"]["action"] == "encrypt"
    assert by["pat@gmail.com"]["rule"] == "phi-to-webmail"
    assert "4481923" not in res.stdout and "Solberg" not in res.stdout

    # Without --from/--to: the message's own From/To/Cc.
    res = phigate("policy", "test", "--policy", str(CLINIC), str(phi))
    obj = json.loads(res.stdout)
    assert [r["address"] for r in obj["recipients"]] == ["results@valleylab.com"]
    assert obj["recipients"][0]["rule"] == "partner-with-baa"


def test_replay_shows_changes(tmp_path: Path) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "1.eml").write_bytes(message("pat@gmail.com"))
    (folder / "2.eml").write_bytes(CLEAN)
    res = phigate("policy", "replay", "--policy", str(CLINIC), "--current",
                  str(ROOT / "policies/hipaa-default.yaml"), str(folder))
    assert res.returncode == 0, res.stderr
    assert "pat@gmail.com: quarantine[phi-to-webmail]" in res.stdout
    assert "->  encrypt[phi-to-webmail]" in res.stdout
    assert "2 message(s), 2 decision(s), 1 changed (quarantine -> encrypt: 1)" in res.stdout


def test_replay_over_the_quarantine(tmp_path: Path) -> None:
    from gateway.config import load_config
    from gateway.quarantine.runtime import open_store

    cfg = tmp_path / "gw.yaml"
    cfg.write_text(f"state_dir: {tmp_path / 'var'}\n"
                   f"policy: {ROOT / 'policies/hipaa-default.yaml'}\n", encoding="utf-8")
    store = open_store(load_config(cfg))
    held = store.hold(queue_id="Q1", mail_from="doc@riverside-clinic.org",
                      rcpts=("pat@gmail.com",), data=message("pat@gmail.com"),
                      rule="phi-to-webmail",
                      reason="PHI to a personal webmail address", policy_version="x",
                      expires_in=None)
    store.close()
    res = phigate("policy", "replay", "--config", str(cfg), "--policy", str(CLINIC),
                  "--quarantine", "--json")
    assert res.returncode == 0, res.stderr
    obj = json.loads(res.stdout.splitlines()[0])
    assert obj["message"] == held.id and obj["recipient"] == "pat@gmail.com"
    assert obj["current"]["action"] == "quarantine" and obj["candidate"]["action"] == "encrypt"
    assert "1 changed (quarantine -> encrypt: 1)" in res.stderr
