"""Spec/Att re-exports and the addresses holdout52's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BRM", "KRC", "SPI", "Att", "Spec"]

BRM = "brookhavenregional.org"
SPI = "silverpineinfusion.com"
KRC = "keystoneride.com"
