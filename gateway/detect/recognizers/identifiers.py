"""Recognizers for identifiers of a person (Safe Harbor identifiers and provider identifiers).

Labelled identifiers (MRN, member ID, DOB...) use a variable-width look-behind on the label so
the finding's span covers the value only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern, RecognizerResult

from .base import CASE_SENSITIVE, PhiPatternRecognizer, has_any, has_any_folded

_NON_DIGIT = re.compile(r"\D")
_SEP = r"[ \t]*(?:[:#=\-]|no\.?|number|num)?[ \t]*[:#]?[ \t]*\n?[ \t]*"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE = (
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)?\d{2}"
    r"|(?:19|20)\d{2}-\d{1,2}-\d{1,2}"
    rf"|{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+(?:19|20)\d{{2}}"
    rf"|\d{{1,2}}[ \t]+{_MONTH},?[ \t]+(?:19|20)\d{{2}}"
    rf"|\d{{1,2}}-(?i:{_MONTH})-(?:19|20)?\d{{2}}(?![\w\-]))"
)
# A name token: capitalised word (O'Neil, McDonald, Smith-Jones) or an all-caps word (HL7 style).
_NAME_TOKEN = r"(?:\p{Lu}\p{Ll}+(?:(?:'(?!s\b)|\-)\p{Lu}?\p{Ll}+)*|\p{Lu}['\p{Lu}\-]{1,})"  # noqa: S105 - a regex, not a password
FULL_NAME = (
    rf"(?:{_NAME_TOKEN},[ \t]*{_NAME_TOKEN}(?:[ \t]+[A-Z]\.?)?"
    rf"|{_NAME_TOKEN}(?:[ \t]+[A-Z]\.)?(?:[ \t]+{_NAME_TOKEN}){{1,2}})"
)


class SsnRecognizer(PhiPatternRecognizer):
    """US Social Security number: invalid areas (000, 666, 9xx), groups and serials rejected."""

    ENTITY = "US_SSN"
    NEEDS_DIGIT = True
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("ssn dashed", r"(?<![\w\-])\d{3}-\d{2}-\d{4}(?![\w\-])", 0.5),
        Pattern("ssn spaced", r"(?<![\w\-])\d{3} \d{2} \d{4}(?![\w\-])", 0.3),
        Pattern("ssn bare", r"(?<![\w\-.])\d{9}(?![\w\-])", 0.1),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "ssn",
        "ss#",
        "ss #",
        "social security",
        "soc sec",
        "ssn#",
        "social",
    ]
    CONTEXT_WINDOW = 40
    CONTEXT_BOOST = 0.4

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = _NON_DIGIT.sub("", pattern_text)
        area, group, serial = digits[:3], digits[3:5], digits[5:]
        if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
            return False
        if len(set(digits)) == 1 or digits in ("123456789", "987654321"):
            return False
        return None

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        if result.score < 0.45:
            return None
        if result.score < 0.8 and _ORDER_NUMBER_BEFORE.search(
            text, max(0, result.start - 30), result.start
        ):
            return None  # "PO 602-18-4410", "Invoice 271-40-5563": an order number's shape
        return result


# A purchase-order, invoice or ticket label just before an SSN-shaped number.
_ORDER_NUMBER_BEFORE = re.compile(
    r"\b(?:P\.?O\.?|purchase[ \t]+order|order|invoice|inv|ticket|case|ref(?:erence)?|"
    r"tracking|confirmation|quote|contract|serial|lot|part)[ \t]*(?:no\.?|number|#)?[ \t:#]*"
    r"\(?$",
    re.IGNORECASE,
)


class MrnRecognizer(PhiPatternRecognizer):
    """Medical record / chart / patient ID numbers, recognised by their label."""

    ENTITY = "MRN"
    NEEDS_DIGIT = True
    TRIGGERS = ("mr", "med", "chart", "patient", "pt", "emr", "ehr", "hospital")
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "mrn labelled",
            r"(?<=\b(?:mrn|mr|med(?:ical)?[ \t]+rec(?:ord)?s?|chart|patient[ \t]+id|pt\.?[ \t]+id|"
            r"patient[ \t]+control|pt[ \t]+control|"
            r"patient[ \t]+(?:no|number|#)|emr|ehr|hospital[ \t]+(?:no|number|id))" + _SEP + r")"
            r"(?:[A-Z]{1,5}-){0,2}[A-Z]{0,4}\d[\dOIl\-]{3,15}[A-Z]?\b",
            0.9,
        ),
        # A patient's id right after "pt" in logs and worklists: "tx start pt CF-221177".
        Pattern(
            "pt id unlabelled",
            r"(?<=\b(?i:pt|patient)[ \t]+)(?:[A-Z]{1,4}-\d{4,12}|\d{6,12})\b",
            0.8,
        ),
    ]

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        # A bare "MR" before a tab is a table cell (the MR modality: "MR\t1710"), not a label.
        if _BARE_MR_CELL.search(text, max(0, result.start - 6), result.start):
            return None
        return result

    def invalidate_result(self, pattern_text: str) -> bool | None:
        # Training/test records ("TRN0000001", "TEST123") and runs of zeros are not patients.
        up = pattern_text.upper()
        return "00000" in up or "TEST" in up or up.startswith(("TRN", "ZZ", "TST", "SIM", "DEMO"))


_BARE_MR_CELL = re.compile(r"(?:^|[\t\n])MR\t+$")


class ChartListRecognizer(PhiPatternRecognizer):
    """Unlabelled record numbers listed under a chart/record heading ("medical record numbers
    51022934, 51023110", "duplicate charts: 40011287 / 40877203 - Gutierrez, Rosa"): a patient
    list in audit and HIM mail."""

    ENTITY = "MRN"
    NEEDS_DIGIT = True
    CONTEXT: ClassVar[list[str]] = [
        "chart",
        "charts",
        "record numbers",
        "medical records",
        "records",
        "mrns",
        "mrn",
        "medical record",
        "patient ids",
        "record #",
    ]
    CONTEXT_WINDOW = 160
    REQUIRES_CONTEXT = True
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("listed record number", r"(?<![\w\-/.$#:,])\d{7,10}(?![\w\-/.%]|,\d)", 0.3),
    ]

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        before = text[max(0, result.start - 30) : result.start]
        if _OTHER_NUMBER_LABEL.search(before):
            return None
        value = text[result.start : result.end]
        if "00000" in value or len(set(value)) <= 2:
            return None
        return result


_OTHER_NUMBER_LABEL = re.compile(
    r"\b(?:phone|fax|tel|cell|npi|dea|invoice|inv|order|ticket|claim|acct|account|po|ref|"
    r"tracking|serial|lot|confirmation|case|incident|badge|employee|ext|zip|routing|check|"
    r"birth|dob|born|date|time|dos)\b[^\n]*$",
    re.IGNORECASE,
)


class RxNumberRecognizer(PhiPatternRecognizer):
    """A pharmacy's prescription number ("prescription 7712304", "Rx #4401238", "refill of Rx
    no. 0093321"): it points at one patient's fill at one pharmacy (Safe Harbor: any other unique
    number). Health information in itself too - a prescription is care."""

    ENTITY = "RX_NUMBER"
    NEEDS_DIGIT = True
    TRIGGERS = ("rx", "prescription")
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "rx labelled",
            r"(?<=\b(?:rx|prescription)[ \t]*(?:#|no\.?|number|num)?[ \t]*[:#]?[ \t]*)"
            r"\d{6,10}(?![\d\-/.])",
            0.8,
        ),
    ]


class AccountNumberRecognizer(PhiPatternRecognizer):
    """Patient account, encounter, visit and financial numbers (Safe Harbor: account numbers)."""

    ENTITY = "ACCOUNT_NUMBER"
    NEEDS_DIGIT = True
    TRIGGERS = (
        "acct",
        "account",
        "encounter",
        "visit",
        "fin",
        "har",
        "csn",
        "guarantor",
        "run",
        "inc",
        "pcr",
    )
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "account labelled",
            r"(?<=\b(?:acct|account|patient[ \t]+account|billing[ \t]+account|encounter|visit|fin|"
            r"har|csn|guarantor)" + _SEP + r")[A-Z]{0,4}-?\d[\d\-]{4,17}\b",
            0.7,
        ),
        # An EMS run, incident or patient-care-report number names one patient's call as surely
        # as an account number does: "run 26-118734", "inc 26-118851", "ePCR #2611-0457".
        Pattern(
            "ems run number",
            r"(?<=\b(?i:run|inc|incident|e?pcr)[ \t]*(?i:no\.?|number|#)?[ \t]*[:#]?[ \t]*)"
            r"(?:\d{2,4}-\d{4,8}|\d{7,10})\b",
            0.7,
        ),
    ]


class MemberIdRecognizer(PhiPatternRecognizer):
    """Health-plan member / subscriber / policy numbers, recognised by their label."""

    ENTITY = "MEMBER_ID"
    NEEDS_DIGIT = True
    TRIGGERS = (
        "member",
        "subscriber",
        "policy",
        "insur",
        "beneficiary",
        "plan",
        "enrollee",
        "id card",
        "id",
    )
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "member labelled",
            r"(?<=\b(?:member|subscriber|policy|insurance|insured|beneficiary|health[ \t]+plan|pl"
            r"an[ \t]+member|"
            r"enrollee|id[ \t]+card)[ \t]*(?:id|i\.d\.|#|no\.?|number|num)[ \t]*[:#]?[ \t]*(?:is["
            r" \t]+)?)"
            r"(?=[A-Z0-9\-]*\d)[A-Z0-9][A-Z0-9\-]{5,19}\b",
            0.85,
        ),
        Pattern(
            "member unlabelled id",
            r"(?<=\b(?:member|subscriber|enrollee|beneficiary)[ \t]+)(?-i:(?=[A-Z0-9]*\d)(?=[A-Z"
            r"0-9]*[A-Z])[A-Z0-9]{8,16})\b",
            0.75,
        ),
        # The same with dashes, as assistance companies and some plans print them: "Member
        # 88-MGA-4410293" (six digits or more, a letter, no lower case).
        Pattern(
            "member unlabelled dashed id",
            r"(?<=\b(?:member|subscriber|enrollee|beneficiary)[ \t]+)(?-i:(?=(?:[A-Z\-]*\d){6})"
            r"(?=[A-Z0-9\-]*[A-Z])[A-Z0-9]{1,6}(?:-[A-Z0-9]{1,10}){1,3})(?![\w\-/.])",
            0.75,
        ),
        # A bare "ID" label before a plan-style id (letters, then eight or more digits): "(ID
        # KPC664019382)" after a name, "her id is KPF441203987".
        Pattern(
            "id labelled plan id",
            r"(?<=(?:\(|\b(?i:id)[ \t]+(?i:is)[ \t]+)(?-i:ID|Id|id)?[ \t]*[:#]?[ \t]*)"
            r"(?-i:[A-Z]{2,4}\d{8,12})\b",
            0.8,
        ),
        # "member 88410297", "subscriber: 3340091827": the word itself labels a long number.
        Pattern(
            "member number",
            r"(?<=\b(?:member|subscriber|enrollee|beneficiary)[ \t]*:?[ \t]+)\d{8,14}(?![\w\-/.])",
            0.7,
        ),
    ]

    def invalidate_result(self, pattern_text: str) -> bool | None:
        # Card proofs and templates print "XKZ000000000", "TEST12345678": no member has them.
        up = pattern_text.upper()
        return "000000" in up or "TEST" in up or up.startswith(("ZZ", "SAMPLE", "DEMO"))


class GroupNumberRecognizer(PhiPatternRecognizer):
    """Health-plan group numbers (employer plan; weak on their own)."""

    ENTITY = "GROUP_ID"
    NEEDS_DIGIT = True
    TRIGGERS = ("group",)
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "group labelled",
            r"(?<=\bgroup[ \t]*(?:id|#|no\.?|number|num)[ \t]*[:#]?[ \t]*)(?=[A-Z0-9\-]*\d)[A-Z0"
            r"-9][A-Z0-9\-]{3,19}\b",
            0.5,
        ),
    ]


class MedicaidIdRecognizer(PhiPatternRecognizer):
    ENTITY = "MEDICAID_ID"
    NEEDS_DIGIT = True
    TRIGGERS = ("medicaid", "medi-cal", "masshealth", "chip")
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "medicaid labelled",
            r"(?<=\b(?:medicaid|medi-cal|masshealth|chip)[ \t]*(?:id|#|no\.?|number|num|recipient"
            r"[ \t]+id)?"
            r"[ \t]*[:#]?[ \t]*)(?=[A-Z0-9]*\d)[A-Z0-9]{8,14}\b",
            0.85,
        ),
    ]


class MbiRecognizer(PhiPatternRecognizer):
    """Medicare Beneficiary Identifier (CMS format: C A AN N A AN N A A N N; no S L O I B Z)."""

    ENTITY = "US_MBI"
    NEEDS_DIGIT = True
    _A = "[ACDEFGHJKMNPQRTUVWXY]"
    _AN = "[0-9ACDEFGHJKMNPQRTUVWXY]"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("mbi", rf"\b[1-9]{_A}{_AN}\d-?{_A}{_AN}\d-?{_A}{_A}\d\d\b", 0.5),
    ]
    CONTEXT: ClassVar[list[str]] = ["medicare", "mbi", "beneficiary", "hicn", "cms", "medicare id"]
    CONTEXT_WINDOW = 60
    CONTEXT_BOOST = 0.4
    FLAGS = CASE_SENSITIVE

    def validate_result(self, pattern_text: str) -> bool | None:
        s = pattern_text.replace("-", "")
        if len(s) != 11:
            return False
        # Mixed letters and digits are required by the format; nothing more to check.
        return None


class NpiRecognizer(PhiPatternRecognizer):
    """National Provider Identifier: Luhn over '80840' + the first 9 digits. A provider's ID."""

    ENTITY = "NPI"
    NEEDS_DIGIT = True
    TRIGGERS = ("npi", "provider", "prescriber", "physician", "rendering", "referring")
    PATTERNS: ClassVar[list[Pattern]] = [Pattern("npi", r"(?<![\w\-])[12]\d{9}(?![\w\-])", 0.5)]
    CONTEXT: ClassVar[list[str]] = [
        "npi",
        "national provider",
        "provider",
        "prescriber",
        "physician",
        "rendering",
        "referring",
        "billing provider",
    ]
    CONTEXT_WINDOW = 48
    REQUIRES_CONTEXT = True

    def validate_result(self, pattern_text: str) -> bool | None:
        return npi_valid(pattern_text)


def npi_valid(value: str) -> bool:
    digits = _NON_DIGIT.sub("", value)
    if len(digits) != 10:
        return False
    return luhn_valid("80840" + digits)


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


class DeaRecognizer(PhiPatternRecognizer):
    """DEA registration number: (d1+d3+d5 + 2*(d2+d4+d6)) % 10 == d7. A prescriber's ID."""

    ENTITY = "DEA"
    NEEDS_DIGIT = True
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("dea", r"\b[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}\b", 0.6),
    ]
    CONTEXT: ClassVar[list[str]] = ["dea", "prescriber", "registration"]
    FLAGS = CASE_SENSITIVE

    def validate_result(self, pattern_text: str) -> bool | None:
        return dea_valid(pattern_text)


def dea_valid(value: str) -> bool:
    if len(value) != 9 or not value[2:].isdigit():
        return False
    d = [int(c) for c in value[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


class DateOfBirthRecognizer(PhiPatternRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    NEEDS_DIGIT = True
    TRIGGERS = ("dob", "d.o.b", "birth", "born", "b/d")
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "dob labelled",
            r"(?<=\b(?:dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth|birth[ \t]*date|birthday|born(?:[ "
            r"\t]+on)?|b/d)"
            r"(?:[ \t]+(?:is|was|of))?[ \t]*[:\-]?[ \t]*\n?[ \t]*)"
            + rf"(?:{DATE}|\d{{1,2}}/(?:19|20)\d{{2}}\b)",
            0.95,
        ),
    ]


# A date of long ago: a four-digit year up to 2023, or a two-digit one in 30..99 or 00..22. A
# birth date on a list is one of these; this week's appointment is not.
_OLD_DATE = (
    r"\d{1,2}[/.\-]\d{1,2}[/.\-](?:19\d{2}|20[01]\d|202[0-3]|[3-9]\d|[01]\d|2[0-2])(?![\w/.\-]?\d)"
)


class ListedBirthDateRecognizer(PhiPatternRecognizer):
    """A date of long ago right after a person's initials or a chart-style "Surname, Given" is
    their birth date, labelled or not: staff list patients that way ("J.W. 04/22/57 - lexiscan",
    "Nguyen, Bao 3/14/1988 - strep +"). A recent date there is a visit, and is left alone."""

    ENTITY = "DATE_OF_BIRTH"
    NEEDS_DIGIT = True
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "date after initials",
            # dotted initials open a line or a cell of a board ("0730  J.M.  03/02/1949  EGD")
            r"(?<=(?:(?:^|[;(\[]|[ \t]-[ \t]|[ ]{2}|\t)[ \t]*(?-i:(?:[A-Z]\.[ ]?){2,3})|"
            r"^[ \t]*(?-i:(?!"
            r"(?:PO|ID|MRN|DOS|DOD|DOI|EOB|INV|REF|SSN|NPI|DEA|QA|HR|IT|CC|RE|FW|FWD|ETA|LOT|SN|NDC|"
            r"CPT|ICD|DX|RX|PT|OT|ED|ER|OR|ICU|CT|MRI|US|XR|UA|BP|PCP|EST|PST|CST|MST|UTC)\b)"
            r"[A-Z]{2,3}))[ \t]*[,:\-]?[ \t]*\(?)" + _OLD_DATE,
            0.85,
        ),
        Pattern(
            "date after surname, given",
            r"(?<=(?-i:\b\p{Lu}[\p{Ll}\']+(?:-\p{Lu}\p{Ll}+)?,[ \t]*\p{Lu}\p{Ll}+"
            r"(?:[ \t]+\p{Lu}\.?)?)[ \t]*[,:\-]?[ \t]*\(?)" + _OLD_DATE,
            0.85,
        ),
    ]


class EncounterDateRecognizer(PhiPatternRecognizer):
    """Dates of admission, discharge, service, surgery or death (elements of dates of a person)."""

    ENTITY = "DATE"
    NEEDS_DIGIT = True
    TRIGGERS = (
        "admi",
        "discharg",
        "service",
        "dos",
        "doi",
        "injur",
        "death",
        "dod",
        "died",
        "expired",
        "surgery",
        "procedure",
        "seen",
        "visit",
        "appoint",
        "appt",
    )
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "care date labelled",
            r"(?<=\b(?:admitted|admission|admit[ \t]+date|discharged|discharge|date[ \t]+of[ \t]+"
            r"service|dos|doi|"
            r"date[ \t]+of[ \t]+injury|injured|"
            r"date[ \t]+of[ \t]+death|dod|died|expired|surgery|procedure|seen|visit|appointment|a"
            r"ppt)"
            r"(?:[ \t]+date)?(?:[ \t]+on)?[ \t]*[:\-]?[ \t]*)" + DATE,
            0.6,
        ),
    ]


class AgeOver89Recognizer(PhiPatternRecognizer):
    ENTITY = "AGE_OVER_89"
    NEEDS_DIGIT = True
    TRIGGERS = ("year", "yr", "yo", "y/o", "y.o", "age", "turn", "birthday")
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("age years old", r"\b(?:9\d|1[01]\d)[ \-](?:years?|yrs?)[ \-]old\b", 0.85),
        Pattern("age yo", r"\b(?:9\d|1[01]\d)[ \t]?(?:y/o|yo|y\.o\.)(?![\w])", 0.85),
        Pattern("age labelled", r"(?<=\b(?:age|aged)[ \t]*:?[ \t]*)(?:9\d|1[01]\d)\b", 0.8),
        Pattern(
            "turns age",
            r"(?<=\bturn(?:s|ed|ing)[ \t]+)(?:9\d|1[01]\d)\b(?![ \t]*(?:%|percent))",
            0.8,
        ),
        Pattern("birthday", r"\b(?:9\d|1[01]\d)(?:st|nd|rd|th)[ \t]+birthday\b", 0.8),
    ]


class PhoneNumberRecognizer(PhiPatternRecognizer):
    ENTITY = "PHONE_NUMBER"
    NEEDS_DIGIT = True
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "nanp",
            r"(?<![\w\-])(?:\+?1[ .\-]?)?(?:\(\d{3}\)[ ]?|\d{3}[ .\-])\d{3}[ .\-]\d{4}(?![\w\-])",
            0.5,
        ),
        Pattern("bare ten digits", r"(?<![\w\-.])[2-9]\d{9}(?![\w\-])", 0.25),
        Pattern("spoken digits", r"(?<![\w\-])[2-9]\d{2} \d{3} \d{2} ?\d{2}(?![\w\-])", 0.25),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "phone",
        "tel",
        "cell",
        "mobile",
        "fax",
        "call",
        "contact",
        "home",
        "ph",
        "voicemail",
        "call me back",
        "reach me",
        "from",
    ]
    CONTEXT_BOOST = 0.2


class StreetAddressRecognizer(PhiPatternRecognizer):
    ENTITY = "STREET_ADDRESS"
    NEEDS_DIGIT = True
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "us street",
            r"\b\d{1,6}[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Z][a-z]+[ \t]+){1,3}"
            r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Way|Place|"
            r"Pl|"
            r"Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Square|Sq|Loop)\b\.?"
            r"(?:,?[ \t]+(?:Apt|Apartment|Unit|Suite|Ste|#)\.?[ \t]*[\w\-]+)?",
            0.6,
        ),
    ]
    FLAGS = CASE_SENSITIVE


_ROAD = (
    r"(?:\p{Lu}\p{Ll}+[ \t]+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|"
    r"Pike|Parkway|Pkwy)\b\.?|(?:Route|Rte|Highway|Hwy|US|SR|I)[ \t-]?\d{1,3}\b)"
)


class IntersectionRecognizer(PhiPatternRecognizer):
    """A street corner ("Route 9 and Harbor Rd", "Elm St & 3rd Ave"): a scene location in EMS mail,
    a geographic identifier smaller than a state."""

    ENTITY = "STREET_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("intersection", rf"{_ROAD}[ \t]+(?:and|&|at|/)[ \t]+{_ROAD}", 0.55),
    ]
    FLAGS = CASE_SENSITIVE


class ZipPlus4Recognizer(PhiPatternRecognizer):
    ENTITY = "ZIP_CODE"
    NEEDS_DIGIT = True
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("zip+4", r"(?<![\w\-])\d{5}-\d{4}(?![\w\-])", 0.5),
        Pattern("state zip", r"(?<=\b[A-Z]{2}[ \t]+)\d{5}(?:-\d{4})?\b", 0.4),
    ]
    FLAGS = CASE_SENSITIVE


class EmailAddressRecognizer(PhiPatternRecognizer):
    """E-mail addresses (own regex: Presidio's stock recognizer would fetch the suffix list)."""

    ENTITY = "EMAIL_ADDRESS"
    TRIGGERS = ("@",)
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "email",
            r"\b[A-Za-z0-9._%+\-]{1,64}@(?:[A-Za-z0-9\-]{1,63}\.){1,8}[A-Za-z]{2,24}\b",
            0.5,
        ),
    ]


class PortalUrlRecognizer(PhiPatternRecognizer):
    """URLs that point at one patient's record or results (portal links with an identifier)."""

    ENTITY = "URL"
    TRIGGERS = ("http",)
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "portal url",
            r"\bhttps?://[^\s<>\"']*(?:patient|mychart|portal|chart|record|result|encounter|mrn)"
            r"[^\s<>\"']*[?&/=](?:id|pid|mrn|patient|patientid|encounter|record)[=/][A-Za-z0-9\-"
            r"]{4,}[^\s<>\"']*",
            0.7,
        ),
    ]


class IpAddressRecognizer(PhiPatternRecognizer):
    ENTITY = "IP_ADDRESS"
    NEEDS_DIGIT = True
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "ipv4",
            r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\w.])",
            0.3,
        ),
    ]


class PersonTitleRecognizer(PhiPatternRecognizer):
    """Person names introduced by a label or a title ("Patient:", "Name:", "Mr.", "Dear")."""

    ENTITY = "PERSON"
    _LABEL = (
        r"(?i:patient|pt\.?|patient[ \t]+name|pt[ \t]+name|name|full[ \t]+name|member(?:[ \t]+nam"
        r"e)?|client|"
        r"resident|subscriber|beneficiary|insured|guarantor|decedent|child|infant|mother|father|"
        r"parent|guardian|spouse|next[ \t]+of[ \t]+kin|emergency[ \t]+contact|employee|student|"
        r"worker|claimant|injured[ \t]+worker|pt[ \t]+initials|initials|recipient|donor|"
        r"case[ \t]+conf(?:erence)?|case[ \t]+review)"
    )
    _NOT_NAME = (
        r"(?!(?:Team|All|Colleagues|Staff|Sir|Madam|Members?|Friends|Patients?|Doctors?|Providers?|"
        r"Partners?|Valued|Customers?|Parents?|Families|Family|Everyone|Nurses?|Managers?|Departm"
        r"ent|"
        r"Committee|Board|Hiring|Neighbors?|Community|Colleague|Dr|Doctor|Professor|Prof|Name|None|"
        r"Unknown|Not|Yes|No|The|This|Our|Your|Their|His|Her|Hello|Hi|Thank|Thanks|Please|"
        r"Information|Dear|Hola|Good|Greetings|Services?|Support|Admin|Benefits?|Health|Medical|F"
        r"riends?|Folks|Sirs?|"
        r"Madams?|Supporters?|Donors?|Neighbou?rs?|Residents?|Students?|Employees?|Coworkers?|"
        # Department words: "Patient Billing, Pinnacle Reference Laboratory" is a signature line.
        r"Billing|Access|Financial|Accounts?|Relations|Experience|Registration|Scheduling|Portal|"
        r"Intake|Safety|Engagement|Advocacy|Navigation|Affairs|Education|Records|Transport)\b)"
    )
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("labelled name", rf"(?<=\b{_LABEL}[ \t]*[:\-][ \t]*){_NOT_NAME}{FULL_NAME}", 0.9),
        Pattern(
            "patient name in prose",
            rf"(?<=\b(?i:our[ \t]+patient|the[ \t]+patient|patient|pt\.?|client|resident|member)"
            rf"[ \t]+){_NOT_NAME}{FULL_NAME}",
            0.8,
        ),
        # An initial and a surname after "for" or "pt": "1 frozen serum for T. Nguyen (ACTH)".
        Pattern(
            "initial surname for",
            r"(?<=\b(?i:for|pt\.?|patient)[ \t]+)[A-Z]\.[ \t]?\p{Lu}\p{Ll}{2,}"
            r"(?:-\p{Lu}\p{Ll}+)?\b",
            0.75,
        ),
        # "(Darnell, Dr. Pruitt's pt)": a name given as another clinician's patient.
        Pattern(
            "name as a clinician's patient",
            r"\b\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?(?=,[ \t]*(?:Dr\.?|Doctor)[ \t]+\p{Lu}\p{Ll}+"
            r"(?:'s|\u2019s)[ \t]+(?i:pt|patient)\b)",
            0.8,
        ),
        Pattern(
            "record for name",
            rf"(?<=\b(?i:progress[ \t]+note|clinic[ \t]+note|note|discharge[ \t]+summary|summary|"
            rf"referral|results?|"
            rf"labs?|orders?|care[ \t]+plan|plan[ \t]+of[ \t]+care|consult|prescription|refill|au"
            rf"thorization|"
            rf"claim|chart|records?|statement|invoice|bill|interpreter|appointment|visit|ride|"
            rf"pickup|transport|consult|evaluation|eval)[ \t]+(?i:for|on|re:?|of)[ \t]+)"
            rf"{_NOT_NAME}{FULL_NAME}",
            0.75,
        ),
        Pattern(
            "relative",
            rf"(?<=\b(?i:your|his|her|their|our|my)[ \t]+(?i:mother|father|mom|mum|dad|son|daught"
            rf"er|wife|husband|"
            rf"child|baby|brother|sister|grandmother|grandfather|grandma|grandpa|grandson|grandda"
            rf"ughter|partner|"
            rf"spouse|aunt|uncle|niece|nephew)[ \t]*(?:,[ \t]*|[ \t]+|[ \t]*\([ \t]*)){_NOT_NAME}"
            rf"{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN})?",
            0.75,
        ),
        # "How is Mom (Wanda) doing?": a family word with the name in brackets after it.
        Pattern(
            "kin with name in brackets",
            rf"(?<=\b(?i:mom|mum|mother|dad|father|grandma|grandpa|nana|papa|husband|wife|son|"
            rf"daughter|brother|sister)[ \t]*\([ \t]*){_NOT_NAME}{_NAME_TOKEN}(?=[ \t]*\))",
            0.75,
        ),
        # Newborns are charted by sex and the mother's surname: "Baby Girl Nwosu", "infant boy
        # Reyes".
        Pattern(
            "newborn",
            rf"(?<=\b(?i:baby|infant|newborn)[ \t]+(?i:girl|boy)[ \t]+){_NOT_NAME}{_NAME_TOKEN}",
            0.8,
        ),
        Pattern(
            "honorific",
            rf"(?<=\b(?:Mr|Mrs|Ms|Miss|Mx|Master|Sr|Sra|Srta)\.?[ \t]+){_NOT_NAME}{_NAME_TOKEN}("
            rf"?:[ \t]+{_NAME_TOKEN})?",
            0.75,
        ),
        Pattern(
            "labelled initials",
            rf"(?<=\b{_LABEL}[ \t]*[:\-][ \t]*)(?:[A-Z]\.[ \t]?){{2,3}}(?![A-Za-z])",
            0.75,
        ),
        # Texting style: "mrs bellweather in rm 12", "call mr okonkwo's wife". Not "ms" (MS,
        # multiple sclerosis) and not "mr" + a body part or study (MR imaging).
        Pattern(
            "lowercase honorific",
            r"(?<=(?<![\w.])(?:mr|mrs|(?<!(?:near|a|the|no|any|one)[ \t]+)miss)\.?[ \t]+)"
            r"(?!(?:brain|spine|head|neck|knee|hip|"
            r"shoulder|ankle|wrist|abdomen|pelvis|chest|cardiac|angio\w*|arthrogram|entero\w*|"
            r"imaging|scan|scans|study|contrast|results?|report|and|or|the|a|an|to|is|was)\b)"
            r"[a-z][a-z\-]{2,}(?=['\u2019]s\b|\b)",
            0.65,
        ),
    ]
    FLAGS = CASE_SENSITIVE
    # What each pattern cannot match without (names as above; subclasses' patterns are ungated).
    PATTERN_GATES: ClassVar[dict[str, Callable[[str, str], bool]]] = {
        "labelled name": has_any(":", "-"),
        "labelled initials": has_any(":", "-"),
        "patient name in prose": has_any_folded("patient", "pt", "client", "resident", "member"),
        "honorific": has_any("Mr", "Ms", "Miss", "Mx", "Master", "Sr"),
        "lowercase honorific": has_any("mr", "miss"),
    }

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        value = text[result.start : result.end]
        if value.isupper() and len(value) <= 5:
            return None
        if "TEST" in value.upper() or value.upper().startswith("ZZ"):
            return None
        return result


class PatientReferenceRecognizer(PhiPatternRecognizer):
    """Ways clinicians point at one patient without a name: initials with age/sex ("R.T. 78F"),
    age/sex shorthand ("67M", "88 yo F"), bed or room ("bed 7", "7C-14"), research subject IDs."""

    ENTITY = "PATIENT_REF"
    NEEDS_DIGIT = True
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "initials age sex",
            r"(?<![\w.])(?:[A-Z]\.[ \t]?){2,3}[ \t,]+\d{1,3}[ \t]?(?:y/?o|yo|yrs?)?[ \t]?[MF](?!"
            r"[\w])",
            0.85,
        ),
        # Undotted initials with age and sex, as in QA and peer-review mail: "JM, 67F".
        Pattern(
            "bare initials age sex",
            r"(?<![\w.])[A-Z]{2,3},[ \t]*\d{1,3}[ \t]?(?:y/?o|yo)?[ \t]?[MF](?![\w])",
            0.75,
        ),
        # Initials before a chair, bed or room: "HB (chair 4, Northgate MWF AM)", "HB chair 4".
        Pattern(
            "initials at a chair",
            # not a modality or a unit naming its own room: "ClearPath MRI Room 2", "OR room 4"
            r"(?<![\w.])(?!(?:MRI|CT|PET|OR|ER|ED|ICU|PT|OT|XR|US|IR|EP|GI|ENT|EEG|EKG|ECG|CCU|"
            r"NICU|PICU|SICU|MICU|PACU|DXA|CAT)\b)"
            r"[A-Z]{2,3}(?=[ \t]*\(?[ \t]*(?i:chair|bed|rm|room)[ \t]*#?[ \t]*\d)",
            0.7,
        ),
        # Dotted initials placed in a room: "E.R. in 109 refused her Eliquis".
        Pattern(
            "initials in a room",
            r"(?<![\w.])[A-Z]\.[A-Z]\.(?:[A-Z]\.)?"
            r"(?=[ \t]+in[ \t]+(?i:rm[ \t]*|room[ \t]*|bed[ \t]*)?#?\d{2,4}[A-Z]?\b(?![/:.]\d))",
            0.7,
        ),
        Pattern(
            "bed or room",
            r"(?<=\b(?i:rm|bed|bay|stretcher) *#? *)\d{1,4}[A-Z]?(?:-\d{1,2})?\b",
            0.6,
        ),
        Pattern(
            "in room",
            r"(?<=\b(?i:in|to|from)[ \t]+(?i:room)[ \t]*#?[ \t]*)\d{1,4}[A-Z]?(?:-\d{1,2})?\b",
            0.5,
        ),
        Pattern("unit bed", r"(?<![\w\-])\d{1,2}[A-Z]-\d{1,3}(?![\w\-])", 0.5),
        Pattern(
            "age sex",
            r"\b\d{1,3}[ \t]?(?:y/o|yo|y\.o\.|yr[ \t]?old|year[- ]old)[ \t,]*(?:M|F|male|female|"
            r"man|woman|boy|girl)\b",
            0.55,
        ),
        Pattern(
            "census line",
            r"\b\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?,[ \t]*[A-Z]\.?[ \t]+\d{1,3}(?:[ \t]?[MF])?(?!["
            r"\w/])",
            0.8,
        ),
        # A surname and an age: "(Tran, 6 yo, drawn yesterday", "Okafor, 81 y/o".
        Pattern(
            "surname age",
            r"\b\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?=,[ \t]*\d{1,3}[ \t]?(?:y/o|yo|y\.o\.|"
            r"(?:yrs?|years?|mos?|months?)[ \t]+old)\b)",
            0.75,
        ),
        # A vehicle's licence plate is a HIPAA identifier of its driver: "IL plate 7KXR219".
        Pattern(
            "licence plate",
            r"(?<=\b(?i:plate|licen[cs]e[ \t]+plate)[ \t]*(?i:no\.?|number|#)?[ \t]*[:#]?[ \t]*)"
            r"(?=[A-Z0-9\-]{0,8}\d)(?=[0-9\-]{0,8}[A-Z])[A-Z0-9][A-Z0-9\-]{3,8}\b",
            0.7,
        ),
        # Initials alone in brackets: "the 34 y/o M (J.T.) you brought in".
        Pattern("initials in brackets", r"(?<=\([ \t]?)(?:[A-Z]\.){2,3}(?=[ \t]?\))", 0.6),
        # Initials right before a date of birth: "recipient R.T.V. (DOB 03/14/1961)".
        Pattern(
            "initials before dob",
            r"(?<![\w.])(?:[A-Z]\.){2,3}(?=[ \t]*[(,][ \t]*(?i:dob|d\.o\.b|born)\b)",
            0.8,
        ),
        # "Mrs. P in chair 9", "Mr. D in 3B": an honorific with one initial is how staff name a
        # patient while keeping the name out of the mail.
        Pattern(
            "honorific initial", r"(?<![\w.])(?:Mr|Mrs|Ms|Miss)\.?[ \t]+[A-Z](?![\w'])\.?", 0.7
        ),
        # A list row opening with initials and a date: "K.S.  11/30/1944  CVA with L hemiparesis".
        Pattern(
            "initials dated row",
            r"(?m)(?<=^[ \t>*\-]*)(?:[A-Z]\.){1,3}(?:-[A-Z]\.)?"
            r"(?=[ \t]+\d{1,2}/\d{1,2}/(?:19|20)\d{2})",
            0.8,
        ),
        # Occupational health names workers by employee number: "Employee ID E40-88213".
        Pattern(
            "employee id",
            r"(?<=\b(?i:employee|emp\.?|worker|badge)[ \t]*(?i:id|#|no\.?|number)[ \t]*:?[ \t]*#?)"
            r"(?=[A-Z\-]{0,4}\d)[A-Z0-9][A-Z0-9\-]{3,11}\b",
            0.6,
        ),
        # Donor-egg and transplant programmes pair people by id: "Recipient R-3317 matched w/
        # donor D-0922".
        Pattern(
            "recipient or donor id",
            r"(?<=\b(?i:recipient|donor)[ \t]*(?i:id|#|no\.?)?[ \t]*:?[ \t]*)[A-Z]{1,3}-\d{3,7}\b",
            0.6,
        ),
        Pattern(
            "research subject",
            r"(?<=\b(?i:subject|participant|enrollee)[ \t]*(?:id|#|no\.?|number)?[ \t]*:?[ \t]*)"
            r"\d{2,4}-\d{2,4}\b",
            0.7,
        ),
    ]
    FLAGS = CASE_SENSITIVE


# A greeting word in a patient's language opening the line is no part of the name after it
# ("Уважаемый Виктор Петренко,"): the multilingual recognizers take the name alone.
_NOT_GREETING_WORD = (
    r"(?!(?:Уважаем|Дорог|Здравствуй|Шановн|Estimad|Querid|Apreciad|Prezad|Cher|Chère|Bonjour|"
    r"Sehr|Liebe|Gentil|Szanown|Drog|Kính|Chào|Hola|Olá|Caro|Cara)\w*\b)"
)


class GreetingNameRecognizer(PersonTitleRecognizer):
    """The name in a greeting ("Dear Ana,", "Hi Tom,", a first line "Marcus Delacroix,"): the
    recipient. Tied only to care addressed to the reader ("your results"), never to health topics
    in general - colleagues greet each other too. Never in a subject or a file name: "Vasquez -
    new C. diff" there is the topic, not the reader."""

    SOURCES = ("body", "attachment")
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "dear",
            rf"(?<=\b(?:Dear|Hello|Hi|Hey|Hola|Estimad[oa](?:/[oa])?|Querid[oa])[ \t]+)"
            rf"{PersonTitleRecognizer._NOT_NAME}"
            rf"{_NAME_TOKEN}"
            rf"(?:[ \t]+{_NAME_TOKEN}){{0,2}}(?=[ \t]*(?:[,:!\n]|[\-\u2013\u2014][ \t]))",
            0.7,
        ),
        # A note that opens on the reader's name and a dash: "Dave - quick update", "Tom -
        # how's the incision". One word, then lower-case prose.
        Pattern(
            "name dash opening",
            rf"(?:\A|(?<=\A[ \t\n]*))(?-m:^){PersonTitleRecognizer._NOT_NAME}{_NAME_TOKEN}"
            r"(?=[ \t]+[\-\u2013\u2014][ \t]+\p{Ll})",
            0.7,
        ),
        Pattern(
            "salutation line",
            rf"(?:\A|(?<=\A[ \t\n]*))(?-m:^){PersonTitleRecognizer._NOT_NAME}{_NOT_GREETING_WORD}"
            rf"{FULL_NAME}(?=[ \t]"
            rf"*,[ \t]*\n)",
            0.6,
        ),
    ]


class InviteeRecognizer(PhiPatternRecognizer):
    """The name on a calendar invite's ATTENDEE line, as the extractor writes it ("ATTENDEE:
    Phuong Nguyen-Hale <phuong.nh@yahoo.com>"): the format says it is a person. Whether a
    colleague at a meeting or a patient invited to a visit is the detector's call (the
    address)."""

    ENTITY = "PERSON"
    TRIGGERS = ("attendee",)
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "invite attendee",
            r"(?<=^ATTENDEE:[ \t]*)(?-i:\p{Lu}[\p{L}'\-]+(?:[ \t]+\p{Lu}[\p{L}'\-.]*){1,3})"
            r"(?=[ \t]*<[^>\n]*@)",
            0.8,
        ),
    ]


class SubjectNameRecognizer(PersonTitleRecognizer):
    """A subject that is (or starts with) a person's name: "Re: Jane Roe - admission"."""

    SOURCES = ("subject", "filename")
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "subject name",
            rf"(?<=^[ \t]*(?:(?i:re|fw|fwd|aw|about|regarding|re:[ \t]*re)[ \t]*:?[ \t]*)*"
            # an account or record number may lead: "SA20457702 Nakamura, Reiko - approved"
            rf"(?:[A-Z]{{0,4}}\d{{5,}}[ \t]+(?:[\-:|][ \t]+)?)?)"
            rf"{PersonTitleRecognizer._NOT_NAME}{FULL_NAME}(?=[ \t]*(?:[\-:(,\u2013\u2014/|]|$))",
            0.75,
        ),
        # The name closing the subject after a dash or colon: "Transfer of care - Tamsin Greaves".
        Pattern(
            "subject trailing name",
            rf"(?<=[^\W\d_][ \t]*(?:[\-:|\u2013\u2014]|[ \t]for)[ \t]+)"
            # A calendar's invitation subject ends in "@ <when>": "ICD check - Phuong Hale @ Thu".
            rf"{PersonTitleRecognizer._NOT_NAME}{FULL_NAME}"
            r"(?=[ \t]*(?:\([^()\n]*\))?[ \t]*(?:@[ \t][^\n]*)?$)",
            0.7,
        ),
        # A chart-style "Surname, I." closing the subject: "Recollect needed today - Marchetti, J.".
        Pattern(
            "subject surname initial",
            r"(?<=[^\W\d_][ \t]*(?:[\-:|\u2013\u2014]|[ \t]for)[ \t]+)"
            r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?,[ \t]*[A-Z]\.?(?=[ \t]*$)",
            0.7,
        ),
    ]
