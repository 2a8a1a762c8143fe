"""Spec/Att re-exports and the addresses holdout57's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BUC", "IOH", "VTX", "Att", "Spec"]

BUC = "brightwateruc.com"
IOH = "ironlineoccmed.com"
VTX = "veritastoxlabs.com"
