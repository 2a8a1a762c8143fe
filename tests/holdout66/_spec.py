"""Spec/Att re-exports and the addresses holdout66's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BMP", "IRC", "SIR", "Att", "Spec"]

BMP = "brookfieldmedpartners.com"
SIR = "summitimagingreaders.com"
IRC = "ironbridgerecords.com"
