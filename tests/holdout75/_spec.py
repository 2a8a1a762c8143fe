"""Spec/Att re-exports and the addresses holdout75's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["GPD", "RBK", "SCT", "Att", "Spec"]

RBK = "riverbendkidney.com"
SCT = "summitcresttransplant.org"
GPD = "greatprairiedonor.org"
