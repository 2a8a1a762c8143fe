"""Spec/Att re-exports, the addresses devset13's message lists share and identifier helpers."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["KRR", "MHI", "PFH", "SAH", "Att", "Spec", "dea", "npi"]

KRR = "keelbridgerev.com"  # Keelbridge Revenue Recovery: PFS / collections vendor
SAH = "stanselmcommunity.org"  # St. Anselm Community Hospital (Keelbridge's client)
PFH = "puentefamilyhealth.org"  # Puente Family Health Network (primary care, immigrant communities)
MHI = "meridianhomeinfusion.com"  # Meridian Home Infusion


def npi(first9: str) -> str:
    """A 10-digit NPI whose check digit passes Luhn over the 80840 prefix."""
    total = 0
    for i, ch in enumerate(reversed("80840" + first9)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return first9 + str((10 - total % 10) % 10)


def dea(letters: str, first6: str) -> str:
    """A DEA registration number with a correct check digit."""
    d = [int(c) for c in first6]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return f"{letters}{first6}{check}"
