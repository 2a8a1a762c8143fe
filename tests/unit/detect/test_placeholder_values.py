"""A proof or template's filler values identify nobody: "Account 00000000", "ZIP 00000",
"Date of service 01/01/2000". One digit repeated, or the first of January of 1900 or 2000,
is what a mock-up prints where the merge file's values will go. Texts are synthetic."""

from __future__ import annotations

import pytest

from gateway.detect import Detector
from gateway.detect.engine import _placeholder_value


@pytest.mark.parametrize(
    "value", ["00000000", "0000-0000", "99999", "(000) 000-0000", "01/01/2000", "1900-01-01"]
)
def test_filler_values(value: str) -> None:
    assert _placeholder_value(value)


@pytest.mark.parametrize("value", ["40071118", "44256", "(614) 555-0150", "03/16/2026", "000"])
def test_real_values(value: str) -> None:
    assert not _placeholder_value(value)


def test_a_proof_with_filler_values_names_no_account(patterns: Detector) -> None:
    text = (
        "SAMPLE CONSUMER, 100 MAIN ST, ANYTOWN OH 00000\n"
        "Account 00000000   Date of service 01/01/2000   Balance $0.00"
    )
    verdict = patterns.analyze_text(text)
    assert not any(f.entity in ("ACCOUNT_NUMBER", "ZIP_CODE") for f in verdict.findings)


def test_a_real_account_on_the_same_letter_still_counts(patterns: Detector) -> None:
    text = "Brenda Kovach, 1904 Orchard St, Lima OH 45801\nAccount 40071118   Balance $1,486.00"
    verdict = patterns.analyze_text(text)
    assert any(f.entity == "ACCOUNT_NUMBER" for f in verdict.findings)
