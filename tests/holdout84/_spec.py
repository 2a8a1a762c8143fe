"""Spec/Att re-exports and the addresses holdout84's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BWO", "KBR", "LWN", "Att", "Spec"]

BWO = "bramblewoodonc.com"
KBR = "kestrelbayradonc.org"
LWN = "lanternwaynav.org"
