"""Spec/Att re-exports and the addresses devset9's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CCD", "MHC", "RCM", "ROP", "Att", "Spec"]

CCD = "cedarcrestdental.com"
ROP = "ridgelineortho.com"
MHC = "maplehavencare.org"
RCM = "clearpathrcm.com"
