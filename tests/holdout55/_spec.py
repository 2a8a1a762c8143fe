"""Spec/Att re-exports and the addresses holdout55's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["KCR", "MTS", "NIRB", "Att", "Spec"]

MTS = "meridiantrialsites.com"
NIRB = "northstarirb.org"
KCR = "kestrelclinical.com"
