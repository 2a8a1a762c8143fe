"""Spec/Att re-exports and the addresses holdout97's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BKU", "LAV", "MSP", "Att", "Spec"]

MSP = "maplesproutpeds.com"
BKU = "brightpathkidsuc.com"
LAV = "littlearmsvan.org"
