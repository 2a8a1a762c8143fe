"""phigate: an outbound SMTP gateway that keeps protected health information from leaving unprotected."""

__version__ = "0.1.0"
