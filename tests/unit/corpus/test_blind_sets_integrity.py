"""Integrity of the blind holdouts 17-88: files, MIME, CRLF, balance, identifiers, determinism.

These checks never run the detector; they only prove each set is well formed and reproducible.
The shared checks live in tests/mailsets/integrity.py; this module holds one row per set (its
thresholds) in SETS and one test per check, parametrised over the rows (test ids are the set
names, e.g. `test_languages[holdout37]`).

How to add a set (say tests/holdoutNN, Message-IDs "<hNN.", 120 messages, 60 PHI):
append one `BlindSet("holdoutNN", ...)` row to SETS, after the last one. Fill in
  senders      upper-case names one of which every PDF attachment must show
  orgs         the three sender domains (each must send >= 20 messages)
  personal     personal-mailbox domains beyond the six common ones (PERSONAL_COMMON)
  hard, hard_each_way, categories
               minimum hard cases, hard cases each way, distinct categories
  languages    exact "[lang=xx]" note count per language (and nothing else)
  identifiers  minimum format-valid "ssn"/"npi"/"mbi"/"dea" found (omit one to not require it)
  kinds        {minimum: attachment kinds that must each reach it}
  multisheet   minimum multi-sheet workbooks
  zip_encrypted
               exact number of encrypted zips (None: not checked; or put "zip_encrypted"
               in kinds for a minimum)
  html_only    minimum text/html-only messages
  charsets     declared charsets that must be present
and, only if the set has them, the optional extra checks (`org_both_labels`, `outside_body`).
`messages` and `phi` default to 120 and 60. No other edit is needed: every check picks the row
up. The older sets (corpus, devsets, holdout..holdout16) keep their own files.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.mailsets import integrity as mi

ROOT = Path(__file__).resolve().parents[3]
PERSONAL_COMMON = ("gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com")


@dataclass(frozen=True)
class OutsideBody:
    """Minimum PHI messages whose notes say the PHI is only in the subject, a file name, or
    inside an attachment (holdout19)."""

    subject: int
    file_name: int
    inside: int


@dataclass(frozen=True)
class BlindSet:
    """One blind set's thresholds; see the module docstring for the fields."""

    name: str
    senders: tuple[str, ...]
    orgs: tuple[str, ...]
    hard: int
    hard_each_way: int
    categories: int
    languages: Mapping[str, int]
    identifiers: Mapping[str, int]
    kinds: Mapping[int, tuple[str, ...]]
    multisheet: int
    html_only: int
    charsets: tuple[str, ...]
    personal: tuple[str, ...] = ()
    zip_encrypted: int | None = None
    messages: int = 120
    phi: int = 60
    # Optional extra checks, None where the set has no such check:
    org_both_labels: int | None = None  # each org sends >= this many PHI and non-PHI messages
    outside_body: OutsideBody | None = None

    @property
    def mailset(self) -> mi.MailSet:
        return mi.MailSet(ROOT / "tests" / self.name)

    @property
    def msgid_prefix(self) -> str:
        return f"<h{self.name.removeprefix('holdout')}."


SETS = (
    BlindSet(
        "holdout17",
        senders=(
            "LAKESIDE RECOVERY SERVICES",
            "BRAZOS COUNTY CORRECTIONAL HEALTH",
            "HARBOR CRISIS STABILIZATION UNIT",
        ),
        orgs=("lakesiderecovery.org", "brazoscorrhealth.org", "harborcrisis.org"),
        hard=50,
        hard_each_way=25,
        categories=110,
        languages={"es": 4, "vi": 2, "zh": 2},
        identifiers={"ssn": 1, "npi": 2, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "rfc822", "ics", "png"),
            2: ("zip", "hl7", "fhir", "x12", "ccda", "txt"),
        },
        multisheet=4,
        html_only=4,
        charsets=("utf-8", "iso-8859-1", "big5", "gb2312"),
    ),
    BlindSet(
        "holdout18",
        senders=("PINE HOLLOW", "TRI-COUNTY EMS", "MAIN STREET PHARMACY"),
        orgs=("pinehollowhospital.org", "tricountyems.org", "mainstreetrx.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 4, "vi": 2, "zh": 2, "ru": 2},
        identifiers={"ssn": 5, "npi": 8, "mbi": 1, "dea": 4},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "rfc822", "ics", "fhir", "png"),
            2: ("zip", "hl7", "x12", "ccda", "rtf", "txt"),
        },
        zip_encrypted=1,
        multisheet=4,
        html_only=4,
        charsets=("utf-8", "iso-8859-1", "koi8-r", "gb2312"),
    ),
    BlindSet(
        "holdout19",
        senders=(
            "CLEARVIEW EYE ASSOCIATES",
            "BRIGHTSIDE DENTAL GROUP",
            "STRIDE FOOT & WOUND CENTER",
        ),
        orgs=("clearvieweye.com", "brightsidedental.com", "stridefootwound.com"),
        personal=("163.com", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=110,
        languages={"es": 2, "zh": 2, "vi": 2, "ko": 2},
        identifiers={"ssn": 3, "npi": 2, "mbi": 1, "dea": 2},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "rfc822", "ics", "hl7", "fhir", "png", "x12"),
            2: ("ccda", "txt", "zip"),
            1: ("rtf",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=7,
        charsets=("utf-8", "iso-8859-1", "gb2312", "big5", "euc-kr"),
        outside_body=OutsideBody(subject=3, file_name=2, inside=6),
    ),
    BlindSet(
        "holdout20",
        senders=("MERIDIAN", "CLAIMRIGHT", "RECORDBRIDGE"),
        orgs=("meridianumc.edu", "claimrightbilling.com", "recordbridge.com"),
        personal=("mail.ru", "163.com", "naver.com"),
        hard=60,
        hard_each_way=28,
        categories=110,
        languages={"es": 4, "zh": 2, "ru": 2, "vi": 2, "ko": 2},
        identifiers={"ssn": 5, "npi": 2, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "rfc822", "x12"),
            2: ("zip", "ics", "hl7", "fhir", "ccda", "png", "txt"),
        },
        multisheet=4,
        html_only=6,
        charsets=("utf-8", "iso-8859-1", "koi8-r", "gb2312", "euc-kr"),
    ),
    BlindSet(
        "holdout21",
        senders=(
            "LAKEMONT UNIVERSITY HOSPITAL",
            "NORTHSTAR ORGAN RECOVERY",
            "PRAIRIE BLOOD CENTER",
        ),
        orgs=("lakemonthealth.org", "northstarorgan.org", "prairieblood.org"),
        hard=60,
        hard_each_way=28,
        categories=100,
        languages={"es": 2, "so": 2, "vi": 2, "zh": 2},
        identifiers={"ssn": 3, "npi": 2, "mbi": 1, "dea": 1},
        kinds={
            4: ("csv", "pdf", "xlsx", "ics"),
            2: ("docx", "hl7", "rfc822", "zip"),
            1: ("fhir", "ccda", "x12", "png", "txt"),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=4,
        charsets=("utf-8", "iso-8859-1", "gb2312", "big5"),
    ),
    BlindSet(
        "holdout22",
        senders=(
            "LITTLE OAKS PEDIATRICS",
            "CEDAR FALLS SCHOOL DISTRICT",
            "BRIGHT START EARLY INTERVENTION",
        ),
        orgs=("littleoakspeds.com", "cfsd.k12.us", "brightstartei.org"),
        hard=55,
        hard_each_way=25,
        categories=110,
        languages={"es": 2, "zh": 2, "vi": 2, "ar": 2},
        identifiers={"ssn": 3, "npi": 6, "dea": 3},
        kinds={
            4: ("csv", "pdf", "docx", "xlsx", "rfc822", "ics"),
            2: ("zip", "hl7", "fhir", "png", "x12", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "gb2312", "windows-1256"),
    ),
    BlindSet(
        "holdout23",
        senders=("EASTSIDE INFECTIOUS DISEASE", "METRO COUNTY", "WAYFARER TRAVEL MEDICINE"),
        orgs=("eastsideid.com", "metrocountyhealth.gov", "wayfarertravelmed.com"),
        personal=("mail.ru", "163.com", "naver.com"),
        hard=70,
        hard_each_way=30,
        categories=115,
        languages={"es": 2, "zh": 2, "vi": 2, "ko": 2, "ru": 2, "ht": 2},
        identifiers={"ssn": 3, "npi": 8, "mbi": 1, "dea": 4},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "rfc822", "ics", "hl7", "fhir"),
            2: ("png", "zip"),
            1: ("x12", "ccda", "rtf", "txt"),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "koi8-r", "gb2312", "big5", "euc-kr"),
        org_both_labels=15,
    ),
    BlindSet(
        "holdout24",
        senders=("SUMMIT RIDGE", "PROSTRIDE", "CAREFLOW"),
        orgs=("summitridgerehab.org", "prostridepo.com", "careflowinfusion.com"),
        hard=70,
        hard_each_way=28,
        categories=110,
        languages={"es": 2, "zh": 2, "vi": 2},
        identifiers={"ssn": 8, "npi": 5, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "rfc822", "ics", "x12"),
            2: ("hl7", "ccda", "png", "zip"),
            1: ("fhir", "txt"),
        },
        multisheet=6,
        html_only=6,
        charsets=("utf-8", "iso-8859-1", "gb2312"),
    ),
    BlindSet(
        "holdout25",
        senders=("RIVERSIDE REGIONAL", "TRI-STATE POISON", "LIFELINE AIR MEDICAL"),
        orgs=("riversideregional.org", "tristatepoison.org", "lifelineair.com"),
        personal=("qq.com", "mail.ru", "yandex.ru"),
        hard=65,
        hard_each_way=28,
        categories=110,
        languages={"es": 3, "vi": 2, "zh": 2, "ru": 2, "ar": 2},
        identifiers={"ssn": 3, "npi": 2, "mbi": 1, "dea": 2},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics", "hl7", "fhir", "png"),
            2: ("x12", "ccda"),
            1: ("txt",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "koi8-r", "gb2312", "windows-1256"),
    ),
    BlindSet(
        "holdout26",
        senders=("HARBOR FOODS", "CLEARMIND", "VITALCHECK"),
        orgs=("harborfoods.com", "clearmindeap.com", "vitalcheckwellness.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "zh": 2, "vi": 2, "ko": 2},
        identifiers={"ssn": 2, "npi": 5, "mbi": 1, "dea": 2},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "ics", "rfc822", "fhir", "x12", "hl7"),
            1: ("zip", "ccda", "png", "txt"),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=6,
        charsets=("utf-8", "iso-8859-1", "gb2312", "euc-kr"),
    ),
    BlindSet(
        "holdout27",
        senders=("LAKEVIEW METABOLIC", "MIDSTATE DIABETES", "NOURISHWELL NUTRITION"),
        orgs=("lakeviewbariatric.com", "midstatediabetes.org", "nourishwell.com"),
        personal=("mail.ru",),
        hard=60,
        hard_each_way=25,
        categories=110,
        languages={"es": 4, "vi": 2, "zh": 2, "ru": 2, "ko": 2},
        identifiers={"npi": 3, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "rfc822", "ics", "png"),
            2: ("zip", "hl7", "fhir", "x12", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=6,
        charsets=("utf-8", "iso-8859-1", "koi8-r", "gb2312", "euc-kr"),
    ),
    BlindSet(
        "holdout28",
        senders=("KEYSTONE BEHAVIORAL HEALTH", "BRIDGES PEER RECOVERY", "OPEN DOOR COMMUNITY"),
        orgs=("keystonebhp.org", "bridgespeer.org", "opendoorcs.org"),
        personal=("mail.ru", "163.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "zh": 2, "vi": 2, "ru": 2},
        identifiers={"ssn": 1, "npi": 3, "mbi": 1, "dea": 1},
        kinds={
            2: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics", "hl7", "fhir", "png"),
            1: ("x12", "ccda", "txt"),
        },
        zip_encrypted=1,
        multisheet=4,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "koi8-r", "gb2312"),
    ),
    BlindSet(
        "holdout29",
        senders=("NORTHERN LIGHTS FERTILITY", "BLOOM MIDWIFERY", "GENEWISE GENETIC COUNSELING"),
        orgs=("northernlightsfertility.com", "bloombirthcenter.org", "genewisecounseling.com"),
        personal=("mail.ru",),
        hard=60,
        hard_each_way=30,
        categories=100,
        languages={"es": 4, "zh": 2, "vi": 2, "hmn": 2, "ru": 2},
        identifiers={"ssn": 4, "npi": 4, "dea": 1},
        kinds={
            4: ("pdf", "xlsx", "docx"),
            3: ("rfc822",),
            2: ("csv", "zip", "fhir", "png", "ics", "x12", "txt"),
            1: ("hl7", "ccda"),
        },
        zip_encrypted=1,
        multisheet=4,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "koi8-r", "gb2312"),
    ),
    BlindSet(
        "holdout30",
        senders=("PINECREST NEUROLOGY", "CASCADE MEMORY CLINIC", "EVERGREEN ADULT FAMILY HOMES"),
        orgs=("pinecrestneuro.com", "cascadememory.org", "evergreenafh.com"),
        personal=("mail.ru", "163.com"),
        hard=70,
        hard_each_way=28,
        categories=110,
        languages={"es": 2, "zh": 2, "ru": 2, "vi": 2},
        identifiers={"ssn": 3, "npi": 2, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics", "hl7", "fhir", "png", "txt"),
            2: ("x12", "ccda"),
        },
        multisheet=5,
        html_only=6,
        charsets=("utf-8", "iso-8859-1", "koi8-r", "gb2312"),
    ),
    BlindSet(
        "holdout31",
        senders=(
            "VALLEY VETERANS COMMUNITY CLINIC",
            "IRONWOOD CHIROPRACTIC",
            "APEX INDEPENDENT MEDICAL EXAMS",
        ),
        orgs=("valleyvetsclinic.org", "ironwoodchiro.com", "apexime.com"),
        personal=("mail.ru",),
        hard=50,
        hard_each_way=25,
        categories=100,
        languages={"es": 4, "zh": 2, "ru": 2, "vi": 2, "ko": 2},
        identifiers={"ssn": 5, "npi": 3, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "rfc822", "png"),
            2: ("zip", "ics", "hl7", "txt"),
            1: ("x12", "ccda", "fhir"),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "koi8-r", "gb2312", "euc-kr"),
    ),
    BlindSet(
        "holdout32",
        senders=(
            "SEASIDE UROLOGY GROUP",
            "COASTAL AMBULATORY SURGERY CENTER",
            "BEACON PATHOLOGY ASSOCIATES",
        ),
        orgs=("seasideurology.com", "coastalasc.com", "beaconpath.com"),
        hard=70,
        hard_each_way=30,
        categories=120,
        languages={"es": 2, "vi": 2, "zh": 2, "ko": 2},
        identifiers={"ssn": 4, "npi": 6, "mbi": 1, "dea": 2},
        kinds={
            4: ("csv", "pdf", "xlsx", "docx", "rfc822"),
            2: ("zip", "ics", "hl7", "png"),
            1: ("fhir", "x12", "ccda", "txt"),
        },
        multisheet=5,
        html_only=6,
        charsets=("utf-8", "iso-8859-1", "gb2312", "big5", "euc-kr"),
    ),
    BlindSet(
        "holdout33",
        senders=(
            "REDWOOD VALLEY FAMILY MEDICINE",
            "SIERRA HOSPICE HOUSE",
            "FOOTHILL MEDICAL TRANSPORT",
        ),
        orgs=("redwoodvalleyfm.com", "sierrahospicehouse.org", "foothillmedtransport.com"),
        personal=("mail.ru",),
        hard=60,
        hard_each_way=30,
        categories=110,
        languages={"es": 4, "vi": 2, "zh": 2, "ru": 2},
        identifiers={"npi": 5, "mbi": 1, "dea": 2},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "rfc822", "ics", "hl7"),
            2: ("zip", "fhir", "png", "txt"),
            1: ("x12", "ccda", "zip_encrypted"),
        },
        multisheet=5,
        html_only=6,
        charsets=("utf-8", "iso-8859-1", "koi8-r", "gb2312", "big5"),
    ),
    BlindSet(
        "holdout34",
        senders=("METRO SPINE", "ALIGN PHYSICAL THERAPY", "PRECISION IMAGING CENTER"),
        orgs=("metrospinepain.com", "alignpt.com", "precisionimagingctr.com"),
        personal=("163.com",),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "zh": 2, "vi": 2, "so": 2},
        identifiers={"ssn": 3, "npi": 5, "mbi": 2, "dea": 3},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "png", "hl7"),
            2: ("zip", "rfc822", "fhir"),
            1: ("ics", "x12", "ccda"),
        },
        zip_encrypted=1,
        multisheet=6,
        html_only=6,
        charsets=("utf-8", "iso-8859-1", "gb2312"),
        org_both_labels=10,
    ),
    BlindSet(
        "holdout35",
        senders=("SUNRISE CHILDREN", "LITTLE STEPS PEDIATRIC THERAPY", "HARBOR COUNTY WIC PROGRAM"),
        orgs=("sunrisekidsdental.com", "littlestepstherapy.org", "harborcountywic.gov"),
        personal=("163.com", "naver.com"),
        hard=70,
        hard_each_way=35,
        categories=110,
        languages={"es": 4, "vi": 2, "zh": 2, "ar": 2, "ko": 2},
        identifiers={"ssn": 4, "npi": 4, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "hl7", "png"),
            2: ("ics", "fhir", "txt"),
            1: ("ccda", "x12"),
        },
        multisheet=5,
        html_only=6,
        charsets=("utf-8", "iso-8859-1", "gb2312", "euc-kr", "windows-1256"),
    ),
    BlindSet(
        "holdout36",
        senders=("LAKESIDE", "QUANTUM", "CARELINK"),
        orgs=("lakesidecommunityhosp.org", "quantumreflabs.com", "carelinkcourier.com"),
        personal=("mail.ru",),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "zh": 2, "vi": 2, "ru": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "koi8-r", "gb2312"),
    ),
    BlindSet(
        "holdout37",
        senders=("RIVERBEND", "CASCADE", "HOMESTEAD"),
        orgs=("riverbendkidney.com", "cascadenephro.com", "homesteadmedsupply.com"),
        personal=("comcast.net", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "tl": 2, "ar": 2, "ko": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "windows-1256", "euc-kr"),
    ),
    BlindSet(
        "holdout38",
        senders=("CEDAR HOLLOW", "WILLOWMERE", "MILKWEED"),
        orgs=("cedarhollowobgyn.com", "willowmerebirthcenter.org", "milkweeddoulas.com"),
        personal=("163.com", "protonmail.com", "fastmail.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "pt": 2, "ht": 2, "zh": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "gb2312"),
    ),
    BlindSet(
        "holdout39",
        senders=("ASPEN CREEK", "MARLOWE", "SOLSTICE"),
        orgs=("aspencreekderm.com", "marloweplastics.com", "solsticemedspa.com"),
        personal=("mail.ru",),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "vi": 2, "ru": 2, "fa": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "koi8-r"),
    ),
    BlindSet(
        "holdout40",
        senders=("CEDAR HOLLOW", "BRIGHTWATER", "MERIDIAN"),
        orgs=("cedarhollowinfusion.org", "brightwaterradonc.com", "meridianspecialtyrx.com"),
        personal=("mail.ru",),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "zh": 2, "pl": 2, "ar": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "iso-8859-2", "gb2312", "windows-1256"),
    ),
    BlindSet(
        "holdout41",
        senders=("BRIGHTWATER", "KESTREL", "PULSEHARBOR"),
        orgs=("brightwaterheart.com", "kestrelvalleyrehab.org", "pulseharbor.com"),
        personal=("comcast.net", "mail.ru", "naver.com", "libero.it"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "ko": 2, "ru": 2, "it": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "koi8-r", "euc-kr", "windows-1251"),
    ),
    BlindSet(
        "holdout42",
        senders=("CEDAR HOLLOW", "WILLOWMERE", "BRIGHTPATH"),
        orgs=("cedarhollowsnf.org", "willowmereliving.com", "brightpathhomecare.com"),
        personal=("mail.ru",),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "tl": 2, "vi": 2, "so": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1"),
    ),
    BlindSet(
        "holdout43",
        senders=("KEYSTONE", "CLEARPATH", "NORTHSTAR"),
        orgs=("keystonebenefitadmin.com", "clearpathreview.com", "northstarrx.com"),
        personal=("mail.ru",),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "zh": 2, "fr": 2, "hi": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "iso-8859-15", "gb2312"),
    ),
    BlindSet(
        "holdout44",
        senders=("KINNECT", "MERIDIAN", "SCRIBEWELL"),
        orgs=("kinnectcare.com", "meridianchartworks.com", "scribewellmed.com"),
        personal=("mail.ru",),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "ja": 2, "de": 2, "ru": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "iso-8859-15", "koi8-r", "iso-2022-jp"),
    ),
    BlindSet(
        "holdout45",
        senders=("CEDAR RIDGE", "HARBOR POINT", "QUIETWATER"),
        orgs=("cedarridgeallergy.com", "harborpointent.com", "quietwatersleep.org"),
        personal=("mail.ru", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "ko": 2, "ru": 2, "pt": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "koi8-r", "euc-kr"),
    ),
    BlindSet(
        "holdout46",
        senders=("BRIGHTWATER", "NORTHSTAR", "WILLOWBROOK"),
        orgs=("brightwaterpsych.com", "northstarcrisisline.org", "willowbrookrecovery.org"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "zh": 2, "ar": 2, "vi": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "gb2312", "windows-1256"),
    ),
    BlindSet(
        "holdout47",
        senders=("CARROW COUNTY", "CARROW TB", "LANARK STATE IMMUNIZATION"),
        orgs=("carrowcountyhealth.org", "carrowtbcontrol.org", "lanarkiis.org"),
        personal=("mail.ru",),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "so": 2, "hmn": 2, "ne": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1"),
    ),
    BlindSet(
        "holdout48",
        senders=("CALLOWAY", "LEDGERLINE", "BELLWETHER"),
        orgs=("callowaybrandt.com", "ledgerlinerecords.com", "bellwetherlife.com"),
        personal=("mail.ru",),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "fr": 2, "de": 2, "pl": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "iso-8859-2"),
    ),
    BlindSet(
        "holdout49",
        senders=("RIVERBEND", "CRESTVIEW", "NOURISHPATH"),
        orgs=("riverbenddigestive.com", "crestviewinfusion.com", "nourishpathnutrition.com"),
        personal=("mail.ru",),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "ja": 2, "it": 2, "uk": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "iso-2022-jp", "iso-8859-15", "koi8-u"),
    ),
    BlindSet(
        "holdout50",
        senders=("RIVERBEND", "HARVEST", "CAREROUTE"),
        orgs=("riverbendchc.org", "harvesttablefoodrx.org", "careroutemobile.org"),
        personal=("mail.ru",),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "ht": 2, "am": 2, "ps": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1"),
    ),
    BlindSet(
        "holdout51",
        senders=("SUMMIT", "NORTHFIELD", "KEYSTONE"),
        orgs=("summitridgeortho.com", "athletics.northfield.edu", "keystoneclaimscare.com"),
        personal=("mail.ru",),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "tl": 2, "zh": 2, "ru": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "koi8-r", "gb2312"),
    ),
    BlindSet(
        "holdout52",
        senders=("BROOKHAVEN", "SILVERPINE", "KEYSTONE"),
        orgs=("brookhavenregional.org", "silverpineinfusion.com", "keystoneride.com"),
        personal=("mail.ru", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "vi": 2, "ru": 2, "zh": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "koi8-r", "gb2312"),
    ),
    BlindSet(
        "holdout53",
        senders=("BRAMBLEWOOD", "NORTHGATE", "TALLGRASS"),
        orgs=("bramblewoodchildrens.org", "northgatesbhc.org", "tallgrasscac.org"),
        personal=("mail.ru", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "ar": 2, "so": 2, "pt": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "iso-8859-6"),
    ),
    BlindSet(
        "holdout54",
        senders=("MERCY VALLEY", "KEYSTONE", "BRIDGEWAY"),
        orgs=("mercyvalleymc.org", "keystonerecoverypartners.com", "bridgewayadvocates.org"),
        personal=("mail.ru", "naver.com", "qq.com", "comcast.net"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "zh": 2, "ko": 2, "tl": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "gb2312", "euc-kr"),
    ),
    BlindSet(
        "holdout55",
        senders=("MERIDIAN", "NORTHSTAR", "KESTREL"),
        orgs=("meridiantrialsites.com", "northstarirb.org", "kestrelclinical.com"),
        personal=("mail.ru", "naver.com", "gmx.de", "yahoo.co.jp"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "fr": 2, "de": 2, "ja": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "iso-8859-15", "iso-2022-jp"),
    ),
    BlindSet(
        "holdout56",
        senders=("WAYFARER", "MERIDIAN", "SOLACE SEAS"),
        orgs=("wayfarertravelhealth.com", "meridianglobalassist.com", "solaceseas.com"),
        personal=("mail.ru", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "pt": 2, "it": 2, "ar": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "windows-1256"),
    ),
    BlindSet(
        "holdout57",
        senders=("BRIGHTWATER", "IRONLINE", "VERITAS"),
        orgs=("brightwateruc.com", "ironlineoccmed.com", "veritastoxlabs.com"),
        personal=("mail.ru",),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "ru": 2, "pl": 2, "hi": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "koi8-r", "iso-8859-2"),
    ),
    BlindSet(
        "holdout58",
        senders=("TRI-RIVER", "ST. BRENDAN", "IRONVALE"),
        orgs=("tririverhie.org", "stbrendanmed.org", "ironvaleir.com"),
        personal=("mail.ru", "naver.com", "163.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "zh": 2, "fa": 2, "ht": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "gb2312"),
    ),
    BlindSet(
        "holdout59",
        senders=("BAYVIEW NEONATAL", "TIDEWATER PEDIATRIC HEART", "LITTLE LANTERNS"),
        orgs=("bayviewneofollowup.org", "tidewaterpedsheart.com", "littlelanternsfamily.org"),
        personal=("163.com",),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "ar": 2, "zh": 2, "ur": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "windows-1256", "gb2312"),
    ),
    BlindSet(
        "holdout60",
        senders=("PINECREST VALLEY", "SUMMIT REGIONAL", "SKYWARD AIR"),
        orgs=("pinecrestvalleyhosp.org", "summitregionaltrauma.org", "skywardairmed.com"),
        personal=("mail.ru", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "vi": 2, "ru": 2, "tl": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "koi8-r"),
    ),
    BlindSet(
        "holdout61",
        senders=("LINDEN", "CLEARVIEW", "EVENSONG"),
        orgs=("lindengyn.com", "clearviewbreast.org", "evensonghealth.com"),
        personal=("mail.ru", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "pt": 2, "ko": 2, "fr": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "euc-kr"),
    ),
    BlindSet(
        "holdout62",
        senders=("BROOKHAVEN", "VERITAS", "SUMMIT"),
        orgs=("brookhavenrmc.org", "veritas340b.com", "summitdrugdist.com"),
        personal=("mail.ru", "163.com", "libero.it", "comcast.net"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "zh": 2, "ru": 2, "it": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "koi8-r", "gb2312"),
    ),
    BlindSet(
        "holdout63",
        senders=("MERIDIAN", "BRIDGEWAY", "HARVEST LANTERN"),
        orgs=("meridianpositivehealth.org", "bridgewaycm.org", "harvestlantern.org"),
        personal=("mail.ru", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "fr": 2, "ht": 2, "am": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1"),
    ),
    BlindSet(
        "holdout64",
        senders=("NORTHWIND", "VITALPATH", "BLUECREST"),
        orgs=("northwindhealthplan.com", "vitalpathdm.com", "bluecrestmembercare.com"),
        personal=("mail.ru", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "vi": 2, "ko": 2, "so": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "euc-kr"),
    ),
    BlindSet(
        "holdout65",
        senders=("MERIDIAN RIDGE", "TIDEWATER", "NORTHSTAR"),
        orgs=(
            "meridianridgehospital.org",
            "tidewaterwoundcare.com",
            "northstarclinicalstaffing.com",
        ),
        personal=("mail.ru", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "pl": 2, "ar": 2, "ja": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "iso-8859-2", "iso-2022-jp"),
    ),
    BlindSet(
        "holdout66",
        senders=("BROOKFIELD", "SUMMIT", "IRONBRIDGE"),
        orgs=("brookfieldmedpartners.com", "summitimagingreaders.com", "ironbridgerecords.com"),
        personal=("mail.ru", "naver.com", "qq.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "zh": 2, "ru": 2, "vi": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "koi8-r", "gb2312"),
    ),
    BlindSet(
        "holdout67",
        senders=("BRIGHTWATER", "SECOND WIND", "TAMARACK"),
        orgs=("brightwatercmhc.org", "secondwindrecovery.org", "tamarackdiversion.org"),
        personal=("mail.ru", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "ar": 2, "ko": 2, "ht": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "windows-1256", "euc-kr"),
    ),
    BlindSet(
        "holdout68",
        senders=("BRIGHTWATER", "SPECTACLE LANE", "NORTHLIGHT"),
        orgs=("brightwatereye.com", "spectaclelane.com", "northlightvision.org"),
        personal=("mail.ru", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "pt": 2, "tl": 2, "fa": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1"),
    ),
    BlindSet(
        "holdout69",
        senders=("GRANITE BAY", "AIRHAVEN", "BREATHESTRONG"),
        orgs=("granitebaypulm.com", "airhavenhrs.com", "breathestrongfit.com"),
        personal=("wp.pl", "163.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "pl": 2, "zh": 2, "so": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "iso-8859-2", "gb2312"),
    ),
    BlindSet(
        "holdout70",
        senders=("GRANITE VALLEY", "TALLGRASS", "BRIGHT HARBOR"),
        orgs=(
            "granitevalleyrheum.com",
            "tallgrassinfusionbilling.com",
            "brightharborfoundation.org",
        ),
        personal=("mail.ru", "yahoo.co.jp"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "it": 2, "ja": 2, "ru": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "koi8-r", "iso-2022-jp"),
    ),
    BlindSet(
        "holdout71",
        senders=("SUMMIT CREST", "VERIDIAN", "HEARTHSIDE"),
        orgs=("summitcresthealth.com", "veridianhra.com", "hearthsidehousecalls.org"),
        personal=("mail.ru", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "vi": 2, "hi": 2, "ar": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "windows-1256"),
    ),
    BlindSet(
        "holdout72",
        senders=("LARKSPUR", "NORTHGATE", "ST. BRENDAN"),
        orgs=("larkspurfoundation.org", "northgatemc.org", "stbrendanshospital.org"),
        personal=("orange.fr", "web.de", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "fr": 2, "de": 2, "ko": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "euc-kr"),
    ),
    BlindSet(
        "holdout73",
        senders=("BIRCHWOOD", "LUMA", "SKINSIGNAL"),
        orgs=("birchwooddermmohs.com", "lumaaestheticspa.com", "skinsignal.io"),
        personal=("mail.ru", "qq.com", "rediffmail.com", "comcast.net"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "zh": 2, "ru": 2, "hi": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "koi8-r", "gb2312"),
    ),
    BlindSet(
        "holdout74",
        senders=("CLEARBROOK", "SUMMIT VALLEY", "BRIGHT VOICES"),
        orgs=("clearbrookhearing.com", "summitvalleyent.org", "brightvoicesspeech.com"),
        personal=("mail.ru", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "vi": 2, "ar": 2, "ko": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "windows-1256", "euc-kr"),
    ),
    BlindSet(
        "holdout75",
        senders=("RIVERBEND", "SUMMIT CREST", "GREAT PRAIRIE"),
        orgs=("riverbendkidney.com", "summitcresttransplant.org", "greatprairiedonor.org"),
        personal=("mail.ru", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "tl": 2, "fa": 2, "pt": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1"),
    ),
    BlindSet(
        "holdout76",
        senders=("MARLOW COUNTY", "TRI-RIVER", "PINECREST"),
        orgs=("marlowcountyhealth.org", "tririvertb.org", "pinecrestusd.org"),
        personal=("mail.ru", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "so": 2, "ne": 2, "zh": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "gb2312"),
    ),
    BlindSet(
        "holdout77",
        senders=("WILLOWMERE", "HALVERSON", "ASHGROVE"),
        orgs=("willowmerehospice.org", "halversonmemorial.org", "ashgrovefuneralhome.com"),
        personal=("mail.ru", "comcast.net", "libero.it", "yahoo.co.jp"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "it": 2, "ru": 2, "ja": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "koi8-r", "iso-2022-jp"),
    ),
    BlindSet(
        "holdout78",
        senders=("BLUEWATER", "NORTHSTAR", "HELIXPATH"),
        orgs=("bluewaterfertility.com", "northstardonors.org", "helixpathgc.com"),
        personal=("mail.ru", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "fr": 2, "ar": 2, "ko": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "windows-1256", "euc-kr"),
    ),
    BlindSet(
        "holdout79",
        senders=("STONEBRIDGE", "BLUEWATER", "KEYSTEP"),
        orgs=("stonebridgefoot.com", "bluewaterdiabetes.org", "keystepmedical.com"),
        personal=("mail.ru", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "vi": 2, "ht": 2, "pl": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "iso-8859-2"),
    ),
    BlindSet(
        "holdout80",
        senders=("BRIGHTPATH", "HALVORSEN", "MERIDIAN"),
        orgs=("brightpathot.com", "halvorsenokafor.com", "meridian-ime.com"),
        personal=("mail.ru", "comcast.net"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "ru": 2, "ur": 2, "de": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "koi8-r"),
    ),
    BlindSet(
        "holdout81",
        senders=("BRIGHTWATER", "KESTREL VALLEY", "PULSEHARBOR"),
        orgs=("brightwaterheart.com", "kestrelvalleyrehab.org", "pulseharbor.io"),
        personal=("comcast.net", "protonmail.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "zh": 2, "pt": 2, "hi": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "gb2312"),
    ),
    BlindSet(
        "holdout82",
        senders=("COBALT BAY", "THRESHOLD HOMES", "MARROW COUNTY"),
        orgs=("cobaltbayrecovery.org", "thresholdhomes.net", "marrowcountycourts.gov"),
        personal=("mail.ru", "comcast.net"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "ru": 2, "ar": 2, "vi": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "koi8-r", "windows-1256"),
    ),
    BlindSet(
        "holdout83",
        senders=("LITTLE MOLARS", "SUMMIT ORAL", "BRIGHTARCH"),
        orgs=("littlemolarspeds.com", "summitoms.com", "brightarchdental.com"),
        personal=("mail.ru", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "ko": 2, "tl": 2, "fr": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "euc-kr"),
    ),
    BlindSet(
        "holdout84",
        senders=("BRAMBLEWOOD", "KESTREL BAY", "LANTERNWAY"),
        orgs=("bramblewoodonc.com", "kestrelbayradonc.org", "lanternwaynav.org"),
        personal=("mail.ru", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "zh": 2, "ja": 2, "am": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "gb2312", "iso-2022-jp"),
    ),
    BlindSet(
        "holdout85",
        senders=("RIDGEMONT STUDENT HEALTH", "RIDGEMONT ACCESSIBILITY", "GLOBEGUARD"),
        orgs=("health.ridgemont.edu", "access.ridgemont.edu", "globeguardstudent.com"),
        personal=("comcast.net", "qq.com", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "zh": 2, "ko": 2, "de": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "gb2312", "euc-kr"),
    ),
    BlindSet(
        "holdout86",
        senders=("STRIDE POINT", "ALDER CREEK", "KESSLER VANCE"),
        orgs=("stridepointpt.com", "aldercreekchiro.com", "kesslervancelaw.com"),
        personal=("mail.ru", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "ru": 2, "pl": 2, "ar": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "koi8-r", "iso-8859-2", "windows-1256"),
    ),
    BlindSet(
        "holdout87",
        senders=("WILLOWBROOK TERRACE", "BRIGHTPATH", "SUNWARD"),
        orgs=("willowbrookterrace.com", "brightpathhomehealth.com", "sunwardadultday.org"),
        personal=("mail.ru", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "tl": 2, "vi": 2, "ht": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1"),
    ),
    BlindSet(
        "holdout88",
        senders=("SUMMIT RIDGE", "LEANPATH", "BELLWETHER"),
        orgs=("summitridgeendo.com", "leanpathhealth.com", "bellwetherrx.com"),
        personal=("mail.ru", "naver.com"),
        hard=60,
        hard_each_way=25,
        categories=100,
        languages={"es": 2, "fa": 2, "ur": 2, "it": 2},
        identifiers={"ssn": 2, "npi": 4, "mbi": 1, "dea": 1},
        kinds={
            3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
            2: ("hl7", "fhir", "x12", "png", "txt"),
            1: ("ccda",),
        },
        zip_encrypted=1,
        multisheet=5,
        html_only=5,
        charsets=("utf-8", "iso-8859-1", "iso-8859-15"),
    ),
)


def over(sets: tuple[BlindSet, ...]) -> pytest.MarkDecorator:
    """Parametrise a test over `sets`, one case per set, with the set's name as the test id."""
    return pytest.mark.parametrize("hs", sets, ids=[s.name for s in sets])


@over(SETS)
def test_labels_schema_and_files_match(hs: BlindSet) -> None:
    mi.check_labels_match_files(hs.mailset)


@over(SETS)
def test_every_message_parses_with_required_headers(hs: BlindSet) -> None:
    mi.check_headers_and_parse(hs.mailset, hs.msgid_prefix, mi.text_of)


@over(SETS)
def test_crlf_line_endings_only(hs: BlindSet) -> None:
    mi.check_crlf_only(hs.mailset)


@over(SETS)
def test_counts_balance_and_hard_cases(hs: BlindSet) -> None:
    labels = hs.mailset.labels()
    assert len(labels) == hs.messages
    assert sum(e["phi"] for e in labels) == hs.phi
    mi.check_balance_and_hard_cases(
        labels,
        min_hard=hs.hard,
        min_hard_each_way=hs.hard_each_way,
        min_categories=hs.categories,
    )


@over(SETS)
def test_languages(hs: BlindSet) -> None:
    mi.check_languages_exact(hs.mailset.labels(), hs.languages)


@over(SETS)
def test_no_well_known_example_ssn(hs: BlindSet) -> None:
    mi.check_no_well_known_example_ssn(hs.mailset, mi.text_of)


@over(SETS)
def test_identifiers_are_format_valid(hs: BlindSet) -> None:
    seen = mi.valid_identifier_counts(hs.mailset, mi.text_of, dea=True)
    for kind, minimum in hs.identifiers.items():
        assert seen[kind] >= minimum, (kind, seen)


@over(SETS)
def test_builder_is_deterministic(hs: BlindSet, tmp_path: Path) -> None:
    mi.check_rebuild_identical(hs.mailset, tmp_path)


@over(SETS)
def test_attachment_kinds_present_and_open(hs: BlindSet) -> None:
    kinds = mi.attachments_open(hs.mailset, hs.senders)
    for minimum, names in hs.kinds.items():
        for kind in names:
            assert kinds[kind] >= minimum, (kind, kinds)
    if hs.zip_encrypted is not None:
        assert kinds["zip_encrypted"] == hs.zip_encrypted, kinds
    assert kinds["xlsx_multisheet"] >= hs.multisheet, kinds


@over(SETS)
def test_html_only_messages_present(hs: BlindSet) -> None:
    mi.check_html_only_messages(hs.mailset, minimum=hs.html_only)


@over(SETS)
def test_charsets_decode(hs: BlindSet) -> None:
    charsets = mi.charset_counts(hs.mailset)
    assert set(hs.charsets) <= set(charsets), charsets


@over(SETS)
def test_three_senders_and_personal_recipients(hs: BlindSet) -> None:
    personal = frozenset(PERSONAL_COMMON + hs.personal)
    mi.check_senders_and_personal_recipients(hs.mailset, hs.orgs, personal)


@over(tuple(s for s in SETS if s.org_both_labels is not None))
def test_each_org_sends_both_labels(hs: BlindSet) -> None:
    """Every organisation writes PHI and non-PHI mail, so the sender never predicts the label."""
    assert hs.org_both_labels is not None
    by_org = Counter[tuple[str, bool]]()
    for entry, msg in hs.mailset.messages():
        by_org[(msg["From"].addresses[0].domain, entry["phi"])] += 1
    for org in hs.orgs:
        minimum = hs.org_both_labels
        assert by_org[(org, True)] >= minimum and by_org[(org, False)] >= minimum, (org, by_org)


@over(tuple(s for s in SETS if s.outside_body is not None))
def test_phi_only_outside_the_body_is_present(hs: BlindSet) -> None:
    """Some PHI sits only in a subject, a file name or an attachment (named in the notes)."""
    need = hs.outside_body
    assert need is not None
    notes = [e["notes"] for e in hs.mailset.labels() if e["phi"]]
    subject = sum(bool(re.search(r"only in the subject|subject line", n)) for n in notes)
    inside = sum(bool(re.search(r"only inside|inside the|body is|body says", n)) for n in notes)
    assert subject >= need.subject
    assert sum("file name" in n for n in notes) >= need.file_name
    assert inside >= need.inside
