"""Recognizers for health information expressed as codes, numbers and doses.

Words and phrases (conditions, drugs, procedures, encounter language...) are matched by
:class:`gateway.detect.recognizers.lexicon.LexiconRecognizer`; this module holds the patterns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern, RecognizerResult

from .base import CASE_SENSITIVE, PhiPatternRecognizer, has_any, has_any_folded, has_digit


class Icd10CmRecognizer(PhiPatternRecognizer):
    """ICD-10-CM codes, validated against the official code set (with or without the dot)."""

    ENTITY = "ICD10CM"
    NEEDS_DIGIT = True
    CATEGORY = "health"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "icd10 dotted", r"(?<![\w.\-])[A-TV-Z]\d[0-9AB]\.[0-9A-TV-Z]{1,4}(?![\w\-]|\.\d)", 0.8
        ),
        Pattern(
            "icd10 undotted", r"(?<![\w.\-])[A-TV-Z]\d[0-9AB][0-9A-TV-Z]{1,4}(?![\w\-]|\.\d)", 0.45
        ),
        Pattern("icd10 category", r"(?<![\w.\-])[A-TV-Z]\d[0-9AB](?![\w\-]|\.\d)", 0.2),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "icd",
        "icd-10",
        "icd10",
        "dx",
        "diagnosis",
        "diagnoses",
        "code",
        "codes",
        "diag",
        "condition",
        "problem list",
        "assessment",
    ]
    CONTEXT_WINDOW = 60
    CONTEXT_BOOST = 0.4
    FLAGS = CASE_SENSITIVE

    def __init__(self, codes: frozenset[str] = frozenset()) -> None:
        super().__init__()
        self.codes = codes

    def validate_result(self, pattern_text: str) -> bool | None:
        code = pattern_text.replace(".", "")
        if code not in self.codes:
            return False
        return None

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        return result if result.score >= 0.45 else None


class CptHcpcsRecognizer(PhiPatternRecognizer):
    """CPT (5 digits, or 4 digits + F/T/U) and HCPCS level II codes; only next to a code label."""

    ENTITY = "CPT"
    NEEDS_DIGIT = True
    TRIGGERS = ("cpt", "hcpcs", "code", "procedure")
    CATEGORY = "health"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("cpt", r"(?<![\w.\-])\d{4}[0-9FTU](?![\w\-])", 0.3),
        Pattern("hcpcs", r"(?<![\w.\-])[A-V]\d{4}(?![\w\-])", 0.3),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "cpt",
        "hcpcs",
        "procedure code",
        "proc code",
        "cpt code",
        "billing code",
        "service code",
        "procedure",
    ]
    CONTEXT_WINDOW = 40
    REQUIRES_CONTEXT = True
    CONTEXT_BOOST = 0.5
    FLAGS = CASE_SENSITIVE


class CdtRecognizer(PhiPatternRecognizer):
    """CDT dental procedure codes (D0120-D9999: HCPCS D-codes), next to dental or claim words
    ("D1120 + D1206, paid $0", "CDT D2391")."""

    ENTITY = "CPT"
    NEEDS_DIGIT = True
    CATEGORY = "health"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("cdt", r"(?<![\w.\-])D[0-9]\d{3}(?![\w\-])", 0.3),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "cdt", "dental", "tooth", "teeth", "dos", "claim", "claims", "era", "eob", "paid",
        "denied", "billed", "code", "codes", "procedure", "procedures", "chip", "medicaid",
    ]
    CONTEXT_WINDOW = 60
    CONTEXT_AFTER = 40
    REQUIRES_CONTEXT = True
    CONTEXT_BOOST = 0.45
    FLAGS = CASE_SENSITIVE


class NdcRecognizer(PhiPatternRecognizer):
    """National Drug Codes in their 4-4-2, 5-3-2 and 5-4-1 forms."""

    ENTITY = "NDC"
    NEEDS_DIGIT = True
    TRIGGERS = ("-",)
    CATEGORY = "health"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "ndc",
            r"(?<![\w\-])(?:\d{4}-\d{4}-\d{2}|\d{5}-\d{3}-\d{2}|\d{5}-\d{4}-\d{1,2})(?![\w\-])",
            0.5,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = ["ndc", "drug code", "national drug"]
    CONTEXT_BOOST = 0.4


class AccessionRecognizer(PhiPatternRecognizer):
    """Lab accession / specimen numbers: a specimen of one person was tested."""

    ENTITY = "ACCESSION"
    NEEDS_DIGIT = True
    TRIGGERS = ("acc", "specimen", "sample")
    CATEGORY = "health"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "accession labelled",
            r"(?<=\b(?:accession|acc|specimen|sample)[ \t]*(?:id|#|no\.?|number|num)?[ \t]*[:#]?["
            r" \t]*)"
            r"(?=[A-Z0-9\-]*\d)[A-Z]{0,4}-?[A-Z0-9][A-Z0-9\-]{4,17}\b",
            0.75,
        ),
    ]


_FREQ = (
    r"(?:po|iv|im|sc|sq|subq|sl|pr|daily|bid|tid|qid|qd|qhs|qam|qpm|prn|q\d{1,2}h|q\d{1,2}hr?s?|"
    r"once[ \t]+(?:a[ \t]+)?(?:daily|day|weekly)|twice[ \t]+(?:a[ \t]+)?(?:daily|day)|"
    r"three[ \t]+times[ \t]+(?:a[ \t]+)?day|every[ \t]+\d+[ \t]+hours|at[ \t]+bedtime|nightly|wee"
    r"kly|"
    r"by[ \t]+mouth|as[ \t]+needed)"
)


class DoseRecognizer(PhiPatternRecognizer):
    """Medication doses ("10 mg BID", "500 mg po daily", "40 units nightly")."""

    ENTITY = "MEDICATION"
    NEEDS_DIGIT = True
    CATEGORY = "health"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "dose with frequency",
            r"\b\d+(?:\.\d+)?[ \t]?(?:mg|mcg|µg|ug|g|ml|units?|iu|meq|puffs?|tabs?|tablets?|caps?"
            r"|capsules?|drops?)"
            rf"(?:/(?:day|kg|ml|hr|h))?(?:[ \t,]+{_FREQ}){{1,3}}\b",
            0.85,
        ),
        Pattern(
            "sig",
            rf"\b(?:take|inject|inhale|apply)[ \t]+\d+[ \t]+\w+(?:[ \t]+\w+){{0,2}}[ \t]+{_FREQ}\b",
            0.8,
        ),
    ]
    PATTERN_GATES: ClassVar[dict[str, Callable[[str, str], bool]]] = {
        "sig": has_any_folded("take", "inject", "inhale", "apply"),
    }


_LAB = (
    r"(?:hba1c|hemoglobin[ \t]+a1c|a1c|trop(?:onin)?(?:[ \t]+[it])?|glucose|blood[ \t]+sugar|pota"
    r"ssium|sodium|creatinine|egfr|"
    r"gfr|"
    r"ldl|hdl|cholesterol|triglycerides|tsh|free[ \t]+t4|psa|inr|hemoglobin|hgb|hematocrit|hct|wbc|"
    r"white[ \t]+count|platelets?|plt|troponin|bnp|nt-probnp|alt|ast|bilirubin|albumin|lactate|"
    r"vitamin[ \t]+d|ferritin|viral[ \t]+load|cd4(?:[ \t]+count)?|d-dimer|crp|esr|lipase|magnesium|"
    r"calcium|phosphorus|uric[ \t]+acid|bun|ammonia|ck|cpk|procalcitonin|(?-i:K|Na|Cr|Hb|Mg|Ca|Cl))"
)


# A lab hit with a unit, flag, verb or comparison: a result, not a bare mention ("ALT 2").
_LAB_VALUE_SIGN = re.compile(
    r"[%/HLhl]|\d\.\d|of|was|is|=|:|positive|negative|detected|reactive|\d[ \t]*mm\b"
)


class LabResultRecognizer(PhiPatternRecognizer):
    """A lab test with its value ("HbA1c 9.2%", "K 5.9 H", "creatinine of 2.1 mg/dL")."""

    ENTITY = "LAB_RESULT"
    CATEGORY = "health"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "test value",
            rf"\b{_LAB}(?:[ \t]+(?:level|count|result))?[ \t]*(?:of|was|is|came[ \t]+back|=|:|-)?"
            rf"[ \t]*"
            r"(?:[<>]=?[ \t]*)?\d+(?:\.\d+)?(?![\d/])[ \t]*"
            r"(?:%|mg/dl|mmol/l|meq/l|ng/ml|ng/dl|pg/ml|g/dl|k/ul|x10\^?\d+/l|iu/l|u/l|miu/l|uiu/"
            r"ml|"
            r"copies/ml|cells/(?:ul|mm3)|ml/min(?:/1\.73m2)?|sec(?:onds)?)?"
            r"(?:[ \t]*\(?(?-i:H|L|HH|LL|A)\)?(?![\w])|[ \t]*\(?(?:high|low|critical|abnormal|el"
            r"evated)\)?)?",
            0.85,
        ),
        Pattern(
            "qualitative",
            r"\b(?:tested|screened|came[ \t]+back|was|is|result(?:ed)?(?:[ \t]+was)?)[ \t]+"
            r"(?:positive|negative|reactive|non-reactive|detected|not[ \t]+detected)(?:[ \t]+for"
            r")?\b",
            0.75,
        ),
        Pattern(
            "test then qualifier",
            r"\b(?-i:[A-Z][A-Za-z0-9/\-]{1,14})(?:[ \t]+[A-Za-z0-9][A-Za-z0-9/\-]{0,9})?[ \t]+"
            r"(?:non-?reactive|reactive|positive|negative|detected|not[ \t]+detected|equivocal|"
            r"indeterminate)\b",
            0.7,
        ),
        Pattern(
            "plus sign",
            r"\b(?:covid(?:-19)?|flu|strep|hiv|hcv|rsv|mrsa|c[ \t]?diff|uds|tox)[ \t]?\+(?!\w)",
            0.75,
        ),
        Pattern("positive for", r"\b(?:positive|negative)[ \t]+for(?=[ \t]+[A-Za-z])", 0.7),
        # A specimen or screen, a colon, its result: "urine: NEGATIVE", "tox screen - positive".
        Pattern(
            "specimen colon result",
            r"\b(?:urine|blood|serum|saliva|hair|breath[ \t]+alcohol|uds|drug[ \t]+screen|"
            r"tox(?:icology)?[ \t]+screen|culture|swab|panel)[ \t]*[:=\-][ \t]*(?:negative|"
            r"positive|non-?reactive|reactive|detected|not[ \t]+detected|dilute)\b",
            0.8,
        ),
        Pattern(
            "qualified test",
            r"\b(?:positive|negative|elevated|abnormal|reactive|rising)[ \t]+(?:hcg|beta[ \t]+hcg"
            r"|pregnancy[ \t]+test|"
            r"covid(?:-19)?(?:[ \t]+test)?|strep|flu[ \t]+test|cultures?|blood[ \t]+cultures?|uri"
            r"ne[ \t]+culture|troponins?|"
            r"d-dimer|ana|hiv|hep[ \t]+c|hepatitis[ \t]+c|tb[ \t]+test|ppd|quantiferon|biopsy|pap"
            r"|mammogram|"
            r"psa|a1c|lfts|liver[ \t]+enzymes|uds|drug[ \t]+screen|tox[ \t]+screen)\b",
            0.8,
        ),
        Pattern(
            "skin test induration",
            r"\b(?:ppd|tst|tb[ \t]+skin[ \t]+test|mantoux)\b[^\n.;]{0,30}?(?<![\d.])\d{1,2}[ \t]*"
            r"mm\b(?:[ \t,]+(?:induration|negative|positive|neg|pos)\b)?",
            0.85,
        ),
        Pattern(
            "gravida para",
            r"(?<![\w])(?-i:G\d{1,2}[ \t]?P\d{1,2}(?:\d{3}|-\d-\d-\d)?)(?![\w])",
            0.85,
        ),
    ]
    # What each pattern cannot match without (the words its alternations all contain).
    PATTERN_GATES: ClassVar[dict[str, Callable[[str, str], bool]]] = {
        "test value": has_digit,
        "qualitative": has_any_folded("positive", "negative", "reactive", "detected"),
        "test then qualifier": has_any_folded(
            "reactive", "positive", "negative", "detected", "equivocal", "indeterminate"
        ),
        "plus sign": has_any("+"),
        "positive for": has_any_folded("positive", "negative"),
        "specimen colon result": has_any_folded(
            "positive", "negative", "reactive", "detected", "dilute"
        ),
        "qualified test": has_any_folded(
            "positive", "negative", "elevated", "abnormal", "reactive", "rising"
        ),
        "skin test induration": has_any_folded("mm"),
        "gravida para": has_digit,
    }

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        value = text[result.start : result.end]
        # "ALT 2" style hits without unit, flag or verb are weak; keep them only with a decimal.
        if not _LAB_VALUE_SIGN.search(value):
            result.score = 0.5
        return result


# Words that can follow "dx"/"hx"/"diagnosis" without being one.
_NOT_A_DIAGNOSIS = frozenset(
    """pending code codes coding unknown list tbd none not n/a the a an and or to for in on at by
    date dates field fields entry column box unclear deferred later needed required confirmed made
    given process criteria today yesterday this that these from per as still now here there
    attached below above see sheet form report summary info information details was is are were
    has had have will would should can may might be been being section tab page template
    question questions update updates accuracy capture pointer pointers position rules related
    changed change unchanged same noted documented listed statement statements note notes
    narrative description letter category categories type types group groups text label heading
    header line lines name names number numbers history""".split()
)


class DiagnosisShorthandRecognizer(PhiPatternRecognizer):
    """What follows a clinician's diagnosis or history shorthand is a condition, known to the
    lexicons or not: "new dx PANDAS", "hx of Kawasaki", "h/o SCAD", "dx'd with MIS-C",
    "Diagnosis: Behcet's". The word must look like a term (not "dx pending", "diagnosis code")."""

    ENTITY = "CONDITION"
    CATEGORY = "health"
    TRIGGERS = ("dx", "hx", "h/o", "diagnos")
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "dx term",
            r"\b(?:dx|hx|h/o|diagnosis|diagnosed|dx'?d)(?:[ \t]+(?:of|with))?[ \t]*[:=\-]?[ \t]*"
            r"\K[A-Za-z][A-Za-z0-9'\u2019/\-]{2,}",
            0.6,
        ),
    ]

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        word = text[result.start : result.end].rstrip("'\u2019-/").lower()
        return None if word in _NOT_A_DIAGNOSIS else result


class SecondPersonCareRecognizer(PhiPatternRecognizer):
    """Care addressed to the reader ("your recent visit", "your estradiol today was", "your
    colonoscopy"): mail to a patient about their own care."""

    ENTITY = "ENCOUNTER"
    TRIGGERS = ("your",)
    CATEGORY = "health"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "your care",
            r"\byour[ \t]+(?:recent[ \t]+|upcoming[ \t]+|last[ \t]+|next[ \t]+|scheduled[ \t]+|"
            r"new[ \t]+|latest[ \t]+|follow-up[ \t]+|annual[ \t]+|post-op[ \t]+)?"
            r"(?:visit|appointment|appt|procedure|surgery|operation|test|tests|test[ \t]+results?|"
            r"lab(?:s|[ \t]+results?|[ \t]+work)?|results?|biopsy|scan|mri|ct|x-ray|ultrasound|"
            r"mammogram|colonoscopy|endoscopy|infusion|chemo(?:therapy)?|treatment|therapy|session|"
            r"prescriptions?|medications?|meds|refill|dose|diagnosis|condition|care[ \t]+team|"
            r"doctor|physician|provider|surgeon|oncologist|cardiologist|therapist|stay|admission|"
            r"discharge|recovery|pregnancy|delivery|claim|eob|bill|statement|balance|copay|"
            r"deductible|prior[ \t]+authorization|referral|consult|vaccine|shot|screening)\b",
            0.8,
        ),
        Pattern(
            "your value today",
            r"\byour[ \t]+[a-z0-9\-]+(?:[ \t]+[a-z0-9\-]+)?[ \t]+(?:today|yesterday|this[ \t]+mor"
            r"ning)?"
            r"[ \t]*(?:was|is|came[ \t]+back|were)[ \t]+(?:\d|high|low|normal|abnormal|elevated|p"
            r"ositive|"
            r"negative)",
            0.75,
        ),
    ]


class VitalSignRecognizer(PhiPatternRecognizer):
    ENTITY = "VITAL_SIGN"
    NEEDS_DIGIT = True
    CATEGORY = "health"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "bp",
            r"\b(?:bp|blood[ \t]+pressure)[ \t]*(?:of|was|is|:|=)?[ \t]*\d{2,3}/\d{2,3}\b",
            0.85,
        ),
        # The reading a few words on, in its sentence: "blood pressure was high again at 2pm
        # (172/98)".
        Pattern(
            "bp reading later",
            r"\b(?:bp|blood[ \t]+pressure)\b[^.\n]{1,40}?[(\[ \t]\K(?:[7-9]\d|1\d\d|2[0-4]\d)/"
            r"(?:[4-9]\d|1[0-4]\d)(?![\d/])",
            0.8,
        ),
        Pattern(
            "sats",
            r"\b(?:spo2|o2[ \t]+sats?|sats?|saturations?|pulse[ \t]+ox)[ \t]+(?:dropped|down|fell"
            r"|decreased|"
            r"dipped|went|are|were)?[ \t]*(?:to|at|in[ \t]+the)?[ \t]*(?:low[ \t]+)?\d{2}[ \t]*%",
            0.85,
        ),
        Pattern(
            "hr",
            r"\b(?:hr|heart[ \t]+rate|pulse)[ \t]*(?:of|was|is|:|=)?[ \t]*\d{2,3}"
            r"(?:s\b|[ \t]*bpm)?\b",
            0.6,
        ),
        Pattern(
            "spo2",
            r"\b(?:spo2|o2[ \t]+sat(?:uration)?|sat(?:uration)?s?|pulse[ \t]+ox)[ \t]*(?:of|was|"
            r"is|:|=)?[ \t]*\d{2,3}[ \t]*%",
            0.85,
        ),
        Pattern(
            "temp",
            r"\b(?:temp|temperature|t)[ \t]*(?:of|was|is|:|=)?[ \t]*(?:9[5-9]|10[0-7])(?:\.\d)?["
            r" \t]*°?[ \t]*f?\b",
            0.6,
        ),
        Pattern(
            "rr", r"\b(?:rr|resp(?:iratory)?[ \t]+rate)[ \t]*(?:of|was|is|:|=)?[ \t]*\d{1,2}\b", 0.6
        ),
        Pattern(
            "pain scale",
            r"\bpain[ \t]*(?:score|level|scale)?[ \t]*(?:of|is|was|:|=|at)?[ \t]*\d{1,2}[ \t]*/["
            r" \t]*10\b",
            0.8,
        ),
        Pattern("bmi", r"\bbmi[ \t]*(?:of|was|is|:|=)?[ \t]*\d{2}(?:\.\d)?\b", 0.7),
        Pattern(
            "weight",
            r"\b(?:weight|wt)[ \t]*(?:of|was|is|:|=)?[ \t]*(?:now|today|down|up)?[ \t]*(?:to|at)?"
            r"[ \t]*\d{2,3}(?:\.\d)?[ \t]*(?:kg|lbs?|pounds)\b",
            0.6,
        ),
        # A newborn's weight in pounds and ounces after a birth word in its sentence: "a girl,
        # Evie Rose, 7 lb 2 oz", "arrived at 3:12 am weighing 8 lbs 1 oz" (a bag of coffee has
        # no birth word before its weight).
        Pattern(
            "birth weight",
            r"\b(?:born|birth|newborn|baby|arrived|arrival|welcomed?|delivered|girl|boy|twins?|"
            r"weighing|weighed)\b[^.\n]{0,80}?\b\K(?:[2-9]|1[0-3])[ \t]*(?:lbs?|pounds?)\.?,?[ \t]*"
            r"(?:and[ \t]+)?\d{1,2}(?:\.\d)?[ \t]*(?:oz|ounces?)\b",
            0.65,
        ),
        # One eye's acuity ("R 20/50  L 20/70", "OD 20/40", "VA cc 20/25 OS"), or acuity after
        # its word ("visual acuity today 20/200"): a "20/20 vision" slogan has neither.
        Pattern(
            "visual acuity",
            r"(?:\b(?:od|os|ou|r|l|re|le|right[ \t]+eye|left[ \t]+eye)\b[ \t]*[:=]?[ \t]*"
            r"(?:(?:sc|cc)[ \t]+)?|\b(?:acuity|va)\b[^.\n]{0,24}?)\b20/(?:[1-9]\d{1,2})(?![\d/])",
            0.7,
        ),
    ]
    # What each pattern cannot match without (its label words, or the percent sign).
    PATTERN_GATES: ClassVar[dict[str, Callable[[str, str], bool]]] = {
        "visual acuity": has_any("20/"),
        "birth weight": has_any_folded("lb", "pound"),
        "bp": has_any_folded("bp", "blood"),
        "sats": has_any("%"),
        "hr": has_any_folded("hr", "heart", "pulse"),
        "spo2": has_any("%"),
        "rr": has_any_folded("rr", "resp"),
        "pain scale": has_any_folded("pain"),
        "bmi": has_any_folded("bmi"),
        "weight": has_any_folded("weight", "wt"),
    }


# Ordinary words with a clinical-looking ending.
_NOT_CLINICAL = (
    "diploma|aroma|oklahoma|tacoma|paloma|idioma|sistema|problema|programa|tema|roma|soma|"
    "academia|bohemia|nostalgia|sympathy|empathy|apathy|antipathy|telepathy|diagnosis|prognosis|"
    "osmosis|symbiosis|metamorphosis|apotheosis|hypnosis|emphasis|synopsis|analysis|thesis|"
    "hypothesis|basis|crisis|parenthesis|biography|photography|geography|bibliography|"
    "choreography|calligraphy|typography|cartography|demography|oceanography|pornography|"
    "stenography|lithography|topography|autobiography|videography|cinematography"
)


_CONDITION_ENDINGS = (
    "itis", "osis", "oma", "omas", "emia", "emias", "pathy", "pathies", "algia", "plegia",
    "paresis", "trophy", "penia", "philia", "rrhea", "rrhage", "plasia", "lithiasis",
)
_PROCEDURE_ENDINGS = (
    "ectomy", "ectomies", "otomy", "otomies", "ostomy", "ostomies", "plasty", "plasties",
    "oscopy", "oscopies", "centesis", "desis", "pexy", "rrhaphy", "tripsy",
)


def _ending_word(endings: tuple[str, ...]) -> str:
    """A lower-case word (capitalised at most) of 3+ letters before one of ``endings``, not one
    of the ordinary look-alikes."""
    return rf"\b(?!(?i:{_NOT_CLINICAL})\b)(?:[A-Z]?[a-z]{{3,}})(?:{'|'.join(endings)})\b"


class MedicalTermRecognizer(PhiPatternRecognizer):
    """Clinical words outside the lexicons, by their Greek/Latin endings: conditions in -itis,
    -osis, -oma, -emia, -pathy, -algia, -plegia ("adenocarcinoma", "cholecystitis"), procedures
    in -ectomy, -otomy, -ostomy, -plasty, -oscopy, -centesis, -desis ("arthrodesis"). Scored
    below the curated lexicons; a list of ordinary words with the same endings is excluded."""

    ENTITY = "CONDITION"
    CATEGORY = "health"
    FLAGS = CASE_SENSITIVE
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("condition ending", _ending_word(_CONDITION_ENDINGS), 0.6),
        Pattern("procedure ending", _ending_word(_PROCEDURE_ENDINGS), 0.6),
    ]
    PATTERN_GATES: ClassVar[dict[str, Callable[[str, str], bool]]] = {
        "condition ending": has_any(*_CONDITION_ENDINGS),
        "procedure ending": has_any(*_PROCEDURE_ENDINGS),
    }

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        if text[result.start : result.end].lower().endswith(_PROCEDURE_ENDINGS):
            result.entity_type = "PROCEDURE"
        return result


_BODY_PART = (
    r"(?:wrist|arm|forearm|elbow|shoulder|collarbone|clavicle|hand|finger|thumb|hip|pelvis|leg|"
    r"femur|knee|kneecap|ankle|foot|toe|heel|rib|ribs|back|neck|spine|vertebra|jaw|nose|skull|"
    r"tibia|fibula|humerus|radius|ulna|tooth|teeth|acl|mcl|meniscus|rotator[ \t]+cuff|"
    r"achilles|hamstring|tendon|ligament|rc|labrum|labral|pcl|ucl)"
)


class InjuryRecognizer(PhiPatternRecognizer):
    """An injury to a body part: "broken wrist", "fractured L hip", "torn ACL", "sprained her
    ankle", "hip fracture"."""

    ENTITY = "CONDITION"
    CATEGORY = "health"
    TRIGGERS = ("broke", "fractur", "sprain", "disloc", "torn", "tore", "injur", "strain")
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "injured part",
            r"\b(?:broken|broke|fractured|sprained|dislocated|torn|tore|injured|strained)[ \t]+"
            r"(?:(?:his|her|their|my|your|a|the|left|right|l|r)[ \t]+){0,2}" + _BODY_PART + r"s?\b",
            0.75,
        ),
        Pattern(
            "part injury",
            r"\b" + _BODY_PART + r"[ \t]+(?:fracture|fx|sprain|dislocation|injury|tear|strain)s?\b",
            0.75,
        ),
    ]
