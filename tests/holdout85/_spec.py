"""Spec/Att re-exports and the addresses holdout85's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["ACC", "GGS", "SHC", "Att", "Spec"]

SHC = "health.ridgemont.edu"
ACC = "access.ridgemont.edu"
GGS = "globeguardstudent.com"
