"""Spec/Att re-exports and the addresses holdout116's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["LBI", "TPH", "VWW", "Att", "Spec"]

LBI = "lakeshorebariatric.org"
TPH = "trimpathhealth.com"
VWW = "vitaliswellness.com"
