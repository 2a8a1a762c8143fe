"""phigate: an outbound SMTP gateway that keeps PHI from leaving unprotected."""

__version__ = "0.1.0"
