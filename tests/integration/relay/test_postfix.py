"""Real Postfix (configured by deploy/postfix/) -> ``phigate run`` -> sink."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest

from tests.integration.harness.gateway_proc import GatewayProcess
from tests.integration.harness.postfix import PostfixInstance
from tests.integration.harness.sinkthread import ThreadedSink

pytestmark = pytest.mark.integration

MakeProc = Callable[..., GatewayProcess]
MakeSink = Callable[..., ThreadedSink]
MakePostfix = Callable[..., PostfixInstance]


def chain(threaded_sink: MakeSink, gateway_process: MakeProc,
          postfix: MakePostfix) -> tuple[ThreadedSink, GatewayProcess, PostfixInstance]:
    sink = threaded_sink()
    gw = gateway_process({"delivery": {"smarthost": sink.hostport, "tls": "none"}})
    return sink, gw, postfix(gw.port)


def body_of(data: bytes) -> bytes:
    return data.split(b"\r\n\r\n", 1)[1]


def test_postfix_uses_the_shipped_snippets(threaded_sink: MakeSink, gateway_process: MakeProc,
                                           postfix: MakePostfix) -> None:
    _, gw, pf = chain(threaded_sink, gateway_process, postfix)
    assert pf.postconf("default_transport") == f"phigate:[127.0.0.1]:{gw.port}"
    assert pf.postconf("phigate_destination_recipient_limit") == "1"


def test_8bit_and_smtputf8_through_postfix(threaded_sink: MakeSink, gateway_process: MakeProc,
                                           postfix: MakePostfix) -> None:
    sink, _, pf = chain(threaded_sink, gateway_process, postfix)
    body8 = "caf\u00e9 \u00fcber na\u00efve\n\u2603 snowman\n.dot line\n".encode()
    pf.sendmail("a@org.test", ["b@dest.test"],
                b"Subject: 8bit\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
                b"Content-Transfer-Encoding: 8bit\n\n" + body8)
    utf8_rcpt = "\u00e9lodie@d\u00e9st.test"
    pf.sendmail("j\u00f6ran@org.test", [utf8_rcpt],
                "Subject: r\u00e9sum\u00e9\nTo: \u00e9lodie@d\u00e9st.test\n\n\u65e5\u672c\n"
                .encode())
    sink.wait_for(2, timeout=30)
    by_rcpt = {m.rcpts[0]: m for m in sink.messages}
    assert body_of(by_rcpt["b@dest.test"].data) == body8.replace(b"\n", b"\r\n")
    m = by_rcpt[utf8_rcpt]
    assert m.mail_from == "j\u00f6ran@org.test"
    assert body_of(m.data) == "\u65e5\u672c\r\n".encode()
    assert "Subject: r\u00e9sum\u00e9".encode() in m.data


def test_multi_domain_message_reaches_every_recipient_without_delay(
        threaded_sink: MakeSink, gateway_process: MakeProc, postfix: MakePostfix) -> None:
    sink, _, pf = chain(threaded_sink, gateway_process, postfix)
    rcpts = ["a@one.test", "b@two.test", "c@three.test", "d@one.test"]
    t0 = time.monotonic()
    pf.sendmail("s@org.test", rcpts, b"Subject: fan-out\n\nhello\n")
    sink.wait_for(4, timeout=30)
    # One recipient per delivery (deploy/postfix/main.cf): no 452 round trip, no retry wait.
    assert time.monotonic() - t0 < 5
    assert sorted(r for m in sink.messages for r in m.rcpts) == sorted(rcpts)
    # A 452 reply, not a process id that happens to contain 452 ("postfix/master[3452]").
    assert not re.search(r"\b452[ -]4\.", pf.log_file.read_text(errors="replace"))


def test_permanent_refusal_bounces_and_temporary_is_retried(
        threaded_sink: MakeSink, gateway_process: MakeProc, postfix: MakePostfix) -> None:
    sink, _, pf = chain(threaded_sink, gateway_process, postfix)
    sink.behaviour.rcpt_replies["gone@dest.test"] = "550 5.1.1 no such user"
    sink.behaviour.rcpt_replies["busy@dest.test"] = "451 4.3.0 try later"
    pf.sendmail("s@org.test", ["gone@dest.test"], b"Subject: gone\n\nx\n")
    pf.sendmail("s@org.test", ["busy@dest.test"], b"Subject: busy\n\nx\n")
    deadline = time.monotonic() + 30
    log = ""
    while time.monotonic() < deadline:
        log = pf.log_file.read_text(errors="replace")
        if "to=<gone@dest.test>" in log and "status=bounced" in log and \
                "to=<busy@dest.test>" in log and "status=deferred" in log:
            break
        time.sleep(0.2)
    assert "status=bounced" in log and "status=deferred" in log, pf.log_tail()
    # The bounce itself goes back out through the gateway to the sender.
    try:
        sink.wait_for(1, timeout=20)
    except TimeoutError:
        raise AssertionError(pf.log_tail(80)) from None
    assert sink.messages[0].rcpts == ["s@org.test"]
    # The next hop recovers: Postfix's retry delivers the deferred message.
    del sink.behaviour.rcpt_replies["busy@dest.test"]
    assert pf.wait_empty(timeout=30) == [], pf.log_tail()
    assert any(m.rcpts == ["busy@dest.test"] for m in sink.messages)
