"""Spec/Att re-exports and the addresses holdout33's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["FMT", "RVFM", "SHH", "Att", "Spec"]

RVFM = "redwoodvalleyfm.com"
SHH = "sierrahospicehouse.org"
FMT = "foothillmedtransport.com"
