"""End to end: TLS fallback (never plaintext), redact-and-deliver keeping the original,
per-recipient outcomes within one domain (250 + DSN), officer/sender notices without PHI."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
import trustme

from gateway.app import Gateway
from tests.helpers.sink import Sink, server_context
from tests.integration.policy.test_policy_smtp import SENDER, message, parsed, send

pytestmark = [pytest.mark.integration, pytest.mark.slow]

MakeGateway = Callable[..., Awaitable[tuple[Gateway, int]]]
MakeSink = Callable[..., Awaitable[Sink]]

POLICY = """version: 1
phi_min_tls: none
tls_fallback: {{type: quarantine, reason: no secure channel}}
lists:
  internal_domains: [riverside-clinic.org]
  partners:
    - {{name: valley-lab, domains: [valleylab.com], baa_expires: 2099-12-31}}
providers:
  portal:
    host: 127.0.0.1
    port: {portal_port}
    tls: required
    trigger: {{subject_tag: "[secure]"}}
notify:
  officer: privacy@riverside-clinic.org
  from: phigate@riverside-clinic.org
rules:
  - name: blocked-mailbox
    description: This partner mailbox must not receive PHI
    when: {{phi: true, recipient: ["archive@valleylab.com"]}}
    action: {{type: reject, text: "Send results to results@ instead of archive@"}}
  - name: partner-with-baa
    description: PHI to the partner over verified TLS, else the encryption portal
    when: {{phi: true, recipient_in: [partner]}}
    action: {{type: deliver, tls: verify, fallback: {{type: encrypt, provider: portal}}}}
  - name: support-redacted
    description: The helpdesk vendor gets tickets with identifiers redacted
    when: {{phi: true, recipient_domain: [helpdesk.example]}}
    action: {{type: deliver}}
    modifiers:
      redact: {{entities: [MRN, PERSON, DATE_OF_BIRTH]}}
      notify: {{sender: true, officer: true, text: "Identifiers were removed before sending."}}
  - name: default
    description: everything else
    action: {{type: deliver}}
"""


@pytest.fixture
def tls_ctx(test_ca: trustme.CA) -> Any:
    return server_context(test_ca.issue_cert("127.0.0.1", "localhost"))


async def test_fallbacks_redaction_and_split_outcomes(
        make_gateway: MakeGateway, make_sink: MakeSink, tls_ctx: Any, ca_file: Path,
        tmp_path: Path) -> None:
    direct = await make_sink()  # no STARTTLS at all: a verify requirement cannot be met
    portal = await make_sink(tls_context=tls_ctx)
    policy_path = tmp_path / "policy.yaml"
    policy_path.write_text(POLICY.format(portal_port=portal.port), encoding="utf-8")
    gw, port = await make_gateway(
        hostname="gw.test", policy=str(policy_path),
        delivery={"smarthost": direct.hostport, "tls": "opportunistic", "ca_file": str(ca_file)},
        scan={"enabled": True, "workers": 1, "timeout": 60})

    # Partner needs verified TLS; the next hop offers none -> the encryption portal, never
    # plaintext. Within the same domain, archive@ is refused: 250 + a DSN to the sender.
    rcpts = ["results@valleylab.com", "archive@valleylab.com"]
    code, _ = await send(port, rcpts, message("results@valleylab.com"))
    assert code == 250
    assert [m.rcpts for m in portal.messages] == [["results@valleylab.com"]]
    assert portal.messages[0].encrypted
    assert parsed(portal.messages[0].data)["Subject"] == "[secure] Follow-up"
    assert not any(m.rcpts == ["results@valleylab.com"] for m in direct.messages)
    dsn = [m for m in direct.messages if m.rcpts == [SENDER]]
    assert len(dsn) == 1 and b"archive@valleylab.com" in dsn[0].data
    assert b"4481923" not in dsn[0].data
    fields = gw.audit.records(kind="decision")[0].as_dict()["fields"]
    assert fields["action"] == "deliver" and fields["fallback"] == "encrypt"
    assert fields["provider"] == "portal"

    # Redact-and-deliver: identifiers replaced by their types; the original is held.
    n_before = len(direct.messages)
    code, _ = await send(port, ["tickets@helpdesk.example"], message("tickets@helpdesk.example"))
    assert code == 250
    new = direct.messages[n_before:]
    delivered = [m for m in new if m.rcpts == ["tickets@helpdesk.example"]]
    assert len(delivered) == 1
    body = parsed(delivered[0].data).get_content()  # type: ignore[attr-defined]
    assert "4481923" not in body and "Solberg" not in body and "<MRN>" in body
    assert "pneumonia" in body  # health content stays (only identifiers were asked for)
    held = gw.quarantine_store.list(status="held")
    assert len(held) == 1 and held[0].reason == "original of a redacted delivery"
    assert b"4481923" in gw.quarantine_store.open_message(held[0].id)

    # Notices to the sender and the officer: a reference and the rule, no PHI.
    notices = [m for m in new if m.rcpts in (["privacy@riverside-clinic.org"], [SENDER])]
    assert len(notices) == 2
    for n in notices:
        text = n.data.decode()
        assert "support-redacted" in text and "helpdesk.example" in text
        assert "4481923" not in text and "Solberg" not in text and "tickets@" not in text
