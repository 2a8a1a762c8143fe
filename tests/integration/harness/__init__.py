"""Helpers that start real services (Postfix, the gateway as a subprocess) for integration tests."""
