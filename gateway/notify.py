"""Mails the gateway writes itself. They never quote the original message (no subject, no text)."""

from __future__ import annotations

import email.utils
import re
import secrets
import socket

from gateway.config import GatewayConfig

_ENHANCED = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


def _hostname(config: GatewayConfig) -> str:
    return config.hostname or socket.getfqdn()


def _status(detail: str) -> str:
    first = detail.split(" ", 1)[0]
    return first if _ENHANCED.match(first) and first[0] in "45" else "5.0.0"


def dsn_needs_smtputf8(sender: str, refused: list[tuple[str, str]]) -> bool:
    """A DSN naming non-ASCII addresses must travel with SMTPUTF8 (RFC 6533)."""
    return not all(a.isascii() for a in (sender, *(r for r, _ in refused)))


def build_dsn(config: GatewayConfig, queue_id: str, sender: str,
              refused: list[tuple[str, str]]) -> bytes:
    """A delivery status notification (RFC 3464) for recipients refused for good.

    ``refused`` holds (recipient, detail) where detail is our own text starting with the
    enhanced status code. The result has CRLF line ends and is ASCII unless an address is not
    (then UTF-8, to be sent with SMTPUTF8, see :func:`dsn_needs_smtputf8`).
    """
    host = _hostname(config)
    boundary = f"=_phigate_dsn_{secrets.token_hex(12)}"
    utf8 = dsn_needs_smtputf8(sender, refused)
    addr_type = "utf-8" if utf8 else "rfc822"
    human = [
        "Your message (reference " + queue_id + ") was delivered to some recipients,",
        "but the following could not be reached and will not be retried:",
        "",
        *[f"  {rcpt}: {detail}" for rcpt, detail in refused],
        "",
        "Check the addresses, or contact your mail administrator with the reference above.",
    ]
    status = [f"Reporting-MTA: dns; {host}", f"X-Phigate-Queue-ID: {queue_id}", ""]
    for rcpt, detail in refused:
        status += [
            f"Final-Recipient: {addr_type}; {rcpt}",
            "Action: failed",
            f"Status: {_status(detail)}",
            "",
        ]
    lines = [
        f"From: Mail Delivery System <MAILER-DAEMON@{host}>",
        f"To: <{sender}>",
        "Subject: Undelivered mail: some recipients could not be reached",
        f"Date: {email.utils.formatdate(localtime=False)}",
        f"Message-ID: {email.utils.make_msgid(idstring=queue_id, domain=host)}",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"',
        "",
        "This is a MIME-encapsulated delivery status notification.",
        "",
        f"--{boundary}",
        f"Content-Type: text/plain; charset={'utf-8' if utf8 else 'us-ascii'}",
        f"Content-Transfer-Encoding: {'8bit' if utf8 else '7bit'}",
        "",
        *human,
        "",
        f"--{boundary}",
        f"Content-Type: message/{'global-delivery-status' if utf8 else 'delivery-status'}",
        "",
        *status,
        f"--{boundary}--",
        "",
    ]
    return "\r\n".join(lines).encode("utf-8")
