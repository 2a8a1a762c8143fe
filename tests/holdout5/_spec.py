"""The message spec for the hand-written holdout5 message lists (shared: tests/mailsets/spec.py)."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["Att", "Spec"]
