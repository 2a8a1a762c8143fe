"""Spec/Att re-exports and the addresses holdout98's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["FSL", "LPS", "SBB", "Att", "Spec"]

LPS = "larkspurplastics.com"
SBB = "stbrendanburn.org"
FSL = "fernhollowlaser.com"
