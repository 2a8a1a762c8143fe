"""Spec/Att re-exports and the addresses holdout34's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["ALIGN", "MSP", "PIC", "Att", "Spec"]

MSP = "metrospinepain.com"
ALIGN = "alignpt.com"
PIC = "precisionimagingctr.com"
