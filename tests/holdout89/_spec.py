"""Spec/Att re-exports and the addresses holdout89's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BTP", "NEA", "RCS", "Att", "Spec"]

BTP = "brightlinetelepsych.com"
NEA = "northstareap.com"
RCS = "riverbendcsu.org"
