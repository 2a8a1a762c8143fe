"""Spec/Att re-exports and the addresses holdout37's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CNA", "HMS", "RKC", "Att", "Spec"]

RKC = "riverbendkidney.com"
CNA = "cascadenephro.com"
HMS = "homesteadmedsupply.com"
