"""Spec/Att re-exports and the addresses holdout38's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CH", "MW", "WM", "Att", "Spec"]

CH = "cedarhollowobgyn.com"
WM = "willowmerebirthcenter.org"
MW = "milkweeddoulas.com"
