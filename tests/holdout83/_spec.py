"""Spec/Att re-exports and the addresses holdout83's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BAB", "LMP", "SOM", "Att", "Spec"]

LMP = "littlemolarspeds.com"
SOM = "summitoms.com"
BAB = "brightarchdental.com"
