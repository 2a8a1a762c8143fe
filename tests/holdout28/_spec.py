"""Spec/Att re-exports and the addresses holdout28's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BPR", "KBH", "ODC", "Att", "Spec"]

KBH = "keystonebhp.org"
BPR = "bridgespeer.org"
ODC = "opendoorcs.org"
