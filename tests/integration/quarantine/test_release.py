"""Release, reject, delete and expiry over real SMTP to a recording sink (aiosmtpd on loopback)."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
import trustme

from gateway.audit.log import AuditLog
from gateway.config import GatewayConfig, TlsMode
from gateway.delivery.router import Router
from gateway.policy.decisions import EncryptionRoute
from gateway.quarantine.keys import KeyRing
from gateway.quarantine.runtime import EncryptedRelease
from gateway.quarantine.service import AttemptResult, QuarantineService, ReleaseOutcome
from gateway.quarantine.store import (
    HeldMessage,
    QuarantineDataGone,
    QuarantineStateError,
    QuarantineStatus,
    QuarantineStore,
)
from tests.helpers.sink import Sink, SinkBehaviour, server_context

pytestmark = pytest.mark.integration

NAME = "Ingrid Solberg"
SENDER = "dr.house@clinic.example"
RCPT = "claims@insurer.example"
BODY = (f"From: {SENDER}\r\nTo: {RCPT}\r\nSubject: {NAME} discharge\r\n\r\n"
        f"{NAME} was discharged today.\r\n").encode()

MakeSink = Callable[..., Awaitable[Sink]]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class World:
    def __init__(self, tmp: Path, smarthost: str, **quarantine: Any) -> None:
        qc: dict[str, Any] = {"release_retry": {"initial": 0.1, "maximum": 0.3},
                              "expiry_interval": 0.1}
        qc.update(quarantine)
        self.config = GatewayConfig.model_validate({
            "state_dir": str(tmp / "var"), "hostname": "gw.test",
            "delivery": {"smarthost": smarthost, "tls": "opportunistic"},
            "quarantine": qc})
        self.tmp = tmp
        self.open()

    def open(self) -> None:
        self.keys = KeyRing.load(self.tmp / "var" / "quarantine.key")
        self.store = QuarantineStore(self.tmp / "var", self.keys)
        self.audit = AuditLog.open(self.tmp / "var")
        self.router = Router(self.config.delivery)

    def service(self, encrypted: Any = None) -> QuarantineService:
        return QuarantineService(self.store, self.router, self.audit, self.config, encrypted)

    def hold(self, **kw: Any) -> HeldMessage:
        args: dict[str, Any] = dict(queue_id="Q1", mail_from=SENDER, rcpts=(RCPT,), data=BODY,
                                    rule="phi-external", reason="PHI to a non-BAA domain",
                                    policy_version="v1", expires_in=None, expiry_action=None)
        args.update(kw)
        return self.store.hold(**args)

    async def close(self) -> None:
        await self.router.close()
        self.store.close()
        self.audit.close()

    def kinds(self) -> list[str]:
        return [r.kind for r in self.audit.records()]


async def wait_kinds(w: World, n: int, timeout: float = 10.0) -> list[str]:
    """The audit record of a step is written just after its status change: wait for it."""
    async with asyncio.timeout(timeout):
        while len(w.kinds()) < n:
            await asyncio.sleep(0.02)
    return w.kinds()


async def wait_status(store: QuarantineStore, msg_id: str, status: QuarantineStatus,
                      timeout: float = 10.0) -> HeldMessage:
    async with asyncio.timeout(timeout):
        while True:
            m = store.get(msg_id)
            if m.status is status:
                return m
            await asyncio.sleep(0.02)


async def test_release_delivers_once_and_twice_is_a_noop(tmp_path: Path,
                                                         make_sink: MakeSink) -> None:
    sink = await make_sink()
    w = World(tmp_path, sink.hostport)
    svc = w.service()
    await svc.start()
    try:
        m = w.hold()
        assert await svc.release(m.id, "alice") is ReleaseOutcome.QUEUED
        done = await wait_status(w.store, m.id, QuarantineStatus.RELEASED)
        assert done.status_actor == "alice"
        second = await svc.release(m.id, "bob")
        assert second is ReleaseOutcome.ALREADY_RELEASED and "nothing to do" in second.message
        await asyncio.sleep(0.3)
        assert len(sink.messages) == 1
        got = sink.messages[0]
        assert got.data == BODY and got.rcpts == [RCPT] and got.mail_from == SENDER
        assert await wait_kinds(w, 2) == ["release", "release"]
        statuses = [r.fields["status"] for r in w.audit.records()]
        assert statuses == ["queued", "delivered"]
        assert w.audit.verify().ok
        with pytest.raises(QuarantineStateError):
            await svc.reject(m.id, "bob", None)
    finally:
        await svc.close()
        await w.close()


async def test_release_retries_while_the_next_hop_is_down(tmp_path: Path,
                                                          make_sink: MakeSink) -> None:
    port = free_port()
    w = World(tmp_path, f"127.0.0.1:{port}")
    svc = w.service()
    await svc.start()
    try:
        m = w.hold()
        await svc.release(m.id, "alice")
        async with asyncio.timeout(10):
            while w.store.get(m.id).attempts < 2:
                await asyncio.sleep(0.02)
        mid = w.store.get(m.id)
        assert mid.status is QuarantineStatus.RELEASING and "4.4.1" in (mid.last_error or "")
        sink = await make_sink(port=port)
        await wait_status(w.store, m.id, QuarantineStatus.RELEASED)
        await asyncio.sleep(0.3)
        assert len(sink.messages) == 1 and sink.messages[0].data == BODY
    finally:
        await svc.close()
        await w.close()


async def test_releasing_survives_a_restart(tmp_path: Path, make_sink: MakeSink) -> None:
    port = free_port()
    w = World(tmp_path, f"127.0.0.1:{port}")
    svc = w.service()  # the worker is not started: the "gateway" dies after queuing
    m = w.hold()
    assert await svc.release(m.id, "alice") is ReleaseOutcome.QUEUED
    await w.close()

    sink = await make_sink(port=port)
    w.open()
    svc2 = w.service()
    await svc2.start()
    try:
        await wait_status(w.store, m.id, QuarantineStatus.RELEASED)
        assert len(sink.messages) == 1
    finally:
        await svc2.close()
        await w.close()


async def test_two_workers_deliver_once(tmp_path: Path, make_sink: MakeSink) -> None:
    sink = await make_sink(behaviour=SinkBehaviour(delay=0.3))
    w = World(tmp_path, sink.hostport)
    other_store = QuarantineStore(tmp_path / "var", KeyRing.load(tmp_path / "var" /
                                                                 "quarantine.key"))
    other_router = Router(w.config.delivery)
    a = w.service()
    b = QuarantineService(other_store, other_router, w.audit, w.config)
    m = w.hold()
    await a.release(m.id, "alice")
    results = await asyncio.gather(a.attempt_release(m.id), b.attempt_release(m.id))
    assert sorted(r.result for r in results) == sorted(
        [AttemptResult.DELIVERED, AttemptResult.SKIPPED])
    assert len(sink.messages) == 1
    await other_router.close()
    other_store.close()
    await w.close()


async def test_permanent_refusal_goes_back_to_held(tmp_path: Path, make_sink: MakeSink) -> None:
    sink = await make_sink(behaviour=SinkBehaviour(rcpt_replies={RCPT: "550 5.1.1 no such user"}))
    w = World(tmp_path, sink.hostport)
    svc = w.service()
    m = w.hold()
    await svc.release(m.id, "alice")
    attempt = await svc.attempt_release(m.id)
    assert attempt.result is AttemptResult.FAILED
    back = w.store.get(m.id)
    assert back.status is QuarantineStatus.HELD and "5.1.1" in (back.last_error or "")
    assert w.kinds() == ["release", "release_failed"]
    assert sink.messages == []
    await w.close()


async def test_reject_sends_a_notice_without_content(tmp_path: Path,
                                                     make_sink: MakeSink) -> None:
    sink = await make_sink()
    w = World(tmp_path, sink.hostport)
    svc = w.service()
    await svc.start()
    try:
        m = w.hold()
        assert await svc.reject(m.id, "alice", "Please use the secure portal.")
        assert not await svc.reject(m.id, "alice", None)  # already rejected
        await sink.wait_for(1)
        notice = sink.messages[0]
        assert notice.rcpts == [SENDER] and notice.mail_from in ("", "<>")
        text = notice.data.decode()
        assert m.id in text and "Please use the secure portal." in text
        for secret in (NAME, "discharged", RCPT):
            assert secret not in text
        got = w.store.get(m.id)
        assert got.status is QuarantineStatus.REJECTED
        assert await wait_kinds(w, 2) == ["reject", "notice"]
        assert not w.store.get(m.id).notice_pending
        assert w.store.note(m.id) == "Please use the secure portal."
    finally:
        await svc.close()
        await w.close()


async def test_delete_removes_data_keeps_record(tmp_path: Path, make_sink: MakeSink) -> None:
    sink = await make_sink()
    w = World(tmp_path, sink.hostport)
    svc = w.service()
    m = w.hold()
    path = w.store.message_path(m.id)
    assert path.exists()
    assert await svc.delete(m.id, "alice")
    assert not path.exists()
    assert w.store.get(m.id).status is QuarantineStatus.DELETED
    with pytest.raises(QuarantineDataGone):
        w.store.open_message(m.id)
    with pytest.raises(QuarantineStateError):
        await svc.release(m.id, "alice")
    assert w.kinds() == ["delete"]
    await w.close()


@pytest.mark.parametrize("action,final,messages", [
    ("delete", QuarantineStatus.EXPIRED, 0),
    ("release", QuarantineStatus.RELEASED, 1),
    ("reject", QuarantineStatus.REJECTED, 1),  # the notice to the sender
])
async def test_expiry_applies_the_action(tmp_path: Path, make_sink: MakeSink, action: str,
                                         final: QuarantineStatus, messages: int) -> None:
    sink = await make_sink()
    w = World(tmp_path, sink.hostport)
    svc = w.service()
    await svc.start()
    try:
        m = w.hold(expires_in=0.2, expiry_action=action)
        keep = w.hold(expires_in=3600.0, expiry_action=action)
        await wait_status(w.store, m.id, final)
        if messages:
            await sink.wait_for(messages)
        await asyncio.sleep(0.3)
        assert len(sink.messages) == messages
        assert w.store.get(keep.id).status is QuarantineStatus.HELD
        if action == "delete":
            assert not w.store.message_path(m.id).exists()
        if action == "release":
            assert sink.messages[0].rcpts == [RCPT]
        if action == "reject":
            assert sink.messages[0].rcpts == [SENDER]
        async with asyncio.timeout(10):
            while "expire" not in w.kinds():
                await asyncio.sleep(0.02)
        expire = next(r for r in w.audit.records() if r.kind == "expire")
        assert expire.actor == "system:expiry" and expire.fields["expiry_action"] == action
    finally:
        await svc.close()
        await w.close()


async def test_default_expiry_action_comes_from_config(tmp_path: Path,
                                                       make_sink: MakeSink) -> None:
    sink = await make_sink()
    w = World(tmp_path, sink.hostport, expiry_action="reject", default_expiry_days=2)
    w.service()  # applies the config defaults to the store
    from gateway.quarantine.store import DEFAULT

    m = w.hold(expires_in=DEFAULT)
    assert m.expiry_action == "reject"
    assert m.expires_at is not None and abs(m.expires_at - m.held_at - 2 * 86400) < 1
    await w.close()


async def test_encrypted_release_goes_to_the_provider_over_tls(
        tmp_path: Path, make_sink: MakeSink, test_ca: trustme.CA, ca_file: Path) -> None:
    normal = await make_sink()
    provider = await make_sink(tls_context=server_context(test_ca.issue_cert("127.0.0.1")))
    w = World(tmp_path, normal.hostport)
    route = EncryptionRoute(name="zix", host="127.0.0.1", port=provider.port,
                            tls=TlsMode.VERIFY, ca_file=ca_file, trigger_header="X-Encrypt")
    enc = EncryptedRelease(lambda: {"zix": route}, w.config)
    svc = w.service(encrypted=enc)
    await svc.start()
    try:
        m = w.hold()
        await svc.release(m.id, "alice", encrypt=True)
        await wait_status(w.store, m.id, QuarantineStatus.RELEASED)
        assert normal.messages == []
        got = provider.messages[0]
        assert got.encrypted and got.tls_version is not None
        assert b"X-Encrypt: yes" in got.data and got.data.endswith(BODY.split(b"\r\n\r\n")[1])
        assert await wait_kinds(w, 2) == ["release_encrypted", "release_encrypted"]
    finally:
        await svc.close()
        await enc.close()
        await w.close()


async def test_encrypted_release_never_falls_back_to_plaintext(
        tmp_path: Path, make_sink: MakeSink) -> None:
    plain_provider = await make_sink()  # no STARTTLS offered
    w = World(tmp_path, "127.0.0.1:9")
    route = EncryptionRoute(name="zix", host="127.0.0.1", port=plain_provider.port,
                            tls=TlsMode.REQUIRED, trigger_header="X-Encrypt")
    enc = EncryptedRelease(lambda: {"zix": route}, w.config)
    svc = w.service(encrypted=enc)
    m = w.hold()
    await svc.release(m.id, "alice", encrypt=True)
    attempt = await svc.attempt_release(m.id)
    assert attempt.result is AttemptResult.RETRY and "4.7.5" in (attempt.error or "")
    assert plain_provider.messages == []
    await enc.close()
    await w.close()
