"""Spec/Att re-exports and the addresses holdout73's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BDM", "LUMA", "SKS", "Att", "Spec"]

BDM = "birchwooddermmohs.com"
LUMA = "lumaaestheticspa.com"
SKS = "skinsignal.io"
