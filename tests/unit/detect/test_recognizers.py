"""Table tests of every recognizer: (text, expected values). Empty expectation = must not fire."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.detect.engine import PATTERN_RECOGNIZERS, filename_text, ocr_normalize
from gateway.detect.lexicon import Lexicon, read_words
from gateway.detect.recognizers.base import PhiPatternRecognizer, label_to_group
from gateway.detect.recognizers.health import Icd10CmRecognizer
from gateway.detect.recognizers.identifiers import dea_valid, luhn_valid, npi_valid
from gateway.detect.recognizers.lexical import (
    FilenameNameRecognizer,
    GivenNameRecognizer,
    LowerNameRecognizer,
    SurnameRecognizer,
    TableRecognizer,
)

ROOT = Path(__file__).resolve().parents[3]
_CODES = frozenset(c.upper() for c in read_words(ROOT / "models/lexicons/icd10cm_codes.txt"))
_RECS: dict[str, PhiPatternRecognizer] = {
    c.__name__: (c(_CODES) if c is Icd10CmRecognizer else c())  # type: ignore[call-arg]
    for c in PATTERN_RECOGNIZERS
}

CASES: list[tuple[str, str, list[str]]] = [
    # SSN: formats, invalid areas/groups/serials, the well-known example, no context for bare digits
    ("SsnRecognizer", "SSN: 219-09-9999", ["219-09-9999"]),
    ("SsnRecognizer", "ss# 219 09 9999", ["219 09 9999"]),
    ("SsnRecognizer", "ssn 219099999", ["219099999"]),
    ("SsnRecognizer", "call 219099999", []),
    ("SsnRecognizer", "Please process PO 602-18-4410 today", []),
    ("SsnRecognizer", "Invoice 271-40-5563 is short", []),
    ("SsnRecognizer", "SSN 271-40-5563 on the invoice", ["271-40-5563"]),
    ("SsnRecognizer", "SSN 000-12-3456", []),
    ("SsnRecognizer", "SSN 666-12-3456", []),
    ("SsnRecognizer", "SSN 912-12-3456", []),
    ("SsnRecognizer", "SSN 219-00-9999", []),
    ("SsnRecognizer", "SSN 219-09-0000", []),
    ("SsnRecognizer", "SSN 123-45-6789", []),
    # MRN: by label, OCR-tolerant, test records rejected
    ("MrnRecognizer", "MRN: 00482913", ["00482913"]),
    ("MrnRecognizer", "MRN 4O2l9933", ["4O2l9933"]),
    ("MrnRecognizer", "Medical Record Number: A-1234567", ["A-1234567"]),
    ("MrnRecognizer", "07:12 tx start pt CF-221177 Wendell", ["CF-221177"]),
    ("MrnRecognizer", "pt 12 minutes late", []),
    ("MrnRecognizer", "Modality\twRVU\nMR\t1710", []),
    ("MrnRecognizer", "chart # 7788123", ["7788123"]),
    ("MrnRecognizer", "MRN TRN0000001", []),
    ("MrnRecognizer", "see chart for details", []),
    ("MrnRecognizer", "order 00482913", []),
    # member / subscriber IDs
    ("MemberIdRecognizer", "Member ID: XJH123456789", ["XJH123456789"]),
    ("MemberIdRecognizer", "member BPN229004417", ["BPN229004417"]),
    ("MemberIdRecognizer", "Subscriber #: 88812345A", ["88812345A"]),
    ("MemberIdRecognizer", "member of staff", []),
    ("MemberIdRecognizer", "Policy number: ABC", []),
    ("MedicaidIdRecognizer", "Medicaid ID: NY12345678", ["NY12345678"]),
    ("GroupNumberRecognizer", "Group #: G-12345", ["G-12345"]),
    ("AccountNumberRecognizer", "Account 6620041873", ["6620041873"]),
    ("AccountNumberRecognizer", "Nice work on run 26-118734 Monday", ["26-118734"]),
    ("AccountNumberRecognizer", "the bridge call (inc 26-118851) last night", ["26-118851"]),
    ("AccountNumberRecognizer", "ePCR #2611045 is unsigned", ["2611045"]),
    ("AccountNumberRecognizer", "we run 3 trucks; call 555-0147", []),
    ("AccountNumberRecognizer", "run 2026-11-16 report", []),
    ("MrnRecognizer", "Patient ID WCWH-IVF-20417 / partner Villanueva", ["WCWH-IVF-20417"]),
    ("RxNumberRecognizer", "copay on prescription 7712304 filled 11/02", ["7712304"]),
    ("RxNumberRecognizer", "Rx #4401238 ready for pickup", ["4401238"]),
    ("RxNumberRecognizer", "prescription drug list 2026", []),
    ("MemberIdRecognizer", "your member Terrence Oduya (ID KPC664019382) called", ["KPC664019382"]),
    ("MemberIdRecognizer", "her id is KPF441203987, she thinks", ["KPF441203987"]),
    ("DateOfBirthRecognizer", "Date of birth: 22-JUL-1958", ["22-JUL-1958"]),
    ("DateOfBirthRecognizer", "brother of our recipient, DOB\n01/14/1983", ["01/14/1983"]),
    ("PatientReferenceRecognizer", "recipient R.T.V. (DOB 03/14/1961)", ["R.T.V."]),
    ("PatientReferenceRecognizer", "Subject number: 114-0032", ["114-0032"]),
    ("PatientReferenceRecognizer", "Mrs. P in chair 9 on Tuesday", ["Mrs. P"]),
    ("PatientReferenceRecognizer", "Mr. Dunn in chair 9", []),
    ("PatientReferenceRecognizer", "  K.S.  11/30/1944  CVA", ["K.S."]),
    ("PatientReferenceRecognizer", "at 10 A.M. 11/30/2026 sharp", []),
    ("PatientReferenceRecognizer", "For QA: JM, 67F, bronchospasm", ["JM, 67F"]),
    ("PatientReferenceRecognizer", "Dr. F - HB (chair 4, MWF AM) clotted", ["HB"]),
    ("PatientReferenceRecognizer", "Trapeze bar, attached to bed\t38\t290", []),
    ("PatientReferenceRecognizer", "QNS on acc P26-3319455 (Tran, 6 yo, drawn", ["Tran"]),
    ("PatientReferenceRecognizer", "Okafor-Reyes, 81 years old, fell", ["Okafor-Reyes"]),
    ("PatientReferenceRecognizer", "Okafor, 7 shifts in December", []),
    ("PatientReferenceRecognizer", "driver of the F-150 (IL plate 7KXR219)", ["7KXR219"]),
    ("PatientReferenceRecognizer", "license plate: ABC-1234 on the truck", ["ABC-1234"]),
    ("PatientReferenceRecognizer", "a 3.5 mm plate and six screws", []),
    ("PatientReferenceRecognizer", "plate 2024 was reviewed", []),
    # MBI format rules (no S, L, O, I, B, Z)
    ("MbiRecognizer", "Medicare MBI 1EG4-TE5-MK73", ["1EG4-TE5-MK73"]),
    ("MbiRecognizer", "MBI: 1EG4TE5MK73", ["1EG4TE5MK73"]),
    ("MbiRecognizer", "MBI 1SG4-TE5-MK73", []),
    ("MbiRecognizer", "MBI 1EG4-TE5-MKZ3", []),
    # NPI (Luhn with 80840) and DEA check digit; NPI needs provider context
    ("NpiRecognizer", "NPI 1234567893", ["1234567893"]),
    ("NpiRecognizer", "provider NPI: 1234567890", []),
    ("NpiRecognizer", "order 1234567893", []),
    ("DeaRecognizer", "DEA AB1234563", ["AB1234563"]),
    ("DeaRecognizer", "DEA AB1234567", []),
    # dates and ages
    ("DateOfBirthRecognizer", "DOB: 03/14/1957", ["03/14/1957"]),
    ("DateOfBirthRecognizer", "date of birth is 07/02/1938", ["07/02/1938"]),
    ("DateOfBirthRecognizer", "born on March 4, 1950", ["March 4, 1950"]),
    ("DateOfBirthRecognizer", "dated 03/14/1957", []),
    ("ListedBirthDateRecognizer", "J.W. 04/22/57 - lexiscan, 240lb", ["04/22/57"]),
    ("ListedBirthDateRecognizer", "list:\nRTD 01/15/1966 - TM", ["01/15/1966"]),
    ("ListedBirthDateRecognizer", "Nguyen, Bao 3/14/1988 - strep +", ["3/14/1988"]),
    ("ListedBirthDateRecognizer", "Nguyen, Bao 11/12/2026 - seen today", []),
    ("ListedBirthDateRecognizer", "PO 12-11-1990 and MRN 12/11/1990", []),
    ("ListedBirthDateRecognizer", "meeting 04/22/57; see JW 04/22/1957", []),
    ("EncounterDateRecognizer", "admitted on 03/01/2026", ["03/01/2026"]),
    ("EncounterDateRecognizer", "meeting on 03/01/2026", []),
    ("AgeOver89Recognizer", "a 93-year-old woman", ["93-year-old"]),
    ("AgeOver89Recognizer", "92 yo M", ["92 yo"]),
    ("AgeOver89Recognizer", "age: 95", ["95"]),
    ("AgeOver89Recognizer", "age 45", []),
    # contact details
    ("PhoneNumberRecognizer", "call (614) 555-0143", ["(614) 555-0143"]),
    ("PhoneNumberRecognizer", "voicemail from 7405559921", ["7405559921"]),
    ("StreetAddressRecognizer", "lives at 42 Maple Street, Apt 3", ["42 Maple Street, Apt 3"]),
    ("ZipPlus4Recognizer", "Columbus, OH 43215-1234", ["43215-1234"]),
    ("EmailAddressRecognizer", "mail jane.roe@gmail.com now", ["jane.roe@gmail.com"]),
    (
        "PortalUrlRecognizer",
        "https://mychart.example.org/results?patientid=884422",
        ["https://mychart.example.org/results?patientid=884422"],
    ),
    ("PortalUrlRecognizer", "https://example.org/news", []),
    # names by label / title
    ("PersonTitleRecognizer", "Patient: Maria Gonzalez", ["Maria Gonzalez"]),
    ("PersonTitleRecognizer", "Dear Mr. Okafor,", ["Okafor"]),
    ("PersonTitleRecognizer", "Dear Team,", []),
    ("PersonTitleRecognizer", "1 frozen serum for T. Nguyen (ACTH)", ["T. Nguyen"]),
    ("GreetingNameRecognizer", "Уважаемый Виктор Петренко,\n\nРезультат", []),  # noqa: RUF001
    ("GreetingNameRecognizer", "Marcus Delacroix,\n\nYour results", ["Marcus Delacroix"]),
    ("PersonTitleRecognizer", "thanks for everything, T. Nguyen", []),
    ("PersonTitleRecognizer", "specimen 7731042 (Darnell, Dr. Pruitt's pt) arrived", ["Darnell"]),
    ("PersonTitleRecognizer", "Darnell, Dr. Pruitt's office called", []),
    ("PersonTitleRecognizer", "Patient Billing, Pinnacle Reference Laboratory", []),
    ("PatientReferenceRecognizer", "Employee ID E40-88213 (random selection)", ["E40-88213"]),
    ("PatientReferenceRecognizer", "emp # 30517 back in", ["30517"]),
    ("PatientReferenceRecognizer", "employee ID badges are ready", []),
    ("PatientReferenceRecognizer", "Recipient R-3317 w/ donor D-0922.", ["R-3317", "D-0922"]),
    ("PatientReferenceRecognizer", "recipient list for the newsletter", []),
    ("SubjectNameRecognizer", "SA20457702 Nakamura, Reiko - approved", ["Nakamura, Reiko"]),
    ("SubjectNameRecognizer", "PO 4410233 - toner order", []),
    ("PersonTitleRecognizer", "our patient Ingrid Solberg was", ["Ingrid Solberg"]),
    ("PersonTitleRecognizer", "Name: SOLBERG, INGRID", ["SOLBERG, INGRID"]),
    ("PersonTitleRecognizer", "Your mother Edith came", ["Edith"]),
    ("PersonTitleRecognizer", "Patient: ZZTEST, ALPHA", []),
    ("SubjectNameRecognizer", "Re: Ingrid Solberg - admission", ["Ingrid Solberg"]),
    ("GreetingNameRecognizer", "Dear Camille,\n\nYour results are in.", ["Camille"]),
    (
        "GreetingNameRecognizer",
        "Marcus Delacroix,\nA new test result is available.",
        ["Marcus Delacroix"],
    ),
    ("GreetingNameRecognizer", "Dear Friend,\nPlease give.", []),
    # pointing at a patient without a name
    ("PatientReferenceRecognizer", "612-1  R.T. 78F  s/p fall", ["R.T. 78F"]),
    ("PatientReferenceRecognizer", "501 Delgado, M  72  COPD exac", ["Delgado, M  72"]),
    ("PatientReferenceRecognizer", "check on bed 7 now", ["7"]),
    ("PatientReferenceRecognizer", "Subject 114-027, initials R.H.", ["114-027"]),
    ("PatientReferenceRecognizer", "POD 5 after resection", []),
    ("PatientReferenceRecognizer", "Friday 7:30am, Room 210", []),
    # care addressed to the reader
    ("SecondPersonCareRecognizer", "about your recent visit on Feb 26", ["your recent visit"]),
    (
        "SecondPersonCareRecognizer",
        "Your estradiol today was 2,140",
        ["Your estradiol today was 2"],
    ),
    ("SecondPersonCareRecognizer", "your team meeting", []),
    # health codes and values
    ("Icd10CmRecognizer", "Dx: E11.9", ["E11.9"]),
    ("Icd10CmRecognizer", "codes E119 and I10", ["E119", "I10"]),
    ("Icd10CmRecognizer", "room E11", []),
    ("Icd10CmRecognizer", "Dx: Z99.99", []),
    ("CptHcpcsRecognizer", "CPT 99213", ["99213"]),
    ("CptHcpcsRecognizer", "zip 99213", []),
    ("NdcRecognizer", "NDC 0002-1433-80", ["0002-1433-80"]),
    ("AccessionRecognizer", "Accession #: S26-004512", ["S26-004512"]),
    ("LabResultRecognizer", "HbA1c 9.2%", ["HbA1c 9.2%"]),
    ("LabResultRecognizer", "Wei Chen PPD read - 0 mm, negative", ["PPD read - 0 mm, negative"]),
    ("LabResultRecognizer", "the 5 mm hex key; PPD placed Monday", []),
    ("LabResultRecognizer", "DOT pre-employment urine: NEGATIVE.", ["urine: NEGATIVE"]),
    ("LabResultRecognizer", "blood drive: positive turnout", []),
    ("VitalSignRecognizer", "switched to metoprolol, HR 80s now", ["HR 80s"]),
    ("InviteeRecognizer", "ATTENDEE: Phuong Nguyen-Hale <pnh@yahoo.com>", ["Phuong Nguyen-Hale"]),
    ("InviteeRecognizer", "ATTENDEE: rides@blue.example\nNOTE: Ana Ruiz <a@b.example>", []),
    ("SubjectNameRecognizer", "Invitation: ICD check - Phuong Hale @ Thu 10am", ["Phuong Hale"]),
    ("LabResultRecognizer", "K 5.9 H", ["K 5.9 H"]),
    ("LabResultRecognizer", "creatinine of 2.1 mg/dL", ["creatinine of 2.1 mg/dL"]),
    ("LabResultRecognizer", "positive hCG", ["positive hCG"]),
    ("LabResultRecognizer", "the k is silent", []),
    ("DoseRecognizer", "metformin 500 mg BID", ["500 mg BID"]),
    ("DoseRecognizer", "ships in 500 mg bottles", []),
    ("VitalSignRecognizer", "BP 142/91", ["BP 142/91"]),
    ("VitalSignRecognizer", "Sats dropped to 86%", ["Sats dropped to 86%"]),
    ("VitalSignRecognizer", "pain 3/10", ["pain 3/10"]),
    ("VitalSignRecognizer", "Dry weight is now 81.5 kg", ["weight is now 81.5 kg"]),
    ("VitalSignRecognizer", "a girl, Evie Rose, 7 lb 2 oz.", ["7 lb 2 oz"]),
    ("VitalSignRecognizer", "baby arrived 3:12 am weighing 8 lbs, 1 oz", ["8 lbs, 1 oz"]),
    ("VitalSignRecognizer", "two bags of coffee, 5 lb 4 oz each", []),
    ("VitalSignRecognizer", "R 20/50   L 20/70", ["R 20/50", "L 20/70"]),
    ("VitalSignRecognizer", "visual acuity today 20/200 OS", ["acuity today 20/200"]),
    ("VitalSignRecognizer", "20/20 vision for the year 2020; ratio 20/25", []),
    ("DiagnosisShorthandRecognizer", "Lindholm - new dx PANDAS", ["PANDAS"]),
    ("DiagnosisShorthandRecognizer", "h/o Kawasaki at 3", ["Kawasaki"]),
    ("DiagnosisShorthandRecognizer", "dx pending; diagnosis code TBD", []),
    # clinical words outside the lexicons, by their endings; ordinary look-alikes are not
    ("MedicalTermRecognizer", "path back - adenocarcinoma.", ["adenocarcinoma"]),
    ("MedicalTermRecognizer", "acute cholecystitis, needs a cholecystectomy",
     ["cholecystitis", "cholecystectomy"]),
    ("MedicalTermRecognizer", "Glioblastoma, s/p craniotomy", ["Glioblastoma", "craniotomy"]),
    ("MedicalTermRecognizer", "her diploma, the aroma, our sympathy, nostalgia", []),
    ("MedicalTermRecognizer", "a diagnosis and prognosis meeting; photography club", []),
    ("MedicalTermRecognizer", "Oklahoma and Tacoma offices", []),
    ("InjuryRecognizer", "broken wrist (fell off a step stool)", ["broken wrist"]),
    ("CdtRecognizer", "DOS 11/12, D1120 + D1206, paid $0", ["D1120", "D1206"]),
    ("ForeignDateOfBirthRecognizer", "M. Aurèle Champagne, né le 04/11/1948", ["04/11/1948"]),
    ("ForeignDateOfBirthRecognizer", "Sa cita es el 12/05/2026 a las 9:00", []),
    ("ForeignMemberIdRecognizer", "Número de afiliado: 88412-0073", ["88412-0073"]),
    ("ForeignMemberIdRecognizer", "Número de teléfono: 541-555-0101", []),
    ("PersonTitleRecognizer", "omg mrs bellweather in rm 12", ["bellweather"]),
    ("SubjectNameRecognizer", "Transfer of care - Tamsin Greaves", ["Tamsin Greaves"]),
    ("SubjectNameRecognizer", "Recollect needed today - Marchetti, J.", ["Marchetti, J."]),
    ("SubjectNameRecognizer", "Recollect needed today - Marchetti", []),
    ("SubjectNameRecognizer", "Labs for Maria Lopez (urgent)", ["Maria Lopez"]),
    ("PersonTitleRecognizer", "pls call mr okonkwo's wife", ["okonkwo"]),
    ("PersonTitleRecognizer", "mr brain w/o contrast; mr and mrs", []),
    ("PersonTitleRecognizer", "A near miss occurred; a miss happened", []),
    ("AgeOver89Recognizer", "Opal turns 101 on December 9", ["101"]),
    ("AgeOver89Recognizer", "her 95th birthday party", ["95th birthday"]),
    ("AgeOver89Recognizer", "the clinic turns 25 this year", []),
    ("CdtRecognizer", "the D1120 forklift part", []),
    ("MemberIdRecognizer", "Kayden Pruett, member 88410297, DOS 11/12", ["88410297"]),
    ("MemberIdRecognizer", "a member 2024 of the board", []),
    ("MemberIdRecognizer", "Member 88-MGA-4410293: courier the tacrolimus", ["88-MGA-4410293"]),
    ("MemberIdRecognizer", "member ABC-2024 dues", []),  # too few digits: a label, not an ID
    ("MemberIdRecognizer", "Member 2026-27 dues", []),  # no letter: a season, not an ID
    ("InjuryRecognizer", "she tore her ACL skiing", ["tore her ACL"]),
    ("InjuryRecognizer", "hip fracture in March", ["hip fracture"]),
    ("InjuryRecognizer", "the broken link and a torn envelope", []),
    # encounter word + date/time in the same sentence, in several languages
    ("AppointmentRecognizer", "su cita el jueves 21 de mayo a las 9:40", ["cita"]),
    ("AppointmentRecognizer", "votre rendez-vous le mardi 26 mai à 11h15", ["rendez-vous"]),
    ("AppointmentRecognizer", "randevou lendi 25 me a 9:00 AM", ["randevou"]),
    ("AppointmentRecognizer", "lịch hẹn khám lúc 8 giờ 30 sáng", ["lịch hẹn"]),
    ("AppointmentRecognizer", "ваш приём назначен на 19 мая в 10:20", ["приём"]),
    ("AppointmentRecognizer", "复诊预约时间为5月20日上午9:30", ["复诊", "预约"]),
    ("AppointmentRecognizer", "a 10:30 podiatry visit tomorrow", ["visit"]),
    ("AppointmentRecognizer", "Book an appointment online. Open 24 hours.", []),
    ("AppointmentRecognizer", "visit our booth", []),
    ("AppointmentRecognizer", "Dr. Lee will reschedule the appointments on 6/3", []),
    # names by title and structure in other languages
    ("ForeignNameRecognizer", "Madame Hélène Marchand,", ["Hélène Marchand"]),
    ("ForeignNameRecognizer", "Уважаемая Галина Петровна Орлова,", ["Галина Петровна Орлова"]),
    ("ForeignNameRecognizer", "Уважаемая Галина,", []),  # the greeting is no given name
    ("ForeignNameRecognizer", "Mesye Fanfan Pierre-Louis,", ["Fanfan Pierre-Louis"]),
    ("ForeignNameRecognizer", "Kính gửi bà Nguyễn Thị Lan,", ["Nguyễn Thị Lan"]),
    ("ForeignNameRecognizer", "王秀兰女士您好", ["王秀兰"]),
    ("ForeignNameRecognizer", "患者\uff1a李建国", ["李建国"]),
    ("ForeignNameRecognizer", "Уважаемая Ольга Сергеевна Иванова!", ["Ольга Сергеевна Иванова"]),
    ("ForeignNameRecognizer", "Дмитрий Петров, здравствуйте", ["Дмитрий Петров"]),
    ("ForeignNameRecognizer", "Bonjour à tous, la réunion est lundi", []),
    ("ForeignNameRecognizer", "Уважаемые пациенты!", []),
    # surnames placed on a ward
    ("LocatedNameRecognizer", "Mr. Haddad in 4W-12 is NPO", ["Haddad"]),
    ("LocatedNameRecognizer", "For Sorensen in 5E-04: vancomycin", ["Sorensen"]),
    ("LocatedNameRecognizer", "Bay 7 Castellanos - DKA", ["Castellanos"]),
    ("LocatedNameRecognizer", "Ostrowski 81F - CHF exac", ["Ostrowski"]),
    (
        "LocatedNameRecognizer",
        "Add-ons: Brennan (lap chole), Oyelaran (I&D), Vasquez-Ruiz (PEG).",
        ["Brennan", "Oyelaran", "Vasquez-Ruiz"],
    ),
    ("LocatedNameRecognizer", "The sink in 4W-12 is broken", []),
    ("LocatedNameRecognizer", "Tylenol (acetaminophen) is back in stock.", []),
    ("LocatedNameRecognizer", "Dr in room 4", []),
    # care settings
    ("CareSettingRecognizer", "Greta Lindholm in 318 is a fall risk", ["in 318"]),
    ("CareSettingRecognizer", "Mrs. Kowalczyk, 5E bed 22, going home", ["5E bed 22"]),
    ("CareSettingRecognizer", "two visitors in the ICU", ["in the ICU"]),
    ("CareSettingRecognizer", "meet in 2024 for the retreat", []),
    # payment for care
    ("BillingRecognizer", "balance of $412.60 after insurance for the ER visit", ["$412.60"]),
    ("BillingRecognizer", "Amount due: $35,840.58 for consulting", []),
    ("BillingRecognizer", "tickets cost $20 at the door", []),
    # unlabelled record numbers under a chart heading
    ("ChartListRecognizer", "medical record numbers 51022934, 51023110", ["51022934", "51023110"]),
    (
        "ChartListRecognizer",
        "duplicate charts:\n40011287 / 40877203 - Gutierrez, Rosa",
        ["40011287", "40877203"],
    ),
    ("ChartListRecognizer", "records request, invoice 40011287", []),
    ("ChartListRecognizer", "order 40011287 shipped", []),
    # street corners
    ("IntersectionRecognizer", "MVC at Route 9 and Harbor Rd", ["Route 9 and Harbor Rd"]),
    ("IntersectionRecognizer", "Elm St & Oak Ave", ["Elm St & Oak Ave"]),
    ("IntersectionRecognizer", "Rock and Roll", []),
    ("PatientStatusRecognizer", "Pt: Harriet Okonjo - crown", ["Pt: "]),
    ("PatientStatusRecognizer", "FYI your patient Desmond Achebe was admitted", ["your patient "]),
    ("PatientStatusRecognizer", "the Patient Name and MRN fields wrap", []),
    ("PatientStatusRecognizer", "Pt's daughter called", ["Pt's daughter"]),
    ("SubjectSurnameRecognizer", "Gonzalez - COVID+ today", ["Gonzalez"]),
    ("SubjectSurnameRecognizer", "Re: Okafor - labs", ["Okafor"]),
    ("SubjectSurnameRecognizer", "Invitation: Tumor Board", []),
    ("SubjectSurnameRecognizer", "Update - flu clinic hours", []),
    ("SubjectLeadWordRecognizer", "Oberholtzer foot", ["Oberholtzer"]),
    ("SubjectLeadWordRecognizer", "Re: Thalberg elected hospice today", ["Thalberg"]),
    ("SubjectLeadWordRecognizer", "Invitation: Tumor Board", []),
    ("UnspacedHealthRecognizer", "田中様の糖尿病の検査結果", ["糖尿病"]),
    ("FilenameDocumentRecognizer", "CT chest P Vandermeer", ["CT"]),
    ("FilenameDocumentRecognizer", "Sleep Study Report Carmody Elaine", ["Study", "Report"]),
    ("FilenameDocumentRecognizer", "Infection Control Policy v4", []),
    ("FilenameDocumentRecognizer", "Alemu Tigist L heel 2026-11-10", ["heel"]),
    ("FilenameDocumentRecognizer", "Holiday Party Flyer 2026", []),
    ("AppointmentRecognizer", "out Monday 6/8 for surgery", ["surgery"]),
    ("PatientReferenceRecognizer", "68 y/o M, found down", ["68 y/o M"]),
    ("PatientReferenceRecognizer", "a 23 y/o male, MVC", ["23 y/o male"]),
]


@pytest.mark.parametrize(("recognizer", "text", "expected"), CASES)
def test_recognizer_table(recognizer: str, text: str, expected: list[str]) -> None:
    got = [text[r.start : r.end] for r in _RECS[recognizer].find(text)]
    for value in expected:
        assert value in got, f"{recognizer} missed {value!r} in {text!r}: {got}"
    if not expected:
        assert got == [], f"{recognizer} fired on {text!r}: {got}"


def test_every_pattern_recognizer_has_a_table_case() -> None:
    covered = {name for name, _, exp in CASES if exp}
    missing = {c.__name__ for c in PATTERN_RECOGNIZERS} - covered - {"IpAddressRecognizer"}
    assert not missing


def test_checksums() -> None:
    assert npi_valid("1234567893") and not npi_valid("1234567890")
    assert dea_valid("AB1234563") and not dea_valid("AB1234564")
    assert luhn_valid("79927398713") and not luhn_valid("79927398710")


def test_label_lookbehind_is_rewritten_to_a_value_group() -> None:
    assert label_to_group(r"(?<=\bmrn[:#]?)\d+") == r"(?:\bmrn[:#]?)(?P<v>\d+)"
    assert label_to_group(r"(?<=a[)]b)c") == r"(?:a[)]b)(?P<v>c)"
    assert label_to_group(r"\d+") == r"\d+"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ingrid Solberg was admitted", ["Ingrid Solberg"]),
        ("Hollis, Dwayne 5E-14", ["Hollis, Dwayne"]),
        ("hi this is gary moss calling", ["gary moss"]),
        ("walt kowalski in bay 12", ["walt kowalski"]),
        ("Main Campus lobby", []),
        ("Confirming Christine Mcdonald is enrolled", ["Christine Mcdonald"]),
        ("Seen today: LOPEZ, Humphrey 5E", ["LOPEZ, Humphrey"]),
        ("VA, IOP, OCT, Humphrey visual fields", []),  # one more acronym in a list
        ("Union: Ingrid Okoye, Gary Villanueva", ["Ingrid Okoye", "Gary Villanueva"]),
    ],
)
def test_given_name_recognizer(text: str, expected: list[str]) -> None:
    names = frozenset({"ingrid", "dwayne", "gary", "walt", "christine", "humphrey"})
    got = [text[r.start : r.end] for r in GivenNameRecognizer(names).find(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kowalczyk is ok for sim 11/19", ["Kowalczyk"]),
        ("0800 ch1  Obuya     rituximab", ["Obuya"]),
        ("pt refused ride - Gomez 11/11 4pm", ["Gomez"]),
        ("Gomez Pharmacy 11/12 and Obuya Hall", []),  # a business, a building
        ("1267808164\tObuya\tKarl\tMD", []),  # a tab-separated table: the table reader's
        ("Kowalczyk", []),  # alone, in no place a name takes
        ("Sep, 14 cases, 2 infections", []),  # a row's month, not a person
        ("Mohs - T. Nakamura - R ear helix SCC", ["Nakamura"]),
        ("Pre-op A-scan - Mendes, J.", ["Mendes, J."]),
        ("Outpt transfusion - B. Abernathy-Cole - 2u PRBC", ["Abernathy-Cole"]),
        ("ask Mendes, Jo. and the A. Team", []),
        ("Driver\tMon\nD. Haile\t5a-1p", []),  # a table row: the table reader's
    ],
)
def test_surname_recognizer(text: str, expected: list[str]) -> None:
    known = {"kowalczyk", "obuya", "gomez", "sep", "nakamura", "mendes", "abernathy", "haile"}
    rec = SurnameRecognizer(frozenset(known))
    assert [text[r.start : r.end] for r in rec.find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rivera Maria DOB 1961-03-02 MRI", ["Rivera Maria"]),
        ("Referral Neurology Abernathy Wendell", ["Abernathy Wendell"]),
        ("labs J Okafor", ["J Okafor"]),
        ("Bianchi R sacral ulcer 2026-11-24", ["Bianchi R"]),
        ("Discharge Summary MRN 40418822", []),
        ("Referral A form", []),
        ("Q1 2026 Diabetes Outcomes Summary", []),
        ("scan revocation GUTIERREZ Ramon 20261112", ["GUTIERREZ Ramon"]),
        ("Okafor Chidi R foot ulcer 2026-11-10", ["Okafor Chidi R"]),
        ("Okafor Chidi Hep B chronic records", ["Okafor Chidi"]),
        ("Value Set chh diabetes registry", []),
        ("Harborlight Q3 2026 quality", ["Harborlight"]),
        ("LeBlanc Marguerite sternal incision", ["LeBlanc Marguerite"]),
        ("mateo gutierrez knee 1110", ["mateo gutierrez"]),  # lower case: both words known
        ("gutierrez report final", []),
        ("shift swap maria notes", []),  # a given name and a word: no surname
    ],
)
def test_filename_name_recognizer(text: str, expected: list[str]) -> None:
    names = frozenset({"maria", "wendell", "ramon", "marguerite", "mateo"})
    rec = FilenameNameRecognizer(
        names, frozenset({"discharge", "summary", "referral"}), frozenset({"gutierrez"})
    )
    assert [text[r.start : r.end] for r in rec.find(text)] == expected


def test_appointment_without_an_owner_scores_like_the_bare_word() -> None:
    rec = _RECS["AppointmentRecognizer"]
    owned = rec.find("Reminder: your appointment is on 6/3 at 9:00")
    staff = rec.find("Karen will be out Monday 6/8 for surgery")
    assert [r.score for r in owned] == [0.85]
    assert [r.score for r in staff] == [0.6]


def test_ocr_normalize_undoes_digit_letter_confusions() -> None:
    fax = "Narne: 0YELARAN, THADDEUS  D0B: O5/3O/l967  c0lon0sc0py"
    assert ocr_normalize(fax) == "Narne: OYELARAN, THADDEUS  DOB: 05/30/1967  colonoscopy"
    assert len(ocr_normalize(fax)) == len(fax)
    clean = "B12 and COVID19 levels, 1O items"  # fewer than three OCR signs: unchanged
    assert ocr_normalize(clean) == clean
    labs = "HbA1c 8.1%, HbA1c 7.9%, HbA1c 7.2%, B12 low, SpO2 94%"  # real tokens, not OCR
    assert ocr_normalize(labs) == labs


def test_filename_text_keeps_dates_and_splits_camel_case() -> None:
    assert filename_text("Rivera_Maria_DOB_1961-03-02_MRI.pdf") == "Rivera Maria DOB 1961-03-02 MRI"
    assert filename_text("DischargeSummary_MRN_40418822.jpg") == "Discharge Summary MRN 40418822"
    assert filename_text("labs - J. Okafor.pdf") == "labs J Okafor"


def test_message_slip_names() -> None:
    rec = GivenNameRecognizer(frozenset({"nadia", "harold"}))
    text = "msg from nadia ferreira - wants results"
    assert [text[r.start : r.end] for r in rec.find(text)] == ["nadia ferreira"]


def test_table_recognizer_maps_columns_and_skips_staff_tables() -> None:
    rec = TableRecognizer()
    patients = "name,dob,diagnosis\nIngrid Solberg,1957-03-14,E11.9\n"
    got = {(r.entity_type, patients[r.start : r.end]) for r in rec.find(patients)}
    assert got == {
        ("PERSON", "Ingrid Solberg"),
        ("DATE_OF_BIRTH", "1957-03-14"),
        ("CONDITION", "E11.9"),
    }
    roster = "name\trole\tunit\tphone\nTravis Fowler\tRN\tICU\t608.713.9659\n"
    assert rec.find(roster) == []
    providers = "provider name,specialty\nDr. Amir Haddad,Infectious Disease\n"
    assert rec.find(providers) == []


def test_lexicon_longest_match_and_case_rules() -> None:
    lex = Lexicon()
    lex.add("CONDITION", "heart failure", 0.8)
    lex.add("CONDITION", "heart", 0.1)
    lex.add("CONDITION", "CHF", 0.6, case_sensitive=True)
    text = (
        "Congestive heart failure (CHF); chf in lower case is not the abbreviation. Heart\nfailure"
    )
    got = [(text[m.start : m.end], m.score) for m in lex.match(text)]
    assert got == [("heart failure", 0.8), ("CHF", 0.6), ("Heart", 0.1)]


def test_class_names_do_not_shadow_presidio_predefined_recognizers() -> None:
    # Presidio's default registry finds recognizer classes by name: a clash would put ours
    # (with a different constructor) into a stock AnalyzerEngine.
    import inspect

    import presidio_analyzer.predefined_recognizers as stock

    theirs = {n for n, _ in inspect.getmembers(stock, inspect.isclass)}
    ours = {c.__name__ for c in PATTERN_RECOGNIZERS} | {
        "LexiconRecognizer",
        "GivenNameRecognizer",
        "TableRecognizer",
    }
    assert not ours & theirs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenzie in suite 2 - G2P1, 6 cm at 1400", ["Kenzie"]),
        ("moved Harold to room 14 after the fall", ["Harold"]),
        ("Meeting in room 4 at noon", []),  # not a given name
        ("Kenzie in accounting has the invoices", []),  # no room number
    ],
)
def test_first_name_placed_in_a_room(text: str, expected: list[str]) -> None:
    from gateway.detect.recognizers.lexical import FirstNameRecognizer

    rec = FirstNameRecognizer(frozenset({"kenzie", "harold"}))
    assert [text[r.start : r.end] for r in rec.find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For Omar after his Mohs yesterday: leave the bandage on", ["Omar"]),
        ("Add Gus back on MWF", ["Gus"]),  # the verb opens the sentence, capitalised
        ("for Omar Haddad's visit", []),  # a full name: the given-name pair's, not a lone one
        ("Form 12 for the team", []),
    ],
)
def test_first_name_after_a_scheduling_word(text: str, expected: list[str]) -> None:
    from gateway.detect.recognizers.lexical import FirstNameRecognizer

    rec = FirstNameRecognizer(frozenset({"omar", "gus"}))
    assert [text[r.start : r.end] for r in rec.find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ray tomczak got his 4th eylea OD today", ["ray tomczak"]),
        ("sophie castellanos - mono spot pos", ["sophie castellanos"]),
        ("ray of light and a brown tomczak", []),  # "of" is no given name, "brown" no surname
        ("email ray.tomczak@x.example", []),
    ],
)
def test_lower_case_name_recognizer(text: str, expected: list[str]) -> None:
    rec = LowerNameRecognizer(frozenset({"ray", "sophie"}), frozenset({"tomczak", "castellanos"}))
    assert [text[r.start : r.end] for r in rec.find(text)] == expected
