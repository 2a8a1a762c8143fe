"""Spec/Att re-exports and the addresses holdout13's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["KRL", "MWH", "RCHC", "Att", "Spec"]

RCHC = "riverbendchc.org"
MWH = "magnoliawomens.com"
KRL = "keystonelab.com"
