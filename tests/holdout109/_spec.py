"""Spec/Att re-exports and the addresses holdout109's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["KPN", "LPV", "TCS", "Att", "Spec"]

LPV = "larkspurpavilion.org"
TCS = "tidewatercrisis.org"
KPN = "kindredpath.org"
