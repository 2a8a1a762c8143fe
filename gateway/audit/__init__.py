"""Tamper-evident audit trail (hash chain + HMAC in SQLite) and its forwarding to a SIEM."""
