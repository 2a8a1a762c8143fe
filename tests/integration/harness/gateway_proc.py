"""Run the gateway as a real ``phigate run --config FILE`` subprocess (signals, crashes)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from tests.integration.harness.net import free_port, wait_listening

ROOT = Path(__file__).resolve().parents[3]


def write_config(path: Path, data: Mapping[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(dict(data), sort_keys=False), encoding="utf-8")
    return path


class GatewayProcess:
    """One ``phigate run`` child. Its log (stderr) is appended to ``log_file`` across restarts."""

    def __init__(self, workdir: Path, config: Mapping[str, Any], *, port: int | None = None,
                 env: Mapping[str, str] | None = None) -> None:
        self.workdir = workdir
        self.port = port or free_port()
        data: dict[str, Any] = {
            "listen": f"127.0.0.1:{self.port}",
            "state_dir": str(workdir / "var"),
            "hostname": "gateway.phigate.test",
            **pass_through(),
        }
        data.update(config)
        self.config = data
        self.config_path = write_config(workdir / "phigate.yaml", data)
        self.log_file = workdir / "gateway.log"
        self.env = dict(env or {})
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def start(self, wait: bool = True, timeout: float = 30.0) -> GatewayProcess:
        env = dict(os.environ)
        env.update(self.env)
        env.setdefault("PYTHONUNBUFFERED", "1")
        with open(self.log_file, "ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "gateway.cli", "run", "--config", str(self.config_path)],
                cwd=ROOT, stdin=subprocess.DEVNULL, stdout=log, stderr=log, env=env,
            )
        self.starts += 1
        if wait:
            self.wait_ready(timeout)
        return self

    def wait_ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"gateway exited with {self.proc.returncode}:\n{self.log_tail()}"
                )
            try:
                wait_listening("127.0.0.1", self.port, timeout=0.5)
                return
            except TimeoutError:
                if time.monotonic() > deadline:
                    raise

    def signal(self, sig: int) -> None:
        assert self.proc is not None
        self.proc.send_signal(sig)

    def kill(self) -> None:
        """SIGKILL: a crash, with no chance to finish anything."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def terminate(self, timeout: float = 60.0) -> int:
        """SIGTERM and wait for the exit code."""
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout)

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        try:
            self.terminate(timeout=15)
        except subprocess.TimeoutExpired:
            self.kill()

    def log_text(self) -> str:
        try:
            return self.log_file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def log_tail(self, lines: int = 40) -> str:
        return "\n".join(self.log_text().splitlines()[-lines:])

    def __enter__(self) -> GatewayProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def pass_through() -> dict[str, Any]:
    """Config overrides for a relay with no scanning (the pass-through inspector).

    ``scan.enabled`` defaults to true once the scanner exists; relay tests measure the relay.
    """
    from gateway.config import GatewayConfig

    return {"scan": {"enabled": False}} if "scan" in GatewayConfig.model_fields else {}
