"""Spec/Att re-exports and the addresses holdout106's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BWF", "MED", "TVL", "Att", "Spec"]

BWF = "bloomfieldwhf.com"
MED = "marigolddonors.com"
TVL = "thornevasquezlaw.com"
