"""Recognizers that carry the detector beyond English wording.

Principles, not phrasings:

* **Appointment structure** (``AppointmentRecognizer``): an encounter word (appointment, visit,
  cita, consulta, rendez-vous, randevou, lịch hẹn, приём, 预约/复诊/门诊...) with a date or a clock
  time next to it is an encounter of one person at one time - stronger evidence than the word
  alone, in any of the languages below. Chinese has no spaces, so its words are matched here
  rather than in the token lexicon.
* **Names in other languages** (``ForeignNameRecognizer``): a courtesy title or salutation
  (Madame, Monsieur, Senhor/Senhora, Mesye/Madanm, bà/ông, Уважаемая...) followed by capitalised
  words; Vietnamese names opening with a common family name; Chinese names before an honorific
  (女士, 先生...); Russian names with a patronymic or a surname ending.
* **Located names** (``LocatedNameRecognizer``): a capitalised surname placed in a room, bed, bay
  or unit ("Sorensen in 5E-04", "Bay 7 Castellanos") or followed by age and sex ("Ostrowski 81F")
  is a patient on a ward; clinicians are located by their role, not their bed.
* **Care settings** (``CareSettingRecognizer``): a person placed on a unit or in a room is an
  inpatient ("in 4W-12", "5E bed 22", "on 6N"); being an inpatient is health information.
* **Payment for care** (``BillingRecognizer``): an amount of money next to balance, statement,
  refund, payment, charges or collections words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern, RecognizerResult

from .base import CASE_SENSITIVE, PhiPatternRecognizer

# Dates and clock times in the languages covered (numeric forms are universal).
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:emb"
    r"er)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|"
    r"agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|"
    r"setembro|outubro|novembro|dezembro|janvier|février|mars|avril|mai|juin|juillet|août|"
    r"septembre|octobre|novembre|décembre|janvye|fevriye|mas|avril|me|jen|jiyè|out|septanm|"
    r"oktòb|novanm|desanm|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|"
    r"ноября|декабря|tháng[ \t]+\d{1,2}"
)
_WHEN = re.compile(
    r"(?:\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}[ \t]?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[ \t]+giờ\b|"
    r"\b\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?\b|\d{1,2}月\d{1,2}[日号]|"
    rf"\b\d{{1,2}}(?:[ \t]+de)?[ \t]+(?:{_MONTHS})\b|\b(?:{_MONTHS})[ \t]+\d{{1,2}}\b|"
    r"\b(?:tomorrow|today|tonight|mañana|demain|amanhã|demen|ngày[ \t]+\d{1,2}|завтра|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|"
    r"viernes|sábado|lundi|mardi|mercredi|jeudi|vendredi|samedi|segunda|terça|quarta|quinta|"
    r"sexta|lendi|madi|mèkredi|jedi|vandredi|samdi|thứ[ \t]+\w+)\b|"
    r"星期[一二三四五六日天]|周[一二三四五六日]|上午|下午)",
    re.IGNORECASE,
)
_ENCOUNTER_WORD = (
    r"\b(?:appointment|appt|visit|follow[- ]up|consult(?:ation)?|check-?up|"
    r"cita|consulta|rendez-vous|rdv|randevou|lịch[ \t]+hẹn|hẹn|tái[ \t]+khám|khám|"
    r"приём|прием|приёма|приема|записаны|записан[аы]?|exame|agendad[oa]|marcad[oa]|"
    r"procedure|surgery|scan|mri|мрт|infusion|chemo(?:therapy)?|quimioterapia|dialysis)\b"
    r"|预约|复诊|门诊|就诊|检查|挂号|住院|出院|手术|化疗|透析"
)


# Someone owns the encounter: the reader ("your", "su", "votre", "ou", "ваш", "您"), a third
# person ("his", "her", "has a"), in each language covered. Without one, "surgery on 6/8" or
# "site visit on 5/14" in staff mail is not anyone's care.
_OWNER = re.compile(
    r"\b(?:your|you|his|her|their|has|have|had|su|sus|usted|tiene|seu|sua|você|tem|votre|vos|"
    r"vous|ou|w|li|gen|ông|bà|anh|chị|có|ваш|ваша|вас|вы|вам|\u0443[ \t]+вас)\b|[您你]|"
    r"\p{L}['\u2019]s\b",
    re.IGNORECASE,
)


class AppointmentRecognizer(PhiPatternRecognizer):
    """An encounter word with a date or time in the same sentence, owned by someone ("your
    appointment on 6/3", "su cita el jueves", "ваш приём 19 мая"): one person's visit. Without
    an owner it scores like the bare word."""

    ENTITY = "ENCOUNTER"
    CATEGORY = "health"
    NEEDS_DIGIT = True
    TRIGGERS = (
        "appoint",
        "appt",
        "visit",
        "follow",
        "consult",
        "check",
        "cita",
        "control",
        "rendez",
        "rdv",
        "randevou",
        "hẹn",
        "khám",
        "при",
        "запис",
        "exame",
        "agendad",
        "marcad",
        "procedure",
        "surgery",
        "scan",
        "mri",
        "мрт",
        "infusion",
        "chemo",
        "quimio",
        "dialysis",
        "预约",
        "复诊",
        "门诊",
        "就诊",
        "检查",
        "挂号",
        "住院",
        "出院",
        "手术",
        "化疗",
        "透析",
    )
    WINDOW = 90
    PATTERNS: ClassVar[list[Pattern]] = [Pattern("encounter word", _ENCOUNTER_WORD, 0.85)]

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        lo = max(0, result.start - self.WINDOW)
        hi = min(len(text), result.end + self.WINDOW)
        # Stay inside the sentence/line: a date in the next paragraph is another matter.
        head = text[lo : result.start]
        cut = max(head.rfind("\n\n"), head.rfind(". "))
        if cut >= 0:
            lo += cut + 1
        tail = text[result.end : hi]
        ends = [i for i in (tail.find("\n\n"), tail.find(". ")) if i >= 0]
        if ends:
            hi = result.end + min(ends)
        if _WHEN.search(text, lo, hi) is None:
            return None
        if _OWNER.search(text, lo, result.end) is None:  # the owner comes first
            result.score = 0.6
        return result


# Courtesy titles and salutations that introduce a person (the name follows).
_UPPER_WORD = r"\p{Lu}[\p{Ll}\p{M}]+(?:[-'\u2019]\p{Lu}[\p{Ll}\p{M}]+)*"
_VI_FAMILY = (
    "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đoàn|Lâm|"
    "Mai|Trương|Cao|Lương|Tạ|Quách|Châu|Thái|Tô|Vương|Hà|La|Trịnh|Kiều"
)
_ZH_FAMILY = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
    "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯"
    "龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)


class ForeignNameRecognizer(PhiPatternRecognizer):
    """Person names in French, Portuguese, Spanish, Haitian Creole, Vietnamese, Chinese and
    Russian mail, found by their titles and by name structure (no gazetteer needed)."""

    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "courtesy title",
            r"(?<=\b(?:Madame|Mme|Monsieur|Mademoiselle|Mlle|Senhor|Senhora|Sr\.?|Sra\.?|Srta\.?|"
            r"Dona|Doña|Don|Señor|Señora|Mesye|Madanm|Manmzèl|Herr|Frau|Signor|Signora|bà|ông|"
            r"Bà|Ông|anh|chị|Anh|Chị)[ \t]+)"
            rf"{_UPPER_WORD}(?:[ \t]+{_UPPER_WORD}){{0,3}}",
            0.8,
        ),
        Pattern(
            "salutation",
            r"(?<=\b(?:Bonjour|Bonsoir|Chère|Cher|Prezad[oa]|Car[oa]|Olá|Ola|Oi|Bonjou|Bonswa|"
            r"Chào|Kính[ \t]+gửi|Kính[ \t]+chào|Уважаем(?:ая|ый|ые)|Здравствуйте|Добрый[ \t]+день)"
            r",?[ \t]+)"
            rf"{_UPPER_WORD}(?:[ \t]+{_UPPER_WORD}){{1,3}}",
            0.75,
        ),
        Pattern("vietnamese name", rf"\b(?:{_VI_FAMILY})(?:[ \t]+{_UPPER_WORD}){{1,3}}\b", 0.75),
        Pattern(
            "chinese name + honorific",
            rf"[{_ZH_FAMILY}][\p{{Han}}]{{1,2}}(?=女士|先生|小姐|同学|患者|病人|阿姨|老人家|奶奶|爷爷)",
            0.8,
        ),
        Pattern(
            "chinese labelled name",
            rf"(?<=(?:患者|病人|姓名|病患)[:\uff1a]?[ \t]*)[{_ZH_FAMILY}][\p{{Han}}]{{1,2}}"
            r"(?![\p{Han}])",
            0.85,
        ),
        Pattern(
            "russian name",
            r"\b(?:\p{Lu}\p{Ll}+[ \t]+)?\p{Lu}\p{Ll}+(?:ович|евич|ич|овна|евна|ична|инична)"
            r"(?:[ \t]+\p{Lu}\p{Ll}+)?\b"
            r"|\b\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ский|ская|цкий|"
            r"цкая|енко|ук|юк)\b",
            0.75,
        ),
    ]
    FLAGS = CASE_SENSITIVE
    _LATIN_PATTERNS = 2  # the first two (titles, salutations) can match plain ASCII text

    def patterns_for(self, text: str) -> list[tuple[str, re.Pattern[str], float]]:
        # Vietnamese, Chinese and Cyrillic names need non-ASCII letters: skip them on ASCII text.
        return self._compiled[: self._LATIN_PATTERNS] if text.isascii() else self._compiled

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        value = text[result.start : result.end]
        # Cyrillic/Vietnamese/Chinese patterns never fire on plain ASCII capitalised prose.
        if result.end - result.start < 2:
            return None
        if value.split()[0] in _NOT_A_NAME_START:
            return None
        return result


_NOT_A_NAME_START = frozenset(
    """Clinique Clínica Clinica Centre Centro Hôpital Hospital Service Serviço Doctor Docteur
    Dr Dra Riverbend Lakeshore Le La Les Los Las""".split()
)

# A unit/room/bed code: 318, 4W-12, 5E-04, 7C, 12B.
_LOC = (
    r"(?:(?:room|rm|bed|bay|stretcher)[ \t]*#?[ \t]*)?(?:\d{1,2}[A-Z]{1,2}-?\d{1,3}|\d{3,4}[A-Z]?)"
)
_NOT_SURNAME = frozenset(
    """The This That These Those Patients Patient Pt Beds Bed Rooms Room Unit Units Staff Team
    Nurses Nurse Everyone All Open Closed Sink Floor Floors Admissions Discharges Census Please
    Labs Lab Meds Supplies Holds Bay Bays Level Trauma Code Station Medic Route Case Cases Exam
    Sinks Tele Telemetry Today Tomorrow Night Nights Days Saturday Sunday Monday Tuesday
    Wednesday Thursday Friday Ward Wing Building Suite Office Clinic Surgery Add Ons Sorry Thanks
    Pediatrics Oncology Cardiology Orthopedics Neurology Radiology Pharmacy Dietary Transport
    Inbound Outbound Transfer Transfers Dr Mr Mrs Ms Miss Doctor Provider Attending Resident
    Fellow Therapist Chaplain Volunteer""".split()
)


class LocatedNameRecognizer(PhiPatternRecognizer):
    """A capitalised surname placed in a bed/room/unit, after a bay/bed number, or with age and
    sex: how ward mail names patients."""

    ENTITY = "PERSON"
    TRIGGERS = ("(", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "surname in location",
            rf"\b\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?(?=[ \t]+(?i:in|on)[ \t]+{_LOC}\b)",
            0.7,
        ),
        Pattern(
            "after bay/bed number",
            r"(?<=\b(?i:bay|bed|rm|room|stretcher)[ \t]*#?[ \t]*\d{1,4}[A-Z]?[ \t]*[:\-]?[ \t]+)"
            r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\b(?![ \t]+(?:is|are|was|will|has)\b)",
            0.7,
        ),
        Pattern(
            "surname tagged with a procedure",
            r"\b\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?=[ \t]*\([^()\n]{2,40}\)[ \t]*[,;.\n])",
            0.65,
        ),
        Pattern(
            "surname age sex",
            r"\b\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
            r"(?=,?[ \t]+\d{1,3}[ \t]?(?:y/?o|yo|yr)?[ \t]?[MF]\b)",
            0.7,
        ),
    ]
    FLAGS = CASE_SENSITIVE

    def patterns_for(self, text: str) -> list[tuple[str, re.Pattern[str], float]]:
        # Each pattern tries every capitalised word; run it only when its anchor is in the text.
        return [c for c, hint in zip(self._compiled, _LOCATED_HINTS, strict=True) if hint(text)]

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        if text[result.start : result.end] in _NOT_SURNAME:
            return None
        if text[result.end : result.end + 3].lstrip(" \t").startswith("("):
            # "Brennan (lap chole), Oyelaran (I&D)": only a list of such entries on one line.
            ls = text.rfind("\n", 0, result.start) + 1
            le = text.find("\n", result.end)
            line = text[ls : le if le >= 0 else len(text)]
            if len(_TAGGED.findall(line)) < 2:
                return None
        return result


_IN_LOC = re.compile(rf"\b(?:in|on)[ \t]+{_LOC}\b", re.IGNORECASE)
_BED_NO = re.compile(r"\b(?:bay|bed|rm|room|stretcher)[ \t]*#?[ \t]*\d", re.IGNORECASE)
_AGE_SEX = re.compile(r"\d[ \t]?(?:y/?o|yo|yr)?[ \t]?[MF]\b")
_LOCATED_HINTS: tuple[Callable[[str], bool], ...] = (
    lambda t: _IN_LOC.search(t) is not None,
    lambda t: _BED_NO.search(t) is not None,
    lambda t: "(" in t,
    lambda t: _AGE_SEX.search(t) is not None,
)
_TAGGED = re.compile(r"\b\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]*\([^()\n]{2,40}\)")


class CareSettingRecognizer(PhiPatternRecognizer):
    """A place on a ward ("in 4W-12", "5E bed 22", "on 6N", "in the ICU"): inpatient care."""

    ENTITY = "ENCOUNTER"
    CATEGORY = "health"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "in a ward bed",
            r"\b(?:in|on)[ \t]+(?:\d{1,2}[A-Z]{1,2}-\d{1,3}"
            r"|\d{1,2}[A-Z]{1,2}[ \t]+bed[ \t]*\d{1,3})\b",
            0.7,
        ),
        Pattern(
            "on a unit",
            r"\b(?:in|on)[ \t]+(?:\d{1,2}[A-Z]{1,2}-\d{1,3}"
            r"|\d{1,2}[A-Z]{1,2}(?:[ \t]+bed[ \t]*\d{1,3})?"
            r"|(?:room|rm|bed|bay)[ \t]*#?[ \t]*\d{1,4}[A-Z]?"
            r"|\d{3,4}[A-Z]?(?=[ \t]+(?:is|was|has)\b))\b",
            0.6,
        ),
        Pattern("unit bed", r"\b\d{1,2}[A-Z]{1,2}[ \t]+bed[ \t]*\d{1,3}\b", 0.7),
        Pattern(
            "in a care setting",
            r"\b(?:in|to|from)[ \t]+the[ \t]+(?:ICU|MICU|SICU|CCU|NICU|PICU|ED|ER|PACU|ward|"
            r"step-?down|telemetry|tele)\b",
            0.65,
        ),
    ]
    FLAGS = CASE_SENSITIVE


class BillingRecognizer(PhiPatternRecognizer):
    """Payment for care: an amount of money with a balance/statement/refund/collections word."""

    ENTITY = "CLAIM"
    CATEGORY = "health"
    TRIGGERS = ("$",)
    CONTEXT: ClassVar[list[str]] = [
        "balance",
        "statement",
        "refund",
        "refunded",
        "overpayment",
        "payment plan",
        "copay",
        "co-pay",
        "deductible",
        "coinsurance",
        "amount due",
        "balance due",
        "collections",
        "past due",
        "owe",
        "owed",
        "charges",
        "charged",
        "bill",
        "billed",
        "self-pay",
        "patient responsibility",
        "out-of-pocket",
        "after insurance",
    ]
    CONTEXT_WINDOW = 90
    CONTEXT_AFTER = 90
    REQUIRES_CONTEXT = True
    CONTEXT_BOOST = 0.0
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("amount", r"\$[ \t]?\d{1,3}(?:,\d{3})*(?:\.\d{2})?(?![\d,])", 0.6),
    ]

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        # Payment for *care*: a vendor's invoice has amounts and balances too.
        lo, hi = max(0, result.start - 160), min(len(text), result.end + 160)
        return result if _CARE_WORDS.search(text, lo, hi) else None


_CARE_WORDS = re.compile(
    r"\b(?:visit|stay|treatment|therapy|physical[ \t]+therapy|care|hospital|clinic|emergency|"
    r"er|ed|urgent|lab|labs|blood[ \t]+work|x-?ray|mri|ct|surgery|procedure|physician|patient|"
    r"dental|exam|ambulance|prescription|pharmacy|inpatient|outpatient|admission|office[ \t]+"
    r"visit|radiology|imaging|anesthesia|delivery|dates?[ \t]+of[ \t]+service|dos)\b",
    re.IGNORECASE,
)


class PatientStatusRecognizer(PhiPatternRecognizer):
    """ "Patient: Harriet Okonjo", "our patient Desmond Achebe": calling someone a patient says
    they receive care - health information by itself (the name is found by the name rules)."""

    ENTITY = "ENCOUNTER"
    CATEGORY = "health"
    TRIGGERS = ("pt", "patient", "paciente", "patiente", "pasyan", "пациент", "患者", "bệnh nhân")
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "patient label",
            r"\b(?i:patient|pt|paciente|patiente|pasyan|пациент(?:ка)?|bệnh[ \t]+nhân)"
            r"(?i:[ \t]+name)?[ \t]*[:\-][ \t]*(?=\p{Lu}[\p{Ll}\p{Lu}])",
            0.6,
        ),
        Pattern(
            "patient in prose",
            r"\b(?i:our|your|my|the|this)[ \t]+(?i:patient|pt)[ \t]+(?=\p{Lu}\p{Ll}+[ \t]+\p{Lu})",
            0.6,
        ),
        Pattern("chinese label", r"(?:患者|病人)[:\uff1a]?(?=\p{Han})", 0.6),
        Pattern(
            "patient's family",
            r"\b(?i:pt|patient)['\u2019]s[ \t]+(?i:daughter|son|wife|husband|mother|father|mom|"
            r"dad|spouse|partner|family|sister|brother|caregiver|guardian|parent)\b",
            0.55,
        ),
    ]
    FLAGS = CASE_SENSITIVE


_SUBJECT_NOT_NAME = frozenset(
    """schedule meeting agenda question questions request issue invoice training policy urgent
    important fyi action follow holiday coverage staffing newsletter announcement alert notice
    draft final report summary minutes update reminder change changes new info information
    reminder confirmed confirmation cancelled canceled closed closure help thanks welcome
    correction revised approval approved pending status outage maintenance survey invitation
    invite webinar event seminar conference lecture workshop course session class""".split()
)


class SubjectSurnameRecognizer(PhiPatternRecognizer):
    """A subject that opens with one capitalised word and a dash before the rest
    ("Gonzalez - COVID+ today"): a surname used as the topic of the message."""

    ENTITY = "PERSON"
    SOURCES = ("subject",)
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "subject surname",
            r"(?<=^[ \t]*(?:(?i:re|fw|fwd|aw)[ \t]*:[ \t]*)*)"
            r"(?:Mc|Mac|O')?\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?(?=[ \t]+[\-\u2013\u2014][ \t]+\S)",
            0.7,
        ),
    ]
    FLAGS = CASE_SENSITIVE

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        if text[result.start : result.end].lower() in _SUBJECT_NOT_NAME:
            return None
        return result


class FilenameDocumentRecognizer(PhiPatternRecognizer):
    """The document type in an attachment file name ("..._echo.pdf", "CT chest - ...", "Sleep
    Study Report ..."): a file named after a person and a clinical document is that person's
    record."""

    ENTITY = "ENCOUNTER"
    CATEGORY = "health"
    SOURCES = ("filename",)
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "clinical document type",
            r"\b(?:report|results?|summary|consent|referral|scan|study|studies|images?|imaging|"
            r"labs?|chart|records?|echo|ekg|ecg|eeg|emg|x[ ]?ray|ct|mri|pet|ultrasound|us|"
            r"path(?:ology)?|op[ ]note|progress[ ]note|clinic[ ]note|visit[ ]note|discharge|h&p|"
            r"hp|eob|claim|rx|prescription|audiogram|spirometry|holter|biopsy|intake|assessment|"
            r"evaluation|eval|treatment[ ]plan|care[ ]plan|medication[ ]list|immunizations?|"
            r"vaccination[ ]record|superbill|ub04|cms1500|ptnote|soap)\b",
            0.6,
        ),
    ]
