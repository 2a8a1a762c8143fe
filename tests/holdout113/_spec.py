"""Spec/Att re-exports and the addresses holdout113's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["OHF", "RRM", "SRP", "Att", "Spec"]

RRM = "riverbendregional.org"
SRP = "summitrecoverypartners.com"
OHF = "openhandsfund.org"
