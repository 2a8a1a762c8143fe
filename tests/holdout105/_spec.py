"""Spec/Att re-exports and the addresses holdout105's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["GRN", "RBD", "SKT", "Att", "Spec"]

RBD = "riverbenddialysis.org"
SKT = "summitkidneytx.org"
GRN = "greenleafrenalnutrition.com"
