# ruff: noqa: E501, RUF001  (multilingual message texts are data)
"""Message-level verdicts for the structural principles added after the first holdout measurement:
appointments in other languages, names in file names, ward locations, chart lists, billing for
care, co-identifiers, one-person messages - and the negatives of the same shape. Texts are written
here (not copied from any evaluation set)."""

from __future__ import annotations

import pytest

from gateway.detect import Detector
from gateway.extract import extract

PHI: list[tuple[str, str, str]] = [
    (
        "portuguese appointment",
        "Lembrete",
        "Prezada Beatriz Nogueira, a sua consulta de cardiologia é na sexta-feira, 12/06, às 8h15.",
    ),
    (
        "french appointment",
        "Rappel",
        "Monsieur Armand Texier, votre rendez-vous en neurologie est le 4 juin à 9h30.",
    ),
    (
        "haitian creole appointment",
        "Randevou",
        "Madanm Josette Valcourt, ou gen randevou ak doktè a madi 9 jen a 10:00 AM pou tansyon ou.",
    ),
    (
        "vietnamese appointment",
        "Nhắc lịch",
        "Kính gửi ông Phạm Quốc Bảo, ông có lịch tái khám tại phòng khám tim mạch ngày 14/06 lúc 9 giờ.",
    ),
    (
        "russian appointment",
        "Приём",
        "Уважаемый Сергей Николаевич Кузнецов! Ваш приём у кардиолога 11 июня в 15:40.",
    ),
    ("chinese appointment", "预约", "张伟先生：您的心内科复诊时间为6月9日下午2:30。"),
    ("surname in a ward bed", "", "Pellegrini in 6S-09 spiked to 39.2 overnight, cultures sent."),
    ("bay number then surname", "", "Bay 4 Thibodeaux - NSTEMI, heparin gtt running."),
    (
        "EMS scene and age/sex",
        "",
        "71 yo F fell at 88 Chestnut Ave, hip shortened and rotated, BP 160/90, 4 mg morphine given.",
    ),
    (
        "chart list under an audit heading",
        "",
        "Medical records pulled for the payer audit:\n61029933\n61030418\n61033702\n",
    ),
    (
        "bill for care",
        "",
        "Ines Carvalho, your balance of $96.40 for the urgent care visit on 3/3 is now due.",
    ),
    (
        "message slip with lowercase name",
        "",
        "call from maria ochoa - asking if she can take ibuprofen with her warfarin, cb 555-0134",
    ),
    ("patient label makes the status", "", "Pt: Leopold Brandvold\nNeeds a crown prep on #14."),
    ("surname subject", "Kaczmarek - pneumonia, admitted", "FYI, will update after rounds."),
]

NOT_PHI: list[tuple[str, str, str]] = [
    (
        "clinic announcement in portuguese",
        "Horário",
        "A partir de 1º de julho, a clínica de pediatria abre aos sábados das 8h às 12h.",
    ),
    (
        "placeholder template",
        "Template",
        "Dear [PATIENT NAME], your appointment on [DATE] at [TIME] is confirmed.",
    ),
    (
        "fictional case for students",
        "Assignment",
        "Write a nursing care plan for the fictitious patient Mrs. Blue, 80, admitted with a hip fracture.",
    ),
    (
        "placeholder name in a drill",
        "Drill",
        "Drill inject: John Doe arrives by car with a gunshot wound. Activate the trauma team.",
    ),
    (
        "room maintenance",
        "6S",
        "The sink in 6S-09 is leaking; facilities will fix it at 10. Keep the room closed.",
    ),
    (
        "vendor invoice with an amount",
        "Invoice",
        "Amount due: $12,480.00 for 30 infusion pumps. Account 5510231, net 30.",
    ),
    (
        "teaching case with age and sex",
        "CE quiz",
        "CE case: a 71 yo F fell at home with a shortened, rotated hip. What is your next step?",
    ),
    (
        "correspondent in a quoted header",
        "FW: template",
        "From: Lorna Whitcombe <lw@clinic.example>\nSubject: template\n\nPost-op visits should be "
        "20 minutes with an X-ray first for fractures.",
    ),
    (
        "staff recognition",
        "Kudos",
        "Kudos to Imogen Hartley on 7 North, who calmed a patient with delirium during a night shift.",
    ),
    (
        "staff surgery leave without an owner of the encounter",
        "Coverage",
        "Team, Karen Lopez is out Monday 6/8 for surgery; Tom covers the front desk.",
    ),
    (
        "donor and a cancer center",
        "Thank you",
        "We thank Harold and June Pemberton for their gift, which expands chemotherapy capacity.",
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


def _with_attachment(filename: str) -> bytes:
    return (
        "From: a@clinic.example\r\nTo: b@partner.example\r\nSubject: attached\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        "--b\r\nContent-Type: text/plain\r\n\r\nPlease see attached.\r\n"
        f'--b\r\nContent-Type: image/jpeg\r\nContent-Disposition: attachment; filename="{filename}"'
        "\r\nContent-Transfer-Encoding: base64\r\n\r\n/9j/4AAQSkZJRgABAQ==\r\n--b--\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("filename", "phi"),
    [
        ("Lindgren_Astrid_DOB_1958-11-23_echo.jpg", True),
        ("CT chest - P. Vandermeer.jpg", True),
        ("OperativeNote_MRN_70011234.jpg", True),
        ("Sleep_Study_Report_Carmody_Elaine.jpg", True),
        ("Stroke_Outcomes_FY26_Summary.jpg", False),
        ("Infection_Control_Policy_v4.jpg", False),
        ("Nurse_Week_Photo_Dolores_Baptiste.jpg", False),
    ],
)
def test_attachment_file_name_is_scanned(
    detector: Detector, patterns: Detector, filename: str, phi: bool
) -> None:
    v = patterns.analyze(extract(_with_attachment(filename)))
    assert v.phi is phi, (filename, v.score, v.evidence)
    if filename in _CLASSIFIER_FALSE_ALARMS:
        pytest.xfail("the message classifier reads a person's name in a file name as a patient's")
    v = detector.analyze(extract(_with_attachment(filename)))
    assert v.phi is phi, (filename, v.score, v.evidence)
    assert all(filename not in e for e in v.evidence)  # never the file name in evidence


# Known false alarms of the message classifier on its own (the pattern stage reads them right):
# "Please see attached." and a staff photo named after the nurse (docs/detection.md).
_CLASSIFIER_FALSE_ALARMS = {"Nurse_Week_Photo_Dolores_Baptiste.jpg"}
