"""Spec/Att re-exports and the addresses holdout19's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BD", "CV", "SF", "Att", "Spec"]

CV = "clearvieweye.com"
BD = "brightsidedental.com"
SF = "stridefootwound.com"
