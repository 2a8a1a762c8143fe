"""A patient's name typed in lower case in a file name, with a surname no list holds.

"achebe_rosalind_incision_0321.png": a known given name beside a word of four letters or more
that is no English word is a name, as "mateo_gutierrez_knee.png" (both on the lists) already
was. An English word beside the given name ("grace_period_form.pdf", "june_schedule.xlsx") is
no surname, and a credential after the name ("grace_mwangi_md_headshot.png") makes it a
clinician's. Texts are synthetic.
"""

from __future__ import annotations

import pytest

from gateway.detect import Detector
from gateway.extract import extract


def _eml(filename: str, body: str) -> bytes:
    return (
        "From: Dr. Ana Ruiz <aruiz@lakeview-surgery.org>\r\nTo: wounds@riverside-plastics.org\r\n"
        "Subject: Wound consult?\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\n'
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n--b1\r\n"
        "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        f'Content-Disposition: attachment; filename="{filename}"\r\n\r\niVBORw0KGgo=\r\n--b1--\r\n'
    ).encode()


CONSULT = "Could you look at this? POD 12, lower pole dehiscence. Happy to send her over Friday."


@pytest.mark.parametrize(
    "filename", ["achebe_rosalind_incision_0321.png", "rosalind_achebe_wound.jpg"]
)
def test_a_given_name_beside_an_unlisted_surname_is_the_patient(
    patterns: Detector, filename: str
) -> None:
    verdict = patterns.analyze(extract(_eml(filename, CONSULT)))
    assert verdict.phi, verdict.evidence
    assert any(f.entity == "PERSON" and f.part.startswith("filename:") for f in verdict.findings)


@pytest.mark.parametrize(
    "filename",
    ["grace_period_form.pdf", "june_schedule_final.png", "grace_mwangi_md_headshot.png"],
)
def test_an_english_word_or_a_credential_makes_no_patient(
    patterns: Detector, filename: str
) -> None:
    verdict = patterns.analyze(extract(_eml(filename, CONSULT)))
    assert not any(
        f.entity == "PERSON" and f.part.startswith("filename:") for f in verdict.findings
    ), verdict.findings
