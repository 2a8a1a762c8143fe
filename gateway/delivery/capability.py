"""What a recipient domain can do for transport security (a policy condition)."""

from __future__ import annotations

from enum import StrEnum


class TlsCapability(StrEnum):
    """Strongest authenticated channel a domain offers, as last resolved.

    DANE: DNSSEC-signed TLSA for its MX hosts; MTA_STS: an enforce-mode MTA-STS policy;
    STARTTLS: STARTTLS seen but no way to authenticate the server; NONE: plaintext only;
    UNKNOWN: not resolved (yet) or resolution failed.
    """

    DANE = "dane"
    MTA_STS = "mta-sts"
    STARTTLS = "starttls"
    NONE = "none"
    UNKNOWN = "unknown"
