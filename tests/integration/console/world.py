"""A whole gateway in-process (real scanner, default policy, quarantine, audit, console) with a
recording sink as next hop, and console accounts made with the real ``phigate user add``."""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiosmtplib
import yaml

from gateway.app import Gateway
from gateway.config import GatewayConfig
from gateway.quarantine.store import HeldMessage, QuarantineStatus
from tests.helpers.sink import Sink

ROOT = Path(__file__).resolve().parents[3]
PASSWORD = "Review-Console-Pass-1"

# Distinctive fake PHI: none of these strings can occur by chance anywhere else.
CANARY_NAME = "Zebulon Quaxmire"
CANARY_SSN = "219-09-9999"
CANARY_MRN = "ZQX44170917"
CANARY_DOB = "03/14/1961"
CANARIES = (CANARY_NAME, "Zebulon", "Quaxmire", CANARY_SSN, "219099999", CANARY_MRN,
            "44170917", CANARY_DOB, "levofloxacin")

SENDER = "dr.house@clinic.example"


def phi_message(rcpt: str, tag: str = "1") -> bytes:
    return (
        f"From: Dr. Greg House <{SENDER}>\r\n"
        f"To: Claims Desk <{rcpt}>\r\n"
        f"Subject: Follow-up for {CANARY_NAME}\r\n"
        f"Message-ID: <canary-{tag}@clinic.example>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        "Hello,\r\n\r\n"
        f"Patient {CANARY_NAME} (MRN {CANARY_MRN}, SSN {CANARY_SSN}, DOB {CANARY_DOB}) was\r\n"
        "admitted on 11/28/2026 with community-acquired pneumonia and started on\r\n"
        "levofloxacin 750 mg daily. Please process the claim.\r\n\r\n"
        "Regards,\r\nGreg\r\n"
    ).encode()


@dataclass
class World:
    tmp: Path
    sink: Sink
    gateway: Gateway
    smtp_port: int
    config_path: Path
    secrets: dict[str, str] = field(default_factory=dict)

    @property
    def console_url(self) -> str:
        assert self.gateway.console is not None
        return str(self.gateway.console.url)

    async def send(self, data: bytes, rcpt: str) -> None:
        await aiosmtplib.send(data, sender=SENDER, recipients=[rcpt], hostname="127.0.0.1",
                              port=self.smtp_port, timeout=60)

    async def wait_held(self, n: int, timeout: float = 60.0) -> list[HeldMessage]:
        store = self.gateway.quarantine_store
        deadline = time.monotonic() + timeout
        while True:
            held = await asyncio.to_thread(store.list, status=QuarantineStatus.HELD)
            if len(held) >= n:
                return held
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(held)} held, wanted {n}")
            await asyncio.sleep(0.1)

    def audit_records(self) -> list[Any]:
        return list(self.gateway.audit.records())


def add_user(config_path: Path, name: str, role: str, *, email: str | None = None) -> str:
    """``phigate user add`` as an admin would run it; returns the printed TOTP secret."""
    argv = [sys.executable, "-m", "gateway.cli", "user", "--config", str(config_path), "add",
            name, "--role", role, "--password-stdin"]
    if email:
        argv += ["--email", email]
    out = subprocess.run(argv, input=PASSWORD + "\n", capture_output=True, text=True, cwd=ROOT,
                         timeout=120, check=True)
    m = re.search(r"secret: ([A-Z2-7]+)", out.stdout)
    assert m, out.stdout + out.stderr
    return m.group(1)


def base_config(tmp: Path, sink: Sink, **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "listen": "127.0.0.1:0",
        "state_dir": str(tmp / "var"),
        "hostname": "gw.phigate.test",
        "delivery": {"smarthost": sink.hostport, "tls": "opportunistic"},
        "console": {"enabled": True, "listen": "127.0.0.1:0",
                    "public_url": "https://console.phigate.test"},
        "quarantine": {"release_retry": {"initial": 0.2, "maximum": 0.5}},
        "log": {"level": "INFO", "format": "json", "file": str(tmp / "gateway.log")},
    }
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    return data


async def start_world(tmp: Path, sink: Sink, users: dict[str, str],
                      **extra: Any) -> World:
    data = base_config(tmp, sink, **extra)
    config_path = tmp / "phigate.yaml"
    config_path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    (tmp / "var").mkdir(parents=True, exist_ok=True)
    secrets = {name: await asyncio.to_thread(add_user, config_path, name, role,
                                             email=f"{name}@clinic.example")
               for name, role in users.items()}
    gw = Gateway(GatewayConfig.model_validate(data), config_path)
    _, port = await gw.start()
    return World(tmp=tmp, sink=sink, gateway=gw, smtp_port=port, config_path=config_path,
                 secrets=secrets)
