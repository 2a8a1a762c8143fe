"""Spec/Att re-exports and the addresses holdout67's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BWC", "SWR", "TCD", "Att", "Spec"]

BWC = "brightwatercmhc.org"
SWR = "secondwindrecovery.org"
TCD = "tamarackdiversion.org"
