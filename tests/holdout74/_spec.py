"""Spec/Att re-exports and the addresses holdout74's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BVS", "CBH", "SVE", "Att", "Spec"]

CBH = "clearbrookhearing.com"
SVE = "summitvalleyent.org"
BVS = "brightvoicesspeech.com"
