"""A subject headed by a patient's name, and what follows a clinician's diagnosis shorthand.

"Fenwick - celiac confirmed, Marsh 3b" is how clinicians title mail about one patient: the name,
a dash, the finding. The dash ties the care to the name as a possessive does. A word in the
same place that is not a name on the lists ("Backorder - aerobic blood culture bottles") ties
nothing. After "dx", "hx", "h/o" or "diagnosis" comes a condition, known to the lexicons or not
("new dx PANDAS"); "dx pending" and "diagnosis code" are not conditions. Texts are synthetic.
"""

from __future__ import annotations

import pytest

from gateway.detect import Detector
from gateway.extract import extract

from .conftest import values


def _eml(subject: str, body: str, to: str = "consults@lakeview-peds.org") -> bytes:
    return (
        f"From: Dr. Hana Ito <hito@lakeview-gi.org>\r\nTo: {to}\r\nSubject: {subject}\r\n"
        f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


@pytest.mark.parametrize(
    "subject",
    [
        "Fenwick - celiac confirmed, Marsh 3b",
        "RE: Kowalczyk - DKA again",
        "Ines Delgado: colonoscopy redraw",
        "Fwd: Marisol Quintero | new dx PANDAS",
    ],
)
def test_a_subject_headed_by_a_name_and_a_dash_is_that_person_s_care(
    patterns: Detector, subject: str
) -> None:
    verdict = patterns.analyze(extract(_eml(subject, "fyi")))
    assert verdict.phi, (subject, verdict.score, verdict.evidence)


@pytest.mark.parametrize(
    "subject",
    [
        "Backorder - aerobic blood culture bottles",
        "Pricing - colonoscopy prep kits",
        "Reminder - flu shots for staff on Friday",
    ],
)
def test_a_subject_headed_by_an_ordinary_word_ties_nothing(
    patterns: Detector, subject: str
) -> None:
    verdict = patterns.analyze(extract(_eml(subject, "Please see below.")))
    assert not verdict.phi, (subject, verdict.score, verdict.evidence)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Avery Lindholm - new dx PANDAS", "PANDAS"),
        ("Avery Lindholm, hx of Kawasaki", "Kawasaki"),
        ("Avery Lindholm h/o SCAD", "SCAD"),
        ("Diagnosis: Behcet's, seen by rheum", "Behcet's"),
    ],
)
def test_what_follows_diagnosis_shorthand_is_a_condition(
    patterns: Detector, text: str, term: str
) -> None:
    verdict = patterns.analyze_text(text)
    assert term in values(verdict, text, "CONDITION"), verdict.findings


@pytest.mark.parametrize(
    "text",
    [
        "dx pending for the new intake form",
        "Diagnosis code training moves to Thursday",
        "Diagnosis statement field is now required in the template",
        "hx section of the note template",
    ],
)
def test_form_words_after_the_shorthand_are_no_condition(patterns: Detector, text: str) -> None:
    verdict = patterns.analyze_text(text)
    assert not any(f.recognizer == "DiagnosisShorthandRecognizer" for f in verdict.findings)
