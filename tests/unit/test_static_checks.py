"""The strict gates run with the suite: ruff (async, security, broad-except families) and mypy
strict. A lint or type error fails `make test` like any other defect."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)


def test_ruff_is_clean() -> None:
    proc = run(str(BIN / "ruff"), "check", "--output-format", "concise",
               "gateway", "tests", "bench", "models")
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]


@pytest.mark.slow
def test_mypy_strict_is_clean() -> None:
    proc = run(str(BIN / "mypy"))
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
