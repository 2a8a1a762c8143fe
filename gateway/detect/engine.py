"""The Detector: recognizers over every segment, then the message-level verdict.

Stage 1 (always): regex + checksum recognizers for identifiers and codes, lexicon lookup for
health words, given-name gazetteer, table rows. Stage 2 (only when the verdict can still change:
health information present but not yet tied to an individual): spaCy NER for PERSON on windows
around the health findings. See docs/detection.md.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, cast

import regex as re
from presidio_analyzer import RecognizerRegistry, RecognizerResult

from gateway.mailboxes import PERSONAL_MAILBOX as _PERSONAL_MAILBOX  # one list with the policy
from gateway.yamlcheck import ConfigError

from .classifier import MADE_PHI, OVERRULED, MessageClassifier, second_opinion
from .config import DetectorConfig, EntitySettings, load_config
from .lexicon import Lexicon, read_words
from .ner import PersonNer, merge_windows
from .prefilter import Prefilter, QuickSearch
from .recognizers.base import Gated, PhiPatternRecognizer
from .recognizers.health import (
    AccessionRecognizer,
    CdtRecognizer,
    CptHcpcsRecognizer,
    DiagnosisShorthandRecognizer,
    DoseRecognizer,
    Icd10CmRecognizer,
    InjuryRecognizer,
    LabResultRecognizer,
    MedicalTermRecognizer,
    NdcRecognizer,
    SecondPersonCareRecognizer,
    VitalSignRecognizer,
)
from .recognizers.identifiers import (
    AccountNumberRecognizer,
    AgeOver89Recognizer,
    ChartListRecognizer,
    DateOfBirthRecognizer,
    DeaRecognizer,
    EmailAddressRecognizer,
    EncounterDateRecognizer,
    GreetingNameRecognizer,
    GroupNumberRecognizer,
    IntersectionRecognizer,
    InviteeRecognizer,
    IpAddressRecognizer,
    ListedBirthDateRecognizer,
    MbiRecognizer,
    MedicaidIdRecognizer,
    MemberIdRecognizer,
    MrnRecognizer,
    NpiRecognizer,
    PatientReferenceRecognizer,
    PersonTitleRecognizer,
    PhoneNumberRecognizer,
    PortalUrlRecognizer,
    RxNumberRecognizer,
    SsnRecognizer,
    StreetAddressRecognizer,
    SubjectNameRecognizer,
    ZipPlus4Recognizer,
)
from .recognizers.lexical import (
    FilenameNameRecognizer,
    FirstNameRecognizer,
    GivenNameRecognizer,
    LexiconRecognizer,
    LowerNameRecognizer,
    NameListRecognizer,
    SurnameRecognizer,
    TableRecognizer,
)
from .recognizers.multilingual import (
    CLINICIAN_TITLES_INTL,
    COMMON_CAPS_INTL,
    ORG_PHRASE_INTL,
    ORG_WORDS_INTL,
    AppointmentRecognizer,
    BillingRecognizer,
    CareSettingRecognizer,
    FilenameDocumentRecognizer,
    ForeignDateOfBirthRecognizer,
    ForeignMemberIdRecognizer,
    ForeignNameRecognizer,
    LocatedNameRecognizer,
    PatientStatusRecognizer,
    SubjectLeadWordRecognizer,
    SubjectSurnameRecognizer,
    UnspacedHealthRecognizer,
    is_inflected_common_word,
)
from .types import DetectError, Finding, Verdict

log = logging.getLogger(__name__)

PATTERN_RECOGNIZERS: tuple[type[PhiPatternRecognizer], ...] = (
    SsnRecognizer,
    MrnRecognizer,
    ChartListRecognizer,
    AccountNumberRecognizer,
    RxNumberRecognizer,
    MemberIdRecognizer,
    GroupNumberRecognizer,
    MedicaidIdRecognizer,
    MbiRecognizer,
    NpiRecognizer,
    DeaRecognizer,
    DateOfBirthRecognizer,
    ListedBirthDateRecognizer,
    EncounterDateRecognizer,
    AgeOver89Recognizer,
    PhoneNumberRecognizer,
    StreetAddressRecognizer,
    IntersectionRecognizer,
    InviteeRecognizer,
    ZipPlus4Recognizer,
    EmailAddressRecognizer,
    PortalUrlRecognizer,
    IpAddressRecognizer,
    PersonTitleRecognizer,
    GreetingNameRecognizer,
    SubjectNameRecognizer,
    Icd10CmRecognizer,
    CptHcpcsRecognizer,
    CdtRecognizer,
    NdcRecognizer,
    AccessionRecognizer,
    DoseRecognizer,
    LabResultRecognizer,
    VitalSignRecognizer,
    MedicalTermRecognizer,
    InjuryRecognizer,
    DiagnosisShorthandRecognizer,
    PatientReferenceRecognizer,
    SecondPersonCareRecognizer,
    AppointmentRecognizer,
    UnspacedHealthRecognizer,
    BillingRecognizer,
    CareSettingRecognizer,
    FilenameDocumentRecognizer,
    ForeignNameRecognizer,
    LocatedNameRecognizer,
    PatientStatusRecognizer,
    SubjectSurnameRecognizer,
    SubjectLeadWordRecognizer,
    ForeignDateOfBirthRecognizer,
    ForeignMemberIdRecognizer,
)

# Identifiers that are about a patient by construction: tied to health anywhere in the message.
_PATIENT_ONLY = frozenset(
    {
        "DATE_OF_BIRTH",
        "MRN",
        "MEMBER_ID",
        "US_MBI",
        "MEDICAID_ID",
        "US_SSN",
        "AGE_OVER_89",
        "ACCOUNT_NUMBER",
    }
)
# Identifiers that describe a person (not an account or a record): together they single one out.
_QUASI_IDENTIFIERS = frozenset(
    {
        "PERSON",
        "PATIENT_REF",
        "STREET_ADDRESS",
        "PHONE_NUMBER",
        "DATE_OF_BIRTH",
        "AGE_OVER_89",
        "DATE",
        "EMAIL_ADDRESS",
    }
)
# Word splitters used per finding (precompiled: the regex module's module-level functions
# look the pattern up in their cache on every call, several times the cost of the match).
_LETTERS = re.compile(r"\p{L}+")
_LETTERS2 = re.compile(r"\p{L}{2,}")
_WORDS = re.compile(r"\w+")
_NEXT_ORG_WORD = re.compile(r"(?:['\u2019]s)?[ \t]+(\p{L}+)")
_LOCAL_SEPARATORS = re.compile(r"[._\-]+")
# Titles that mark a clinician before a name (the other languages' from multilingual.py).
_CLINICIAN_TITLES = (
    rf"{CLINICIAN_TITLES_INTL}|dr|drs|doctor|prof|professor|nurse|np|pa|rn|attending|provider|"
    r"physician|surgeon|prescriber|clinician|therapist|pharmacist|counselor|psychiatrist|"
    r"psychologist|midwife|rev|reverend|chaplain|pastor|padre|"
    # staff roles that stand right before a name: "la enfermera educadora Maribel Castellanos"
    r"educator|educadora|educador|navigator|navegadora|navegador|coordinator|coordinadora|"
    r"coordinador|promotora|promotor|interpreter|int[ée]rprete"
)
# A title right before the name, or before a given name the span left out: "Dr. Femi Oduya"
# when only the surname was found.
_CLINICIAN_BEFORE_STRICT = re.compile(
    rf"\b(?:{_CLINICIAN_TITLES})\.?[ \t]*(?:(?-i:\p{{Lu}}\p{{Ll}}+)[ \t]+)?$", re.IGNORECASE
)
_CREDENTIAL_AFTER = re.compile(
    r"^,?[ \t]*\(?(?:MD|M\.D\.|DO|D\.O\.|RN|NP|PA-C|PA|APRN|CRNP|FNP(?:-BC|-C)?|DNP|PhD|Ph\.D\.|M"
    r"SN|BSN|"
    r"LCSW|LICSW|LPC|LMFT|PsyD|PharmD|RPh|DDS|DMD|OD|DPM|FACC|FACS|FACP|MPH|CNM|CRNA|LPN|CNA|RD|P"
    r"T|DPT|"
    r"OTR|CCC-SLP|MBA|MHA|CPC|CCS|RHIA|CHC|CHPC|CIPP|LMSW|LPCC|LADC|LAC|CADC|LMHC|RDH|CDA|HHA|PTA|"
    r"OT|OTA|COTA|SLP|RRT|CMA|LVN|LNHA|DON|ADON|RDN|CHW|BCBA|ATC|MSW|CPhT|ARNP|PMHNP|AuD|CCC-A|"
    r"COA|COT|COMT|CRC|CCRP|CGC|MLS|MT|CLS|HT|CST|EMT|EMT-P|NRP|RDMS|RVT|IBCLC|JD|J\.D\.|Esq|CPA|"
    r"CDCES|CDE|CHES)\b"
)
_CLOSING = re.compile(
    r"(?:^|\n)[ \t]*(?:thanks|thank you|regards|best|best regards|kind regards|sincerely|cheers|"
    r"respectfully|warm regards|many thanks|--|—|cordially|take care|thx|thanks again|ty|"
    r"atentamente|saludos|cordialmente|gracias|un saludo|trân trọng|cảm ơn|cordialement|merci|"
    r"bien à vous|mit freundlichen grüßen|grazie|obrigad[oa]|\u0441 \u0443\u0432\u0430\u0436\u0435"
    r"\u043d\u0438\u0435\u043c|\u0441\u043f\u0430\u0441\u0438\u0431\u043e|此致|谢谢|謝謝|"
    r"mahadsanid|شكرا|مع التحيات|با احترام|mèsi|respè)"
    r"[ \t,!.]*(?:\n[ \t]*)?$",
    re.IGNORECASE,
)
# A health word used as the name of a service, campaign or place is not about a person.
_INSTITUTIONAL_AFTER = re.compile(
    r"[ \t]*(?:-[ \t]*)?(?:center|centre|centers|institute|clinics?|programs?|programme|class|cla"
    r"sses|"
    r"awareness|month|week|day|foundation|research|society|association|walk|run|fund|campaign|bui"
    r"lding|"
    r"wing|education|prevention|screening[ \t]+event|support[ \t]+group|service[ \t]+line|services|"
    r"department|dept|unit|team|champions?|coordinator|navigator|specialists?|nurses?|lab|suite|"
    r"technologists?|technicians?|techs?|aides?|assistants?|counselors?|positions?|roles?|"
    r"openings?|jobs?|postings?|hours|"
    r"program|workshop|seminar|webinar|conference|symposium|lecture|guidelines?|protocol|policy|"
    r"policies|drive|vaccination[ \t]+clinic|medicine|physicians?|surgeons?|specialty|fellowship"
    r"|rounds|rates?|statistics|stats|data|trends?|metrics|numbers|outcomes|dashboard|uptake|"
    r"compliance|initiative|project|study|studies|trials?|registry|measures?|audit|report|survey|"
    r"market|pipeline|portfolio|products?|inventory|supply|supplies|shortage|machines?|equipment|"
    r"devices?|kits?|formulary|pricing|reimbursement|codes?|coding|capacity|pumps?|modules?|"
    r"templates?|slots?|schedul(?:e|es|ing))\b",
    re.IGNORECASE,
)
# A health word that is the topic of a talk, a class or a discussion (not a person's condition).
_TOPIC_BEFORE = re.compile(
    r"\b(?:discuss(?:ing)?|present(?:ing|ed)?|talk(?:ing)?[ \t]+about|review(?:ing)?|cover(?:ing)?|"
    r"taught|teach(?:ing)?|learn(?:ing)?[ \t]+about|updates?[ \t]+on|education[ \t]+on|"
    r"webinar[ \t]+on|"
    r"lecture[ \t]+on|training[ \t]+on|course[ \t]+on|session[ \t]+on|overview[ \t]+of|"
    r"information[ \t]+(?:on|about)|awareness[ \t]+of|research[ \t]+on|guidance[ \t]+on|"
    r"(?:talk|presentation|speak(?:ing)?(?:[ \t]+to[ \t]+\w+)?)[ \t]+(?:on|about))"
    r"(?:[ \t]+(?:the|a|an|new|latest|recent|current|our|updated))*(?:[ \t]+[\w\-]+){0,3}[ \t]+$",
    re.IGNORECASE,
)
# A capitalised health word joined to another by "&" names a practice: "Harborside Psychiatry &
# Counseling", "Lakeshore ENT & Audiology".
_AMPERSAND_NAME = re.compile(r"[ \t]*&[ \t]*\p{Lu}\p{Ll}")
# A patient's own supplies ("your CPAP supplies", "you're due for new CPAP supplies") are their
# care, unlike a clinic's "CPAP supplies" inventory.
_PERSONAL_GOODS_AFTER = re.compile(
    r"[ \t]+(?:supplies|supply|equipment|machine|pump|kit|device)s?\b", re.IGNORECASE
)
_OWNER_BEFORE = re.compile(
    r"\b(?:(?:his|her|their|your|my)(?:[ \t]+new)?|(?:you're|you[ \t]+are|you[ \t]+were)[ \t]+"
    r"due[ \t]+for(?:[ \t]+(?:new|a[ \t]+new|your|replacement))?)[ \t]+$",
    re.IGNORECASE,
)


def _owned_goods(text: str, start: int, end: int) -> bool:
    return bool(
        _PERSONAL_GOODS_AFTER.match(text, end)
        and _OWNER_BEFORE.search(text, max(0, start - 40), start)
    )


_POSSESSIVE_BEFORE = re.compile(
    r"\b(?:his|her|their|your|my|patient's|pt's|"
    # hi/ur, ne, bn, pa, gu, ta: "आपकी रिपोर्ट", "آپ کی ڈائیلاسز", "তপাইঁকো", "আপনার ওষুধ"
    r"आपकी|आपका|आपके|उनकी|उनका|उनके|तपाईंको|हजुरको|उहाँको|आप[ \t]+की|"
    r"آپ[ \t]+(?:کی|کا|کے)|ان[ \t]+(?:کی|کا|کے)|"
    r"আপনার|তোমার|ওনার|ਤੁਹਾਡੀ|ਤੁਹਾਡਾ|ਤੁਹਾਡੇ|તમારા|તમારી|તમારો|તમારું|આપના|આપની|આપનો|આપનું|"
    r"உங்கள்|உங்களது|அவரது|அவருடைய)[ \t]+(?:[\w\-]+[ \t]+)?$",
    re.IGNORECASE,
)
# "Contact Angela Reyes with questions": a contact person is staff.
_CONTACT_BEFORE = re.compile(
    r"\b(?:contact|e-?mail|reach[ \t]+out[ \t]+to|questions?[ \t]+to|questions?,[ \t]+contact|"
    r"attn:?|c/o|thanks[ \t]+to|congratulations[ \t]+to|congrats[ \t]+to|welcome|questions?:|"
    r"facilit(?:ator|ated[ \t]+by|a)|presenter|speakers?|hosted[ \t]+by|led[ \t]+by|moderator|"
    r"instructor|trainer|organi[sz]er|contacto|informes|presenta|rsvp[ \t]+to|"
    r"shout-?outs?[ \t]+to|kudos[ \t]+to|thank[ \t]+you[ \t]+to|goes[ \t]+to|recogni[sz]ing|"
    r"celebrat(?:e|ing)|honou?ring|nominated|"
    r"of[ \t]+the[ \t]+(?:month|year|quarter)[ \t]+is)[ \t]*:?[ \t]+$",
    re.IGNORECASE,
)
_NER_TITLE_FIRST = re.compile(
    r"(?:dr|doctor|nurse|prof|professor|coach|officer|chaplain|pastor|rev|judge|sgt|capt)\b\.?",
    re.IGNORECASE,
)
_NER_CUT = re.compile(r"[ \t]+[-\u2013\u2014|][ \t]+|\.[ \t]+|\n|[ \t]*\(")
_NER_NOT_NAME = frozenset(
    """lobby campus center centre hospital clinic suite room unit floor building wing main everyone
    all team staff department street avenue road health medical care valley mercy general regional
    university foundation institute monday tuesday wednesday thursday friday saturday sunday
    january february march april june july august september october november december today
    tomorrow yesterday please thanks thank regards hello dear hi""".split()
)
_CAP_RUN = re.compile(
    r"\b\p{Lu}\p{Ll}+(?:[ \t]+(?:\p{Lu}\.[ \t]+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)+\b"
)
# Patients' languages: "Pashto interpreter needed Wed" names a language, not a person.
# Lower-case words inside names: "Ana de la Cruz", "Ludwig van Beethoven", "Omar bin Said".
_NAME_PARTICLES = frozenset(
    "de del della la las los da das do dos di du van von der den ten ter bin binti bint al el "
    "ibn y e le".split()
)
_LANGUAGE_NAMES = frozenset(
    """pashto dari farsi persian somali amharic tigrinya oromo swahili kinyarwanda burmese karen
    karenni chin nepali bhutanese hmong khmer lao laotian thai vietnamese tagalog ilocano cebuano
    mandarin cantonese chinese korean japanese hindi urdu punjabi bengali gujarati tamil telugu
    arabic kurdish turkish russian ukrainian polish romanian albanian bosnian serbian croatian
    armenian portuguese spanish french creole haitian italian german marshallese chuukese samoan
    tongan navajo asl twi akan yoruba igbo hausa wolof fula mam kiche quiche qanjobal mixteco
    zapoteco nahuatl""".split()
)
_COMMON_CAPS = frozenset(
    """a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself no nor not now of off on once only or other our ours out over own same
    she should so some such than that the their theirs them then there these they this those
    through to
    too under until up very was we were what when where which while who whom why will with would you
    your yours please thanks thank hi hello dear regards best sincerely yes ok okay also still new
    reminder confirming update note notes see call let per re fw fwd subject today tomorrow tonight
    yesterday morning afternoon evening night week month year monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september october
    november
    december patient patients family mother father wife husband son daughter unit room bed floor
    clinic hospital center health medical care team staff office department location suite main
    campus lobby building west east north south free our""".split()
) | COMMON_CAPS_INTL
_PATIENT_LABEL_BEFORE = re.compile(
    r"\b(?:patient|pt|employee|member|client|resident|claimant|injured[ \t]+worker|student)"
    r"(?:[ \t]+name)?[ \t]*[:\-][ \t]*$",
    re.IGNORECASE,
)
_FILE_NOT_NAMES = frozenset(
    """discharge summary report results result labs lab referral consent form scan scanned copy
    final draft signed page pages order orders note notes letter record records chart image images
    photo policy update slides lecture summary outcomes spotlight nurse doctor dr mri ct xray x ray
    pathology radiology imaging invoice statement claim""".split()
)
_QUOTED_HEADER_BEFORE = re.compile(
    r"(?:^|\n)[ \t>]*(?:from|to|cc|bcc|sent[ \t]+by|reply-to|de|para|von|an)[ \t]*:[ \t]*"
    r"(?:[^\n]*[;,][ \t]*)?\"?$",
    re.IGNORECASE,
)
_HEALTH_WORD_RECOGNIZERS = frozenset({"AppointmentRecognizer"})
_CALL_KIND: dict[type, int] = {}
"""Recognizer class -> how ``_stage1`` calls it (see ``_call_kind``)."""


def _call_kind(rec: object) -> int:
    """0: pattern recognizer, 1: name-list recognizer, 2: lexicon recognizer, 3: other."""
    if isinstance(rec, PhiPatternRecognizer):
        return 0
    if isinstance(rec, NameListRecognizer):
        return 1
    return 2 if isinstance(rec, LexiconRecognizer) else 3


# One-word names: never a known term, place or organisation word.
_WORD_NAME_RECOGNIZERS = frozenset(
    {
        "LocatedNameRecognizer",
        "SubjectSurnameRecognizer",
        "FirstNameRecognizer",
        "SurnameRecognizer",
        "GreetingNameRecognizer",
        "FilenameNameRecognizer",
        "SubjectLeadWordRecognizer",
    }
)
_GREETING_RECOGNIZERS = frozenset({"GreetingNameRecognizer"})
_TITLE_RECOGNIZERS = frozenset(
    {"PersonTitleRecognizer", "SubjectNameRecognizer", "GreetingNameRecognizer"}
)
# Words that make a capitalised pair an organisation or a place, not a person.
_ORG_WORDS = frozenset(
    """medicine medical health healthcare hospital hospitals clinic clinics center centre pharmacy
    practice group associates foundation institute university college school airport auditorium
    partners labs lab laboratory laboratories imaging care services service department dept
    division unit wing campus building room suite street avenue road drive lane boulevard
    county city state region regional memorial general community family valley heights
    program programs council committee board society association network system systems
    elementary elem middle academy ave st blvd rd hwy pkwy sq symposium conference summit forum
    workshop seminar webinar expo
    solutions pharmaceuticals pharma therapeutics biologics inc llc corp company co insurance
    plan plans benefits rheumatology cardiology oncology neurology radiology pathology urology
    dermatology pediatrics orthopedics surgery psychiatry endocrinology nephrology hematology
    gastroenterology pulmonology obstetrics gynecology ophthalmology anesthesiology rehab
    rehabilitation therapy fertility dental vision hospice terminal airlines
    library museum theater theatre stadium arena hotel inn restaurant cafe grill way court
    parkway circle trail plaza terrace highway bakery kitchen catering caterers deli diner bistro
    pizzeria cantina taqueria bbq barbecue eatery marriott hilton hyatt sheraton westin radisson
    doubletree""".split()
) | ORG_WORDS_INTL
# ", our longtime", ", our new" before a role after a name: the organisation's own staff. Only
# "our": "Jane Doe, a retired nurse, was admitted" is a patient who once was a nurse.
_APPOSITIVE_LEAD = re.compile(
    r"[ \t]*,[ \t]*our[ \t]+(?:(?:long-?time|longstanding|beloved|former|dedicated|senior|new|"
    r"veteran|wonderful|talented|own)[ \t]+){0,2}",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"[\w\-]+[ \t]+")
# A signature line "Rosalind Achebe, Grants & Contracts Officer": a job title closing the line.
_TITLE_LINE_AFTER = re.compile(
    r"[ \t]*(?:,|\||-|\u2013|\u2014)[ \t]*(?:[\p{Lu}&][\w&/\-.]*[ \t]+){0,5}(?:Officer|Manager|"
    r"Director|Coordinator|Specialist|Analyst|Assistant|Administrator|Lead|Supervisor|Associate|"
    r"Representative|Rep|Liaison|Navigator|Technician|Clerk|Engineer|Consultant|Counsel|Attorney|"
    r"Advocate|Chaplain|Volunteer|President|VP|Chief|Owner|Planner|Scheduler|Auditor|Educator|"
    r"Buyer|Accountant|Controller|Recruiter|Secretary|Receptionist|Agent|Adjuster|Investigator|"
    r"Administrador[a]?|Coordinador[a]?|Director[a]?|Gerente|Enfermer[oa]|Trabajador[a]?[ \t]+"
    r"[Ss]ocial|Recepcionista|Asistente|Promotor[a]?)"
    r"(?:[ \t]+(?:I|II|III|IV))?[ \t]*$"
)
# Words of today's office language the 2020 word list lacks: not surnames.
_MODERN_WORDS = frozenset(
    """telehealth telemedicine telepsych televisit email emails online website webinar webinars
    covid app apps portal dashboard workflow workflows login logins signup username helpdesk
    smartphone livestream ehr emr epic cerner""".split()
)
# A reply's attribution line after a name: "<tara@x.com> wrote:", "a écrit :".
_ATTRIBUTION_AFTER = re.compile(
    r"[ \t]*(?:<[^<>\n]*@[^<>\n]*>|\([^()\n]*@[^()\n]*\)|\[mailto:[^\]\n]*\])?[ \t]*,?[ \t]*"
    r"(?:wrote|writes|a[ \t]+écrit|escribió|escreveu|schrieb|napisał)[ \t]*:",
    re.IGNORECASE,
)
_EMAIL_AFTER = re.compile(r"[ \t]*[<(\[][^<>()\[\]\n]*@[^<>()\[\]\n]*[>)\]]")
# Consumer mailboxes: a correspondent writing from one writes as a private person.
_CREDENTIAL_LAST = re.compile(
    r"[ \t,](?:MD|DO|RN|NP|PA-C|APRN|DNP|PhD|DDS|DMD|DPM|CNM|CRNA|LPN|LCSW|LPC|PsyD|PharmD)$"
)
# Second person in the other languages covered (the reader is the patient when care is addressed
# to them).
_SECOND_PERSON_INTL = (
    # "le" before a day is the French article ("le 14 mai"), not the Spanish pronoun
    r"su|sus|usted|le(?![ \t]+\d)|tu|te|vous|votre|vos|você|seu|sua|seus|suas|ou|w|ông|bà|anh|chị|"
    r"вы|вас|вам|"
    r"ваш|ваша|ваше|ваши|"
    # hi/ur (आप, آپ), ne, bn, pa, gu, ta, fa
    r"आप|आपका|आपकी|आपके|आपको|तुम्हारा|तुम्हारी|तपाईं|तपाईंको|तपाईंलाई|हजुर|हजुरको|"
    r"আপনার|আপনি|আপনাকে|তোমার|ਤੁਹਾਡੀ|ਤੁਹਾਡਾ|ਤੁਹਾਡੇ|ਤੁਸੀਂ|ਤੁਹਾਨੂੰ|આપ|આપનો|આપની|આપના|"
    r"તમારા|તમારી|તમારો|તમારું|તમે|તમને|உங்கள்|நீங்கள்|உங்களுக்கு|உங்களது|آپ|آپکی|آپکا|شما"
)
# "your 65+ membership", "your 1,240 employees": the reader's organisation's people, counted, not
# the reader.
_YOUR_GROUP = (
    r"[ \t]+(?:[\d,]+\+?[ \t]+|\d+\+[ \t]+|(?:own|entire|whole|covered|eligible|active)[ \t]+)*"
    r"(?:members?|membership|employees|workforce|population|enrollees|beneficiaries|lives|"
    r"residents|patients|clients|students|staff|panel|providers|physicians|clinicians|facilit"
    r"(?:y|ies)|organi[sz]ation|company|plan|county|district|schools?)\b"
)
_SECOND_PERSON = re.compile(
    # "patients you referred": the patients are the topic, the reader only referred them
    r"\b(?:(?<!\b(?:patients|members|clients|residents|employees|families|people|those|cases)"
    r"[ \t]+)you(?![ \t]+(?:(?:may|might|probably|already|all)[ \t]+)?know\b)|"
    rf"your(?!{_YOUR_GROUP})|yours|yourself|{_SECOND_PERSON_INTL})\b|[您你]",
    re.IGNORECASE,
)
# After the finding: any second-person word but an English possessive, which belongs to the
# noun after it ("the CHF workflows, your BAA template"); Spanish drops the subject pronoun, so
# "su" after the term still addresses the reader ("tiene un resultado ... en su portal").
_SECOND_SUBJECT = re.compile(
    rf"\b(?:you(?![ \t]+(?:can|may|will|could|would|should|might)\b)|{_SECOND_PERSON_INTL})\b"
    r"|[您你]",
    re.IGNORECASE,
)
# Names that are placeholders, or people said to be fictional/simulated: not anyone's PHI.
_PLACEHOLDER_NAME = re.compile(
    r"^(?:john|jane|baby|richard|mary)[ \t]+doe\b|^(?:test|sample|dummy|example)\b"
    r"|^[^\n]{0,40}\b(?:sample|demo|dummy|placeholder|testpatient)$",
    re.IGNORECASE,
)
_FICTIONAL_BEFORE = re.compile(
    r"\b(?:fictional|fictitious|mock|simulated|simulation|hypothetical|sample|standardi[sz]ed|"
    r"dummy|made-up|pretend|imaginary|scenario|exercise|drill|actor|quiz|case[ \t]+study|"
    r"teaching[ \t]+case|ce[ \t]+case|case[ \t]*\d{0,3}[ \t]*:)[^\n]{0,30}$",
    re.IGNORECASE,
)
# A veterinary credential after a signer's name ("Pia Lindqvist, DVM") says who writes, not
# whose care it is: public health veterinarians write about people bitten or exposed (rabies
# post-exposure prophylaxis, brucellosis). Only the words around the patient count.
_VET_CONTEXT = re.compile(
    r"\b(?:feline|canine|equine|bovine|porcine|veterinary|veterinarian|animal[ \t]+hospital|"
    r"vet[ \t]+clinic|(?<!,)(?<!,[ \t])(?:DVM|VMD)|neutered|spayed|intact[ \t]+(?:male|female)|"
    r"pet[ \t]+owner|owner[ \t]*:)\b",
    re.IGNORECASE,
)
_vet_context = QuickSearch(_VET_CONTEXT)
# Mail that says its patient is not real: a test patient in a test environment, a manikin in a
# simulation, a sandbox demo user. Its identifiers are fixtures, not anyone's PHI.
# Test data said outright: it stays test data even inside an HL7/X12/C-CDA document.
_DECLARED_SYNTHETIC_PHRASES = (
    r"synthetic[ \t]+(?:patients?|records?|members?|students?|residents?)|fictitious|synthea|"
    r"dummy[ \t]+(?:patients?|members?|records?)|training[ \t]+(?:patients?|students?|"
    r"environment)|test[ \t]+(?:patients?|members?)|not[ \t]+a[ \t]+real[ \t]+(?:patient|person|"
    r"child|member|resident|student|client)|zztest\w*"
)
# Signs of test or demo mail; without a healthcare document they cap the verdict too.
_SYNTHETIC_CONTEXT = re.compile(
    rf"\b(?:{_DECLARED_SYNTHETIC_PHRASES}|not[ \t]+a[ \t]+real[ \t]+appointment|"
    r"simulated[ \t]+patient|simulation[ \t]+(?:center|centre|lab|scenario)|manikin|mannequin|"
    r"sandbox[ \t]+(?:user|patient|account|login)|test[ \t]+environment|training[ \t]+(?:ehr|"
    r"domain|residents?|members?)|fake[ \t]+chart|demo[ \t]+(?:patient|user|member|account)|"
    r"sample[ \t]+(?:patient|member)[ \t]+(?:card|record|data)|print[ \t]+proof|"
    r"synthetic[ \t]+interface|test[ \t]+(?:order|payer|837\w*|mailbox|residents?|students?))\b",
    re.IGNORECASE,
)
_synthetic_context = QuickSearch(_SYNTHETIC_CONTEXT)
_DECLARED_SYNTHETIC = re.compile(rf"\b(?:{_DECLARED_SYNTHETIC_PHRASES})\b", re.IGNORECASE)
_declared_synthetic = QuickSearch(_DECLARED_SYNTHETIC)
# A message to a job applicant: the greeted reader is a candidate, not a patient.
_HIRING_CONTEXT = re.compile(
    r"\b(?:for[ \t]+applying|your[ \t]+application|the[ \t]+position|job[ \t]+posting|"
    r"your[ \t]+(?:resume|résumé|cv)|job[ \t]+offer|offer[ \t]+letter|hiring[ \t]+manager|"
    r"(?:an|your|the)[ \t]+interview[ \t]+(?:for|with)[ \t]+(?:the|our|a)[ \t]+\w+[ \t]+"
    r"(?:position|role|opening))\b",
    re.IGNORECASE,
)
_hiring_context = QuickSearch(_HIRING_CONTEXT)
_JOB_WORDS = re.compile(
    r"\b(?:interview|position|opening|candidate|applicant|resume|résumé|job|hiring|recruit\w*)\b",
    re.IGNORECASE,
)
_WORDS_BETWEEN = re.compile(r"[^\W_]+(?:[/'\-.][^\W_]+)*")
_SENTENCE_BREAK = re.compile(r"[.!?][ \t\n]|[\u3002\uff01\uff1f]|\n[ \t]*\n")
_DISPLAY_NAME = re.compile(r"^\s*\"?([^\"<]+?)\"?\s*<")


_Recognizer = PhiPatternRecognizer | LexiconRecognizer | NameListRecognizer | TableRecognizer


class SegmentLike(Protocol):
    @property
    def part(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def format(self) -> str: ...


@dataclass(frozen=True, slots=True)
class _Seg:
    part: str
    text: str
    source: str
    format: str


@dataclass
class _State:
    segs: list[_Seg]
    findings: list[list[Finding]]
    persons_ignored: int = 0
    provider_names: set[str] = field(default_factory=set)
    ner_ran: bool = False
    org_tokens: frozenset[str] = frozenset()
    """The mail domains' own names ("harborlighthh", "lakeshorekidney"): a word inside one is the
    organisation's name, not a person's ("Harborlight_Q3_quality.pdf")."""
    private_reader: bool = False
    """Sent to one person's own mailbox (one recipient, at a consumer mail service): a greeting
    there names the person the whole message is about."""
    credentialed: dict[int, frozenset[str]] = field(default_factory=dict)
    """Per segment text (by id, alive as long as the state): its words signed with a credential."""
    hiring: bool = False
    """A job applicant is the reader: "how you'd handle a hemolyzed recollect" is an interview
    question, never the reader's care."""
    to_addresses: tuple[str, ...] = ()
    """The To header's bare addresses: one with no display name may still spell the reader's."""
    evidence: list[tuple[float, str]] = field(default_factory=list)


class Detector:
    """Pure function object: Extraction -> Verdict. Build once (model load), reuse."""

    def __init__(self, config: DetectorConfig, base_dir: Path, *, load_ner: bool = True) -> None:
        self.config = config
        self.base_dir = base_dir
        self.entities: dict[str, EntitySettings] = dict(config.entities)
        try:
            self._build(load_ner)
        except OSError as exc:
            raise DetectError(
                f"detector resource missing: {exc.__class__.__name__}: {exc.filename}"
            ) from None

    # ------------------------------------------------------------------ construction
    @classmethod
    def from_config(
        cls, path: str | Path = "models/detector.yaml", *, load_ner: bool = True
    ) -> Detector:
        p = Path(path)
        try:
            cfg = load_config(p)
        except ConfigError as exc:
            raise DetectError(str(exc)) from None
        return cls(cfg, p.resolve().parent, load_ner=load_ner)

    def _path(self, rel: str) -> Path:
        p = Path(rel)
        return p if p.is_absolute() else self.base_dir / p

    def _build(self, load_ner: bool) -> None:
        cfg = self.config
        codes = read_words(self._path(cfg.icd10_codes)) if cfg.icd10_codes else frozenset()
        codes = frozenset(c.upper() for c in codes)
        recognizers: list[_Recognizer] = []
        self._thresholds: dict[str, float] = {}
        for cls in PATTERN_RECOGNIZERS:
            settings = cfg.recognizers.get(cls.__name__)
            if settings is not None and not settings.enabled:
                continue
            rec = Icd10CmRecognizer(codes) if cls is Icd10CmRecognizer else cls()
            recognizers.append(rec)
            self._thresholds[cls.__name__] = settings.threshold if settings else 0.4
        lex = Lexicon()
        for label, spec in cfg.lexicons.items():
            for f in spec.files:
                lex.add_file(label, self._path(f), spec.score, spec.case_sensitive)
        self.lexicon = lex
        lex_settings = cfg.recognizers.get("LexiconRecognizer")
        if lex_settings is None or lex_settings.enabled:
            recognizers.append(LexiconRecognizer(lex, cfg.lexicons.keys()))
            self._thresholds["LexiconRecognizer"] = lex_settings.threshold if lex_settings else 0.0
        self.first_names: frozenset[str] = (
            read_words(self._path(cfg.first_names)) if cfg.first_names else frozenset()
        )
        self.english_words: frozenset[str] = (
            read_words(self._path(cfg.english_words)) if cfg.english_words else frozenset()
        )
        self.surnames: frozenset[str] = (
            read_words(self._path(cfg.surnames)) if cfg.surnames else frozenset()
        )
        self.classifier: MessageClassifier | None = (
            MessageClassifier.load(
                self._path(cfg.classifier.model), self.first_names, self.surnames
            )
            if cfg.classifier.enabled
            else None
        )
        gn = cfg.recognizers.get("GivenNameRecognizer")
        if self.first_names and (gn is None or gn.enabled):
            recognizers.append(GivenNameRecognizer(self.first_names))
            self._thresholds["GivenNameRecognizer"] = gn.threshold if gn else 0.0
            fn = cfg.recognizers.get("FirstNameRecognizer")
            if fn is None or fn.enabled:
                recognizers.append(FirstNameRecognizer(self.first_names))
                self._thresholds["FirstNameRecognizer"] = fn.threshold if fn else 0.0
            sn = cfg.recognizers.get("SurnameRecognizer")
            if self.surnames and (sn is None or sn.enabled):
                recognizers.append(SurnameRecognizer(self.surnames))
                self._thresholds["SurnameRecognizer"] = sn.threshold if sn else 0.0
                recognizers.append(LowerNameRecognizer(self.first_names, self.surnames))
                self._thresholds["LowerNameRecognizer"] = 0.0
            # Words that are terms, not names, keep "Discharge Summary" out of the file names.
            recognizers.append(
                FilenameNameRecognizer(
                    self.first_names, _FILE_NOT_NAMES, self.surnames, self.english_words
                )
            )
            self._thresholds["FilenameNameRecognizer"] = 0.5
        tb = cfg.recognizers.get("TableRecognizer")
        if tb is None or tb.enabled:
            recognizers.append(TableRecognizer())
            self._thresholds["TableRecognizer"] = tb.threshold if tb else 0.0
        self._recognizers = recognizers
        # Per segment source, what _stage1 needs of each recognizer (filled by _stage1_plan).
        self._stage1_plans: dict[str, list[tuple[Any, str, float, int, frozenset[int] | None]]]
        self._stage1_plans = {}
        self.registry = RecognizerRegistry(recognizers=recognizers)
        gated: list[tuple[str, int]] = []
        if cfg.prefilter:
            # One Hyperscan id per distinct regex: the given-name and surname recognizers share
            # theirs, and every duplicate would lengthen the database's compile at start-up.
            ids: dict[tuple[str, int], int] = {}
            for each in recognizers:
                if isinstance(each, Gated):
                    for rx in each.gated_regexes():
                        key = (rx.pattern, rx.flags)
                        if key not in ids:
                            ids[key] = len(gated)
                            gated.append(key)
                        each.gate_ids[id(rx)] = ids[key]
        self.prefilter = Prefilter(gated)
        specialties = read_words(self._path(cfg.specialties)) if cfg.specialties else frozenset()
        self._specialty_words = frozenset(w for sp in specialties for w in re.findall(r"\w+", sp))
        self._specialty_re = (
            re.compile(
                r"\b(?:"
                + "|".join(re.escape(s) for s in sorted(specialties, key=len, reverse=True))
                + r")\b",
                re.IGNORECASE,
            )
            if specialties
            else None
        )
        self._specialty_before = (
            re.compile(
                r"\b(?:"
                + "|".join(re.escape(s) for s in sorted(specialties, key=len, reverse=True))
                + r")[ \t]*[,:]?[ \t]*$",
                re.IGNORECASE,
            )
            if specialties
            else None
        )
        self.ner: PersonNer | None = None
        if load_ner and cfg.ner.enabled:
            try:
                self.ner = PersonNer(cfg.ner.spacy_model, cfg.ner.stoplist)
            except (OSError, ImportError) as exc:
                raise DetectError(
                    f"cannot load spaCy model {cfg.ner.spacy_model!r}: {exc.__class__.__name__}"
                ) from None

    def entity(self, name: str, default_category: str = "identifier") -> EntitySettings:
        got = self.entities.get(name)
        if got is None:
            got = EntitySettings(
                category="health" if default_category == "health" else "identifier"
            )
            self.entities[name] = got
        return got

    # ------------------------------------------------------------------ analysis
    def analyze(self, extraction: Any) -> Verdict:
        # The sender (top-level From/Sender display name) is staff, never the message's patient.
        senders: set[str] = set()
        for seg in extraction.segments:
            if seg.part in ("header:from", "header:sender") and seg.text.strip():
                senders.update(_display_names(seg.text))
        docs = getattr(extraction, "healthcare_docs", ())
        headers = getattr(extraction, "headers", None)
        rcpts = (*headers.to, *headers.cc) if headers is not None else ()
        private = len(rcpts) == 1 and _PERSONAL_MAILBOX.search(rcpts[0] + ".") is not None
        addresses = (headers.from_, *rcpts) if headers is not None else ()
        texts = [s.text for s in extraction.segments if s.source in ("subject", "body")]
        # "your application" alone may be for financial assistance: a job word makes it a job's.
        hiring = any(_hiring_context(t) for t in texts) and any(_JOB_WORDS.search(t) for t in texts)
        if hiring:
            private = False  # "Hi Kelsey, thank you for applying...": a candidate, not a patient
        segments = message_segments(extraction)
        return self.analyze_segments(
            segments,
            healthcare_docs=docs,
            sender_names=frozenset(senders),
            private_reader=private,
            org_tokens=_org_tokens(addresses),
            to_addresses=tuple(headers.to) if headers is not None else (),
            hiring=hiring,
        )

    def analyze_text(self, text: str, subject: str = "") -> Verdict:
        """Convenience for tests and tools: one body (and optional subject) of plain text."""
        segs: list[_Seg] = []
        if subject:
            segs.append(_Seg("subject", subject, "subject", "text"))
        segs.append(_Seg("body", text, "body", "text"))
        return self.analyze_segments(segs)

    def analyze_segments(
        self,
        segments: Sequence[SegmentLike],
        *,
        healthcare_docs: Iterable[Any] = (),
        sender_names: frozenset[str] = frozenset(),
        private_reader: bool = False,
        org_tokens: frozenset[str] = frozenset(),
        hiring: bool = False,
        to_addresses: tuple[str, ...] = (),
    ) -> Verdict:
        vcfg = self.config.verdict
        budget = vcfg.max_chars_per_message
        segs: list[_Seg] = []
        for s in segments:
            if budget <= 0:
                break
            text = s.text[: min(vcfg.max_chars_per_segment, budget)]
            budget -= len(text)
            segs.append(_Seg(s.part, text, s.source, s.format))
        state = _State(
            segs=segs,
            findings=[],
            private_reader=private_reader,
            org_tokens=org_tokens,
            hiring=hiring,
            to_addresses=to_addresses,
        )
        seen_texts: set[str] = set()
        first_body: str | None = None  # normalised only once a second body shows up
        for seg in segs:
            # Header display names are the sender's and recipients', not a patient's.
            scan = seg.source != "header" and bool(seg.text.strip())
            if scan and seg.source == "body":
                # text/plain and text/html alternatives usually say the same thing: scan once.
                if first_body is None and not seen_texts:
                    first_body = seg.text  # the first body is scanned whatever it says
                else:
                    if first_body is not None:
                        seen_texts.add(" ".join(first_body.split()))
                        first_body = None
                    norm = " ".join(seg.text.split())
                    scan = norm not in seen_texts
                    seen_texts.add(norm)
            state.findings.append(self._stage1(seg, sender_names, state) if scan else [])
        to_given = _to_given_names(state, self.first_names)
        if private_reader:
            _greet_reader_by_header_name(state, to_given)
        _reader_named_first(state, to_given)
        self._drop_known_providers(state)
        self._drop_provider_specialties(state)
        _keep_named_again(state)
        _boost_repeated_names(state)
        second_opinion = ""
        vet = any(_vet_context(s.text) for s in segs if s.source != "header")
        healthcare_docs = tuple(healthcare_docs)
        healthcare_real = any(getattr(d, "has_patient", False) for d in healthcare_docs)
        synthetic = any(_synthetic_context(s.text) for s in segs if s.source != "header")
        declared_synthetic = synthetic and any(
            _declared_synthetic(s.text) for s in segs if s.source != "header"
        )
        score = self._score(state, healthcare_docs)
        if score < vcfg.threshold and self.ner is not None and not vet:
            if self._stage2(state, sender_names):
                self._drop_known_providers(state)
                _boost_repeated_names(state)
                state.evidence.clear()
                score = self._score(state, healthcare_docs)
        if vet and score >= vcfg.threshold:
            # Animal patients: owners' names and the pet's care are not PHI.
            state.evidence = [(0.0, "veterinary context: animal patient, not PHI")]
            score = min(score, vcfg.threshold * 0.5)
        elif synthetic and score >= vcfg.threshold and (declared_synthetic or not healthcare_real):
            state.evidence = [(0.0, "test, demo or simulated patient: not a real person")]
            score = min(score, vcfg.threshold * 0.5)
        elif (
            self.classifier is not None
            and not vet  # animal patients, whatever the words say
            and not (synthetic and (declared_synthetic or not healthcare_real))
        ):
            score, second_opinion = self._second_opinion(
                self.classifier, segs, state, score, healthcare_real
            )
        state.evidence.sort(key=lambda x: -x[0])
        evidence = tuple(dict.fromkeys(e for _, e in state.evidence[:8]))
        if state.persons_ignored:
            evidence += (f"{state.persons_ignored} clinician/staff name(s) not counted",)
        findings = tuple(f for fl in state.findings for f in fl)
        return Verdict(
            phi=score >= vcfg.threshold,
            score=round(score, 4),
            findings=findings,
            evidence=evidence,
            second_opinion=second_opinion,
        )

    def _second_opinion(
        self,
        clf: MessageClassifier,
        segs: Sequence[_Seg],
        state: _State,
        score: float,
        healthcare_real: bool,
    ) -> tuple[float, str]:
        """The message classifier's word where it can change the verdict (``second_opinion``):
        it makes a message below the threshold PHI, or overrules weak pattern evidence. Returns
        the score and what it did ("made_phi", "overruled" or "")."""
        threshold = self.config.verdict.threshold
        outcome, p = second_opinion(
            self.config.classifier, threshold, score, healthcare_real, lambda: clf.reading(segs)
        )
        if outcome == "overruled":
            # Ranked first (above any score): the line that says why the verdict is "no".
            state.evidence.append((2.0, f"pattern evidence ({score:.2f}) {OVERRULED} ({p:.2f})"))
            return min(score, threshold * 0.5), outcome
        if outcome == "made_phi":
            state.evidence.append((2.0, f"{MADE_PHI} ({p:.2f})"))
            return max(p, threshold), outcome
        return score, outcome

    def _stage1(self, seg: _Seg, senders: frozenset[str], state: _State) -> list[Finding]:
        text = ocr_normalize(seg.text)
        lowered = text.lower()
        may = self.prefilter.candidates(text)
        results: list[tuple[RecognizerResult, str, str]] = []
        for rec, rec_name, thr, kind, gids in self._stage1_plan(seg.source):
            is_lexicon = kind == 2
            found: list[RecognizerResult]
            if kind == 0:
                if may is not None and gids is not None and may.isdisjoint(gids):
                    continue  # what ``find`` answers at once: no pattern of it may match
                found = cast(PhiPatternRecognizer, rec).find(text, lowered, may)
            elif kind == 1:
                found = cast(NameListRecognizer, rec).find(text, may)
            else:
                found = rec.find(text)
            for r in found:
                if r.score < thr:
                    continue
                if (
                    (is_lexicon or rec_name in _HEALTH_WORD_RECOGNIZERS)
                    and (
                        _INSTITUTIONAL_AFTER.match(text, r.end)
                        or (text[r.start].isupper() and _AMPERSAND_NAME.match(text, r.end))
                    )
                    and not _owned_goods(text, r.start, r.end)
                ):
                    continue
                if cat_of(rec) == "health":
                    if _not_anyones_care(text, r.start, r.end):
                        continue
                    before = text[max(0, r.start - 60) : r.start]
                    owned = _POSSESSIVE_BEFORE.search(before)
                    if _TOPIC_BEFORE.search(before) and not owned:
                        continue
                    if owned:  # "his dialysis", "her biopsy": about one person
                        r.score = min(1.0, r.score + 0.15)
                cat = getattr(rec, "CATEGORY", "identifier")
                if isinstance(rec, (LexiconRecognizer,)):
                    cat = "health"
                elif isinstance(rec, TableRecognizer):
                    cat = self.entity(r.entity_type).category
                results.append((r, rec_name, cat))
        findings: list[Finding] = []
        for r, name, cat in _dedupe(results):
            if cat == "identifier" and _placeholder_value(text[r.start : r.end]):
                continue  # "Account 00000000", "ZIP 00000", "DOB 01/01/1900": a mock-up's fill
            if r.entity_type == "PATIENT_REF" and _FICTIONAL_BEFORE.search(
                text[max(0, r.start - 60) : r.start]
            ):
                continue  # "This month's CE case: a 68 y/o male..."
            if r.entity_type == "PERSON" and name in _WORD_NAME_RECOGNIZERS:
                # One capitalised word taken as a name: not a known term, place or org word.
                word = text[r.start : r.end].lower()
                if (
                    word in _COMMON_CAPS
                    or word in _LANGUAGE_NAMES
                    or word in _ORG_WORDS
                    or word in self.english_words
                    or word in _MODERN_WORDS
                    or self.lexicon.has_word(word)
                ):
                    continue
            if r.entity_type == "PERSON" and self._common_words_only(text[r.start : r.end]):
                continue  # "Formulation Record", "Job Description": a heading, not a person
            if r.entity_type == "PERSON":
                if seg.source == "filename" and _TEMPLATE_FILE.search(text):
                    continue  # "referral_form_BLANK.docx": nobody's yet
                if _looks_like_org(text, r.start, r.end) or _in_org_name(
                    text[r.start : r.end], state.org_tokens
                ):
                    continue
                if (
                    seg.source != "filename" and _PLACEHOLDER_NAME.match(text, r.start, r.end)
                ) or _FICTIONAL_BEFORE.search(
                    text[max(0, r.start - 60) : r.start].rstrip(" \t\"'\u201c")
                ):
                    continue  # "Patient A", "John Doe", "the fictional patient Mr. Green"
                if (
                    self._is_filename_provider(text, r.start, r.end)
                    if seg.source == "filename"
                    else self._is_provider(text, r.start, r.end, senders, state)
                    or _invite_staff(text, r.start)
                ):
                    state.persons_ignored += 1
                    continue
                if (
                    name not in _GREETING_RECOGNIZERS
                    and seg.source == "body"
                    and _greeting_position(text, r.start, r.end)
                ):
                    name = "GreetingNameRecognizer"  # noqa: PLW2901 - the reader, however found
                if name in _TITLE_RECOGNIZERS:
                    value = text[r.start : r.end]
                    given = self.has_given_name(value) or self._has_known_surname(value)
                    if given or _SURNAME_INITIAL.fullmatch(text, r.start, r.end):
                        r.score = min(0.95, r.score + 0.1)
                    else:
                        r.score = r.score - (0.3 if name == "SubjectNameRecognizer" else 0.05)
            if r.entity_type == "DATE_OF_BIRTH" and _STAFF_DOB_BEFORE.search(
                text, max(0, r.start - 40), r.start
            ):
                continue  # "Practitioner DOB: 04/02/1994" on a credentialing form
            if r.entity_type == "DATE_OF_BIRTH" and _SENTINEL_DOB.search(text, r.start, r.end):
                continue  # 01/01/1900: the EHR's "unknown" or a training record's birth date
            if r.entity_type == "PERSON" and any(
                w.isupper()
                and len(w) <= 4
                and (self.lexicon.has_word(w.lower()) or self.lexicon.has_exact(w))
                for w in _LETTERS.findall(text[r.start : r.end])
            ):
                continue  # "HIV PEP", "OCT, Humphrey": a clinical acronym in capitals, no name
            if r.entity_type in _PLACE_ENTITIES and _business_line(text, r.start, r.end):
                continue  # the organisation's own address or switchboard, not a patient's
            if r.entity_type == "STREET_ADDRESS" and (
                _HOME_ADDRESS.search(text, r.start, r.end)
                or _LIVES_AT.search(text, max(0, r.start - 30), r.start)
                or _HOME_VISIT.search(text, max(0, r.start - 160), min(len(text), r.end + 160))
            ):
                r.score = max(r.score, 0.8)  # "4417 S Holly St Apt 3", "lives at": a home
            if r.entity_type in _CONTACT_ENTITIES and (
                _PATIENT_CONTACT_BEFORE.search(text, max(0, r.start - 40), r.start)
                or (
                    r.entity_type == "PHONE_NUMBER"
                    and _CALL_BEFORE.search(text, max(0, r.start - 12), r.start)
                    and _CALLBACK_AFTER.match(text, r.end)
                )
            ):
                # "Pt at 610-555-0144", "patient's cell:": a way to reach one patient.
                r.entity_type = "PATIENT_REF"
                r.score = max(r.score, 0.8)
            settings = self.entity(r.entity_type, cat)
            findings.append(
                Finding(
                    r.entity_type,
                    settings.category,
                    seg.part,
                    r.start,
                    r.end,
                    round(float(r.score), 3),
                    name,
                )
            )
        return _first_names_about_care(findings, text)

    def _stage1_plan(
        self, source: str
    ) -> list[tuple[Any, str, float, int, frozenset[int] | None]]:
        """The recognizers for segments of ``source``, each with what ``_stage1`` needs of it:
        class name, threshold, call kind, and for a pattern recognizer the prefilter ids of its
        patterns when all are gated (a prefilter answer disjoint from them rules it out).
        Built once per source: none of it changes after start-up."""
        plans = self._stage1_plans
        plan = plans.get(source)
        if plan is None:
            plan = []
            for rec in self._recognizers:
                sources = getattr(rec, "SOURCES", None)
                if sources is not None and source not in sources:
                    continue
                kind = _CALL_KIND.get(type(rec))
                if kind is None:  # isinstance against Presidio's ABCs is slow: once per class
                    kind = _CALL_KIND[type(rec)] = _call_kind(rec)
                gids = cast(PhiPatternRecognizer, rec).pattern_gate_ids() if kind == 0 else None
                name = type(rec).__name__
                plan.append((rec, name, self._thresholds.get(name, 0.0), kind, gids))
            plans[source] = plan
        return plan

    def _drop_provider_specialties(self, state: _State) -> None:
        """On a line that carries an NPI or a DEA number the department words are the
        clinician's specialty ("Dr. Caspian Thorne, Transplant Nephrology, NPI: ..."), not
        anyone's care: a credentialing roster is not a patient list."""
        for seg, fl in zip(state.segs, state.findings, strict=True):
            spots = [f.start for f in fl if f.entity in _PROVIDER_IDS]
            if not spots:
                continue
            text = seg.text
            lines = {
                (text.rfind("\n", 0, at) + 1, (text.find("\n", at) + 1 or len(text) + 1) - 1)
                for at in spots
            }
            # A table row (tab-separated cells) with a credential cell ("MD", "NP") and an NPI or
            # DEA is a clinician's row: its name and date of birth are the clinician's. A claim
            # row has an NPI too, but no credential cell; a prose line is never a roster row.
            roster = {
                (a, b)
                for a, b in lines
                if text.count("\t", a, b) >= 3 and _CREDENTIAL_CELL.search(text, a, b)
            }
            for a, b in roster:  # the row's first cell names the clinician
                name = _norm_name(text[a : text.find("\t", a, b)])
                if len(name) >= 5:
                    state.provider_names.add(name)
            keep = []
            for f in fl:
                on_line = any(a <= f.start < b for a, b in lines)
                if (
                    on_line
                    and f.entity in ("ENCOUNTER", "PROCEDURE")
                    and all(
                        w.lower() in self._specialty_words
                        for w in _WORDS.findall(text[f.start : f.end])
                    )
                ):
                    continue
                if f.entity in ("PERSON", "DATE_OF_BIRTH") and any(
                    a <= f.start < b for a, b in roster
                ):
                    state.persons_ignored += f.entity == "PERSON"
                    if f.entity == "PERSON":
                        name = _norm_name(text[f.start : f.end])
                        if len(name) >= 5:
                            state.provider_names.add(name)
                    continue
                keep.append(f)
            fl[:] = keep
        if state.provider_names:
            self._drop_known_providers(state)

    def _drop_known_providers(self, state: _State) -> None:
        """A name marked as a clinician/staff member once in the message is one everywhere in it."""
        if not state.provider_names:
            return
        for fl, seg in zip(state.findings, state.segs, strict=True):
            keep = []
            for f in fl:
                if f.entity == "PERSON":
                    value = _norm_name(seg.text[f.start : f.end])
                    if value and any(value in p or p in value for p in state.provider_names):
                        state.persons_ignored += 1
                        continue
                keep.append(f)
            fl[:] = keep

    def _is_provider(
        self, text: str, start: int, end: int, senders: frozenset[str], state: _State | None = None
    ) -> bool:
        if self._provider_context(text, start, end, senders) or _credentialed_elsewhere(
            text, start, end, state
        ):
            if state is not None:
                name = _norm_name(text[start:end])
                if len(name) >= 5 and " " in name:
                    state.provider_names.add(name)
            return True
        return False

    @staticmethod
    def _is_filename_provider(text: str, start: int, end: int) -> bool:
        """In a file name a department word before a name is the document's department
        ("Referral_Neurology_Abernathy_Wendell"); only a title or credential marks a clinician."""
        before = text[max(0, start - 24) : start]
        return bool(
            _CLINICIAN_BEFORE_STRICT.search(before)
            or _CREDENTIAL_AFTER.match(text[end : end + 20])
            or _FILE_CREDENTIAL_AFTER.match(text, end, end + 20)
            or _STAFF_FILE.search(text) is not None
        )

    def _provider_context(self, text: str, start: int, end: int, senders: frozenset[str]) -> bool:
        """A clinician or staff member (by title, credentials, specialty, signature, sender)."""
        before = text[max(0, start - 24) : start]
        value = text[start:end]
        if senders and value.lower() in senders:
            return True  # the sender's own name, even on their own form: not a patient's
        if "\t" in text and _in_staff_column(text, start):
            return True  # a cell under "Endoscopist", "Driver", "Volunteer": a colleague
        if _PATIENT_LABEL_BEFORE.search(before):
            return False  # "Employee: Rosa Diaz, RN" - labelled as the person seen
        if _CONTACT_BEFORE.search(before):
            return True
        if _QUOTED_HEADER_BEFORE.search(text, max(0, start - 40), start):
            # "From: Becky Lindahl <...>" in a quoted reply: a correspondent - at work. One who
            # writes from a personal mailbox is a private person (a patient, a relative).
            email = _EMAIL_AFTER.match(text, end, min(len(text), end + 80))
            if email is None or not _PERSONAL_MAILBOX.search(email.group()):
                return True
        after = text[end : end + 80]
        attribution = _ATTRIBUTION_AFTER.match(after)
        if attribution and not _PERSONAL_MAILBOX.search(attribution.group()):
            # "On Fri, Nov 20, Tara Lindell <tara@...> wrote:": a correspondent at work. One
            # writing from a personal mailbox is a private person: a patient, a relative.
            return True
        if _CREDENTIAL_LAST.search(text, start, end):
            return True  # the span took the credential in: "Adaeze MD"
        if _in_staff_list(text, start) or _in_roster_rows(text, start):
            return True
        if _CLINICIAN_BEFORE_STRICT.search(before) or _CREDENTIAL_AFTER.match(after):
            return True
        line_end = after.find("\n")
        same_line_after = after if line_end < 0 else after[:line_end]
        if _TITLE_LINE_AFTER.match(same_line_after):
            return True
        if self._specialty_re is not None:
            if self._specialty_re.match(same_line_after.lstrip(" ,-\u2013\u2014(|/\t")):
                return True
            lead = _APPOSITIVE_LEAD.match(same_line_after)
            if lead:
                # The role may follow a word or two: "our longtime pharmacy technician".
                pos = lead.end()
                for _ in range(3):
                    if self._specialty_re.match(same_line_after, pos):
                        return True  # an appositive role: a colleague, not a patient
                    word = _NEXT_WORD.match(same_line_after, pos)
                    if word is None:
                        break
                    pos = word.end()
            if self._specialty_before is not None and self._specialty_before.search(before):
                return True
            # Signature block: name alone on its line, next line a role or department.
            line_start = text.rfind("\n", 0, start) + 1
            if not text[line_start:start].strip() and not same_line_after.strip(" ,\t"):
                next_line = after[line_end + 1 :].split("\n", 1)[0] if line_end >= 0 else ""
                if next_line and self._specialty_re.search(next_line):
                    return True
        prefix = text[max(0, start - 60) : start]
        closing = _CLOSING.search(prefix)
        if closing and not _thanks_the_reader(text, start - len(prefix) + closing.start(), end):
            return True
        return _signs_off(text, start, end)

    # ------------------------------------------------------------------ stage 2
    def _stage2(self, state: _State, senders: frozenset[str]) -> bool:
        assert self.ner is not None
        ncfg = self.config.ner
        thr = self.config.verdict.threshold
        spans: list[tuple[int, int, int]] = []
        all_health: list[tuple[float, Finding]] = []
        pad = ncfg.window_chars
        for key, (seg, fl) in enumerate(zip(state.segs, state.findings, strict=True)):
            if seg.source == "header":
                continue
            health = [
                (self.entity(f.entity, "health").weight * f.score, f)
                for f in fl
                if f.category == "health"
            ]
            health = [(w, f) for w, f in health if w > 0]
            all_health.extend(health)
            health.sort(key=lambda x: x[1].start)
            hstarts = [f.start for _, f in health]
            pstarts = sorted(f.start for f in fl if f.entity == "PERSON")
            for _w, f in health:
                # Only where a name found here could lift the message over the threshold.
                near = health[
                    bisect.bisect_left(hstarts, f.start - pad) : bisect.bisect_right(
                        hstarts, f.start + pad
                    )
                ]
                local = _noisy_or(x for _, x in _top_by_entity(near))
                k = bisect.bisect_left(pstarts, f.start - pad)
                person_near = k < len(pstarts) and pstarts[k] <= f.start + pad
                if local * (0.95 if person_near else ncfg.score) >= thr:
                    spans.append((key, f.start, f.end))
        overall = _noisy_or(x for _, x in _top_by_entity(all_health))
        # A subject line is short and names the patient more often than not: include it whole.
        if overall * self.config.verdict.subject_factor * 0.95 >= thr:
            for key, seg in enumerate(state.segs):
                if seg.source == "subject" and seg.text.strip():
                    spans.append((key, 0, len(seg.text)))
        if not spans:
            return False
        texts = [s.text for s in state.segs]
        windows = merge_windows(spans, [len(t) for t in texts], pad, ncfg.max_chars)
        windows = [
            w
            for w in windows
            if self._name_candidate(texts[w.key], w.start, w.end, state.findings[w.key])
        ]
        if not windows:
            return False
        state.ner_ran = True
        changed = False
        for raw_span in self.ner.persons(texts, windows):
            seg = state.segs[raw_span.key]
            fl = state.findings[raw_span.key]
            cut = _NER_CUT.search(seg.text, raw_span.start, raw_span.end)
            end = cut.start() if cut else raw_span.end
            value = seg.text[raw_span.start : end].strip(" ,;:")
            if len(value) < 3 or any(w.lower().strip(".,") in _NER_NOT_NAME for w in value.split()):
                continue
            if " " not in value and is_inflected_common_word(value):
                continue  # "Recomendadas": an inflected common word, not a name
            if value.split()[0].lower() in COMMON_CAPS_INTL:
                continue  # "Tiene", "Inscríbase al": a flyer's verb, not a name
            if any(
                w[:1].islower() and w not in _NAME_PARTICLES for w in value.split()[1:]
            ):
                continue  # "Magdadala kami", "nan zòn Joliet": a phrase, not a name
            span = type(raw_span)(raw_span.key, raw_span.start, raw_span.start + len(value))
            if _NER_TITLE_FIRST.match(value):
                state.persons_ignored += 1  # "Nurse Patel", "Dr Lee": a clinician by title
                continue
            # NER alone is noisy on headings and places: trust it fully with a known given name.
            score = ncfg.score if self.has_given_name(value) else ncfg.score * 0.72
            if " " not in value.strip():
                score *= 0.75
            overlap = [
                f for f in fl if f.entity == "PERSON" and f.start < span.end and span.start < f.end
            ]
            if overlap:
                for f in overlap:
                    boosted = round(
                        min(0.95, max(f.score, score) + (0.1 if score >= ncfg.score else 0.05)), 3
                    )
                    if boosted > f.score:
                        fl[fl.index(f)] = Finding(
                            f.entity, f.category, f.part, f.start, f.end, boosted, f.recognizer
                        )
                        changed = True
                continue
            if self._is_provider(seg.text, span.start, span.end, senders, state):
                state.persons_ignored += 1
                continue
            if (
                self._in_lexicon(value)
                or _looks_like_org(seg.text, span.start, span.end)
                or self._common_words_only(value)
            ):
                continue
            fl.append(
                Finding(
                    "PERSON",
                    "identifier",
                    seg.part,
                    span.start,
                    span.end,
                    round(score, 3),
                    "SpacyNer",
                )
            )
            changed = True
        return changed

    def _name_candidate(self, text: str, start: int, end: int, findings: list[Finding]) -> bool:
        """Could spaCy find a new name here? Needs two or more capitalised words in a row that are
        not known terms, places or organisations and not already a PERSON finding."""
        persons = [(f.start, f.end) for f in findings if f.entity == "PERSON"]
        for m in _CAP_RUN.finditer(text, start, end):
            if any(ps <= m.start() < pe for ps, pe in persons):
                continue
            words = [w.lower() for w in m.group().split()]
            unknown = [
                w
                for w in words
                if w not in _COMMON_CAPS and w not in _ORG_WORDS and not self.lexicon.has_word(w)
            ]
            # A run opening with a known given name was already seen by GivenNameRecognizer.
            if len(unknown) >= 2 and words[0] not in self.first_names:
                return True
        return False

    def _common_words_only(self, value: str) -> bool:
        """A capitalised run of common English words that are never names ("Formulation Record",
        "Quality Review") or with an acronym ("NHSN HCP") is a heading, not a person."""
        words = _LETTERS.findall(value)
        if len(words) < 2:
            return False
        if any(len(w) >= 3 and not _VOWEL.search(w) for w in words):
            return True  # "NHSN HCP": an acronym has no vowel, a name always does
        return all(w.lower() in self.english_words for w in words)

    def has_given_name(self, value: str) -> bool:
        return any(w.lower() in self.first_names for w in _LETTERS.findall(value))

    def _name_on_the_lists(self, value: str) -> bool:
        """Two words or more, or one that the given-name or surname list holds and that is no
        English word ("Fenwick", not "Backorder" nor "Cotação")."""
        words = _LETTERS.findall(value)
        if len(words) != 1:
            return len(words) > 1
        word = words[0].lower()
        return (word in self.surnames or word in self.first_names) and (
            word not in self.english_words
        )

    def _has_known_surname(self, value: str) -> bool:
        """A chart-style "Surname, Given" led by a known surname ("Okonkwo, Chidi"): a name whose
        given name our list lacks is still a name. Only in that form: "Grand Rounds Friday" and
        "Mohs Histotechnician" hold surnames too."""
        m = _CHART_SURNAME.match(value)
        return (
            m is not None
            and m.group(1).lower() in self.surnames
            and not self.lexicon.has_word(m.group(1).lower())
        )

    def _in_lexicon(self, value: str) -> bool:
        return any(True for _ in self.lexicon.match(value))

    # ------------------------------------------------------------------ verdict
    def _score(self, state: _State, healthcare_docs: Iterable[Any]) -> float:
        vcfg = self.config.verdict
        best = 0.0
        ev = state.evidence
        for doc in healthcare_docs:
            if getattr(doc, "has_patient", False):
                s = vcfg.healthcare_doc_score
                ev.append(
                    (
                        s,
                        f"{doc.kind} document with a patient in {_where(doc.part, state)} ("
                        f"{s:.2f})",
                    )
                )
                best = max(best, s)
        all_health: list[tuple[float, Finding]] = []
        for fl in state.findings:
            for f in fl:
                if f.category == "health":
                    w = self.entity(f.entity, "health").weight * f.score
                    if w > 0:
                        all_health.append((w, f))
        prox = vcfg.proximity_chars
        subject_health = _top_by_entity(
            hf for hf in all_health if hf[1].part == "subject" and hf[0] >= _SUBJECT_CARE
        )
        # "RE: free hep C test?": a service offered to anyone, not the reader's own care.
        subject_offered = any(
            _offered(f, seg.text) or _how_to(f, seg.text)
            for seg, fl in zip(state.segs, state.findings, strict=True)
            if seg.source == "subject"
            for f in fl
            if f.category == "health"
        )
        for seg, fl in zip(state.segs, state.findings, strict=True):
            ids = [f for f in fl if f.category == "identifier"]
            health = sorted((f for f in fl if f.category == "health"), key=lambda f: f.start)
            starts = [f.start for f in health]
            boost = vcfg.filename_boost if seg.source == "filename" else 0.0
            quasi = sorted(
                (f for f in ids if f.entity in _QUASI_IDENTIFIERS), key=lambda f: f.start
            )
            quasi_starts = [f.start for f in quasi]
            for i in ids:
                st = self.entity(i.entity)
                iw = min(1.0, st.weight * i.score + boost) if st.weight > 0 else 0.0
                if st.links and iw > 0 and vcfg.co_identifier_factor > 0:
                    iw = self._with_co_identifiers(i, iw, quasi, quasi_starts)
                if st.standalone > 0:
                    s = st.standalone * i.score
                    if s > 0.05:
                        ev.append(
                            (s, f"{i.entity} on its own in {_where(i.part, state)} ({s:.2f})")
                        )
                        best = max(best, s)
                if not st.links or iw <= 0:
                    continue
                pairs: dict[tuple[str, str], float] = {}
                lo = bisect.bisect_left(starts, i.start - prox - 200)
                hi = bisect.bisect_right(starts, i.end + prox)
                greeting = i.recognizer in _GREETING_RECOGNIZERS
                # A name we are fairly sure of: a given name and surname, a titled one, or a
                # lone one already shown to be about care; not one read off an initial ("Osei
                # A.") nor one capitalised word ("Безкоштовна вакцинація": "free vaccination").
                close = (
                    i.entity == "PERSON"
                    and not greeting
                    and vcfg.close_factor > 1.0
                    and iw >= 0.6
                    and (
                        i.recognizer in _LONE_NAME_RECOGNIZERS
                        or i.recognizer in _TITLE_RECOGNIZERS  # "Ms. Mendez": the title says so
                        or len(_WORDS_BETWEEN.findall(seg.text, i.start, i.end)) >= 2
                    )
                )
                for h in health[lo:hi]:
                    if greeting and (
                        state.hiring
                        or _writer_owns(h, seg.text)
                        or _how_to(h, seg.text)
                        or not (
                            _addressed_to_reader(h, seg.text)
                            or (state.private_reader and not _offered(h, seg.text))
                        )
                    ):
                        continue
                    hw = self.entity(h.entity, "health").weight * h.score
                    if hw <= 0 or (h.start < i.end and i.start < h.end):
                        continue
                    hw = min(1.0, hw + boost)
                    if i.end <= h.start and _POSSESSIVE_TIE.match(seg.text, i.end, h.start):
                        # "Mr. Okonjo's MRI lumbar": the possessive makes the care his.
                        hw = max(hw, _POSSESSIVE_HEALTH)
                    elif (
                        seg.source == "subject"
                        and i.entity == "PERSON"
                        and i.end <= h.start
                        and _SUBJECT_HEAD.match(seg.text, 0, i.start)
                        and _SUBJECT_HEAD_TIE.match(seg.text, i.end, h.start)
                        and self._name_on_the_lists(seg.text[i.start : i.end])
                    ):
                        # "Fenwick - celiac confirmed, Marsh 3b": a subject headed by a name
                        # and a dash is the care of the person it names.
                        hw = max(hw, _POSSESSIVE_HEALTH)
                    gap_lo, gap_hi = (i.end, h.start) if i.end <= h.start else (h.end, i.start)
                    if gap_hi - gap_lo > vcfg.proximity_chars:
                        continue
                    between = seg.text[gap_lo:gap_hi]
                    # A greeting is its own line by nature: no penalty for the break after it.
                    factor = (
                        vcfg.near_factor
                        if _SENTENCE_BREAK.search(between)
                        and not greeting
                        and not (i.end <= h.start and _continues_about(seg.text, i.end, h.start))
                        else vcfg.same_line_factor
                    )
                    p = hw * factor
                    if (
                        close
                        and gap_hi - gap_lo <= 60
                        and factor == vcfg.same_line_factor
                        and "\n" not in between
                        and len(_WORDS_BETWEEN.findall(between)) <= vcfg.close_words
                    ):
                        p = min(1.0, p * vcfg.close_factor)
                    key = (h.entity, seg.text[h.start : h.end].lower())
                    if p > pairs.get(key, 0.0):
                        pairs[key] = p
                if pairs:
                    top = sorted(pairs.items(), key=lambda kv: -kv[1])[:3]
                    s = iw * _noisy_or(p for _, p in top)
                    kinds = "+".join(dict.fromkeys(k[0] for k, _ in top))
                    ev.append(
                        (
                            s,
                            f"{i.entity}+{kinds} near each other in {_where(i.part, state)} ("
                            f"{s:.2f})",
                        )
                    )
                    best = max(best, s)
                if greeting:
                    if (
                        i.entity == "PERSON"
                        and subject_health
                        and state.private_reader
                        and not subject_offered
                    ):
                        # To one person's own mailbox, "Subject: آپ کی دوا تیار ہے" (your
                        # medicine is ready) + "محترم عمران قریشی صاحب،": the subject's care is
                        # the reader's.
                        s = iw * vcfg.subject_factor * _noisy_or(w for _, w in subject_health)
                        ev.append(
                            (
                                s,
                                f"PERSON greeted with {'+'.join(e for e, _ in subject_health)} in "
                                f"the subject ({s:.2f})",
                            )
                        )
                        best = max(best, s)
                    continue
                if seg.source in ("subject", "filename") and i.entity == "PERSON":
                    # The subject and a file's name say what the message is about: the person
                    # named there is the one the body's care is about ("Oberholtzer foot" +
                    # "plantar ulcer looks worse"; "RTorvik_sacral_wound.png" + "looks worse").
                    elsewhere = _top_by_entity(hf for hf in all_health if hf[1].part != i.part)
                    if elsewhere:
                        s = iw * vcfg.subject_factor * _noisy_or(w for _, w in elsewhere)
                        where = "subject" if seg.source == "subject" else "a file name"
                        ev.append(
                            (
                                s,
                                f"PERSON in {where} with {'+'.join(e for e, _ in elsewhere)} in "
                                f"the message ({s:.2f})",
                            )
                        )
                        best = max(best, s)
                elif i.entity == "PERSON" and subject_health:
                    # "RE: BRCA1/2 request" + "Approved ... for Anneliese Krug": the subject
                    # names the care, the body the person.
                    s = iw * vcfg.subject_factor * _noisy_or(w for _, w in subject_health)
                    ev.append(
                        (
                            s,
                            f"PERSON with {'+'.join(e for e, _ in subject_health)} in the subject "
                            f"({s:.2f})",
                        )
                    )
                    best = max(best, s)
                elif i.entity in _PATIENT_ONLY and all_health:
                    anywhere = _top_by_entity(all_health)
                    s = iw * vcfg.message_factor * _noisy_or(w for _, w in anywhere)
                    ev.append(
                        (
                            s,
                            f"{i.entity} with {'+'.join(e for e, _ in anywhere)} in the same mes"
                            f"sage ({s:.2f})",
                        )
                    )
                    best = max(best, s)
        if best < vcfg.threshold and all_health and vcfg.single_person_factor > 0:
            best = max(best, self._single_person(state, all_health))
        return min(best, 1.0)

    def _with_co_identifiers(
        self, i: Finding, iw: float, quasi: list[Finding], starts: list[int]
    ) -> float:
        """Quasi-identifiers of other kinds near ``i`` ("68 y/o M" + "14 Elm St", a name + a phone
        number) make the person more identifiable: noisy-OR, each x ``co_identifier_factor``."""
        vcfg = self.config.verdict
        others: dict[str, float] = {}
        if i.entity not in _QUASI_IDENTIFIERS:
            return iw
        span = vcfg.co_identifier_chars
        lo = bisect.bisect_left(starts, i.start - span)
        hi = bisect.bisect_right(starts, i.start + span)
        for o in quasi[lo:hi][:40]:  # bounded: a dense table must not make this quadratic
            if o.entity == i.entity:
                continue
            st = self.entity(o.entity)
            if not st.links or o.recognizer in _GREETING_RECOGNIZERS:
                continue
            w = st.weight * o.score
            if w > others.get(o.entity, 0.0):
                others[o.entity] = w
        if not others:
            return iw
        q = 1.0 - iw
        for w in sorted(others.values(), reverse=True)[:2]:
            q *= 1.0 - vcfg.co_identifier_factor * w
        return 1.0 - q

    def _single_person(self, state: _State, all_health: list[tuple[float, Finding]]) -> float:
        """A message naming exactly one person (not a clinician, not the greeted reader) with health
        information anywhere in it is about that person's care."""
        names: dict[str, float] = {}
        for seg, fl in zip(state.segs, state.findings, strict=True):
            if seg.source == "header":
                continue
            for f in fl:
                if f.entity != "PERSON" or f.recognizer in _GREETING_RECOGNIZERS:
                    continue
                key = _norm_name(seg.text[f.start : f.end])
                words = key.split()
                if not words:
                    continue
                # "Maria Rivera" and "Ms. Rivera" are the same person: key on the surname.
                last = words[-1]
                names[last] = max(names.get(last, 0.0), self.entity("PERSON").weight * f.score)
        if len(names) != 1:
            return 0.0
        iw = next(iter(names.values()))
        anywhere = _top_by_entity(all_health)
        s = iw * self.config.verdict.single_person_factor * _noisy_or(w for _, w in anywhere)
        state.evidence.append(
            (
                s,
                f"one PERSON named with {'+'.join(e for e, _ in anywhere)} in the message "
                f"({s:.2f})",
            )
        )
        return s


_OCR_HINT = re.compile(r"[A-Za-z]0|0[A-Za-z]|\d[OolI]|[OolI]\d")
# Signs of OCR: a zero inside a word ("D0B", "c0lon0sc0py") or a letter inside a number ("3O",
# "l967"). A one inside a word is left alone: HbA1c, B12, T4 and SpO2 are real.
_OCR_MIXED = re.compile(
    r"\b(?:[A-Za-z]+0[A-Za-z0]*|0[A-Za-z][A-Za-z0]*|\d+[OolI][\dOolI]*|[OolI]\d[\dOolI]*)\b"
)
_ocr_hint = QuickSearch(_OCR_HINT)
_TO_DIGIT = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
_TO_LETTER_UP = str.maketrans({"0": "O"})
_TO_LETTER_LOW = str.maketrans({"0": "o"})


_FIRST_NAME_SCORE = 0.8


_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|hers|he's|she's)\b", re.IGNORECASE)


_VOWEL = re.compile(r"[aeiouyAEIOUY]|[^\x00-\x7f]")
_PROVIDER_IDS = frozenset({"NPI", "DEA"})
_CREDENTIAL_CELL = re.compile(
    r"(?:^|[\t,|])[ \t]*(?:MD|DO|NP|PA-C|APRN|CRNP|RN|DDS|DMD|DPM|CRNA|CNM|PharmD)[ \t]*"
    r"(?=[\t,|]|$)",
    re.MULTILINE,
)
_POSSESSIVE_TIE = re.compile(r"['\u2019]s?[ \t]+(?:[\w\-]+[ \t]+){0,2}$")
"""Between a name and a health finding: a possessive and at most two words ("Okonjo's lumbar")."""
_POSSESSIVE_HEALTH = 0.85
# A file about a member of staff, not a patient: "CME_certificate_Patel_K.pdf", "Lee_J_CV.pdf".
_STAFF_FILE = re.compile(
    r"\b(?:cme|ceu|cv|resume|r\u00e9sum\u00e9|badge|headshot|"
    r"bio|credentials?|credentialing|diploma|w-?9|i-?9|w-?4|timesheet|payroll|onboarding|"
    r"orientation|offer[ \t]+letter)\b",
    re.IGNORECASE,
)
# A credential typed in lower case after a name in a file name ("grace_mwangi_md_headshot.png");
# only credentials that are no English word ("do", "pa", "ot" are).
_FILE_CREDENTIAL_AFTER = re.compile(
    r"[ \t_\-]*(?:md|rn|np|dds|dmd|phd|lcsw|aprn|crnp|fnp|dnp|pharmd|dpm|cnm|crna|lpn|rdn|msw|"
    r"pa-c|psyd|aud|lmft|lpc|facs|facc)\b",
    re.IGNORECASE,
)
# A subject that starts with a name (after any reply/forward prefixes and a "Pt"), then a dash,
# colon, comma or bar and at most three words before the care: "Palacios R - full thickness RC
# tear", "RE: Avery Lindholm - new dx PANDAS", "Pt Wren Castellano: Kawasaki".
_SUBJECT_HEAD = re.compile(
    r"[ \t]*(?:(?:re|fw|fwd|aw|sv|tr|wg)[ \t]*:[ \t]*)*(?:(?:pt|patient)\.?[ \t:]+)?$",
    re.IGNORECASE,
)
_SUBJECT_HEAD_TIE = re.compile(
    r"[ \t]*(?:[-\u2013\u2014:|/]|,)[ \t]+(?:[\w'\u2019/\-]+[ \t]+){0,3}$"
)
_STAFF_DOB_BEFORE = re.compile(
    r"\b(?:practitioner|provider|physician|clinician|therapist|employee|applicant|staff|"
    r"candidate|new[ \t]+hire)(?:['\u2019]s)?[ \t]+(?:DOB|date[ \t]+of[ \t]+birth|birth[ \t]*date)"
    r"[ \t:#]*$",
    re.IGNORECASE,
)
_PLACE_ENTITIES = frozenset({"STREET_ADDRESS", "PHONE_NUMBER"})
_BUSINESS_CUE = re.compile(
    r"\b(?:suite|ste\.?|floor|fl\.|bldg|building|department|dept|center|centre|clinic|hospital|"
    r"office|courthouse|hall|campus|inc|llc|careers@|www\.|fax|main[ \t]+line|switchboard|"
    r"pediatrics|health[ \t]+(?:center|department|system|services)|recreation|church|library|"
    r"school|university)\b",
    re.IGNORECASE,
)
_RESIDENCE_CUE = re.compile(
    # "Homeward Home Health", "Home Infusion" name a business, not a home
    r"\b(?:apt|apartment|unit|lives|home(?![ \t]+(?:health|care|infusion|medical|hospice|office|"
    r"page|depot))|residence|patient|pt|mother|father|mom|dad|son|daughter|"
    r"wife|husband|client|member|resident|cell|mobile)\b|#",
    re.IGNORECASE,
)


_HOME_ADDRESS = re.compile(
    r"\b(?:apt|apartment|unit)\b\.?[ \t]*#?[ \t]*\w+|#[ \t]*\d+", re.IGNORECASE
)
# Health words that are not anyone's care: a credential ("your phlebotomy certification", "CPR
# class"), a merge template ("Dear {{first_name}}, your appointment..."), a fee-schedule row
# ("87491  Chlamydia NAAT  $28.00").
_CREDENTIAL_WORD_AFTER = re.compile(
    r"[ \t]+(?:certification|certificate|certified|cert|licen[cs]e|licensure|card|training|"
    r"course|class(?:es)?|skills[ \t]+check|exam|instructor|renewal)\b",
    re.IGNORECASE,
)
_TEMPLATE_PLACEHOLDER = re.compile(
    r"\{\{[^{}\n]{1,40}\}\}|<<[A-Za-z_ ]{2,30}>>|%[A-Z_]{3,30}%|"
    r"\[(?i:first|last|patient|member|full)[ _]?name\]"
)
_FEE_ROW = re.compile(
    r"[ \t]*(?:\d{5}|[A-Z]\d{4}|(?:MS-?)?DRG[ \t]*#?\d{3}|APC[ \t]*\d{4})[ \t]+[^\n]*?"
    r"[$\u20ac\u00a3][ \t]?\d"
)


def message_segments(extraction: Any) -> list[SegmentLike]:
    """The extraction's segments plus one per attachment file name and archive folder name."""
    segments: list[SegmentLike] = list(extraction.segments)
    attachments = tuple(getattr(extraction, "attachments", ()))
    files = {att.filename for att in attachments}
    folders: set[str] = set()
    for att in attachments:
        # A file named "Jane_Doe_MRI_results.pdf" discloses PHI even when it cannot be read.
        name = filename_text(att.filename or "")
        if name:
            segments.append(_Seg(f"filename:{att.path}", name, "filename", "filename"))
        # So does a folder inside an archive: "images.zip/Kowalski_Theresa_MRI_R_hip/key1.png".
        for part in att.path.split("/")[1:-1]:
            if part and part not in files and part not in folders:
                folders.add(part)
                text = filename_text(part)
                if text:
                    where = att.path[: att.path.index(part) + len(part)]
                    segments.append(_Seg(f"filename:{where}", text, "filename", "filename"))
    return segments


def _not_anyones_care(text: str, start: int, end: int) -> bool:
    if _CREDENTIAL_WORD_AFTER.match(text, end):
        return True
    # The finding's line, looked for at most 300 characters either way: a text with no line
    # breaks must not cost a scan to its start per finding.
    lo, hi = max(0, start - 300), min(len(text), end + 300)
    a = text.rfind("\n", lo, start)
    a = lo if a < 0 else a + 1
    b = text.find("\n", end, hi)
    b = hi if b < 0 else b
    return bool(_TEMPLATE_PLACEHOLDER.search(text, a, b) or _FEE_ROW.match(text, a, b))


# A capitalised word signed with a credential: "Kariuki, NP", "Okafor MD".
_CREDENTIALED_WORD = re.compile(
    r"\b(\p{Lu}[\p{L}'\u2019\-]*)(?=" + _CREDENTIAL_AFTER.pattern[1:] + ")"
)


def _credentialed_words(text: str) -> frozenset[str]:
    return frozenset(m.group(1) for m in _CREDENTIALED_WORD.finditer(text))


def _credentialed_elsewhere(text: str, start: int, end: int, state: _State | None = None) -> bool:
    """A lone surname that the same text signs with a credential ("Mercy Kariuki, NP - Family
    medicine ... Swahili (Kariuki)") is that clinician's. The text's credentialed words are
    found once per text and message, not once per name."""
    word = text[start:end]
    if " " in word or len(word) < 3 or not word[:1].isupper():
        return False
    if state is None:
        return word in _credentialed_words(text)
    words = state.credentialed.get(id(text))
    if words is None:
        words = state.credentialed[id(text)] = _credentialed_words(text)
    return word in words


_CHART_SURNAME = re.compile(r"(\p{Lu}[\p{Ll}'\-]+),[ \t]*\p{Lu}\p{Ll}+")
# A chart-style "Marchetti, J.": the form itself says a person, given name or not.
_SURNAME_INITIAL = re.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?,[ \t]*[A-Z]\.?")

# A calendar invite's organiser and attendees are the meeting's, not its subject.
_INVITE_PARTICIPANT = re.compile(r"(?m)^(?:ATTENDEE|ORGANIZER):[^\n]*$")


def _invite_staff(text: str, start: int) -> bool:
    """A name on an invite's ORGANIZER or ATTENDEE line is a colleague at the meeting, unless the
    line's address is a private mailbox: then it is the patient invited to their own visit
    ("ATTENDEE: Phuong Nguyen-Hale <phuong.nguyenhale@yahoo.com>" on an "ICD check")."""
    m = _INVITE_PARTICIPANT.search(text, max(0, start - 40), start + 1)
    if m is None:
        return False
    end = text.find("\n", start)
    return _PERSONAL_MAILBOX.search(text, m.start(), len(text) if end < 0 else end) is None

# A visit or draw at someone's home near an address makes it that person's home.
_HOME_VISIT = re.compile(
    r"\b(?:home-?bound|home[ \t]+(?:visit|draw|health[ \t]+visit|infusion|delivery[ \t]+of|birth)|"
    r"house[ \t]+call|at[ \t]+(?:the|her|his|their)[ \t]+(?:house|home)|"
    r"(?:her|his|their)[ \t]+(?:house|home|apartment|trailer))\b",
    re.IGNORECASE,
)
_LIVES_AT = re.compile(
    r"\b(?:lives|living|resides|staying|home)[ \t]+(?:at|on)[ \t]+$", re.IGNORECASE
)


def _business_line(text: str, start: int, end: int) -> bool:
    """An address or phone on a line (or under a line) that names the organisation, a suite or
    a venue ("Tamarack County Health Department\n1400 Courthouse Sq | (319) 555-0700", "2210
    Maplewood Ave, Suite 300") belongs to a place. One with a home, apartment or patient cue is a
    person's."""
    line_start = text.rfind("\n", 0, start) + 1
    prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if _RESIDENCE_CUE.search(text, max(prev_start, start - 60), line_end):
        return False
    return _BUSINESS_CUE.search(text, prev_start, line_end) is not None


_CONTACT_ENTITIES = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"})
_PATIENT_CONTACT_BEFORE = re.compile(
    r"\b(?:pt|patient|patient's|member|member's|client|client's|resident|resident's)\b"
    r"[ \t]*(?:(?:home|cell|mobile|phone|tel|number|email|e-mail|is|at|can[ \t]+be[ \t]+reached"
    r"[ \t]+at|#)[ \t:.#]*){1,3}$"
    # "call pt back at", "pt's husband called from", "her mom's cell is": whoever answers, the
    # number reaches the patient.
    r"|\b(?:call|text|reach)[ \t]+(?:the[ \t]+)?(?:pt|patient|her|him|them|mom|dad)[ \t]+(?:back"
    r"[ \t]+)?(?:at|on)[ \t:]*$"
    r"|\b(?:pt|patient)(?:'s|\u2019s)[ \t]+(?:husband|wife|spouse|partner|mom|mother|dad|father|"
    r"daughter|son|caregiver|family)[ \t]+(?:called|calling|texted)[ \t]+(?:from|on|at)[ \t:]*$",
    re.IGNORECASE,
)
# "pls call 971-555-0164 back re: trigger shot": a number to call back about someone's care.
_CALLBACK_AFTER = re.compile(r"[ \t)]*back[ \t]+(?:re:?|about|regarding)[ \t]", re.IGNORECASE)
_CALL_BEFORE = re.compile(r"\b(?:call|text)[ \t(]*$", re.IGNORECASE)
_SUBJECT_CARE = 0.6
"""A subject's health finding must weigh this much (entity weight x score) to tie the body's
person to it: a condition or a genetic test, not a passing encounter word."""
_FIRST_PERSON_BEFORE = re.compile(r"\b(?:my|i|i'm|i've|i'll|me)\b", re.IGNORECASE)


def _keep_named_again(state: _State) -> None:
    """A word that opens the subject is a surname (SubjectLeadWordRecognizer) only when the
    message names it again where names stand: in an attachment's file name, or capitalised
    after a lower-case word in the body ("... for Oberholtzer's foot")."""
    for seg, fl in zip(state.segs, state.findings, strict=True):
        if seg.source != "subject":
            continue
        keep = []
        for f in fl:
            if f.recognizer == "SubjectLeadWordRecognizer":
                word = seg.text[f.start : f.end]
                mid = re.compile(rf"\b\p{{Ll}}+[ \t]+{re.escape(word)}\b")
                if _DATED_AFTER.match(seg.text, f.end):
                    # "Re: Haddad 11/12 fall": a surname and a date of care, as charts file them.
                    keep.append(dataclasses.replace(f, score=max(f.score, 0.8)))
                    continue
                if not any(
                    (o.source == "filename" and word in o.text)
                    or (o.source in ("body", "attachment") and mid.search(o.text) is not None)
                    for o in state.segs
                    if o is not seg
                ):
                    continue
            keep.append(f)
        fl[:] = keep


_DATED_AFTER = re.compile(r"(?:['\u2019]s)?[ \t]+\d{1,2}/\d{1,2}\b")


def _writer_owns(h: Finding, text: str) -> bool:
    """'my gallbladder surgery', 'I had a flu shot': the writer's own care, in the sentence."""
    start = _sentence_start(text, h.start, 120)
    return _FIRST_PERSON_BEFORE.search(text, start, h.start) is not None


def _sentence_start(text: str, pos: int, reach: int) -> int:
    """Where the sentence holding ``pos`` starts, looking back at most ``reach`` characters."""
    lo = max(0, pos - reach)
    head = text[lo:pos]
    cut = max(
        head.rfind(". "), head.rfind("? "), head.rfind("! "), head.rfind("\n\n"),
        head.rfind("\u0964"), head.rfind("\u06d4"), head.rfind("\u1362"),  # danda, ur, am stops
    )
    return lo + cut + 1 if cut >= 0 else lo


def _continues_about(text: str, name_end: int, health_start: int) -> bool:
    """The sentence holding the health finding goes on about the person named before it: it
    refers to them by a third-person pronoun before the finding ("Diego Vega, he's six. His
    face is swollen..."), and no other sentence lies between."""
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, name_end, health_start)]
    if len(breaks) != 1:
        return False
    return _PERSONAL_PRONOUN.search(text, breaks[0], health_start) is not None


_LONE_NAME_RECOGNIZERS = frozenset(
    {"FirstNameRecognizer", "SurnameRecognizer", "LowerNameRecognizer"}
)


def _first_names_about_care(findings: list[Finding], text: str) -> list[Finding]:
    """Keep a lone given name (FirstNameRecognizer) only when health information follows it in
    the same sentence or row, within 80 characters ("Ellie's cast", "Jada,<phone>,self-harm
    hx"), or in the next sentence that goes on about them ("add Gus back on MWF? he's missed 3
    runs of dialysis"); it is then a name as strong as a full one. Otherwise it is dropped: a
    first name alone is too common a word to stand for a person. Linear: sorted starts, bisect."""
    firsts = [f for f in findings if f.recognizer in _LONE_NAME_RECOGNIZERS]
    if not firsts:
        return findings
    out = [f for f in findings if f.recognizer not in _LONE_NAME_RECOGNIZERS]
    health_starts = sorted(f.start for f in out if f.category == "health")
    names = sorted((f.start, f.end) for f in out if f.entity == "PERSON")
    name_starts = [s for s, _ in names]
    for f in firsts:
        k = bisect.bisect_right(name_starts, f.start) - 1
        if k >= 0 and names[k][1] > f.start:
            continue  # part of a longer name already found
        if k + 1 < len(names) and names[k + 1][0] < f.end:
            continue
        i = bisect.bisect_left(health_starts, f.end)
        if i < len(health_starts) and (
            (
                health_starts[i] - f.end <= 80
                and not _SENTENCE_BREAK.search(text, f.end, health_starts[i])
            )
            or (health_starts[i] - f.end <= 160 and _continues_about(text, f.end, health_starts[i]))
        ):
            out.append(dataclasses.replace(f, score=_FIRST_NAME_SCORE))
    return out


def ocr_normalize(text: str) -> str:
    """Undo the usual OCR confusions (0/O in words, O/l/I in numbers) in text that shows several
    of them ("D0B: O5/3O/l967", "c0lon0sc0py"). Length-preserving, so finding offsets stay valid;
    text without three signs of OCR is returned unchanged."""
    if not _ocr_hint(text):
        return text
    hits = 0
    for _ in _OCR_MIXED.finditer(text):
        hits += 1
        if hits >= 3:
            break
    else:
        return text

    def fix(m: re.Match[str]) -> str:
        tok = str(m.group())
        digits = sum(ch.isdigit() for ch in tok)
        letters = len(tok) - digits
        if not digits or not letters:
            return tok
        if digits >= letters or (len(tok) <= 2 and tok[-1].isdigit()):
            return tok.translate(_TO_DIGIT)
        if "0" not in tok:
            return tok
        upper = sum(ch.isupper() for ch in tok) > letters // 2
        return tok.translate(_TO_LETTER_UP if upper else _TO_LETTER_LOW)

    return str(_OCR_MIXED.sub(fix, text))


# filename_text's steps, compiled once: a module-level regex.sub(str, ...) pays ~8 us per call
# in the regex package's cache look-up (flag enums, an import), and this runs per segment.
_FILE_EXT = re.compile(r"\.[A-Za-z0-9]{1,5}$")
_FILE_CAMEL = re.compile(r"(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll})")
_FILE_INITIAL = re.compile(r"(?:^|(?<=[_ \-]))(\p{Lu})(?=\p{Lu}\p{Ll}{2,})")  # JHalvorsen
_FILE_SEPARATORS = re.compile(r"(?<!\d)[\-.]+|[\-.]+(?!\d)|_+")
_FILE_BLANKS = re.compile(r"[ \t]+")


def filename_text(filename: str) -> str:
    """An attachment file name as words: 'Jane_Doe-MRI.results.pdf' -> 'Jane Doe MRI results'.

    Dates keep their separators ('DOB_1961-03-02' -> 'DOB 1961-03-02', a date the DOB recognizer
    reads) and camel case is split ('DischargeSummary' -> 'Discharge Summary')."""
    stem = _FILE_EXT.sub("", filename.rsplit("/", 1)[-1])
    stem = _FILE_CAMEL.sub(" ", stem)
    stem = _FILE_INITIAL.sub(r"\1 ", stem)
    stem = _FILE_SEPARATORS.sub(" ", stem)
    return str(_FILE_BLANKS.sub(" ", stem)).strip()


_ROLE_TAIL = re.compile(r"[ \t]*(?:,[ \t]*[\w .&/()\-]{1,40})?[ \t]*$")
_LIST_LINE = re.compile(r"^[ \t]*(?:[-*\u2022]|\d+[.)])")


_PLACEHOLDER_DATE = re.compile(r"0?1[/.\-]0?1[/.\-](?:1900|2000)|(?:1900|2000)-01-01")


def _placeholder_value(value: str) -> bool:
    """An identifier a template or proof fills in: one digit repeated ("00000000", "9999999")
    with nothing else but separators, or the first of January of 1900 or 2000."""
    digits = [c for c in value if c.isdigit()]
    if len(digits) >= 4 and len(set(digits)) == 1 and all(
        c.isdigit() or c in " -./#()" for c in value
    ):
        return True
    return _PLACEHOLDER_DATE.fullmatch(value.strip()) is not None


def _thanks_the_reader(text: str, closing_start: int, end: int) -> bool:
    """"Thank you, Irene Sandoval." opening a receipt: the first line thanks the reader, whose
    name ends a sentence there; a sign-off ("Thanks,\nDana") closes the text instead."""
    return not text[:closing_start].strip() and text[end : end + 1] in (".", "!")


def _signs_off(text: str, start: int, end: int) -> bool:
    """The writer's sign-off: a name alone on its line (a role may follow a comma) near the end
    of the text, after a line of prose ("Happy to meet.\nFranklin Odhiambo"). A name under
    another bare name is a list of people, not a signature."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not _ROLE_TAIL.match(text, end, line_end) or "\t" in text[line_start:line_end]:
        return False
    if len(text) - line_end > 2400 or len(text[line_end:].strip()) > 240:
        return False  # (bounded: a name in a long list must not copy the rest of the text)
    prev_end = line_start - 1
    while prev_end > 0 and not text[text.rfind("\n", 0, prev_end) + 1 : prev_end].strip():
        prev_end = text.rfind("\n", 0, prev_end)
    if prev_end <= 0:
        return False
    prev = text[text.rfind("\n", 0, prev_end) + 1 : prev_end].strip()
    if _LIST_LINE.match(prev):
        return False
    if _OWN_STORY.search(text, max(0, line_start - 2000), line_start):
        return False  # "I had my colonoscopy ... Desmond Achebe": a patient signs their story
    return prev[-1:] in ".!?,:;)" or len(prev.split()) >= 5


_OWN_STORY = re.compile(
    r"\b(?:I|I've|I'm)[ \t]+(?:had|have|was|am|got|need|needed|woke|feel|felt|been|went|take|"
    r"took|suffer|suffered|received)\b|\bmy[ \t]+(?:\w+[ \t]+)?(?:doctor|surgery|procedure|"
    r"appointment|medications?|meds|pain|results?|diagnosis|treatment|health|son|daughter|mother|"
    r"father|husband|wife|child|mom|dad|baby|prescription|insurance|claim|bill)\b",
    re.IGNORECASE,
)


def _greeting_position(text: str, start: int, end: int) -> bool:
    """'Dear Ms. Abernathy,' / 'Mr. Salgado,' / 'Estimado Sr. Villanueva:' opening the text:
    the name is the reader's, whatever recognised it."""
    line_start = text.rfind("\n", 0, start) + 1
    if _NON_SPACE.search(text, 0, line_start) or not _GREETING_HEAD.fullmatch(
        text, line_start, start
    ):
        return False
    return _GREETING_TAIL.match(text, end) is not None


_NON_SPACE = re.compile(r"\S")
_GREETING_HEAD = re.compile(
    r"[ \t]*(?:(?:dear|hi|hello|hey|good[ \t]+(?:morning|afternoon)|estimad[oa]s?|querid[oa]s?|"
    r"hola|bonjour|cher|chère|kính[ \t]+gửi|chào|"
    # hi/ne, bn, pa, gu, ta: "dear", "respected", "greetings"
    r"प्रिय|आदरणीय|सम्माननीय|नमस्ते|नमस्कार|প্রিয়|প্রিয়|শ্রদ্ধেয়|সম্মানিত|নমস্কার|"
    r"ਪਿਆਰੇ|ਪਿਆਰੀ|ਸਤਿਕਾਰਯੋਗ|ਨਮਸਤੇ|પ્રિય|આદરણીય|નમસ્તે|அன்புள்ள|மதிப்பிற்குரிய|வணக்கம்|"
    # ur/fa/ar, am/ti
    r"محترم|محترمہ|محترمه|عزیز|عزیزم|عزيزي|عزيزتي|سلام|مرحبا|ሰላም|ውድ|"
    r"السلام[ \t]+(?:علیکم|عليكم))[ \t,،]+)?"
    r"(?:(?:mr|mrs|ms|miss|mx|sr|sra|srta|dr|"
    r"padre|rev|pastor|father|sister|m|mme|ông|bà|anh|chị|"
    r"श्री|श्रीमती|सुश्री|শ্রী|শ্রীমতী|জনাব|জনাবা|ਸ੍ਰੀ|ਸ੍ਰੀਮਤੀ|શ્રી|શ્રીમતી|திரு|திருமதி|"
    r"جناب|آقای|آقاي|خانم|السيد|السيدة|አቶ|ወ/ሮ|ወይዘሮ|ወ/ሪት|ወይዘሪት|ክቡር|ክብርት)\.?[ \t]+)?",
    re.IGNORECASE,
)
# After the reader's name: a courtesy word ("कविता जी,", "রহিম ভাই,", "عمران صاحب،") and the
# comma of the script (Arabic "،", Ethiopic "፣", the danda "।").
_GREETING_TAIL = re.compile(
    r"[ \t]*(?:(?:जी|ज्यू|साहब|साहिब|भाई|दीदी|बहन|ভাই|আপা|দিদি|সাহেব|বাবু|জি|ਜੀ|ਸਾਹਿਬ|"
    r"જી|ભાઈ|બેન|சார்|அவர்களே|صاحب|صاحبہ|صاحبه|جی|جان|گرامی|عزیز|المحترم|المحترمة)[ \t]*)?"
    r"[,:!،፣።।][ \t]*(?:\n|$)"
)


_TEMPLATE_FILE = re.compile(
    r"\b(?:blank|template|sample|example|fillable|specimen[ ]+form)\b", re.IGNORECASE
)


def _org_tokens(addresses: Iterable[str]) -> frozenset[str]:
    """The names in the organisations' mail domains ("riverbendkidney" of x@riverbendkidney.com);
    consumer mail services are nobody's organisation."""
    out: set[str] = set()
    for addr in addresses:
        at = addr.rfind("@")
        if at < 0 or _PERSONAL_MAILBOX.search(addr[at:] + "."):
            continue
        out.update(label for label in addr[at + 1 :].lower().split(".")[:-1] if len(label) >= 5)
    return frozenset(out)


def _in_org_name(value: str, org_tokens: frozenset[str]) -> bool:
    """Every word of the name is inside one of the mail domains' names."""
    if not org_tokens:
        return False
    words = [w.lower() for w in _LETTERS2.findall(value)]
    return bool(words) and all(len(w) >= 5 and any(w in tok for tok in org_tokens) for w in words)


# The birth date systems fill in when none is known (and training records use): no one's.
_SENTINEL_DOB = re.compile(r"\b(?:0?1[/\-.]0?1[/\-.]1900|1900-01-01|19000101)\b")
# Diseases, signs and tests named after people: "Barrett's esophagus", "Graves' disease".
_EPONYMS = frozenset(
    """barrett crohn hodgkin parkinson alzheimer graves hashimoto bell tourette huntington addison
    cushing raynaud sjogren sjögren meniere ménière paget kawasaki guillain asperger marfan ewing
    wilms kaposi burkitt dupuytren osgood perthes peyronie whipple gaucher fabry pompe behcet
    behçet wegener takayasu buerger lyme chagas hirschsprung klinefelter angelman rett noonan
    tietze bartholin morton colles baker bowen kienbock kienböck quervain legg charcot""".split()
)
_EPONYM_AFTER = re.compile(r"['\u2019]s?[ \t]+\p{Ll}")


def _looks_like_org(text: str, start: int, end: int) -> bool:
    """'Laurel Family Medicine', 'Hamilton Auditorium', 'Summit Rheumatology' are not people,
    nor is the eponym of "Barrett's esophagus"."""
    words = [w.lower() for w in _LETTERS.findall(text[start:end])]
    if len(words) == 1 and words[0] in _EPONYMS and _EPONYM_AFTER.match(text, end):
        return True
    if any(w in _ORG_WORDS for w in words):
        return True
    if not text.isascii() and ORG_PHRASE_INTL.search(text[start:end]):
        return True  # "Trung Tâm Cộng Đồng": an organisation phrase in another language
    nxt = _NEXT_ORG_WORD.match(text[end : end + 40])
    return bool(nxt and nxt.group(1).lower() in _ORG_WORDS and nxt.group(1)[0].isupper())


def _addressed_to_reader(h: Finding, text: str) -> bool:
    """Is this health finding about the reader: a second-person word before it in its sentence
    ("your MRI", "you were seen for"), or a subject "you" after it ("the biopsy you had")? A
    possessive after it is another noun's ("the CHF workflows, your BAA template")."""
    if h.recognizer == "SecondPersonCareRecognizer":
        return True
    start = _sentence_start(text, h.start, 200)
    tail = text[h.end : h.end + 200]
    ends = [
        i
        for i in (
            tail.find(". "), tail.find("? "), tail.find("! "), tail.find("\n\n"),
            tail.find("\u0964"), tail.find("\u06d4"), tail.find("\u1362"),  # danda, ur, am stops
        )
        if i >= 0
    ]
    end = h.end + (min(ends) if ends else len(tail))
    return bool(
        _SECOND_PERSON.search(text, start, h.start) or _SECOND_SUBJECT.search(text, h.end, end)
    )


def _offered(h: Finding, text: str) -> bool:
    """The health finding's sentence offers a service to anyone (a flyer, an FAQ answer)."""
    start = _sentence_start(text, h.start, 200)
    return _OFFER.search(text, start, min(len(text), h.end + 120)) is not None


_OFFER = re.compile(
    r"\b(?:free|available|no[ \t]+cost|walk-?ins?|no[ \t]+appointment|open[ \t]+to|sign[ \t]+up|"
    r"we[ \t]+(?:will|'ll)[ \t]+(?:offer|have)|offering|will[ \t]+be[ \t]+offered|gratis|"
    r"gratuit[oa]s?|sin[ \t]+costo|sin[ \t]+cita|disponibles?|flyer|volunteers?)\b",
    re.IGNORECASE,
)
# How anyone gets care, in a reply to an inquiry: "You can call 316-555-0100 to schedule a new
# patient visit", "Specialty medications need a prescription from your doctor".
_HOW_TO = re.compile(
    r"\b(?:you[ \t]+can[ \t]+(?:call|schedule|book|request|ask|make)|"
    r"(?:call|contact)[ \t]+(?:us|our)\b[^.\n]{0,40}\bto[ \t]+(?:schedule|book|make)|"
    r"needs?[ \t]+(?:a[ \t]+)?(?:prescription|referral|prior[ \t]+auth(?:orization)?)[ \t]+"
    r"from|(?:usually|typically|generally)[ \t]+needs?)\b",
    re.IGNORECASE,
)


def _how_to(h: Finding, text: str) -> bool:
    """The health finding's sentence tells how anyone gets care, not the reader's own care."""
    start = _sentence_start(text, h.start, 200)
    return _HOW_TO.search(text, start, min(len(text), h.end + 120)) is not None


def cat_of(rec: object) -> str:
    if isinstance(rec, LexiconRecognizer):
        return "health"
    return str(getattr(rec, "CATEGORY", "identifier"))


_REPEATED_NAME_BOOST = 0.15
_NAME_EVIDENCE = frozenset({"SpacyNer", "GivenNameRecognizer", "PersonTitleRecognizer"})


def _boost_repeated_names(state: _State) -> None:
    """A full name written in two parts of the message (the subject and the body, the body and
    an attachment) is the person the message is about, even when neither sighting alone was
    sure ("Transfer of care - Tamsin Greaves" + "Tamsin Greaves (G2P1...)" with a given name
    the gazetteer lacks): each sighting gets the best one's score plus a boost."""
    seen: dict[str, set[str]] = {}
    best: dict[str, float] = {}
    named: set[str] = set()  # a sighting by a name-specific recognizer (NER, given name)
    for seg, fl in zip(state.segs, state.findings, strict=True):
        for f in fl:
            # A body opening with the subject's words is the subject again (an HTML title).
            if f.entity == "PERSON" and (seg.source == "subject" or seg.text[: f.start].strip()):
                name = _norm_name(seg.text[f.start : f.end])
                if " " in name and len(name) >= 7:
                    seen.setdefault(name, set()).add(seg.part)
                    best[name] = max(best.get(name, 0.0), f.score)
                    if f.recognizer in _NAME_EVIDENCE:
                        named.add(name)
    # A heading repeated as a subject ("Healthy Living - March") is not a name seen twice.
    repeated = {n for n, parts in seen.items() if len(parts) >= 2 and n in named}
    if not repeated:
        return
    for seg, fl in zip(state.segs, state.findings, strict=True):
        for k, f in enumerate(fl):
            if f.entity == "PERSON":
                name = _norm_name(seg.text[f.start : f.end])
                if name in repeated:
                    score = round(min(0.9, best[name] + _REPEATED_NAME_BOOST), 3)
                    if score > f.score:
                        fl[k] = dataclasses.replace(f, score=score)


def _norm_name(value: str) -> str:
    words = _LETTERS.findall(value.lower())
    if "," in value and len(words) >= 2:  # "Last, First" -> "first last"
        words = words[1:] + words[:1]
    return " ".join(words)


def _top_by_entity(items: Iterable[tuple[float, Finding]], k: int = 3) -> list[tuple[str, float]]:
    best: dict[str, float] = {}
    for w, f in items:
        if w > best.get(f.entity, 0.0):
            best[f.entity] = w
    return sorted(best.items(), key=lambda kv: -kv[1])[:k]


def _noisy_or(ps: Iterable[float]) -> float:
    q = 1.0
    for p in ps:
        q *= 1.0 - p
    return 1.0 - q


def _where(part: str, state: _State) -> str:
    """Location for evidence text without the part name (attachment names may hold PHI)."""
    for idx, seg in enumerate(state.segs):
        if seg.part == part:
            if seg.source == "filename":
                return "attachment file name"
            if seg.source in ("subject", "body"):
                return seg.source if seg.part in ("subject", "body") else f"{seg.source} #{idx}"
            return f"{seg.source} #{idx}"
    if part.startswith("attachment"):
        return "attachment"
    return "message"


_LOWER_GREETING = re.compile(
    r"\A[ \t\n]*(?:hi|hey|hello|dear|good[ \t]+(?:morning|afternoon|evening))[ \t]+(\p{L}+)"
    r"(?=[ \t]*[,!:.\-\u2013\u2014\n])",
    re.IGNORECASE,
)


_ADDRESS_LOCAL = re.compile(r"([A-Za-z][\w.\-]*)@")
_LOCAL_TITLES = frozenset({"dr", "doc", "md", "mr", "mrs", "ms", "prof"})


# A table column that lists clinicians or helpers, not the people cared for. ("Employee",
# "Resident", "Driver" and "Staff" columns list the examined, the housed and the screened in
# occupational health, senior living and employee health: they stay patients.)
_STAFF_COLUMN = re.compile(
    r"\b(?:provider|physician|endoscopist|surgeon|clinician|doctor|nurse|rn|volunteer|"
    r"technician|therapist|attending|prescriber|author|reviewer|assigned[ \t]+to|coordinator|"
    r"navigator|instructor|trainer|educator|presenter|speaker|on[ \t\-]call|covering|supervisor|"
    r"approver|ordering|referring|rendering|interpreter|owner)s?\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=32)
def _tsv_blocks(text: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """The tab-separated blocks of ``text``: (start, end, header cells), one pass over its lines."""
    blocks: list[tuple[int, int, tuple[str, ...]]] = []
    pos, n = 0, len(text)
    start = -1
    header: tuple[str, ...] = ()
    while pos <= n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        if "\t" in text[pos:end]:
            if start < 0:
                start, header = pos, tuple(text[pos:end].split("\t"))
        elif start >= 0:
            blocks.append((start, pos, header))
            start = -1
        pos = end + 1
    if start >= 0:
        blocks.append((start, n, header))
    return tuple(blocks)


def _in_staff_column(text: str, start: int) -> bool:
    """Is ``start`` in a data cell of a tab-separated table whose column header names staff?"""
    line_start = text.rfind("\n", 0, start) + 1
    for b_start, b_end, header in _tsv_blocks(text):
        if b_start <= start < b_end:
            if line_start == b_start:
                return False  # the header row itself
            col = text.count("\t", line_start, start)
            return col < len(header) and _STAFF_COLUMN.search(header[col]) is not None
    return False


def _to_given_names(state: _State, first_names: frozenset[str] = frozenset()) -> frozenset[str]:
    """The given names of the To header's display names ("Tessa Vandermeer" -> "tessa"), or of
    a bare address's local part when it spells a known given name ("dr.amaya.osorio@") or, in a
    note to a private mailbox, the word the note opens with ("Dayo," to dayo.f.adeyemi@): a
    reader greeted by the first word of their own address is named by it, known name or not."""
    out: set[str] = set()
    for seg in state.segs:
        if seg.part == "header:to":
            shown = [n for n in _display_names(seg.text) if " " in n and "," not in n]
            out.update(n.split()[0] for n in shown)
    if out or not first_names:
        return frozenset(out)
    opening = _opening_word(state) if state.private_reader else None
    for address in state.to_addresses:
        m = _ADDRESS_LOCAL.match(address)
        if m is None:
            continue
        words = [w for w in _LOCAL_SEPARATORS.split(m.group(1).lower()) if w]
        words = [w for w in words if w not in _LOCAL_TITLES]
        if (
            len(words) >= 2
            and len(words[0]) >= 3
            and (words[0] in first_names or (words[0] == opening and words[0].isalpha()))
        ):
            out.add(words[0])
    return frozenset(out)


def _greeting(state: _State) -> tuple[int, re.Match[str]] | None:
    """The first body's segment index and its greeting ("Hi Dayo," or "Dayo,"), if it opens
    with one: only the first body opens the note."""
    for key, seg in enumerate(state.segs):
        if seg.source != "body":
            continue
        m = _LOWER_GREETING.match(seg.text) or _OPENING_NAME.match(seg.text)
        return (key, m) if m else None
    return None


def _opening_word(state: _State) -> str | None:
    """The lower-cased name the first body opens with ("Dayo," or "Hi Dayo,"), if any."""
    greeting = _greeting(state)
    return greeting[1].group(1).lower() if greeting else None


def _greet_reader_by_header_name(state: _State, given: frozenset[str]) -> None:
    """A note to a private mailbox that greets its reader by the given name the To header shows
    ("hi tessa!" to Tessa Vandermeer, "Dayo," to dayo.f.adeyemi@): that reader is named,
    however casually it is typed."""
    greeting = _greeting(state) if given else None
    if greeting is None or greeting[1].group(1).lower() not in given:
        return
    key, m = greeting
    a, b = m.span(1)
    # The reader named: at the greeting's full weight, whatever else read the word first (a lone
    # surname, an unknown capitalised word).
    kept = [
        f
        for f in state.findings[key]
        if not (f.entity == "PERSON" and f.start < b and a < f.end and f.score < 0.8)
    ]
    if not any(f.entity == "PERSON" and f.start < b and a < f.end for f in kept):
        kept.append(
            Finding(
                "PERSON", "identifier", state.segs[key].part, a, b, 0.8, "GreetingNameRecognizer"
            )
        )
    state.findings[key] = kept


# A list of people introduced by their role at work: "Trained designees for this year: Jen
# Abernathy, Carl Dorsey, ...", "Volunteers: ...", "Judges - ...".
_STAFF_LIST_CUE = re.compile(
    r"\b(?i:staff|team|volunteers?|designees|trainees|attendees|faculty|presenters|speakers|"
    r"judges|students|interns|drivers|employees|participants|committee(?:[ \t]+members)?|"
    r"panel(?:ists)?|chaperones|coaches|instructors|interpreters|nurses|ambassadors|"
    r"educators|mentors|preceptors|signed[ \t]+up|sign-?ups|on[ \t]+call|covering)"
    r"[^.:\n]{0,30}[:\u2013\u2014][ \t]*"
)
_NAMES_RUN = re.compile(r"(?:\p{Lu}[\p{L}'\-.]*[ \t]*|,[ \t]*|(?i:and)[ \t]+|&[ \t]*)*")


# A block of "Name - post" rows under a line that announces assignments or coverage: "Assignments
# for next week:\nFatima Qureshi - Endo Rm 1\nJoaquin Reyes - Endo Rm 2". ("Schedule for
# tomorrow:" is not such a line: patients are scheduled too.)
_ROSTER_CUE_LINE = re.compile(
    r"\b(?i:assignments?|assigned|roster|staffing|coverage|territor(?:y|ies)|on[ \t\-]call|"
    r"shifts?|rotation|float[ \t]+pool|huddle[ \t]+leads?)\b[^\n]*:[ \t]*$"
)
_ROSTER_ROW = re.compile(
    r"[ \t]*(?:[-*\u2022][ \t]*)?\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}'\-]*)+"
    r"[ \t]+[-\u2013\u2014:][ \t]+\S"
)


def _in_roster_rows(text: str, start: int) -> bool:
    """A name opening a "Name - post" row in a run of such rows under an assignments line."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t-*\u2022") or not _ROSTER_ROW.match(text, line_start):
        return False
    pos = line_start
    for _ in range(60):
        if pos == 0:
            return False
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        prev = text[prev_start : pos - 1]
        if _ROSTER_CUE_LINE.search(prev):
            return True
        if prev.strip() and not _ROSTER_ROW.match(prev):
            return False
        pos = prev_start
    return False


def _in_staff_list(text: str, start: int) -> bool:
    """A name in a run of names after a role cue on its line ("Trained designees for this year:
    Jen Abernathy, Carl Dorsey, Denise Follett"): colleagues, students or volunteers, listed."""
    line_start = text.rfind("\n", 0, start) + 1
    lo = max(line_start, start - 240)
    for cue in _STAFF_LIST_CUE.finditer(text, lo, start):
        run = _NAMES_RUN.match(text, cue.end(), start)
        if run is not None and run.end() == start:
            return True
    return False


_OPENING_NAME = re.compile(r"\A[ \t\n]*(\p{Lu}\p{Ll}+)[ \t]*[,\-\u2013\u2014:]")


def _reader_named_first(state: _State, given: frozenset[str]) -> None:
    """A body that opens with the To header's given name ("Helena, here's the agenda" to Dr.
    Helena Vasquez) speaks to its reader: that name is a greeting, tied only to care addressed
    to the reader, not a third person the mail is about."""
    if not given:
        return
    for key, seg in enumerate(state.segs):
        if seg.source != "body":
            continue
        m = _OPENING_NAME.match(seg.text)
        if m and m.group(1).lower() in given:
            a, b = m.span(1)
            state.findings[key] = [
                dataclasses.replace(f, recognizer="GreetingNameRecognizer")
                if f.entity == "PERSON" and f.start == a and f.end == b
                else f
                for f in state.findings[key]
            ]
        return  # only the first body opens the note


_DISPLAY_TITLE = re.compile(r"^(?:dr|mr|mrs|ms|prof)\.?\s+", re.IGNORECASE)
_DISPLAY_CREDENTIAL = re.compile(r",\s*(?:MD|DO|RN|NP|PA-C|PhD)\b")


def _display_names(value: str) -> frozenset[str]:
    """Lower-cased display name forms ('Last, First' in both orders, titles dropped)."""
    m = _DISPLAY_NAME.match(value)
    name = (m.group(1) if m else value).strip().strip('"')
    name = _DISPLAY_TITLE.sub("", name)
    name = _DISPLAY_CREDENTIAL.split(name)[0].strip()
    if not name or "@" in name:
        return frozenset()
    out = {name.lower()}
    if "," in name:  # "Last, First"
        last, _, first = name.partition(",")
        out.add(f"{first.strip()} {last.strip()}".lower())
    return frozenset(out)


def _dedupe(
    results: list[tuple[RecognizerResult, str, str]],
) -> list[tuple[RecognizerResult, str, str]]:
    """Drop a result contained in a higher-or-equal scoring one of the same category."""
    results.sort(key=lambda x: (x[0].start, -(x[0].end - x[0].start), -x[0].score))
    kept: list[tuple[RecognizerResult, str, str]] = []
    active: list[tuple[RecognizerResult, str, str]] = []  # kept results that may still contain
    for cand in results:
        r, _, cat = cand
        dominated = False
        active = [a for a in active if a[0].end > r.start]
        for other in active:
            o, _, ocat = other
            if ocat == cat and o.start <= r.start and r.end <= o.end and o.score >= r.score:
                dominated = True
                break
            if (
                o.entity_type == r.entity_type
                and o.start <= r.start
                and r.end <= o.end
                and (o.score >= r.score or ocat != "health")
            ):
                dominated = True
                break
        if not dominated:
            kept.append(cand)
            active.append(cand)
    return kept
