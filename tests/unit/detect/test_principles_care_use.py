# ruff: noqa: E501  (message texts are data)
"""Message-level verdicts for identifiers staff use instead of a name (run numbers, plates, a
surname with an age, a homebound address, a reader greeted by the name the To header shows) and
for health words that are nobody's care (a credential, a merge template, a fee-schedule row, a
department in a signature, a calendar invite's attendees). Each rule has a positive and a negative
of the same shape; texts are written here, not copied from any mail set."""

from __future__ import annotations

import pytest

from gateway.detect import Detector
from gateway.extract import extract

PHI: list[tuple[str, str, str]] = [
    (
        "an EMS run number with the call's care",
        "QA - run 26-204417",
        "Good work on run 26-204417 Tuesday: 58 y/o F, witnessed arrest, CPR by bystanders, ROSC after two shocks.",
    ),
    (
        "a licence plate ties a crash to its driver",
        "after-action",
        "Medic 3 transported the driver of the gray Camry (plate 8JKL442), entrapped 20 min, open tibia fracture, TXA given.",
    ),
    (
        "a surname with an age",
        "QNS",
        "QNS on acc P26-5512030 (Okafor, 7 yo, drawn at 9:10). We need a redraw for the CMP and lipase.",
    ),
    (
        "a chart-style surname and initial closing the subject",
        "Drug screen recollect needed - Marchetti, J.",
        "His urine drug screen came back dilute; he needs an observed recollection before 4 today.",
    ),
    (
        "a homebound draw at an address",
        "add-on",
        "Add-on for route 6: 77 Birch Hollow Rd - homebound draw at 2pm, STAT INR for her warfarin dose.",
    ),
    (
        "a number to call the patient back about care",
        "callback",
        "pls call pt back at (509) 555-0143 re: redraw, CBC clotted. she prefers after 3pm",
    ),
    (
        "a number in the subject to call back about a medicine",
        "pls call 971-555-0164 back re: trigger shot timing tonight - she's on cetrotide",
        "",
    ),
    (
        "a date-of-service column makes a named table a patient list",
        "placement file",
        "account\tname\tdos\tbalance\nTCE-0411552\tRodney Skaggs\t06/02/2026\t744.00\nTCE-0412017\tAna Ferraz\t06/19/2026\t1206.15\n",
    ),
    (
        "a patient id in two lettered groups",
        "shipment",
        "Patient ID LCF-IVF-30518 ships Tuesday; consent is in the pouch.",
    ),
]

NOT_PHI: list[tuple[str, str, str]] = [
    (
        "a run number of a drill with no patient",
        "drill",
        "Run 26-204417 of the county drill is logged. Unit 14 ran 212 calls in October.",
    ),
    (
        "a licence plate in fleet maintenance",
        "fleet",
        "Medic 14 (plate 7KXR219) is due for an oil change and new tyres on Friday.",
    ),
    (
        "a surname with a number that is not an age",
        "rota",
        "Okafor, 7 shifts in December; Brennan, 5 shifts. The rota is on the drive.",
    ),
    (
        "a switchboard number to call back about a vendor invoice",
        "invoice",
        "pls call 971-555-0164 back re: the toner invoice, it was billed twice",
    ),
    (
        "a named table without care columns",
        "staff list",
        "account\tname\trole\tbalance\nA-1\tRodney Skaggs\tdriver\t12.00\nA-2\tAna Ferraz\tmedic\t8.00\n",
    ),
    (
        "a phrase in another language is not a name",
        "Travay: Enfimyè enfizyon lakay",
        "Meridian Home Infusion ap chèche yon enfimyè (RN) ki pale kreyòl ak angle pou fè vizit lakay nan zòn Joliet/Naperville. Eksperyans IV ak PICC obligatwa.",
    ),
    (
        "a French date article is not the Spanish 'le' addressing the reader",
        "Re: Invitation - Journées du diabète 2027",
        "Bonjour Mme Bouchard,\n\nMerci pour l'invitation. Je confirme ma présentation « Insuffisance cardiaque et inhibiteurs SGLT2 » le 14 mai 2027.\n\nCordialement,\nKofi Mensah, MD",
    ),
    (
        "a credential is not care",
        "Interview - Phlebotomist II",
        "Hi Brianna,\n\nThanks for applying! Please bring your phlebotomy certification and your CPR card on Tuesday.",
    ),
    (
        "a merge template is nobody's appointment",
        "templates",
        "Hi Sam,\n\nHere are the templates:\n1) Dear {{first_name}}, your colonoscopy appointment is on {{appt_date}}.\n2) Dear {{first_name}}, your visit with {{provider}} is on {{appt_date}}.",
    ),
    (
        "a fee-schedule row is a price, not a result",
        "2027 pricing",
        "Hi Aaron,\n\nHere is your 2027 pricing for self-pay patients you bill directly:\n\n  87491  Chlamydia NAAT  $28.00\n  84443  TSH             $14.00\n  80061  Lipid panel     $12.00",
    ),
    (
        "a department in the signature is not a patient",
        "Thursday",
        "Hi Ellis,\n\nI tested positive for COVID this morning, so can we do Teams instead?\n\nDeborah Kline\nPatient Billing, Pinnacle Reference Laboratory",
    ),
    (
        "a calendar invite's attendees are the meeting's",
        "Invitation: sepsis bundle review",
        "SUMMARY: Sepsis bundle compliance review (Q3 aggregate)\nDESCRIPTION: septic shock cases, time to antibiotics\nATTENDEE: Kwame Asante <kasante@mercy.example>\nATTENDEE: Laila Haddad <lhaddad@sb.example>",
    ),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector.from_config()


@pytest.mark.parametrize(("case", "subject", "body"), PHI, ids=[c for c, _, _ in PHI])
def test_phi(detector: Detector, case: str, subject: str, body: str) -> None:
    v = detector.analyze_text(body, subject=subject)
    assert v.phi, (case, v.score, v.evidence)


# Known false alarms of the message classifier on its own (the pattern stage reads them right):
# the writer's own illness in a two-line note reads like a patient's (docs/detection.md).
CLASSIFIER_FALSE_ALARMS = {
    "a department in the signature is not a patient",
    # since the NBSVM features: a French date's article, and a merge template's fields
    "a French date article is not the Spanish 'le' addressing the reader",
    "a merge template is nobody's appointment",
}


@pytest.mark.parametrize(("case", "subject", "body"), NOT_PHI, ids=[c for c, _, _ in NOT_PHI])
def test_not_phi(
    detector: Detector, patterns: Detector, case: str, subject: str, body: str
) -> None:
    v = patterns.analyze_text(body, subject=subject)
    assert not v.phi, (case, v.score, v.evidence)
    if case in CLASSIFIER_FALSE_ALARMS:
        pytest.xfail("the message classifier reads the writer's own illness as a patient's")
    v = detector.analyze_text(body, subject=subject)
    assert not v.phi, (case, v.score, v.evidence)


def _mail(to: str, body: str) -> bytes:
    return (
        f"From: Ruth Okafor <rokafor@willowcreek.example>\r\nTo: {to}\r\nSubject: today's visit\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body
    ).encode()


@pytest.mark.parametrize(
    ("to", "phi"),
    [
        ("Tessa Vandermeer <tessa.v@icloud.com>", True),  # the To header names the reader greeted
        ("Nora Vandermeer <nora.v@icloud.com>", False),  # "tessa" is someone else: not the reader
        ("Tessa Vandermeer <tvandermeer@partnerclinic.example>", False),  # a colleague, not private
    ],
)
def test_lower_case_greeting_names_the_private_reader(
    patterns: Detector, to: str, phi: bool
) -> None:
    # The pattern stage's reading; the message classifier may call this one-line care note PHI.
    body = (
        "hi tessa! your incision looks good today, keep taking the cephalexin twice a day.\n\nruth"
    )
    v = patterns.analyze(extract(_mail(to, body)))
    assert v.phi is phi, (to, v.score, v.evidence)


@pytest.mark.parametrize(
    ("to", "phi"),
    [
        ("zarek.o.mensah@gmail.com", True),  # greeted by the first word of their own address
        ("z.mensah@gmail.com", False),  # the address does not spell the greeting: no name found
        ("zarek.o.mensah@partnerclinic.example", False),  # a colleague's work address
    ],
)
def test_a_private_reader_greeted_by_their_own_address_is_named(
    patterns: Detector, to: str, phi: bool
) -> None:
    # "Zarek" is in no name list: the reader's own address is what names him.
    body = (
        "Zarek,\n\nYour hemoglobin electrophoresis from the pre-participation physical shows "
        "sickle cell trait (HbAS). You are cleared to play; hydrate and build up gradually.\n\n"
        "Dr. Arjun Singh"
    )
    v = patterns.analyze(extract(_mail(to, body)))
    assert v.phi is phi, (to, v.score, v.evidence)


@pytest.mark.parametrize(
    ("subject", "body", "phi"),
    [
        (
            "your results",
            "Hi Marisol,\n\nYour recollect came back hemolyzed again; please come back Tuesday for a redraw of your potassium.",
            True,
        ),
        (
            "Interview - Mobile Phlebotomist II",
            "Hi Marisol,\n\nThanks for applying! At the interview we'll ask how you'd handle a hemolyzed recollect and a potassium redraw.",
            False,
        ),
    ],
)
def test_an_applicant_is_not_a_patient(
    detector: Detector, subject: str, body: str, phi: bool
) -> None:
    raw = (
        "From: Talent <talent@cascaderidgelab.example>\r\nTo: Marisol Ybarra <marisol.y@gmail.com>\r\n"
        f"Subject: {subject}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    ).encode()
    v = detector.analyze(extract(raw))
    assert v.phi is phi, (subject, v.score, v.evidence)


def test_a_surname_signed_with_a_credential_elsewhere_is_the_clinicians() -> None:
    from gateway.detect.engine import _credentialed_elsewhere

    text = "- Mercy Kariuki, NP - Family medicine; HIV PrEP.\nLanguages: Swahili (Kariuki)."
    at = text.rindex("Kariuki")
    assert _credentialed_elsewhere(text, at, at + len("Kariuki"))
    other = "Languages: Swahili (Kariuki) - her HIV viral load is up; seen by Mercy Otieno, NP."
    at = other.index("Kariuki")
    assert not _credentialed_elsewhere(other, at, at + len("Kariuki"))
