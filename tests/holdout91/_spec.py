"""Spec/Att re-exports and the addresses holdout91's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["LAN", "NGN", "RMS", "Att", "Spec"]

NGN = "northgateneuro.com"
RMS = "riverbendmsinfusion.org"
LAN = "lanternals.org"
