"""The notice a sender gets when a reviewer rejects a held message.

Gateway-generated and templated: the quarantine reference and the reviewer's note only, never
the subject, recipients or any text of the original (the note is written by the reviewer, who
is warned in the console and the CLI that it must not contain PHI).
"""

from __future__ import annotations

import email.utils
import socket
from email.message import EmailMessage
from email.policy import SMTP

from gateway.config import GatewayConfig

TEMPLATE = """\
Your message (reference {ref}, held on {held}) was stopped by the outbound mail gateway
because it appeared to contain protected health information. A reviewer has decided
that it will not be sent.
{note_block}
Nothing was delivered to the recipients. If you still need to send this information,
use the organisation's secure (encrypted) mail or portal, or contact your privacy office
and quote the reference above.
"""


def notice_sender(config: GatewayConfig) -> str:
    host = config.hostname or socket.getfqdn()
    return config.quarantine.notice_from or f"postmaster@{host}"


def build_reject_notice(config: GatewayConfig, *, ref: str, held_at: float, recipient: str,
                        note: str | None) -> bytes:
    host = config.hostname or socket.getfqdn()
    msg = EmailMessage(policy=SMTP)
    msg["From"] = f"Outbound mail gateway <{notice_sender(config)}>"
    msg["To"] = recipient
    msg["Subject"] = f"Message not sent (reference {ref})"
    msg["Date"] = email.utils.formatdate(localtime=False)
    msg["Message-ID"] = email.utils.make_msgid(idstring=ref, domain=host)
    msg["Auto-Submitted"] = "auto-replied"
    held = email.utils.formatdate(held_at, localtime=False)
    note_block = ""
    if note:
        clean = "\n".join("  " + line for line in note.strip().splitlines()[:20])
        note_block = f"\nReviewer's note:\n{clean}\n"
    msg.set_content(TEMPLATE.format(ref=ref, held=held, note_block=note_block))
    return msg.as_bytes()
