"""Where the detector's files live by default."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DETECTOR_CONFIG = REPO_ROOT / "models" / "detector.yaml"
