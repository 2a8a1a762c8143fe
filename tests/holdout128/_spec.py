"""Spec/Att re-exports and the addresses holdout128's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CHE", "CSP", "GLS", "Att", "Spec"]

CHE = "cedarhollowendo.org"
GLS = "glucolinksupply.com"
CSP = "campsugarpine.org"
