"""Spec/Att re-exports and the addresses holdout68's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BWE", "NLV", "SPL", "Att", "Spec"]

BWE = "brightwatereye.com"
SPL = "spectaclelane.com"
NLV = "northlightvision.org"
