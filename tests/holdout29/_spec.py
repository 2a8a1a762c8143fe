"""Spec/Att re-exports and the addresses holdout29's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BLOOM", "GW", "NLF", "Att", "Spec"]

NLF = "northernlightsfertility.com"
BLOOM = "bloombirthcenter.org"
GW = "genewisecounseling.com"
