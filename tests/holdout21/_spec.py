"""Spec/Att re-exports and the addresses holdout21's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["LUH", "NSO", "PBC", "Att", "Spec"]

LUH = "lakemonthealth.org"
NSO = "northstarorgan.org"
PBC = "prairieblood.org"
