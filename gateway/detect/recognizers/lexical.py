"""Recognizers built on word lists: health lexicons, given-name gazetteer, tables.

All three are Presidio ``EntityRecognizer`` subclasses so they sit in the same registry as the
pattern recognizers; none of them needs NLP artefacts.
"""

from __future__ import annotations

import csv
import io
import re as _stdre
from collections.abc import Iterable
from typing import ClassVar

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerResult

from ..lexicon import Lexicon
from .base import Gated


class LexiconRecognizer(EntityRecognizer):
    """Health phrases (conditions, drugs, procedures, encounters...) from models/lexicons/."""

    CATEGORY = "health"

    def __init__(self, lexicon: Lexicon, entities: Iterable[str]) -> None:
        self.lexicon = lexicon
        super().__init__(
            supported_entities=sorted(set(entities)),
            name="LexiconRecognizer",
            supported_language="en",
        )

    def load(self) -> None:
        return None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: object = None
    ) -> list[RecognizerResult]:
        wanted = set(entities) if entities else None
        out = []
        for m in self.lexicon.match(text):
            if wanted is None or m.label in wanted:
                out.append(
                    RecognizerResult(
                        m.label,
                        m.start,
                        m.end,
                        m.score,
                        recognition_metadata={"recognizer_name": type(self).__name__},
                    )
                )
        return out

    def find(self, text: str) -> list[RecognizerResult]:
        return self.analyze(text, [])


_STOP_SECOND = frozenset(
    """hospital center centre clinic medical health healthcare street avenue road drive lane
    university college school department dept team group services service care pharmacy
    memorial general regional county city state north south east west inc llc corp
    company foundation institute association society committee board office unit ward wing
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split()
)
# Words that open a sign-off or a greeting line: "Thanks, Leah" is not "Lastname, Firstname".
_SIGN_OFF = frozenset(
    """thanks thank regards best cheers hi hello hey dear sincerely cordially warmly respectfully
    yes no ok okay sorry again love morning afternoon evening congrats welcome bye hola gracias
    shalom""".split()
)
_WORD_BEFORE = re.compile(r"(\p{Lu}\p{Ll}+)[ \t]+$")


def _after_given_name(text: str, start: int, names: frozenset[str]) -> bool:
    """A "Surname, Given" straddling a list of full names ("Destiny Okoye, Marco Villanueva"):
    the surname closes the name before it, the given name opens the next."""
    m = _WORD_BEFORE.search(text, max(0, start - 25), start)
    return m is not None and m.group(1).lower() in names


_CAPS_LIST_BEFORE = re.compile(r"\b[A-Z]{2,5},[ \t]*$")
_MONTH_ABBR = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_ANY_DIGIT = re.compile(r"\d")
_NAME_PAIR = re.compile(
    r"\b(\p{Lu}\p{Ll}+)(?:[ \t]+\p{Lu}\.)?[ \t]+((?:Mc|Mac|O')?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b"
)
_NAME_INVERTED = re.compile(
    r"\b((?:Mc|Mac|O')?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),[ \t]*(\p{Lu}\p{Ll}+)\b(?![ \t]*,[ \t]*"
    r"\p{Lu}\p{Ll})"
)
# "RIVERA, MARIA" and the EHR's "BAPTISTE, Louis".
_NAME_CAPS_INVERTED = re.compile(
    r"\b([A-Z]{2,}(?:[-'][A-Z]{2,})?),[ \t]*([A-Z]{2,}|[A-Z][a-z]+)\b(?![ \t]*,[ \t]*[A-Z])"
)
# A credential (or a clock's AM/PM) is no surname: "RN, Teodora" ends one colleague and starts the
# next; "5:30 PM, Lincoln Library" is a time and a place.
_CREDENTIALS = frozenset(
    "MD DO RN NP PA LPN LVN CNA PT PTA OT OTA COTA SLP RD RDN PHD PSYD LCSW MSW DDS DMD OD DPM "
    "CRNA CNM APRN FNP DNP BSN MSN RPH PHARMD EMT CMA MA RT RRT CWON CWOCN CCM CHW AM PM".split()
)
_NAME_LOWER_LOCATED = re.compile(
    r"\b([a-z]{2,})[ \t]+([a-z]{2,})(?=[ \t]+(?:in|on|to)[ \t]+(?:bay|bed|room|rm|pod|stretcher|t"
    r"rauma)[ \t]*\d)"
)
# Message slips: "msg from nadia ferreira", "call from Tom Reyes", "caller: ana ruiz".
_NAME_MESSAGE = re.compile(
    r"\b(?:(?:msg|message|call|vm|voicemail|voice[ \t]+mail)[ \t]+from|caller[ \t]*:|"
    r"called[ \t]*:)[ \t]*([a-z]+)[ \t]+([a-z]{2,})\b",
    re.IGNORECASE,
)
_NAME_SPOKEN = re.compile(
    r"\b(?:this[ \t]+is|my[ \t]+name[ \t]+is|name[ \t]+is|i[ \t]+am|i'm|it's)[ \t]+([a-z]+)[ \t]"
    r"+([a-z]{2,})\b",
    re.IGNORECASE,
)


class NameListRecognizer(Gated, EntityRecognizer):
    """PERSON finder driven by a given-name list and words that are never a second name."""

    def __init__(
        self, first_names: frozenset[str], stop_words: frozenset[str] = frozenset()
    ) -> None:
        self.first_names = first_names
        self.stop_words = stop_words | _STOP_SECOND
        super().__init__(
            supported_entities=["PERSON"], name=type(self).__name__, supported_language="en"
        )
        self.gate_ids = {}

    def load(self) -> None:
        return None

    GATED: ClassVar[tuple[re.Pattern[str], ...]] = ()
    """The module regexes ``_run`` scans with: the detector's prefilter tells which of them
    cannot match a text, and those are skipped (see ``can_match``)."""

    def gated_regexes(self) -> list[re.Pattern[str]]:
        return list(self.GATED)

    def can_match(self, rx: re.Pattern[str], may: frozenset[int] | None) -> bool:
        return self.prefilter_says(rx, may) is not False

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: object = None
    ) -> list[RecognizerResult]:
        return self._run(text, None)

    def find(self, text: str, may: frozenset[int] | None = None) -> list[RecognizerResult]:
        return self._run(text, may)

    def _run(self, text: str, may: frozenset[int] | None) -> list[RecognizerResult]:
        raise NotImplementedError


class GivenNameRecognizer(NameListRecognizer):
    """'Firstname Lastname' where the first word is a known given name (no NER needed)."""

    SCORE = 0.7
    GATED = (
        _NAME_PAIR,
        _NAME_INVERTED,
        _NAME_CAPS_INVERTED,
        _NAME_LOWER_LOCATED,
        _NAME_MESSAGE,
        _NAME_SPOKEN,
    )

    def _run(self, text: str, may: frozenset[int] | None) -> list[RecognizerResult]:
        out = []
        meta = {"recognizer_name": type(self).__name__}
        names, stop = self.first_names, self.stop_words
        can = self.can_match
        for m in _NAME_PAIR.finditer(text, overlapped=True) if can(_NAME_PAIR, may) else ():
            first, last = m.group(1), m.group(2)
            if first.lower() not in names or last.lower() in stop:
                continue
            if first.lower() in _MONTH_ABBR and last.lower() in _MONTH_ABBR:
                continue  # a table's month columns: "Type  CPT  Sep  Oct"
            out.append(
                RecognizerResult(
                    "PERSON", m.start(), m.end(), self.SCORE, recognition_metadata=meta
                )
            )
        # Both inverted forms need a comma, the located form a digit (cheap checks first).
        comma = "," in text
        for m in _NAME_INVERTED.finditer(text) if comma and can(_NAME_INVERTED, may) else ():
            last, first = m.group(1), m.group(2)
            if (
                first.lower() not in names
                or last.lower() in stop
                or last.lower() in _SIGN_OFF
                or (first.lower() in _MONTH_ABBR and _ANY_DIGIT.match(text, m.end() + 1))
                or (last.lower() in names and first.lower() in stop)
                or _after_given_name(text, m.start(), names)
            ):
                continue
            out.append(
                RecognizerResult("PERSON", m.start(), m.end(), 0.7, recognition_metadata=meta)
            )
        for m in (
            _NAME_CAPS_INVERTED.finditer(text) if comma and can(_NAME_CAPS_INVERTED, may) else ()
        ):
            if (
                m.group(2).lower() in names
                and m.group(1).lower() not in stop
                and m.group(1) not in _CREDENTIALS  # "Lena Kowalczyk RN, Teodora Ilic RN"
                # not one more acronym in a list of them: "VA, IOP, OCT, Humphrey fields"
                and not _CAPS_LIST_BEFORE.search(text, max(0, m.start() - 12), m.start())
            ):
                out.append(
                    RecognizerResult("PERSON", m.start(), m.end(), 0.75, recognition_metadata=meta)
                )
        for m in (
            _NAME_LOWER_LOCATED.finditer(text)
            if can(_NAME_LOWER_LOCATED, may) and _ANY_DIGIT.search(text)
            else ()
        ):
            if m.group(1) in names and m.group(2) not in _NOT_SURNAME:
                out.append(
                    RecognizerResult("PERSON", m.start(1), m.end(2), 0.7, recognition_metadata=meta)
                )
        for m in _NAME_MESSAGE.finditer(text) if can(_NAME_MESSAGE, may) else ():
            if m.group(1).lower() in names and m.group(2).lower() not in _NOT_SURNAME:
                out.append(
                    RecognizerResult("PERSON", m.start(1), m.end(2), 0.7, recognition_metadata=meta)
                )
        for m in _NAME_SPOKEN.finditer(text) if can(_NAME_SPOKEN, may) else ():
            first, last = m.group(1), m.group(2)
            if first.lower() not in names or last.lower() in _NOT_SURNAME:
                continue
            out.append(
                RecognizerResult("PERSON", m.start(1), m.end(2), 0.7, recognition_metadata=meta)
            )
        return out


_NOT_SURNAME = frozenset(
    """and the a an calling here from with at in on about to for just um uh so but again your
    my our is was will can from""".split()
)

# Column header keywords -> entity. Checked in order; the first hit wins.
_COLUMN_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), e)
    for p, e in (
        (
            r"\b(?:provider|doctor|physician|clinician|prescriber|attending|staff|employee|facili"
            r"ty|"
            r"vendor|company|file|user|practice|site|location|department|plan|payer|product|item"
            r")[ _]?name\b",
            "IGNORE",
        ),
        (r"\b(?:drug|medication|med)[ _]?name\b", "MEDICATION"),
        (r"\b(?:test|lab)[ _]?name\b", "LAB_RESULT"),
        (r"\b(?:dob|birth|birthdate|date[ _]of[ _]birth)\b", "DATE_OF_BIRTH"),
        (r"\b(?:ssn|social)\b", "US_SSN"),
        (r"\b(?:mrn|medical[ _]record|chart|patient[ _]?id|pt[ _]?id)\b", "MRN"),
        (r"\b(?:mbi|medicare)\b", "US_MBI"),
        (r"\b(?:member|subscriber|policy)[ _]?(?:id|#|no|number)?\b", "MEMBER_ID"),
        (r"\b(?:account|acct|encounter|visit)[ _]?(?:id|#|no|number)\b", "ACCOUNT_NUMBER"),
        (
            r"\b(?:patient|pt|member|client|resident|first|last|given|family|full|sur)?[ _]?name"
            r"\b|^patient$",
            "PERSON",
        ),
        # A column headed by who the row is ("Care recipient", "Participant", "Client"): a cell
        # shaped like a person's name is one ("Clients" is a count; a client may be a facility).
        (
            r"^(?:participant|client|care[ _]?recipient|enrollee|beneficiary|student|child|"
            r"infant)$",
            "PERSON_CELL",
        ),
        (r"^(?:pt|patient|resident|case|client)?[ _]?initials$", "PATIENT_REF"),
        (r"\b(?:phone|tel|telephone|mobile|cell)\b", "PHONE_NUMBER"),
        (r"\b(?:address|street)\b", "STREET_ADDRESS"),
        (r"\be-?mail\b", "EMAIL_ADDRESS"),
        (r"\b(?:diagnos[ie]s|dx|icd|icd10|icd-10|condition|problem|disease)\b", "CONDITION"),
        (r"\b(?:medications?|meds|drug|rx|prescription|dose)\b", "MEDICATION"),
        (r"\b(?:procedure|cpt|surgery|treatment)\b", "PROCEDURE"),
        (r"\b(?:result|lab|test|a1c|value)\b", "LAB_RESULT"),
        (
            r"\b(?:admit|admission|discharge|appointment|appt|visit|encounter|reason|dos|"
            r"date[ _]of[ _]service|service[ _]date)\b",
            "ENCOUNTER",
        ),
        (r"\b(?:allerg(?:y|ies))\b", "CONDITION"),
    )
)
# Any of the rules, as one regex: a cell none of them matches (most cells of prose lines that
# happen to hold a comma) costs one search instead of one per rule.
_ANY_COLUMN = re.compile(
    "|".join(f"(?:{rx.pattern})" for rx, _ in _COLUMN_RULES), re.IGNORECASE
)
_DELIMS = ("\t", ",", "|", ";")
# Header words with a digit in them ("last_a1c", "icd10"): a digit elsewhere marks a data row.
_CODE_WORDS = re.compile(r"(?:hb)?a1c|icd-?10(?:-?cm)?|b12|d3|covid-?19")
_DATA_CELL = re.compile(r"[ \t]*[$\u20ac\u00a3]?[\d][\d ,.:/%\-]*[ \t]*$")
# Columns that make a table a staff list (roster, directory, schedule), not a patient list.
_STAFF_COLUMN = re.compile(
    r"^\W*(?:role|title|job[ _]?title|position|credentials?|specialty|speciality|pager|extension|"
    r"ext|"
    r"shift|employee[ _]?id|badge|department|npi|license|hire[ _]?date)\W*$",
    re.IGNORECASE,
)


# A table is a patient table when one of its columns holds one of these.
_ROW_IDENTIFIERS = frozenset(
    {"PERSON", "PERSON_CELL", "DATE_OF_BIRTH", "MRN", "US_SSN", "MEMBER_ID", "US_MBI",
     "PATIENT_REF"}
)
# A person's name in a cell: two to four capitalised words ("Arturo Pruneda", "Pruneda,
# Arturo"), none of them an organisation's word.
_NAME_CELL = re.compile(r"\p{Lu}[\p{Ll}'\-]+(?:,?[ ]+\p{Lu}(?:[\p{Ll}'\-]+|\.)){1,3}")
_ORG_CELL_WORD = re.compile(
    r"\b(?:center|centre|clinic|hospital|medical|health|care|nursing|home|homes|lab|labs|"
    r"laboratory|group|associates|llc|inc|pharmacy|school|county|university|foundation|"
    r"services|practice|partners|living|rehab|village|manor|house|hospice|agency|network|"
    r"institute|society|peds|pediatrics|family|internal|medicine|fm|im|ob|gyn|obgyn|ortho|"
    r"cardiology|oncology|dental|surgery|surgical|urgent|primary|md|pc|pllc|physicians)\b",
    re.IGNORECASE,
)


class TableRecognizer(EntityRecognizer):
    """Rows of CSV/TSV-like text: a header row maps columns to entities, cells become findings.

    A name column and a diagnosis column in the same row are as tied as words in one sentence.
    """

    SCORE = 0.85

    def __init__(self) -> None:
        super().__init__(
            supported_entities=sorted({e for _, e in _COLUMN_RULES}),
            name="TableRecognizer",
            supported_language="en",
        )

    def load(self) -> None:
        return None

    @staticmethod
    def _columns(header: list[str]) -> dict[int, str]:
        cols: dict[int, str] = {}
        for idx, cell in enumerate(header):
            name = cell.strip().strip('"').lower()
            if not name or len(name) > 40 or any(ch.isdigit() for ch in _CODE_WORDS.sub("", name)):
                continue
            if _ANY_COLUMN.search(name) is None:
                # "client_mrn", "pt_dob": in a snake_case header the last word is the head noun
                # ("birth_year" and "cell_of_origin" name no identifier).
                name = name.rpartition("_")[2]
                if not name or _ANY_COLUMN.search(name) is None:
                    continue
            for rx, entity in _COLUMN_RULES:
                if rx.search(name):
                    cols[idx] = entity
                    break
        return cols

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: object = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        if not any(d in text for d in _DELIMS):
            return out  # no line can be a header row
        lines = text.split("\n")
        offsets = []
        pos = 0
        for ln in lines:
            offsets.append(pos)
            pos += len(ln) + 1
        i = 0
        while i < len(lines):
            line = lines[i]
            delim = next((d for d in _DELIMS if d in line), None)
            if delim is None:
                i += 1
                continue
            try:
                header = next(csv.reader([line], delimiter=delim))
            except (csv.Error, StopIteration):  # a stray CR inside a line is not a table header
                i += 1
                continue
            # A header row is short labels, not prose that happens to contain commas, and not a
            # data row ("2026-11-23<TAB>Family Birth Center<TAB>12"): no cell is a number/date.
            if len(header) < 2 or any(
                len(c) > 40 or len(c.split()) > 4 or _DATA_CELL.match(c) for c in header
            ):
                i += 1
                continue
            cols = self._columns(header)
            staff_table = any(_STAFF_COLUMN.search(c) for c in header)
            if staff_table:
                cols = {
                    k: v
                    for k, v in cols.items()
                    if v not in ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS")
                }
            if not cols or not any(e in _ROW_IDENTIFIERS for e in cols.values()):
                i += 1
                continue
            j = i + 1
            while j < len(lines) and lines[j].strip():
                row_line = lines[j]
                try:
                    cells = next(csv.reader(io.StringIO(row_line), delimiter=delim))
                except (csv.Error, StopIteration):
                    break
                if abs(len(cells) - len(header)) > 1:
                    break
                cursor = 0
                for idx, cell in enumerate(cells):
                    value = cell.strip()
                    at = row_line.find(value, cursor) if value else -1
                    if at >= 0:
                        cursor = at + len(value)
                    ent = cols.get(idx)
                    if (
                        ent is None
                        or ent == "IGNORE"
                        or at < 0
                        or len(value) < 2
                        or value.lower() in ("n/a", "none", "null", "-")
                    ):
                        continue
                    if ent == "PERSON_CELL":
                        if not _NAME_CELL.fullmatch(value) or _ORG_CELL_WORD.search(value):
                            continue
                        ent = "PERSON"
                    start = offsets[j] + at
                    out.append(
                        RecognizerResult(
                            ent,
                            start,
                            start + len(value),
                            self.SCORE,
                            recognition_metadata={"recognizer_name": type(self).__name__},
                        )
                    )
                j += 1
            i = j
        return out

    def find(self, text: str) -> list[RecognizerResult]:
        return self.analyze(text, [])


_FILE_PAIR = re.compile(
    r"(?<![\p{L}])(\p{Lu}[\p{Ll}'\-]+|\p{Lu}{2,})[ ,]+(\p{Lu}[\p{Ll}'\-]+|\p{Lu}{2,})(?![\p{L}])"
)
_FILE_LOWER_PAIR = re.compile(r"(?<![\p{L}\d])(\p{Ll}{2,})[ ]+(\p{Ll}{2,})(?![\p{L}])")
_FILE_INITIAL = re.compile(
    r"(?<![\p{L}])\p{Lu}[ ]+(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])"
)
# Two capitalised words opening the file name, then a lower-case word or a number:
# "Okafor_Chidi_R_foot_ulcer.png", "Chen_Wei_1962-04-09_MRI_knee.png".
_FILE_LEAD_PAIR = re.compile(
    r"^(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?)[ ]+(\p{Lu}\p{Ll}+)([ ]+\p{Lu})?(?=[ ]+(?:\p{L}|(\d)))"
)
# A record word later in the name: "Okafor_Chidi_HepB_chronic_records.pdf".
_FILE_RECORD_WORD = re.compile(
    r"\b(?i:records?|results?|labs?|chart|referral|report|notes?|summary|scans?|images?|photos?|"
    r"wound|ulcer|consent|discharge|h&p|eob|statement)\b"
)
# Surname then initial, opening the file name: "Bianchi_R_sacral_ulcer.png".
_FILE_SURNAME_INITIAL = re.compile(
    r"^(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)[ ]+\p{Lu}(?![\p{L}\d])"
    # ... or closing it, after lower-case words: "hospice_draws_Wong_M.txt"
    r"|(?<=\p{Ll}[ ]+)(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)[ ]+\p{Lu}$"
)
# One capitalised word before a lower-case word or an id: "IMG_Okonkwo_injection_site",
# "Oberholtzer_EVG-22011_Lfoot". The engine drops it when it is a common word or a term.
_FILE_SURNAME_WORD = re.compile(
    r"(?<![\p{L}])(\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}+)?)(?=[ ]+(?:\p{Ll}|[A-Z]{0,4}[ \-]?\d))"
)


# A given name alone, where the sentence is about that person: "Ellie's cast", "Deborah's right
# total knee arthroplasty", "Ellie is booked for cast removal", a list row "Jada,231-555-0111,...".
_FIRST_POSSESSIVE = re.compile(r"\b(\p{Lu}\p{Ll}+)['\u2019]s\b")
_FIRST_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?;:][ \t]{1,3})|(?<=\n))[ \t]*(\p{Lu}\p{Ll}+)[ \t]+(?:is|was|has|had|needs|"
    r"needed|got|came|went|tested|started|stopped|takes|took|missed|fell|broke|reports|reported|"
    r"complains|denies|denied|presented|presents|underwent|received|requires|required|asked|"
    r"wants|said|says|called|signed|finished|completed|returned|arrived|agreed|refused|declined|"
    r"will[ \t]+"
    r"need|will[ \t]+be|should|must|can't|cannot|isn't|wasn't|hasn't|still|just|now|also)\b",
    re.MULTILINE,
)
_FIRST_ROW = re.compile(r"^[ \t]*(\p{Lu}\p{Ll}+)[ \t]*[,\t|;]", re.MULTILINE)
# A given name with only a surname initial, the way staff shorten a patient's name ("Wendell O.",
# "Horace B." in a roster cell), or a lone given name as the object of a scheduling verb ("add Gus
# back on MWF", "can you see Delphine", "for Omar after his Mohs").
_FIRST_INITIAL = re.compile(r"\b(\p{Lu}\p{Ll}+)[ \t]+\p{Lu}\.(?![ \t]*\p{Lu}\.?\p{Ll})")
_FIRST_OBJECT = re.compile(
    r"\b(?i:add|put|schedule|reschedule|book|move|see|bring|pick[ \t]+up|drop[ \t]+off|call|"
    r"transport|drive|room|check[ \t]+on|discharge|admit|hold[ \t]+\w+[ \t]+\w+[ \t]+for|"
    r"remind|switch|restart|start|keep|for)[ \t]+(\p{Lu}\p{Ll}+)\b(?![ \t]+\p{Lu})"
)

# A given name placed in a room, suite, bed or chair: "Kenzie in suite 2 - G2P1, 6 cm".
_FIRST_PLACED = re.compile(
    r"\b(\p{Lu}\p{Ll}+)[ \t]+(?:in|to)[ \t]+(?i:suite|room|rm|bed|bay|chair|triage|exam[ \t]+room|"
    r"l&d|pacu|recovery)[ \t]*#?[ \t]*\d"
)


class FirstNameRecognizer(NameListRecognizer):
    """A known given name standing alone as the topic of its sentence: possessive ("Ellie's
    cast"), sentence subject before a verb ("Ellie is booked for..."), or the first cell of a
    list row. Weak on its own (score 0.4): the detector keeps it only when a health finding
    follows in the same sentence or row, and then scores it as a name (see the engine)."""

    SCORE = 0.4
    GATED: ClassVar[tuple[re.Pattern[str], ...]] = (
        _FIRST_POSSESSIVE,
        _FIRST_SUBJECT,
        _FIRST_ROW,
        _FIRST_INITIAL,
        _FIRST_OBJECT,
        _FIRST_PLACED,
    )

    def _run(self, text: str, may: frozenset[int] | None) -> list[RecognizerResult]:
        out = []
        meta = {"recognizer_name": type(self).__name__}
        names, stop = self.first_names, self.stop_words
        for rx in self.GATED:
            if not self.can_match(rx, may):
                continue
            for m in rx.finditer(text):
                word = m.group(1).lower()
                if word in stop or not (
                    word in names or ("-" in word and any(p in names for p in word.split("-")))
                ):
                    continue  # a double name counts by either half: "Abernathy-Cole"
                if word in _MONTH_ABBR:
                    continue  # a lone "Sep" or "Jan" heading a row is the month
                # "Diego R.": the span takes the initial in, so its full stop ends no sentence.
                end = m.end() if rx is _FIRST_INITIAL or rx is _SURNAME_BEFORE_INITIAL else m.end(1)
                out.append(
                    RecognizerResult(
                        "PERSON", m.start(1), end, self.SCORE, recognition_metadata=meta
                    )
                )
        return out


# A capitalised word as a cell of a space-aligned board ("0800 ch1  Haverford     pembro"; a
# tab-separated table has headers, and the table reader names its columns), or right before a
# date after a dash or at a line's start ("pt refused - Gomez 11/11 chemo").
_SURNAME_CELL = re.compile(
    r"(?:^|(?<=\S) {2})(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?= {2,}\S)", re.MULTILINE
)
_SURNAME_DATED = re.compile(
    r"(?:^|[\-\u2013\u2014:][ \t]+)[ \t]*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]+"
    r"(?=\d{1,2}/\d{1,2}\b)",
    re.MULTILINE,
)

# An initial and a known surname, either way round: "T. Nakamura - R ear helix SCC",
# "Pre-op A-scan - Mendes, J.".
_SURNAME_AFTER_INITIAL = re.compile(
    r"(?<![\p{L}.])(?-i:[A-Z])\.[ \t]?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\-])"
)
_SURNAME_BEFORE_INITIAL = re.compile(
    r"(?<![\p{L}\-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),[ \t]*(?-i:[A-Z])\.(?![\p{L}])"
)


# A family named by its surname stands for its patient: "Harmon family, goals-of-care meeting".
_SURNAME_FAMILY = re.compile(r"\b(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]+family\b")


# A surname typed in lower case opening a subject or a line, the way staff text: "dembele
# recheck", "gomez, r - LTBI", "pena - no show x3". The list holds no English word.
_SURNAME_LOWER_OPENING = re.compile(
    r"^[ \t]*(\p{Ll}[\p{Ll}'\-]{2,})(?=(?:,[ \t]*\p{Ll}\.?)?[ \t]+(?:[\-\u2013:][ \t]+)?\S)",
    re.MULTILINE,  # "^" in multi-line mode: 5x cheaper than "(?:^|(?<=\n))" on a 4 KB text
)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


class SurnameRecognizer(FirstNameRecognizer):
    """A known surname alone where the sentence or row is about that person, in the same places
    a lone given name is taken (possessive, sentence subject, a row's first cell, a scheduling
    verb's object), plus a board's cell, a surname before a date and one with an initial
    ("Kowalczyk is ok for sim", "Gomez 11/11 4pm chemo return", "T. Nakamura - R ear SCC").
    The list (models/lexicons/surnames.txt) leaves out English words; the engine keeps the name
    only with care right after it, as for a given name."""

    GATED: ClassVar[tuple[re.Pattern[str], ...]] = (
        *FirstNameRecognizer.GATED,
        _SURNAME_CELL,
        _SURNAME_DATED,
        _SURNAME_AFTER_INITIAL,
        _SURNAME_BEFORE_INITIAL,
        _SURNAME_FAMILY,
        _SURNAME_LOWER_OPENING,
    )

    def _run(self, text: str, may: frozenset[int] | None) -> list[RecognizerResult]:
        # A tab-separated row is the table reader's: it knows a "Driver" column from a patient.
        return [
            r
            for r in super()._run(text, may)
            if "\t" not in text[text.rfind("\n", 0, r.start) + 1 : _line_end(text, r.end)]
        ]


# A name typed in lower case, the way staff text: "ray tomczak got his 4th eylea", "sophie
# castellanos - mono spot pos".
# The look-behind comes after the first letter (".": that letter), so ``re`` can skip ahead to
# a letter of the class before trying a match: same matches, ~15 % less time.
_LOWER_WORDS = _stdre.compile(r"[a-z\u00e0-\u00ff](?<![\w'@.\-].)[a-z\u00e0-\u00ff'\-]{3,}")
_LOWER_PAIR_SECOND = re.compile(r"(?<=\p{Ll}[ \t]+)(\p{Ll}[\p{Ll}'\-]{3,})(?![\p{L}@])")
_LOWER_BEFORE = re.compile(r"(?<![\p{L}\d'@.])(\p{Ll}{2,})[ \t]+$")
_LOWER_PAIR = re.compile(r"(?<![\p{L}\d'@.])(\p{Ll}{2,})[ \t]+(\p{Ll}[\p{Ll}'\-]{3,})(?![\p{L}@])")


# Articles and prepositions of patients' languages that are also given names somewhere ("una
# clase" is a class, not Una Clase).
_FUNCTION_WORDS_INTL = frozenset(
    "una uno un la las los el del de con por para su sus en le les du des et em na no da do di "
    "il che ang mga sa ng".split()
)


class LowerNameRecognizer(NameListRecognizer):
    """A given name and a surname both typed in lower case. Both must be known (the surname list
    holds no English word), and the engine keeps the pair only with care right after it, as for
    a lone given name."""

    SCORE = 0.4
    GATED = (_LOWER_PAIR,)

    def __init__(self, first_names: frozenset[str], surnames: frozenset[str]) -> None:
        super().__init__(first_names)
        self.surnames = surnames

    def _run(self, text: str, may: frozenset[int] | None) -> list[RecognizerResult]:
        if not self.can_match(_LOWER_PAIR, may):
            return []
        names, stop, surnames = self.first_names, self.stop_words, self.surnames
        # Most text holds no lower-case surname at all: one C-speed pass over its words decides
        # that before any pair is looked at (a 4 KB body: 1.3 ms -> 0.1 ms).
        hits = surnames.intersection(_LOWER_WORDS.findall(text)) - stop
        if not hits:
            return []
        meta = {"recognizer_name": type(self).__name__}
        out = []
        for m in _LOWER_PAIR_SECOND.finditer(text):
            if m.group(1) not in hits:
                continue
            prev = _LOWER_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if (
                prev is not None
                and prev.group(1) in names
                and prev.group(1) not in stop
                and prev.group(1) not in _FUNCTION_WORDS_INTL
            ):
                out.append(
                    RecognizerResult(
                        "PERSON", prev.start(1), m.end(), self.SCORE, recognition_metadata=meta
                    )
                )
        return out


def _unlisted_surname(word: str, english: frozenset[str]) -> bool:
    """A lower-case file-name word that could be a surname no list holds: letters only, at least
    four of them, and no English word ("achebe", not "scan", "final" or "wound")."""
    return len(word) >= 4 and word.isalpha() and word not in english


class FilenameNameRecognizer(NameListRecognizer):
    """Names in attachment file names, in either order ("Rivera Maria", "Abernathy Wendell",
    "RIVERA MARIA") or as initial + surname ("J Okafor"): people name files after the patient.
    ``stop_words`` here are words file names use that are never names ("discharge", "summary")."""

    SOURCES = ("filename",)
    SCORE = 0.75

    def __init__(
        self,
        first_names: frozenset[str],
        stop_words: frozenset[str] = frozenset(),
        surnames: frozenset[str] = frozenset(),
        english_words: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(first_names, stop_words)
        self.surnames = surnames
        self.english_words = english_words

    def _run(self, text: str, may: frozenset[int] | None) -> list[RecognizerResult]:
        out = []
        meta = {"recognizer_name": type(self).__name__}
        names, stop, surnames = self.first_names, self.stop_words, self.surnames
        english = self.english_words
        # File names are often typed in lower case: "mateo_gutierrez_knee_1110.png". Then both
        # words must be known, a given name and a surname in either order.
        for m in _FILE_LOWER_PAIR.finditer(text, overlapped=True) if surnames else ():
            a, b = m.group(1), m.group(2)
            if a in stop or b in stop:
                continue
            if (a in names and b in surnames) or (a in surnames and b in names):
                out.append(
                    RecognizerResult(
                        "PERSON", m.start(), m.end(), self.SCORE, recognition_metadata=meta
                    )
                )
            elif english and (
                (a in names and a not in english and _unlisted_surname(b, english))
                or (b in names and b not in english and _unlisted_surname(a, english))
            ):
                # "achebe_rosalind_incision.png": a given name beside a word that is no English
                # word is a surname the list lacks.
                out.append(
                    RecognizerResult("PERSON", m.start(), m.end(), 0.6, recognition_metadata=meta)
                )
        for m in _FILE_PAIR.finditer(text, overlapped=True):
            a, b = m.group(1).lower(), m.group(2).lower()
            ehr_style = m.group(1).isupper() and not m.group(2).isupper() and b in names
            if (
                a in stop
                or b in stop
                or (m.group(1).isupper() != m.group(2).isupper() and not ehr_style)
            ):
                continue  # "Maria DOB": a name is written in one case style ("GUTIERREZ_Ramon"
                # is the EHR's own: surname in capitals, then a known given name)
            if a in names or b in names:
                out.append(
                    RecognizerResult(
                        "PERSON", m.start(), m.end(), self.SCORE, recognition_metadata=meta
                    )
                )
        for m in _FILE_LEAD_PAIR.finditer(text):
            a, b = m.group(1).lower(), m.group(2).lower()
            # A known given name, or the marks of a patient file: an initial or a date after it.
            marked = (
                m.group(3) is not None
                or m.group(4) is not None
                or a in names
                or b in names
                or _FILE_RECORD_WORD.search(text, m.end()) is not None
            )
            # "Okonkwo_Chidi_L_shin": a known surname leading it is as good as a known given name.
            score = 0.75 if a in surnames or b in surnames else 0.6
            if marked and a not in stop and b not in stop and not any(
                r.start == m.start() and r.end >= m.end() - 2 for r in out
            ):
                out.append(
                    RecognizerResult("PERSON", m.start(), m.end(), score, recognition_metadata=meta)
                )
        for rx in (_FILE_INITIAL, _FILE_SURNAME_INITIAL):
            for m in rx.finditer(text):
                closing = m.lastindex == 2  # "..._Wong_M": not "..._Final_A"
                word = (m.group(2) if closing else m.group(1)).lower()
                if word not in stop and not (closing and word in english):
                    out.append(
                        RecognizerResult(
                            "PERSON", m.start(), m.end(), 0.65, recognition_metadata=meta
                        )
                    )
        for m in _FILE_SURNAME_WORD.finditer(text):
            word = m.group(1).lower()
            if word not in stop and word not in names:
                out.append(
                    RecognizerResult(
                        "PERSON", m.start(1), m.end(1), 0.55, recognition_metadata=meta
                    )
                )
        return out
