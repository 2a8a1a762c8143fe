"""`phigate scan` and `phigate eval`: the exact output contract scripts rely on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

PHI_MAIL = (
    b"From: a@mvh.example\r\nTo: b@partner.example\r\nSubject: Re: Ingrid Solberg\r\n\r\n"
    b"Patient: Ingrid Solberg, MRN 00482913, admitted with pneumonia.\r\n"
)
PLAIN_MAIL = b"From: a@mvh.example\r\nTo: b@mvh.example\r\nSubject: lunch\r\n\r\nPizza at noon?\r\n"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gateway.cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture()
def mails(tmp_path: Path) -> Path:
    (tmp_path / "phi.eml").write_bytes(PHI_MAIL)
    (tmp_path / "plain.eml").write_bytes(PLAIN_MAIL)
    (tmp_path / "labels.json").write_text(
        json.dumps(
            [
                {"file": "phi.eml", "phi": True, "category": "encounter"},
                {"file": "plain.eml", "phi": False, "category": "general"},
            ]
        )
    )
    return tmp_path


def test_scan_json_contract(mails: Path) -> None:
    p = run("scan", "--json", str(mails / "phi.eml"), str(mails / "plain.eml"))
    assert p.returncode == 0, p.stderr
    lines = [json.loads(x) for x in p.stdout.splitlines()]
    assert len(lines) == 2
    for obj in lines:
        assert set(obj) == {"file", "phi", "score", "findings", "elapsed_ms"}
        for f in obj["findings"]:
            assert set(f) == {"entity", "category", "part", "start", "end", "score"}
            assert f["category"] in ("identifier", "health")
    assert lines[0]["phi"] is True and lines[1]["phi"] is False
    assert "Solberg" not in p.stdout and "00482913" not in p.stdout


def test_scan_show_values_and_errors(mails: Path) -> None:
    p = run("scan", "--json", "--show-values", str(mails / "phi.eml"), str(mails / "missing.eml"))
    assert p.returncode != 0
    obj = json.loads(p.stdout.splitlines()[0])
    assert {"value"} <= set(obj["findings"][0])
    assert "00482913" in {f["value"] for f in obj["findings"]}
    human = run("scan", str(mails / "phi.eml"))
    assert human.returncode == 0 and "PHI" in human.stdout


def test_eval_figures_and_gates(mails: Path) -> None:
    p = run("eval", "--json", str(mails))
    assert p.returncode == 0, p.stderr
    rep = json.loads(p.stdout)
    assert rep["recall"] == 1.0 and rep["fpr"] == 0.0 and rep["messages"] == 2
    labels = json.loads((mails / "labels.json").read_text())
    labels[1]["phi"] = True  # now the plain mail is a miss in category "general"
    (mails / "labels.json").write_text(json.dumps(labels))
    gated = run("eval", str(mails), "--min-recall", "0.98", "--max-fpr", "0.05")
    assert gated.returncode == 1
    assert "general: plain.eml" in gated.stdout
    assert "Pizza" not in gated.stdout
