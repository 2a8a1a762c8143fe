"""Spec/Att re-exports and the addresses holdout117's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CCPD", "ICH", "SGR", "Att", "Spec"]

ICH = "ironwoodch.com"
CCPD = "caldercountypd.org"
SGR = "secondgatereentry.org"
