"""Spec/Att re-exports and the addresses holdout23's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["EID", "EID_NOTICE", "MCH", "MCH_NOTICE", "WTM", "Att", "Spec"]

EID = "eastsideid.com"
MCH = "metrocountyhealth.gov"
WTM = "wayfarertravelmed.com"

EID_NOTICE = (
    "\nCONFIDENTIALITY NOTICE: This e-mail, including any attachments, may contain protected "
    "health\n"
    "information that is confidential under HIPAA. If you are not the intended recipient, please\n"
    "notify the sender and delete this message.\n"
)
MCH_NOTICE = (
    "\n--\nMetro County Public Health | 210 Civic Center Dr | metrocountyhealth.gov\n"
    "This communication may contain confidential health information protected by state and "
    "federal\n"
    "law. Unauthorized review, use or disclosure is prohibited.\n"
)
