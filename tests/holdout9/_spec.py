"""Spec/Att re-exports and the addresses holdout9's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["GP", "MH", "RW", "Att", "Spec"]

GP = "granitepeakortho.com"
RW = "restwellsleep.com"
MH = "meridianhme.com"
