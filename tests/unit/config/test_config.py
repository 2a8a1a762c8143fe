"""Configuration loading: typed, strict, and errors that name file, line and key."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from gateway.config import GatewayConfig, TlsMode, load_config, parse_hostport
from gateway.yamlcheck import ConfigError

ROOT = Path(__file__).resolve().parents[3]


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "gw.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_shipped_config_is_valid() -> None:
    cfg = load_config(ROOT / "deploy/phigate.yaml")
    assert cfg.listen == "127.0.0.1:10025"
    assert cfg.delivery.tls is TlsMode.OPPORTUNISTIC
    assert str(cfg.state_dir) == "var"


def test_issue_keys_are_accepted(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path, """\
listen: "127.0.0.1:10025"
state_dir: "var"
clients: ["127.0.0.1/32", "10.0.0.0/8"]
max_message_size: 52428800
delivery:
  mode: smarthost
  smarthost: "127.0.0.1:10026"
  tls: verify
policy: "policies/hipaa-default.yaml"
"""))
    assert cfg.delivery.tls is TlsMode.VERIFY
    assert len(cfg.client_networks) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("listen: nowhere\n", ":1: listen: Value error, bad address 'nowhere'"),
        ("delivery:\n  mode: smarthost\n  tls: sometimes\n", ":3: delivery.tls: Input should be"),
        ("delivery:\n  smarthst: a:25\n", ":2: delivery.smarthst: unknown key"),
        ("clients:\n  - 127.0.0.1/32\n  - not-a-net\n", ":3: clients[1]: Value error"),
        ("limits:\n  max_recipients: 0\n", ":2: limits.max_recipients: Input should be greater"),
        ("listen: [oops\n", ": expected ',' or ']'"),
        ("a: 1\na: 2\n", ":2: duplicate key 'a'"),
    ],
)
def test_errors_name_file_line_and_key(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert any(line.startswith(str(path)) and expected in line for line in err.value.errors), (
        err.value.errors
    )


def test_every_error_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "listen: x\nmax_message_size: 1\nbogus: 1\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert len(err.value.errors) == 3


def test_unreadable_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        load_config(tmp_path / "missing.yaml")


def test_tls_floor_is_never_lowered() -> None:
    assert TlsMode.VERIFY.at_least(TlsMode.OPPORTUNISTIC) is TlsMode.VERIFY
    assert TlsMode.NONE.at_least(TlsMode.REQUIRED) is TlsMode.REQUIRED


@pytest.mark.parametrize(
    ("value", "default", "expected"),
    [
        ("a:1", None, ("a", 1)),
        ("[::1]:25", None, ("::1", 25)),
        ("mx.example", 25, ("mx.example", 25)),
    ],
)
def test_parse_hostport(value: str, default: int | None, expected: tuple[str, int]) -> None:
    assert parse_hostport(value, default) == expected


def test_defaults_model_is_frozen() -> None:
    cfg = GatewayConfig()
    with pytest.raises(Exception):  # noqa: B017 - pydantic's frozen error type
        cfg.listen = "0.0.0.0:25"  # type: ignore[misc]


def test_cli_refuses_to_start_with_a_broken_config(tmp_path: Path) -> None:
    path = write(tmp_path, "delivery:\n  tls: sometimes\n")
    proc = subprocess.run(
        [sys.executable, "-m", "gateway.cli", "run", "--config", str(path)],
        capture_output=True, text=True, timeout=60, cwd=ROOT, check=False,
    )
    assert proc.returncode == 2
    assert f"{path}:2: delivery.tls" in proc.stderr
    assert "refusing to start" in proc.stderr


def test_config_check_command(tmp_path: Path) -> None:
    ok = subprocess.run([sys.executable, "-m", "gateway.cli", "config", "check",
                         str(ROOT / "deploy/phigate.yaml")], capture_output=True, text=True,
                        timeout=60, cwd=ROOT, check=False)
    assert ok.returncode == 0, ok.stderr
    bad = subprocess.run([sys.executable, "-m", "gateway.cli", "config", "check",
                          str(write(tmp_path, "bogus: 1\n"))], capture_output=True, text=True,
                         timeout=60, cwd=ROOT, check=False)
    assert bad.returncode == 1 and "bogus: unknown key" in bad.stderr
