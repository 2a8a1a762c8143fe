"""One list of consumer mail services: the policy's default webmail list and the detector's
private-mailbox test read the same gateway/mailboxes.py."""

from __future__ import annotations

import pytest

from gateway.detect.engine import _PERSONAL_MAILBOX
from gateway.mailboxes import CONSUMER_MAIL_DOMAINS
from gateway.policy.model import DEFAULT_WEBMAIL


def test_policy_default_is_the_shared_list() -> None:
    assert DEFAULT_WEBMAIL == CONSUMER_MAIL_DOMAINS
    assert len(set(CONSUMER_MAIL_DOMAINS)) == len(CONSUMER_MAIL_DOMAINS)


@pytest.mark.parametrize("domain", CONSUMER_MAIL_DOMAINS)
def test_every_listed_service_is_a_private_mailbox_to_the_detector(domain: str) -> None:
    assert _PERSONAL_MAILBOX.search(f"someone@{domain}.")


@pytest.mark.parametrize(
    ("address", "private"),
    [
        ("tessa@gmail.co.uk.", True),  # a country suffix of a listed service
        ("wei@qq.com.", True),
        ("billing@riverbendheart.com.", False),
        ("me@mygmail.com.", False),  # the label must be the whole first label
        ("ops@mail.riverbendheart.com.", False),  # a subdomain called mail is the org's
        ("Tara <tara@gmail.com> wrote:", True),  # inside a quoted attribution line
        ("tara@yahoo.com.mx", True),
    ],
)
def test_private_mailbox_labels(address: str, private: bool) -> None:
    assert bool(_PERSONAL_MAILBOX.search(address)) is private
