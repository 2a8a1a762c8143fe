# ruff: noqa: E501  (message texts are data)
"""Specialty vocabulary (models/lexicons/lab_tests.txt, conditions_specialty.txt,
procedures_specialty.txt) through the real detector, one specialty at a time.

Each PHI text names a person and says something about their care only in words of those three
files (before they were written, every PHI text here scored below the threshold). Each NOT_PHI text
uses the everyday sense of the same words ("latch", "tear", "dilute", "screen", "port", "arrest")
next to a name and stays clean. Texts are written here, not copied from any mail set."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.detect import Detector
from gateway.detect.lexicon import normalize_phrase

from .conftest import known_classifier_false_alarm

LEXICONS = Path(__file__).resolve().parents[3] / "models" / "lexicons"
FILES = ("lab_tests.txt", "conditions_specialty.txt", "procedures_specialty.txt")

# (specialty, subject, body, phrases of the specialty files the verdict rests on)
PHI: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "cardiac monitoring",
        "monitor report",
        "Zbigniew Kowalczyk's loop recorder shows AF burden 38% this month; the report is in the portal.",
        ("af burden",),
    ),
    (
        "alcohol biomarkers",
        "confirmation",
        "Donor: Guzman, Alejandro. EtG 1,850 ng/mL (cutoff 500), confirmed by the MRO.",
        ("etg",),
    ),
    (
        "lab chemistry",
        "bay 6",
        "Hi, Marguerite Castellanos in bay 6: lipase and amylase drawn at 10, please add a hepatic panel.",
        ("lipase", "amylase", "hepatic panel"),
    ),
    (
        "specimen handling",
        "redo",
        "Lab called: the specimen for Osvaldo Ferreira was QNS, needs a redraw before noon.",
        ("qns",),
    ),
    (
        "EMS",
        "run 4471",
        "Run 4471: Dwayne Pettibone, 58, found in asystole at the gym, tubed, ROSC after 2 rounds.",
        ("asystole", "tubed"),
    ),
    (
        "obstetrics",
        "Tuesday",
        "Reminder: Keisha Abernathy has her postpartum check Tuesday, she had a 2nd degree tear.",
        ("postpartum check", "2nd degree tear"),
    ),
    (
        "lactation",
        "feeding",
        "Ines Valderrama's baby still has a shallow latch; we fitted a nipple shield today.",
        ("shallow latch", "nipple shield"),
    ),
    (
        "fertility",
        "lab update",
        "Update for Priya Natarajan: two euploid blastocysts vitrified on day 6.",
        ("euploid", "blastocysts vitrified"),
    ),
    (
        "transfusion",
        "blood bank",
        "Bernadette Olsen needs a type and screen and 2 units of PRBCs before the case.",
        ("type and screen", "units of prbcs"),
    ),
    (
        "occupational health",
        "DOT",
        "Rafael Quintero's DOT drug test came back dilute negative; observed recollection tomorrow.",
        ("dot drug test", "observed recollection"),
    ),
    (
        "wound care",
        "Monday",
        "Gertrude Lindqvist has periwound maceration around the heel; NPWT continues Monday.",
        ("periwound maceration", "npwt"),
    ),
    (
        "dialysis",
        "Tuesday",
        "Lorenzo Baptiste: URR 58% on Tuesday's HD run, buttonhole cannulation retrained.",
        ("hd run", "buttonhole cannulation"),
    ),
    (
        "oncology infusion",
        "chair 3",
        "Yolanda Pruitt is C1D1 of FOLFOX today, premeds given at 9.",
        ("c1d1", "folfox", "premeds"),
    ),
    (
        "cardiology",
        "Friday",
        "Harold Bixby has HFrEF, LVEF 30%; 6-minute walk test on Friday.",
        ("hfref", "lvef", "6-minute walk test"),
    ),
    (
        "pharmacy",
        "call",
        "Constance Whitaker called back; PDMP check done, med sync set for the 5th.",
        ("pdmp check", "med sync"),
    ),
    (
        "dental",
        "next month",
        "Mateo Galindo had a sinus lift on Monday; CBCT and bitewings next month.",
        ("sinus lift", "cbct"),
    ),
    (
        "physical therapy",
        "today",
        "Mrs. Sunita Raghavan: iontophoresis and ther ex today, quad cane for now.",
        ("iontophoresis", "ther ex", "quad cane"),
    ),
    (
        "behavioural health crisis",
        "overnight",
        "Desmond Achterberg is a danger to self; q15 checks and a 1:1 sitter tonight.",
        ("danger to self", "q15 checks"),
    ),
    (
        "hospice",
        "update",
        "Ottilie Brandvold has mottling and terminal agitation since noon.",
        ("mottling", "terminal agitation"),
    ),
]

NOT_PHI: list[tuple[str, str, str]] = [
    (
        "lab chemistry",
        "kitchen order",
        "Hi Marguerite, the lipase enzyme supplement for the bakery test kitchen arrives Friday.",
    ),
    (
        "specimen handling",
        "notes",
        "Please redraw the floor plan for Osvaldo and send the revised PDF before noon.",
    ),
    (
        "EMS",
        "markets",
        "Dwayne, markets were in shock today; our arrest of the slide is the story for the board.",
    ),
    (
        "EMS",
        "inbox",
        "Sorry for the delay, I am drowning in audit requests this week.\n\nDwayne Pettibone",
    ),
    (
        "obstetrics",
        "banner",
        "Keisha, the banner has a tear in the corner; can you check it before Tuesday?",
    ),
    (
        "lactation",
        "door",
        "Ines, the latch on the supply room door is broken again; facilities is coming today.",
    ),
    (
        "fertility",
        "lobby",
        "Priya, the vitrified tile samples for the lobby mosaic were delivered on day 6.",
    ),
    (
        "transfusion",
        "hiring",
        "Bernadette, please screen the two candidates and type up your notes before the case review.",
    ),
    (
        "occupational health",
        "paint",
        "Rafael, dilute the paint for the lobby; the test wall looked too dark.",
    ),
    (
        "wound care",
        "budget",
        "Gertrude, there is a lot of pressure on the budget; the vac in the break room is broken.",
    ),
    (
        "dialysis",
        "plumbing",
        "Lorenzo, the pipe by the loading dock clotted with grease again; the plumber comes today.",
    ),
    (
        "oncology infusion",
        "router",
        "Yolanda, port 8080 is open on the router; the cycle of updates starts today.",
    ),
    (
        "cardiology",
        "servers",
        "Harold, the load test of the new servers is done; the event log alerts are quiet.",
    ),
    (
        "pharmacy",
        "lease",
        "Constance, the transfer of the lobby lease is ready to sign on the 5th.",
    ),
    (
        "dental",
        "lobby",
        "Mateo, the crown molding in the lobby needs paint; the canal project slipped a week.",
    ),
    (
        "physical therapy",
        "schedule",
        "Sunita, the rotator schedule for the front desk is out; training is Thursday.",
    ),
    (
        "behavioural health crisis",
        "pr",
        "Desmond, the PR team is on hold until Thursday; the crisis comms plan is attached.",
    ),
    (
        "hospice",
        "store",
        "Ottilie, the store is dying on weekends; can we talk about the comfort of the lounge?",
    ),
    (
        "IT",
        "screenshots",
        "Hi Priya, attach the screenshots as BMP or PNG and cmp the two files first.\n\nNeil Ortega",
    ),
]


def _phrases() -> set[str]:
    out: set[str] = set()
    for name in FILES:
        for raw in (LEXICONS / name).read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if line and not line.startswith("#"):
                out.add(normalize_phrase(line.split("\t")[0]))
    return out


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector.from_config()


@pytest.mark.parametrize(("specialty", "subject", "body", "phrases"), PHI, ids=[c[0] for c in PHI])
def test_phi(
    detector: Detector, specialty: str, subject: str, body: str, phrases: tuple[str, ...]
) -> None:
    v = detector.analyze_text(body, subject=subject)
    assert v.phi, (specialty, v.score, v.evidence)
    # The health evidence is the specialty vocabulary: each phrase is in the files and found.
    own = _phrases()
    found = {normalize_phrase(body[f.start : f.end]) for f in v.findings if f.part == "body"}
    for phrase in phrases:
        assert normalize_phrase(phrase) in own, phrase
        assert normalize_phrase(phrase) in found, (phrase, sorted(found))


# Known false alarms of the message classifier since its NBSVM features (the pattern stage reads
# them right; docs/detection.md).
# ("drowning in audit requests": since the 122-set model, a figure of speech in a short note.)
CLASSIFIER_FALSE_ALARMS = {"lab chemistry", "behavioural health crisis", ("EMS", "inbox")}


@pytest.mark.parametrize(("specialty", "subject", "body"), NOT_PHI, ids=[c[0] for c in NOT_PHI])
def test_not_phi(
    detector: Detector, patterns: Detector, specialty: str, subject: str, body: str
) -> None:
    if specialty in CLASSIFIER_FALSE_ALARMS or (specialty, subject) in CLASSIFIER_FALSE_ALARMS:
        known_classifier_false_alarm(patterns.analyze_text(body, subject=subject), specialty)
    v = detector.analyze_text(body, subject=subject)
    assert not v.phi, (specialty, v.score, v.evidence)


# Words that are everyday English or business words on their own: never a phrase by themselves.
EVERYDAY = (
    "culture",
    "latch",
    "shock",
    "fall",
    "tear",
    "pump",
    "arrest",
    "screen",
    "lead",
    "iron",
    "drowning",
    "dilute",
    "specimen",
    "recollection",
    "port",
    "stress test",
    "event monitor",
    "valve replacement",
    "critical value",
    "full code",
    "code status",
    "night guard",
    "t&c",
    "dry weight",
    "first beta",
    "positive beta",
    "negative margins",
    "range of motion",
)


def test_no_everyday_word_alone() -> None:
    own = _phrases()
    assert not own & {normalize_phrase(w) for w in EVERYDAY}


def test_phrases_are_lower_case_and_unique_per_file() -> None:
    for name in FILES:
        seen: set[str] = set()
        for raw in (LEXICONS / name).read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            phrase = line.split("\t")[0]
            assert phrase == phrase.lower(), (name, phrase)
            key = normalize_phrase(phrase)
            assert key not in seen, (name, phrase)
            seen.add(key)
