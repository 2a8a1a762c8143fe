"""Detection (model load included) must work with the network blocked: no tldextract, no hubs."""

from __future__ import annotations

import socket

import pytest

from gateway.detect import Detector
from gateway.detect.pool import scan_bytes

from .conftest import CONFIG


def test_detector_builds_and_scans_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network blocked by test")

    def refuse_dns(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("DNS blocked by test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse_dns)
    monkeypatch.setattr(socket, "create_connection", refuse_dns)

    detector = Detector.from_config(CONFIG)  # fresh build: spaCy model, lexicons, code set
    raw = (
        b"From: Scheduling <sched@mvh.example>\r\nTo: jane.roe@gmail.com\r\nSubject: results\r\n"
        b"\r\n"
        b"Patient: Ingrid Solberg (ingrid.solberg@gmail.com), see https://mychart.example.org/res"
        b"ults?id=884422\r\n"
        b"Dx: J18.9 pneumonia. Call 614-555-0143.\r\n"
    )
    result = scan_bytes(detector, raw)
    assert result.verdict.phi
    assert {"EMAIL_ADDRESS", "URL", "ICD10CM"} <= {f.entity for f in result.verdict.findings}
    assert attempts == []
