"""Spec/Att re-exports and the addresses devset14's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CVE", "DISCLAIMER", "LSE", "SSK", "Att", "Spec"]

SSK = "summitskin.org"
LSE = "lakeshoreent.com"
CVE = "clearvieweye.org"

DISCLAIMER = (
    "\n"
    "--\n"
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain protected health\n"
    "information or other confidential information. If you are not the intended recipient,\n"
    "notify the sender and delete this message. Summit Skin & Mohs Surgery\n"
)
