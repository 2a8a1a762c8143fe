"""Spec/Att re-exports and the addresses devset8's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CGS", "NG", "RB", "Att", "Spec"]

RB = "riverbendchc.org"
CGS = "cedargrovesbhc.org"
NG = "northgatebhr.org"
