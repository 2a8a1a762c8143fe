# ruff: noqa: E501, RUF001  (message texts are data, some in Arabic script)
"""Message-level verdicts for the role principles of docs/detection.md §12: who in a message is
the writer, the reader, a patient or a place, and what is said to everyone rather than about one
person. Each rule has its positive and its negative of the same shape. Texts are written here,
not copied from any mail set."""

from __future__ import annotations

import pytest

from gateway.detect import Detector
from gateway.extract import extract

PHI: list[tuple[str, str, str]] = [
    (
        "a possessive ties the care to the name",
        "worklist frozen",
        "Screenshot attached - the worklist is stuck on Mr. Okonjo's MRI lumbar and nothing after him loads.",
    ),
    (
        "a given name with a surname initial",
        "bed hold",
        "Can you hold a lower bunk for Wendell O. through January? He just started dialysis with us.",
    ),
    (
        "a lone given name, then a sentence going on about them",
        "pickup",
        "Can you add Gus back on the MWF 5:15am pickup? he's missed 3 runs of dialysis this week.",
    ),
    (
        "an honorific with one initial and a chair",
        "chair 9",
        "Mrs. P in chair 9 - Dr. V stopped her Epogen and started Mircera 75 mcg IV every 2 weeks. Her Hgb was 8.9.",
    ),
    (
        "initials and birth dates opening list rows",
        "PT evals needed",
        "Can your group pick these up?\n\n  A.M.  04/22/1939  s/p R TKA, WBAT\n  K.S.  11/30/1944  CVA with L hemiparesis\n\nThanks,\nMeredith",
    ),
    (
        "a patient's phone number by its label",
        "erx failed",
        "Our eRx keeps failing. Pt at 610-555-0144 needs sertraline 50 mg daily, #30, 2 refills.",
    ),
    (
        "a surname and a date of care opening the subject",
        "Re: Haddad 11/12 - UTI, started Keflex",
        "Noted, thanks. I updated the care plan and will recheck her on Friday.",
    ),
    (
        "a patient signs their own story",
        "Fwd: complaint",
        "I had my colonoscopy on February 3rd and woke up during the procedure. I now have a perforation and was readmitted for 5 days.\n\nDesmond Achebe",
    ),
    (
        "a home address with an apartment and a condition",
        "MTM referral",
        "Referring a homebound man at 4417 S Holly St Apt 3 for low-sodium meals after fluid overload.",
    ),
    (
        "Dari typed on an Arabic keyboard (Arabic yeh for the Persian one)",
        "نتيجه آزمايش",
        "سلام آقاي کريم رحيمي،\n\nآزمايش خون شما نشان مي دهد که کم خوني داريد. قطره آهن را روزانه بخوريد.",
    ),
    (
        "a Pashto opening word for 'respected' before the name",
        "ستاسو وخت",
        "درنې ګلالۍ وردګې،\n\nستاسو د امیندوارۍ معاینه د شنبې په ورځ ده؛ ستاسو د وینې شکر لوړ دی.",
    ),
    (
        "a subdural on one patient's scan (ICD-10-CM jargon)",
        "overread",
        "Harriet Vandermolen, CT head 12/1: overread shows a 6 mm right subdural.",
    ),
]

NOT_PHI: list[tuple[str, str, str]] = [
    (
        "a sign-off is not an inverted name",
        "bed hold",
        "Rosa, can you hold two lower bunks for the dialysis program through January?\n\nThanks, Leah",
    ),
    (
        "a name alone above the end of the message is the writer",
        "rates",
        "Our proposed 2027 rates for psychotherapy and methadone dosing are below the state average.\n\nHappy to meet.\nFranklin Odhiambo",
    ),
    (
        "a closing in Spanish before the writer's name",
        "feria de salud",
        "Habrá vacunas contra la gripe y el COVID-19 y chequeo de presión arterial.\n\nAtentamente,\nRashida Coleman\nCoordinadora de Alcance Comunitario",
    ),
    (
        "a titled name opening the letter is the reader",
        "interim report",
        "Dear Ms. Abernathy,\n\nOur behavioral health program served 412 students for anxiety and depression this term.",
    ),
    (
        "the organisation's own address and phone under its name",
        "norovirus update",
        "Two residents were hospitalized and one died; vomiting and diarrhea cases are falling.\n\nTamarack County Health Department\n1400 Courthouse Sq, Linden Park IA | (319) 555-0700",
    ),
    (
        "an anaemia class for everyone, in Dari on an Arabic keyboard",
        "کلاس آموزشي",
        "سلام دوستان، کلاس آموزش کم خوني براي همه روز شنبه در کلينيک برگزار مي شود.",
    ),
    (
        "a street is not a person",
        "health fair",
        "Free blood pressure and A1c checks at the Eastside Recreation Center, 700 Jackson Ave, Saturday.",
    ),
    (
        "a school is not a person",
        "lice",
        "Several cases of head lice at Lincoln Elementary this week; treat with permethrin per the handout.",
    ),
    (
        "an SSN-shaped purchase order",
        "PO 602-18-4410 stock meds",
        "Please process PO 602-18-4410: 6 epinephrine auto-injectors and 4 albuterol inhalers for the schools.",
    ),
    (
        "a capitalised word before a date in the subject is not kept without care",
        "Re: Formulary 11/12 update",
        "Noted, thanks. The committee meets again in January.",
    ),
    (
        "a practitioner's own date of birth on a credentialing form",
        "Provider add",
        "Name: Meera Subramanian, PT, DPT\nNPI: 2518175601\nPractitioner DOB: 04/02/1994\nSpecialty: Physical Therapy, Orthopaedics",
    ),
    (
        "a synthetic patient said outright",
        "UAT record",
        "Use only the synthetic patient attached: Harold Testcase, DOB 01/01/1950, heart failure, I50.9.",
    ),
    (
        "a job title is not care",
        "your application",
        "Hi Kelsey,\n\nThank you for applying for the evening MRI Technologist role. Could you come in Monday at 10?",
    ),
    (
        "capital clinical acronyms are not a name",
        "policy",
        "After a needlestick, start HIV PEP within 2 hours; hepatitis B vaccination status is checked by occupational health.",
    ),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector.from_config()


@pytest.mark.parametrize(("case", "subject", "body"), PHI, ids=[c[0] for c in PHI])
def test_phi(detector: Detector, case: str, subject: str, body: str) -> None:
    v = detector.analyze_text(body, subject=subject)
    assert v.phi, (case, v.score, v.evidence)


# Known false alarms of the message classifier on its own (the pattern stage reads them right).
CLASSIFIER_FALSE_ALARMS = {
    "a practitioner's own date of birth on a credentialing form",
    # since the retrain with holdout45-51 (two Dari/Pashto/Persian letters each way): a one-line
    # Dari class notice reads 0.90
    "an anaemia class for everyone, in Dari on an Arabic keyboard",
}


@pytest.mark.parametrize(("case", "subject", "body"), NOT_PHI, ids=[c[0] for c in NOT_PHI])
def test_not_phi(detector: Detector, patterns: Detector, case: str, subject: str, body: str) -> None:
    v = patterns.analyze_text(body, subject=subject)
    assert not v.phi, (case, v.score, v.evidence)
    if case in CLASSIFIER_FALSE_ALARMS:
        pytest.xfail("a known false alarm of the message classifier (docs/detection.md)")
    v = detector.analyze_text(body, subject=subject)
    assert not v.phi, (case, v.score, v.evidence)


def _mail(to: str, subject: str, body: str, attachment: str | None = None) -> bytes:
    head = (
        f"From: Care Team <care@riverbendkidney.example>\r\nTo: {to}\r\nSubject: {subject}\r\n"
        "MIME-Version: 1.0\r\n"
    )
    if attachment is None:
        return (head + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode()
    return (
        head + "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
        f"--b\r\nContent-Type: text/plain\r\n\r\n{body}\r\n"
        f'--b\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename="{attachment}"'
        "\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("body", "phi"),
    [
        # A private reader's own result, and the same mailbox asking a general question.
        (
            "Hi Dale,\n\nYour flu test came back positive; Dr. Ames sent Tamiflu to your pharmacy.",
            True,
        ),
        (
            "Hi Dale,\n\nYes - free flu shots for adults without insurance are available every Tuesday.",
            False,
        ),
        # A job applicant at a personal mailbox is not a patient.
        (
            "Hi Danielle,\n\nThank you for applying! Can you come in for the dialysis nurse position on Monday?",
            False,
        ),
    ],
)
def test_private_reader_offer_and_applicant(detector: Detector, body: str, phi: bool) -> None:
    v = detector.analyze(extract(_mail("dale.or.danielle@gmail.com", "question", body)))
    assert v.phi is phi, (body, v.score, v.evidence)


@pytest.mark.parametrize(
    ("filename", "phi"),
    [
        ("scan_revocation_GUTIERREZ_Ramon_20261112.png", True),  # EHR style: SURNAME_Given
        ("Okafor_Chidi_R_foot_ulcer.png", True),  # surname, given name, initial
        ("Chen_Wei_1962-04-09_MRI_knee.png", True),  # surname, given name, a date
        ("Riverbend_Kidney_referral_form_BLANK.png", False),  # the organisation's own name
        ("ValueSet_diabetes_registry.png", False),  # two capitalised words, no mark of a patient
        ("Riverbend_Q3_2026_quality.png", False),  # the sender's own name (riverbendkidney), Q3
        ("Gutierrez_Ramon_referral_form_BLANK.png", False),  # a blank template is nobody's
    ],
)
def test_patient_file_names(patterns: Detector, filename: str, phi: bool) -> None:
    # The pattern stage's reading of the file name; the message classifier reads the body's
    # care ("the ulcer on his foot ... back on dialysis") as a patient's whatever the name.
    body = "Attached ahead of Monday's visit: the ulcer on his foot is 2 x 1.5 cm and he is back on dialysis."
    v = patterns.analyze(extract(_mail("podiatry@partner.example", "photo", body, filename)))
    assert v.phi is phi, (filename, v.score, v.evidence)


def test_an_initials_column_makes_a_patient_table(detector: Detector) -> None:
    table = "id,initials,unit,room,age,vomiting,diarrhea\n1,M.H.,East,108A,88,Y,Y\n2,L.V.,East,112,91,N,Y\n"
    staff = "id,shift,unit,room,count,vomiting,diarrhea\n1,day,East,108A,88,Y,Y\n2,night,East,112,91,N,Y\n"
    assert detector.analyze_text(table, subject="line list").phi
    assert not detector.analyze_text(staff, subject="line list").phi
