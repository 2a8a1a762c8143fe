"""Spec/Att re-exports and the addresses holdout25's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["LAM", "RRMC", "TSPC", "Att", "Spec"]

RRMC = "riversideregional.org"
TSPC = "tristatepoison.org"
LAM = "lifelineair.com"
