"""Spec/Att re-exports and the addresses holdout45's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CRA", "HPE", "QWS", "Att", "Spec"]

CRA = "cedarridgeallergy.com"
HPE = "harborpointent.com"
QWS = "quietwatersleep.org"
