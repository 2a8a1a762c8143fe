# ruff: noqa: E501, RUF001  (message texts are data, some in Cyrillic)
"""Message-level verdicts for detection principles §15 (docs/detection.md): dotted initials in a
room, a board of initials and birth dates, a family named for its patient, a patient's own
supplies, a practice's name, eponyms, the placeholder birth date, a talk's topic, role nouns
before a staff name, flyer verbs and articles in patients' languages, Russian names in every case
and a Vietnamese holiday. Each has a negative or positive of the same shape. Texts are written
here, not copied from any mail set."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage

import pytest

from gateway.detect import Detector
from gateway.extract import extract

from .conftest import known_classifier_false_alarm

PHI: list[tuple[str, str, str]] = [
    (
        "dotted initials placed in a room, with a medicine refused",
        "FYI",
        "K.L. in 214 refused her apixaban twice today; says it upsets her stomach. Son aware.",
    ),
    (
        "dotted initials and a birth date as a cell of a board",
        "thursday list",
        "Room 3, Thu 11/19:\n0800  P.D.  06/14/1952  colonoscopy, on warfarin - held\n0845  L.S.  02/09/1973  EGD, Barrett surveillance\n",
    ),
    (
        "a family named by its surname, with the care meeting",
        "social work",
        "Can spiritual care come to bed 12 today? Okafor family, goals-of-care meeting at 2 about comfort care and hospice.",
    ),
    (
        "the reader's own supplies are the reader's care",
        "Dolores, you're due for new CPAP supplies",
        "Hi Dolores Whitfield,\n\nReply YES and we will ship them to your address on file.",
    ),
    (
        "a Russian name in the accusative, after a stroke",
        "Ваша мама",
        "Здравствуйте, Ирина!\n\nПишу про Вашу маму, Антонину Сергеевну Волкову. После инсульта она уже ходит с ходунками. Планируем выписку 4 декабря.",
    ),
    (
        "a lower-case surname opening a chart-style subject",
        "herrera, m - LTBI",
        "QFT came back positive, CXR clear. Starting rifampin today.",
    ),
    (
        "a lower-case surname opening a line, with a missed visit",
        "okafor - no show x2",
        "phone just rings. can you do a wellness call?",
    ),
    (
        "patients under an Employee column are the ones examined",
        "invoice detail",
        "Date\tEmployee\tService\tFee\n10/02/2026\tTomasz Wierzbicki\tDOT urine drug screen\t48\n10/09/2026\tRenee Blackhorse\tRespirator medical eval\t65",
    ),
    (
        "the reader's mother's blood pressure, the reading a few words on",
        "this afternoon",
        "Hi Marcus,\n\nYour mom's blood pressure was high again after lunch (176/96) and she skipped her morning pills.",
    ),
    (
        "an aunt named by her kin title in Tagalog",
        "Tungkol kay Tita Nena",
        "Magandang araw, Liza!\n\nGusto ko lang ipaalam na si Tita Nena ay nasa hospice na simula kahapon. Binigyan siya ng morphine.",
    ),
    (
        "an incident report: a labelled resident found on the floor",
        "incident",
        "Resident: Cornelius Abara, DOB 1936-04-11\nDescription: found on floor beside bed, abrasion R elbow.",
    ),
    (
        "a Chinese letter to a patient greeted by surname and title",
        "移植安排",
        "林女士您好：\n\n您的胚胎移植安排在12月2日上午9点。请每天晚上注射黄体酮。",
    ),
    (
        "a Chinese note to a son naming his father after the kin word",
        "护理更新",
        "王先生您好：\n\n今天我去看望了您父亲王建明。他的肺癌引起的呼吸困难加重，吗啡已调整。",
    ),
    (
        "a Russian letter that opens with the reader's name before the greeting",
        "Ваш приём",
        "Олег, добрый день.\n\nКак договорились, увеличиваем эсциталопрам до 15 мг. Следующий приём 3 декабря.",
    ),
]

NOT_PHI: list[tuple[str, str, str]] = [
    (
        "a modality's own room is no patient's initials",
        "evening capacity",
        "Schedule.actor: Location/main-ct2 Westside CT Room 2\nSchedule.comment: outpatient referrals Tue/Thu evenings",
    ),
    (
        "month columns are not a first and last name",
        "volume",
        "Type\tCPT\tSep\tOct\nPSG\t95810\t141\t133\nPayer\tShare\nMedicaid\t10\nSelf-pay\t3",
    ),
    (
        "a disease named after a person is no patient",
        "directory",
        "Please list Dr. Anjali Rao, Gastroenterology (IBD, Barrett's esophagus, Crohn's disease), NPI 1234567893.",
    ),
    (
        "a title before the given name the span left out",
        "coverage",
        "Stroke clinic - Dr. Femi Adeyemi-Oduya (Wed)\nEpilepsy clinic - Dr. Karl Halvorsen (Mon)",
    ),
    (
        "the placeholder birth date of a training record",
        "practice in TRAIN",
        "Practice on the client in TRAIN (DOB 01/01/1900): enter a made-up opioid use disorder assessment.",
    ),
    (
        "a talk's topic is nobody's condition",
        "PTA talk",
        "Hi Marcia,\n\nHappy to give a talk on recognizing anxiety and depression in teens at the January meeting.",
    ),
    (
        "a Spanish flyer led by a nurse educator",
        "Clase gratuita",
        "¿Tiene diabetes? Acompáñenos a una clase gratuita sobre insulina. Dirigida por la enfermera educadora Graciela Ortega. Inscríbase al 555-0150.",
    ),
    (
        "a lawyer on a panel about substance use care",
        "agenda",
        "10:45 Panel: 42 CFR Part 2 and opioid use disorder care - Miriam Feldstein, JD; Ana Ruiz, MD",
    ),
    (
        "Thanksgiving in Vietnamese is no name",
        "Thông báo nghỉ lễ Tạ Ơn",
        "Kính gửi Ban Biên Tập,\n\nPhòng khám sẽ nghỉ ngày 26/11 nhân dịp Lễ Tạ Ơn.",
    ),
    (
        "clinicians under an Endoscopist column are no patients",
        "Q3 quality",
        "Endoscopist\tScreening colons\tADR %\nFerraro, Lucia\t412\t38.1\nHaddad, Samir\t188\t33.5\nSheet: Withdrawal\nEndoscopist\tMean withdrawal (min)\nFerraro, Lucia\t9.4",
    ),
    (
        "a credential is no surname in a list of colleagues",
        "territories",
        "North - Lena Kowalczyk RN, Teodora Ilic RN\nWest - Daniel Ahn PT, Marisol Soto OT\nInfusion float - Carmen Iturbe RN",
    ),
    (
        "rows of names and posts under an assignments line",
        "tech assignments",
        "Assignments for next week:\n\nFatima Qureshi - Endo Rm 1\nJoaquin Reyes - ERCP/fluoro\nHana Kobayashi - Pre-op\nTobias Lindqvist - Recovery",
    ),
    (
        "statistics about the reader's members are nobody's care",
        "partnership",
        "Dear Ms. Lindgren,\n\nAs you know, one in four adults over 65 falls each year, and hip fractures in your 65+ membership cost $40,000 per episode.",
    ),
    (
        "patients the reader referred, counted",
        "our numbers",
        "Hi Diane,\n\nHeart failure patients discharged home without services come back at 22% in 30 days. For patients you referred to us that rate was 11.6%.",
    ),
    (
        "a bakery's name is no person",
        "Family Connection",
        "Dear families,\n\nDr. Prakash Venkatraman will talk about sundowning and caregiver burnout. Supper provided by Rosalind's Bakery.",
    ),
    (
        "a screening date after blood pressure is no reading",
        "BP screening",
        "Hi Marcus,\n\nOur blood pressure screening on 11/20 is open to all; Ana Ruiz will staff the table.",
    ),
    (
        "a Chinese talk announced by its title, no one's care",
        "讲座",
        "本周六上午十点在社区中心举办高血压健康讲座，欢迎参加。",
    ),
    (
        "a clock's PM is no surname before a place",
        "CKD class",
        "Chronic kidney disease class, Thursday 5:30 PM, Lincoln Library room B. Bring questions about dialysis and diet.",
    ),
    (
        "a practice named with an ampersand is no condition",
        "RE: speaker",
        "Hi Marcia,\n\nHappy to do it, no fee.\n\nLena Obi, PsyD\nLakeside Psychiatry & Counseling",
    ),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector.from_config()


@pytest.mark.parametrize(("case", "subject", "body"), PHI)
def test_phi(detector: Detector, case: str, subject: str, body: str) -> None:
    v = detector.analyze_text(body, subject=subject)
    assert v.phi, (case, v.score, v.evidence)


# Known false alarms of the message classifier since its NBSVM features (the pattern stage reads
# them right; docs/detection.md).
CLASSIFIER_FALSE_ALARMS = {
    "rows of names and posts under an assignments line",
    "a title before the given name the span left out",  # since the retrain with holdout73-80
    # since the 130-set model (holdout105-112 in training): three lines of staff territories
    # with an infusion float (0.85, a short message)
    "a credential is no surname in a list of colleagues",
}


@pytest.mark.parametrize(("case", "subject", "body"), NOT_PHI)
def test_not_phi(
    detector: Detector, patterns: Detector, case: str, subject: str, body: str
) -> None:
    if case in CLASSIFIER_FALSE_ALARMS:
        known_classifier_false_alarm(patterns.analyze_text(body, subject=subject), case)
    v = detector.analyze_text(body, subject=subject)
    assert not v.phi, (case, v.score, v.evidence)


def _mail(to: str, subject: str, body: str, attach: tuple[str, bytes] | None = None) -> bytes:
    m = EmailMessage()
    m["From"] = "Clinic <front@clinic.example>"
    m["To"] = to
    m["Subject"] = subject
    m.set_content(body)
    if attach is not None:
        m.add_attachment(attach[1], maintype="application", subtype="zip", filename=attach[0])
    return m.as_bytes()


@pytest.mark.parametrize(
    ("folder", "phi"),
    [
        ("Lindqvist_Margit_MRI_L_knee_meniscus", True),  # a patient and her exam name the folder
        ("key_images_batch_2", False),
    ],
)
def test_a_folder_inside_an_archive_is_read_like_a_file_name(
    detector: Detector, folder: str, phi: bool
) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(f"{folder}/key1.txt", "image placeholder")
    raw = _mail(
        "films@partner.example",
        "images as requested",
        "Key images attached.",
        ("keys.zip", buf.getvalue()),
    )
    v = detector.analyze(extract(raw))
    assert v.phi is phi, (folder, v.score, v.evidence)


@pytest.mark.parametrize(
    ("to", "phi"),
    [
        # The bare address spells the reader's given name: the opening name greets the reader.
        ("dr.maria.osorio@consult.example", False),
        # Someone else is named first: a third person with the condition.
        ("dr.kenji.mori@consult.example", True),
    ],
)
def test_a_bare_address_names_its_reader(patterns: Detector, to: str, phi: bool) -> None:
    # The pattern stage's reading; the message classifier may call this one-line care note PHI.
    body = "Maria, her contamination OCD is better since fluvoxamine was started in June."
    v = patterns.analyze(extract(_mail(to, "question", body)))
    assert v.phi is phi, (to, v.score, v.evidence)


_X12 = (
    "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *261116*1105*^*00501*000000901*0*{usage}*:~"
    "GS*HS*SENDER*RECEIVER*20261116*1105*901*X*005010X279A1~ST*270*0001*005010X279A1~"
    "BHT*0022*13*TEST901*20261116*1105~HL*1**20*1~NM1*PR*2*PAYER*****PI*00000~HL*2*1*21*1~"
    "NM1*1P*2*HOME MEDICAL SUPPLY*****XX*1234567893~HL*3*2*22*0~"
    "NM1*IL*1*{last}*{first}****MI*{member}~DMG*D8*{dob}*F~EQ*12~SE*10*0001~GE*1*901~IEA*1*000000901~"
)


@pytest.mark.parametrize(
    ("last", "first", "member", "dob", "phi"),
    [
        ("TESTPATIENT", "DONOTUSE", "TEST00000001", "19000101", False),  # a test subscriber: no one
        ("KOWALCZYK", "HALINA", "M00012345", "19480312", True),
    ],
)
def test_an_x12_test_subscriber_is_no_patient(
    detector: Detector, last: str, first: str, member: str, dob: str, phi: bool
) -> None:
    m = EmailMessage()
    m["From"] = "Billing <billing@clinic.example>"
    m["To"] = "edi@clearinghouse.example"
    m["Subject"] = "270 for eligibility onboarding"
    m.set_content("Attached is our 270 for the real-time eligibility certification.")
    x12 = _X12.format(usage="T", last=last, first=first, member=member, dob=dob)
    m.add_attachment(
        x12.encode(), maintype="application", subtype="edi-x12", filename="elig_270.x12"
    )
    v = detector.analyze(extract(m.as_bytes()))
    assert v.phi is phi, (last, v.score, v.evidence)
