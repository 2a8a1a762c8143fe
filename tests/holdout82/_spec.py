"""Spec/Att re-exports and the addresses holdout82's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CBR", "MCC", "THH", "Att", "Spec"]

CBR = "cobaltbayrecovery.org"
THH = "thresholdhomes.net"
MCC = "marrowcountycourts.gov"
