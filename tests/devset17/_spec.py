"""Spec/Att re-exports and the addresses devset17's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["NGA", "VDH", "WWO", "Att", "Spec"]

VDH = "valleydigestive.com"
NGA = "northgateallergy.com"
WWO = "workwellocc.com"
