"""Spec/Att re-exports and the addresses holdout126's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BPS", "HCM", "MPR", "Att", "Spec"]

HCM = "harborviewcmhc.org"
BPS = "brightpathschooltherapy.org"
MPR = "meridianpsychrecords.com"
