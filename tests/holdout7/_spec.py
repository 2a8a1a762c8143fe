"""Spec/Att re-exports and the addresses holdout7's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CED", "LCI", "RHV", "Att", "Spec"]

RHV = "riverbendheart.com"
LCI = "larkspuronc.org"
CED = "cedarlinerx.com"
