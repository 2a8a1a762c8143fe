"""Spec/Att re-exports and the addresses holdout49's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CVI", "NPN", "RBD", "Att", "Spec"]

RBD = "riverbenddigestive.com"
CVI = "crestviewinfusion.com"
NPN = "nourishpathnutrition.com"
