"""Spec/Att re-exports and the addresses holdout107's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["KDB", "RCH", "SOM", "Att", "Spec"]

RCH = "riverbendchc.org"
SOM = "summitoralsurgery.com"
KDB = "keystonedentalbilling.com"
