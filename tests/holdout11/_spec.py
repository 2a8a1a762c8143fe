"""Spec/Att re-exports and the addresses holdout11's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CH", "KMB", "NG", "Att", "Spec"]

CH = "cedarhollowmg.com"
NG = "northgatehealth.org"
KMB = "keystonemedbilling.com"
