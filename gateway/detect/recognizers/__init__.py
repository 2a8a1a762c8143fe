"""phigate's recognizers: small Presidio recognizer classes, registered explicitly by the Detector."""
