"""Spec/Att re-exports and the addresses devset15's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["MCPH", "NFC", "PSD", "Att", "Spec"]

NFC = "northfield.edu"
MCPH = "marlowcounty.gov"
PSD = "pinecrestschools.org"
