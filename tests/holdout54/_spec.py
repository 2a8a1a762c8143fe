"""Spec/Att re-exports and the addresses holdout54's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BWA", "KRP", "MVM", "Att", "Spec"]

MVM = "mercyvalleymc.org"
KRP = "keystonerecoverypartners.com"
BWA = "bridgewayadvocates.org"
