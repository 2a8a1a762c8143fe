"""A patient's name typed in lower case in a file name, with a surname no list holds.

"achebe_rosalind_incision_0321.png": a known given name beside a word of four letters or more
that is no English word is a name, as "mateo_gutierrez_knee.png" (both on the lists) already
was. An English word beside the given name ("grace_period_form.pdf", "june_schedule.xlsx") is
no surname, and a credential after the name ("grace_mwangi_md_headshot.png") makes it a
clinician's. A surname and initial closing a file name ("hospice_draws_Wong_M.txt") name the
patient too, unless the word is English ("..._Final_A") or the file is a member of staff's
("CME_certificate_Patel_K", "Lee_J_CV"). Texts are synthetic.
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


DRAWS = "Tue/Fri 07:00 - CBC, BMP - draw from port, flush 10 mL NS"


def _eml_txt(filename: str, text: str) -> bytes:
    return (
        "From: Mobile Draws <mobile@drawright-example.com>\r\nTo: sched@homebound-example.org\r\n"
        "Subject: schedule\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\n'
        "Content-Type: text/plain; charset=utf-8\r\n\r\nUpdated schedule attached.\r\n--b1\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        f'Content-Disposition: attachment; filename="{filename}"\r\n\r\n{text}\r\n--b1--\r\n'
    ).encode()


def test_a_surname_and_initial_closing_a_file_name_is_the_patient(patterns: Detector) -> None:
    verdict = patterns.analyze(extract(_eml_txt("hospice_draws_Wong_M.txt", DRAWS)))
    assert verdict.phi, verdict.evidence


@pytest.mark.parametrize(
    "filename", ["hospice_draws_Final_A.txt", "CME_certificate_Patel_K.txt", "Lee_J_CV.txt"]
)
def test_an_english_word_or_a_staff_file_closing_a_file_name_is_no_patient(
    patterns: Detector, filename: str
) -> None:
    verdict = patterns.analyze(extract(_eml_txt(filename, DRAWS)))
    assert not any(
        f.entity == "PERSON" and f.part.startswith("filename:") for f in verdict.findings
    ), verdict.findings
