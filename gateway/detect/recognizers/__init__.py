"""phigate recognizers: small Presidio recognizer classes, registered by the Detector."""
