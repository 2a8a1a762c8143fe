"""Mails the gateway writes itself. They never quote the original message (no subject, no text)."""

from __future__ import annotations

import email.utils
import socket
from email.message import EmailMessage
from email.policy import SMTP

from gateway.config import GatewayConfig


def _hostname(config: GatewayConfig) -> str:
    return config.hostname or socket.getfqdn()


def build_dsn(config: GatewayConfig, queue_id: str, sender: str,
              refused: list[tuple[str, str]]) -> bytes:
    """A delivery status notification (RFC 3464) for recipients refused for good."""
    host = _hostname(config)
    msg = EmailMessage(policy=SMTP)
    msg["From"] = f"Mail Delivery System <MAILER-DAEMON@{host}>"
    msg["To"] = sender
    msg["Subject"] = "Undelivered mail: some recipients could not be reached"
    msg["Date"] = email.utils.formatdate(localtime=False)
    msg["Message-ID"] = email.utils.make_msgid(idstring=queue_id, domain=host)
    msg["Auto-Submitted"] = "auto-replied"
    lines = [
        "Your message (reference " + queue_id + ") was delivered to some recipients,",
        "but the following could not be reached and will not be retried:",
        "",
        *[f"  {rcpt}: {detail}" for rcpt, detail in refused],
        "",
        "Check the addresses, or contact your mail administrator with the reference above.",
    ]
    msg.set_content("\n".join(lines))
    status = [f"Reporting-MTA: dns; {host}", ""]
    for rcpt, detail in refused:
        code = detail.split(" ", 1)[0] if detail[:1] in "45" else "5.0.0"
        status += [f"Final-Recipient: rfc822; {rcpt}", "Action: failed", f"Status: {code}", ""]
    msg.make_mixed()
    from email.mime.text import MIMEText  # noqa: PLC0415 - message/delivery-status part

    part = MIMEText("\r\n".join(status), "plain")
    part.replace_header("Content-Type", "message/delivery-status")
    msg.attach(part)
    msg.replace_header("Content-Type", msg.get_content_type().replace("mixed", "report")
                       + f'; report-type=delivery-status; boundary="{msg.get_boundary()}"')
    return msg.as_bytes()
