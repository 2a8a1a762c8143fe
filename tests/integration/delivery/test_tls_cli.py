"""``phigate tls check`` and ``phigate tls report`` as real subprocesses against the test bed."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from gateway.config import TlsMode
from gateway.delivery.base import DeliveryStatus, OutboundMessage
from gateway.delivery.mx import MxTransport
from tests.integration.delivery import env as envmod

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[3]


def _config(bed: envmod.Env, state: Path) -> Path:
    delivery = json.loads(bed.delivery().model_dump_json(exclude_defaults=True))
    data = {"state_dir": str(state), "delivery": {**delivery, "helo_name": "gw.test"}}
    path = state.parent / f"{state.name}.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


# Only the `tls` command family: the full `phigate` parser imports every command (the NLP stack
# takes seconds). test_check_text_output goes through the real `phigate` entry point once.
_TLS_ONLY = (
    "import argparse, sys\n"
    "from gateway.commands import tls\n"
    "p = argparse.ArgumentParser(prog='phigate')\n"
    "tls.register(p.add_subparsers(dest='command'))\n"
    "a = p.parse_args(sys.argv[1:])\n"
    "sys.exit(a.func(a))\n"
)


def _phigate(*args: str, full: bool = False) -> subprocess.CompletedProcess[str]:
    argv = ["-m", "gateway.cli"] if full else ["-c", _TLS_ONLY]
    return subprocess.run([sys.executable, *argv, *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)


def _check(bed: envmod.Env, tmp_path: Path, domain: str, *extra: str) -> dict[str, Any]:
    cfg = _config(bed, tmp_path / "state")
    res = _phigate("tls", "check", domain, "--config", str(cfg), "--json", *extra)
    assert res.returncode in (0, 1), res.stderr
    data: dict[str, Any] = json.loads(res.stdout)
    data["_rc"] = res.returncode
    return data


def test_check_dane_domain(bed: envmod.Env, tmp_path: Path) -> None:
    d = _check(bed, tmp_path, "d-good.daneee.test")
    assert d["mx"]["secure"] is True
    assert d["dane"]["applies"] is True
    [host] = d["hosts"]
    assert host["mechanism"] == "dane" and host["tlsa_secure"] is True
    assert host["tlsa"][0].startswith("3 1 1 ")
    [probe] = d["probe"]
    assert probe["verified"] is True and probe["authenticated_by"] == "dane"
    assert probe["protocol"] in ("TLSv1.2", "TLSv1.3")
    assert d["capability"] == "dane" and d["_rc"] == 0


def test_check_mta_sts_enforce_failure(bed: envmod.Env, tmp_path: Path) -> None:
    d = _check(bed, tmp_path, "d-expired.stse.test")
    assert d["mta_sts"]["state"] == "fetched" and d["mta_sts"]["mode"] == "enforce"
    assert d["mta_sts"]["mx"] == ["*.stse.test"]
    [probe] = d["probe"]
    assert probe["error"].startswith("certificate-expired")
    assert d["deliverable"] is False and d["_rc"] == 1


def test_check_text_output(bed: envmod.Env, tmp_path: Path) -> None:
    cfg = _config(bed, tmp_path / "state")
    res = _phigate("tls", "check", "d-nostarttls.none.test", "--config", str(cfg), full=True)
    assert res.returncode == 0, res.stderr
    assert "MTA-STS:      none" in res.stdout
    assert "plaintext" in res.stdout and "capability:   none" in res.stdout


def test_check_nxdomain(bed: envmod.Env, tmp_path: Path) -> None:
    d = _check(bed, tmp_path, "nothere.none.test")
    assert d["error"].startswith("permanent") and d["_rc"] == 1


async def test_report_writes_rfc8460_json(bed: envmod.Env, tmp_path: Path) -> None:
    state = tmp_path / "state"
    t = MxTransport(bed.delivery(), helo="gw.test", state_dir=state)
    try:
        for rcpt in ("a@d-good.daneee.test", "a@d-wrongname.ststest.test"):
            msg = OutboundMessage(queue_id="q", mail_from="s@sender.test", rcpts=(rcpt,),
                                  data=b"Subject: x\r\n\r\nx\r\n", tls=TlsMode.OPPORTUNISTIC)
            assert (await t.deliver(msg)).status is DeliveryStatus.DELIVERED
    finally:
        await t.close()
    cfg = _config(bed, state)
    day = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d")
    out = tmp_path / "reports"
    # no domain in the bed publishes _smtp._tls: nothing reportable without --all-domains
    res = _phigate("tls", "report", "--date", day, "--config", str(cfg), "--out", str(out))
    assert res.returncode == 0, res.stderr
    assert "no reportable domains" in res.stdout
    res = _phigate("tls", "report", "--date", day, "--config", str(cfg), "--out", str(out),
                   "--all-domains", "--org", "Example Health")
    assert res.returncode == 0, res.stderr
    files = sorted(out.glob("*.json"))
    assert len(files) == 2
    by_domain = {json.loads(f.read_text())["policies"][0]["policy"]["policy-domain"]:
                 json.loads(f.read_text()) for f in files}
    sts = by_domain["d-wrongname.ststest.test"]
    assert sts["organization-name"] == "Example Health"
    assert sts["date-range"]["start-datetime"] == f"{day}T00:00:00Z"
    [pol] = sts["policies"]
    assert pol["policy"]["policy-type"] == "sts"
    assert pol["summary"] == {"total-successful-session-count": 0,
                              "total-failure-session-count": 1}
    assert pol["failure-details"][0]["result-type"] == "certificate-host-mismatch"
    assert pol["failure-details"][0]["receiving-mx-hostname"] == "mx-wrongname.ststest.test"
    dane = by_domain["d-good.daneee.test"]["policies"][0]
    assert dane["policy"]["policy-type"] == "tlsa"
    assert dane["summary"]["total-successful-session-count"] == 1


def test_check_mta_sts_testing_reports_but_delivers(bed: envmod.Env, tmp_path: Path) -> None:
    d = _check(bed, tmp_path, "d-wrongname.ststest.test")
    assert d["mta_sts"]["mode"] == "testing"
    [probe] = d["probe"]
    assert probe["error"] is None and probe["protocol"] is not None and not probe["verified"]
    assert "certificate-host-mismatch" in probe["note"]
    assert d["deliverable"] is True and d["capability"] == "starttls"


# --- the whole gateway: SMTP in, MX out ---------------------------------------------------------


async def test_gateway_delivers_to_mx_and_never_in_clear(bed: envmod.Env, tmp_path: Path) -> None:
    import aiosmtplib

    from gateway.app import Gateway
    from gateway.config import GatewayConfig

    delivery = json.loads(bed.delivery().model_dump_json(exclude_defaults=True))
    cfg = GatewayConfig.model_validate({
        "listen": "127.0.0.1:0", "state_dir": str(tmp_path / "var"),
        "scan": {"enabled": False}, "delivery": {**delivery, "helo_name": "gw.test"},
    })
    gw = Gateway(cfg)
    _, port = await gw.start()
    try:
        body = b"Subject: e2e\r\n\r\nhello\r\n"
        ok = await aiosmtplib.send(body, sender="s@sender.test",
                                   recipients=["e2e@d-good.daneta.test"], hostname="127.0.0.1",
                                   port=port, start_tls=False)
        assert ok[1].startswith("2") or ok[1].lower().startswith("ok")
        got = [m for m in bed.sinks["good"].messages if "e2e@d-good.daneta.test" in m.rcpts]
        assert len(got) == 1 and got[0].encrypted
        with pytest.raises(aiosmtplib.SMTPResponseException) as info:
            await aiosmtplib.send(body, sender="s@sender.test",
                                  recipients=["e2e@d-nostarttls.stse.test"],
                                  hostname="127.0.0.1", port=port, start_tls=False)
        assert info.value.code == 451  # TLS impossible, no fallback: the upstream keeps it
        assert not [m for s in bed.sinks.values() for m in s.messages
                    if "e2e@d-nostarttls.stse.test" in m.rcpts]
    finally:
        await gw.stop()
