"""The encrypted quarantine store and its release path (see docs/quarantine.md)."""
