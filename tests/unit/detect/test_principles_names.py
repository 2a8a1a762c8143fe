# ruff: noqa: E501  (message texts are data)
"""Message-level verdicts for the name principles of docs/detection.md §11: what is and is not a
person's name, read from the words themselves (common English words, headings, greetings, kin),
each with the negative of the same shape. Texts are written here, not copied from any set."""

from __future__ import annotations

import pytest

from gateway.detect import Detector

PHI: list[tuple[str, str, str]] = [
    (
        "a real full name beside a compounding record",
        "",
        "Compounded for Rosalind Achterberg: omeprazole 2 mg/mL suspension, 100 mL, for her reflux.",
    ),
    (
        "a note opening on the reader's name and a dash",
        "your labs",
        "Gideon - your A1c came back at 9.1, so we will start metformin 500 mg twice a day.",
    ),
    (
        "an exclaimed greeting",
        "Re: my numbers",
        "Hi Brianna!\n\nYour hCG went from 1,240 on Monday to 2,860 today, a healthy rise.",
    ),
    (
        "a parent named in brackets after the kin word",
        "update",
        "Quick update for the family: your father (Osvaldo) is on 3L oxygen and the cellulitis is improving.",
    ),
    (
        "a reply to a relative's personal mailbox",
        "Re: Mom",
        "Hi Ottilie,\n\nHer pressure injury is healing and the wound vac comes off Friday.\n\n> On Dec 2, Ottilie Brandvold <ottie.brandvold@yahoo.com> wrote:\n> How is Mom doing?\n",
    ),
    (
        "a genus initial inside a condition",
        "Vasquez-Rhee - new C. diff",
        "fyi for tomorrow's huddle",
    ),
]

NOT_PHI: list[tuple[str, str, str]] = [
    (
        "a compounding record heading with a drug",
        "Master formulation",
        "MAIN STREET PHARMACY - Master Formulation Record\nOmeprazole 2 mg/mL oral suspension, 100 mL\nsodium bicarbonate 8.4% qs\n",
    ),
    (
        "a job description heading with clinical duties",
        "Posting",
        "EVERGREEN HOSPICE\nJob Description: Hospice RN Case Manager\nManage a caseload of hospice patients, pain and symptom management, admissions.\n",
    ),
    (
        "a policy heading with a condition",
        "Policy",
        "Infection Control Manual\nSection 4: Isolation Precautions for patients with C. diff or MRSA.\n",
    ),
    (
        "a crew greeted with a dash, no person",
        "thanks",
        "Crew - great work on the sepsis drill today, the debrief slides are on the share drive.",
    ),
    (
        "a colleague's reply from a work mailbox",
        "Re: MRSA cluster",
        "Thanks, we'll add the MRSA screening step.\n\n> On Dec 2, Halvard Strick <hstrick@partnerhospital.org> wrote:\n> Can your team review the cluster numbers?\n",
    ),
]


@pytest.mark.parametrize(("case", "subject", "body"), PHI, ids=[c[0] for c in PHI])
def test_phi(detector: Detector, case: str, subject: str, body: str) -> None:
    v = detector.analyze_text(body, subject)
    assert v.phi, f"{case}: {v.score} {v.evidence}"


@pytest.mark.parametrize(("case", "subject", "body"), NOT_PHI, ids=[c[0] for c in NOT_PHI])
def test_not_phi(detector: Detector, case: str, subject: str, body: str) -> None:
    v = detector.analyze_text(body, subject)
    assert not v.phi, f"{case}: {v.score} {v.evidence}"


@pytest.mark.parametrize(
    ("value", "heading"),
    [
        ("Formulation Record", True),
        ("Job Description", True),
        ("Quality Review", True),
        ("Rosalind Achterberg", False),
        ("Deb Hollister", False),
        ("Matt Baker", False),
        ("Achterberg", False),  # one word: judged by the one-word-name filter instead
    ],
)
def test_common_words_only(detector: Detector, value: str, heading: bool) -> None:
    assert detector._common_words_only(value) is heading
