"""Pure pieces of the SMTP edge and delivery: no sockets."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from gateway.config import GatewayConfig
from gateway.delivery.smtpclient import safe_detail
from gateway.notify import build_dsn, dsn_needs_smtputf8
from gateway.smtp.server import has_bare_cr_or_lf, new_queue_id, null_path, peer_allowed

NETS = (ipaddress.ip_network("10.0.0.0/8"), ipaddress.ip_network("2001:db8::/32"))


def test_bare_cr_lf_table() -> None:
    assert not has_bare_cr_or_lf(b"")
    assert not has_bare_cr_or_lf(b"a\r\nb\r\n\r\n")
    for bad in (b"a\nb\r\n", b"a\rb\r\n", b"\r\n.\n", b"\n.\r\n", b"x\r", b"\n", b"\r\r\n"):
        assert has_bare_cr_or_lf(bad), bad


@given(st.binary(max_size=200))
def test_bare_cr_lf_matches_definition(data: bytes) -> None:
    stripped = data.replace(b"\r\n", b"")
    assert has_bare_cr_or_lf(data) == (b"\r" in stripped or b"\n" in stripped)


def test_peer_allowed() -> None:
    assert peer_allowed(("10.1.2.3", 2525), NETS)
    assert peer_allowed(("::ffff:10.1.2.3", 2525, 0, 0), NETS)  # v4-mapped on a v6 socket
    assert peer_allowed(("2001:db8::1", 25, 0, 0), NETS)
    assert not peer_allowed(("192.0.2.1", 25), NETS)
    assert not peer_allowed(("not-an-ip", 25), NETS)
    assert not peer_allowed(None, NETS)


def test_null_path() -> None:
    assert null_path("<>") == "" and null_path(None) == "" and null_path(" ") == ""
    assert null_path("a@b.test") == "a@b.test"


def test_queue_ids_are_unique_and_safe() -> None:
    ids = {new_queue_id() for _ in range(2000)}
    assert len(ids) == 2000
    assert all(re.fullmatch(r"[A-Z2-7]{16}", i) for i in ids)


def test_safe_detail_keeps_enhanced_code_never_peer_text() -> None:
    d = safe_detail(550, "5.1.1 <ingrid@x.test>: patient Ingrid unknown", "recipient refused")
    assert d == "5.1.1 recipient refused (550)"
    assert safe_detail(451, "try later, Ingrid", "busy") == "busy (451)"


def test_dsn_is_a_valid_report_without_original_content() -> None:
    cfg = GatewayConfig(hostname="gw.test")
    data = build_dsn(cfg, "QID123", "sender@org.test",
                     [("bad@x.test", "5.1.1 recipient refused by next hop (550)"),
                      ("odd@x.test", "no enhanced code")])
    assert b"\n" not in data.replace(b"\r\n", b"")  # CRLF only
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert msg.get_content_type() == "multipart/report"
    assert msg.get_param("report-type") == "delivery-status"
    assert msg["To"].addresses[0].addr_spec == "sender@org.test"
    human, status = msg.get_payload()
    assert "QID123" in human.get_content()
    assert status.get_content_type() == "message/delivery-status"
    blocks = status.get_payload()
    fields = [dict(b.items()) for b in blocks]
    assert fields[0]["Reporting-MTA"] == "dns; gw.test"
    assert fields[1]["Final-Recipient"] == "rfc822; bad@x.test"
    assert fields[1]["Status"] == "5.1.1" and fields[1]["Action"] == "failed"
    assert fields[2]["Status"] == "5.0.0"
    assert not dsn_needs_smtputf8("sender@org.test", [("bad@x.test", "")])


def test_dsn_for_utf8_addresses() -> None:
    refused = [("\u00e9lodie@d\u00e9st.test", "5.1.1 x")]
    assert dsn_needs_smtputf8("j\u00f6ran@org.test", refused)
    data = build_dsn(GatewayConfig(hostname="gw.test"), "Q", "j\u00f6ran@org.test", refused)
    assert b"message/global-delivery-status" in data
    assert "utf-8; \u00e9lodie@d\u00e9st.test".encode() in data


# --- the MAIL/RCPT address fast path agrees with aiosmtpd's RFC 5322 parser ----------------

_ATEXT = "abcXYZ019!#$%&'*+/=?^_`{|}~-"
_PIECES = st.sampled_from([*_ATEXT, ".", "@", "<", ">", " ", "\t", "(", ")", '"', "\\", "[",
                           "]", ":", ",", "=", "é", "SIZE=10", "BODY=8BITMIME", "a@b.test",
                           "<a@b.test>", "x.y", "-"])


def _parsers() -> tuple[object, object]:
    from aiosmtpd.smtp import SMTP

    from gateway.smtp.server import GatewaySMTP

    class Plain:
        local_part_limit = 64

    class Fast(GatewaySMTP):
        def __init__(self) -> None:  # the parser needs no connection state
            self.local_part_limit = 64

    def outcome(parse: Callable[[str], object]) -> Callable[[str], object]:
        def run(arg: str) -> object:
            try:
                return parse(arg)
            except Exception as exc:  # aiosmtpd's parser raises IndexError on "<"
                return type(exc)
        return run

    return (outcome(lambda a: SMTP._getaddr(Plain(), a)),  # type: ignore[arg-type]
            outcome(Fast()._getaddr))


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_address_fast_path_matches_aiosmtpd(arg: str) -> None:
    slow, fast = _parsers()
    assert fast(arg) == slow(arg)  # type: ignore[operator]


@given(st.from_regex(r"<[a-z0-9.+_-]{1,20}@[a-z0-9-]{1,10}(\.[a-z0-9-]{1,10}){0,3}>"
                     r"( {1,3}[A-Z0-9=]{1,12}){0,3}", fullmatch=True))
def test_address_fast_path_matches_aiosmtpd_on_typical_input(arg: str) -> None:
    slow, fast = _parsers()
    assert fast(arg) == slow(arg)  # type: ignore[operator]


def test_address_fast_path_limits() -> None:
    _, fast = _parsers()
    assert fast("<" + "a" * 65 + "@b.test>") == (None, None)  # type: ignore[operator]
    assert fast("<a@b.test> SIZE=5") == ("a@b.test", "SIZE=5")  # type: ignore[operator]
