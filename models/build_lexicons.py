"""Regenerate the derived lexicons in models/lexicons/ from the packages that ship the data.

Run from the repository root: ``.venv/bin/python models/build_lexicons.py``. The output files
are committed, so the detector never needs these packages' loaders (nor the network) at run
time; this script only has to be re-run when the upstream data changes.

* ``icd10cm_codes.txt``: every ICD-10-CM code (categories, subcategories), without dots.
* ``conditions_icd.txt``: salient condition terms mined from ICD-10-CM descriptions (A-R, chapters
  that describe a person's disease; external causes, injuries and Z-codes are left out because
  their wording is everyday English).
* ``clinical_terms.txt``: single clinical words from every ICD-10-CM description ("subdural",
  "fistula", "hematoma", "tibial") that are neither everyday English (SCOWL 50), a proper noun nor a
  given name: medical jargon. One is weak evidence of care on its own; next to a person it counts.
* ``first_names.txt``: given names from all of Faker's locales (Latin script), minus words that
  are common in ordinary English prose.
* ``medications.txt``: generic and brand names of medicines from drug-named-entity-recognition,
  restricted to entries that have a MedlinePlus/NHS/DrugBank record, minus common English words.
* ``english_words.txt``: common English words that are never names, from SCOWL's american-english
  list (Debian package ``wamerican-large``: ``apt-get install wamerican-large``): its lower-case
  entries that the list never capitalises and that are not given names. Skipped with a message
  when the list is not installed (the committed file stays). Given names that are everyday words
  are dropped from ``first_names.txt`` using the smaller list (``wamerican``).
"""

from __future__ import annotations

import bz2
import pickle
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "lexicons"
WORD_LIST = Path("/usr/share/dict/american-english-large")  # Debian wamerican-large (SCOWL 70)
# The smaller list (Debian wamerican, SCOWL 50) decides which given names are everyday words: the
# large one also holds rare senses of common names ("ben", "ted", "charlie").
NAME_WORD_LIST = Path("/usr/share/dict/american-english")

# Suffixes that make a single word almost certainly a disease/condition name.
_CONDITION_SUFFIX = re.compile(
    r"^[a-z]{3,}(?:itis|osis|oses|emia|aemia|oma|omas|pathy|plasia|algia|iasis|trophy|rrhea|"
    r"rrhoea|plegia|paresis|megaly|penia|cytosis|uria|ectasis|sclerosis|spasm|lithiasis|"
    r"malacia|stenosis|thrombosis|embolism|infarction|ischemia|insufficiency|phobia|mania|"
    r"philia|cele|edema|oedema)$"
)
# Head nouns that make a short ICD fragment a condition name.
_CONDITION_HEAD = re.compile(
    r"\b(?:disease|disorder|syndrome|neoplasm|cancer|carcinoma|failure|infection|deficiency|"
    r"insufficiency|fever|palsy|dystrophy|anemia|hepatitis|diabetes|hypertension|leukemia|"
    r"lymphoma|melanoma|sarcoma|tumou?r|fibrillation|dementia|psychosis|schizophrenia|"
    r"depression|epilepsy|asthma|pneumonia|tuberculosis|sepsis|ulcer|hernia|cirrhosis|"
    r"stroke|aneurysm|dysplasia|obesity|dependence|abuse|addiction)\b"
)
_GENERIC = {
    "other",
    "unspecified",
    "specified",
    "site",
    "part",
    "parts",
    "type",
    "condition",
    "conditions",
    "certain",
    "multiple",
    "sites",
    "unknown",
    "elsewhere",
    "classified",
    "nos",
    "stated",
    "without",
    "with",
    "due",
    "to",
    "in",
    "of",
    "and",
    "or",
    "the",
    "a",
    "unilateral",
    "bilateral",
    "right",
    "left",
    "initial",
    "subsequent",
    "encounter",
    "sequela",
    "acute",
    "chronic",
    "mild",
    "moderate",
    "severe",
    "primary",
    "secondary",
}
# Words the suffix rule catches but that are everyday English or too vague on their own.
_SUFFIX_STOP = {
    "diagnosis",
    "prognosis",
    "hypnosis",
    "osmosis",
    "symbiosis",
    "thrombosis",
    "diagnoses",
    "coma",
    "aroma",
    "diploma",
    "stoma",
    "soma",
    "automa",
    "idioma",
    "philosophy",
    "trophy",
    "mania",
    "romania",
    "albania",
    "philia",
    "cele",
    "stenosis",
    "pathy",
    "sympathy",
    "empathy",
    "apathy",
    "telepathy",
    "homeopathy",
    "naturopathy",
    "osteopathy",
    "diarrhea",
    "spasm",
}

# Common English words that also appear as drug names or brand names.
_DRUG_STOP = {
    "at 10",
    "at-10",
    "today",
    "advance",
    "alert",
    "allegra",
    "aspire",
    "bonus",
    "cartia",
    "cedar",
    "cheer",
    "clear",
    "comfort",
    "complete",
    "control",
    "cover",
    "cure",
    "daily",
    "delay",
    "ease",
    "elite",
    "energy",
    "focus",
    "fresh",
    "gentle",
    "glow",
    "green",
    "guard",
    "health",
    "heal",
    "hope",
    "ideal",
    "ionic",
    "joint",
    "keep",
    "life",
    "light",
    "liquid",
    "magic",
    "matrix",
    "max",
    "natural",
    "nature",
    "nova",
    "optimum",
    "oxygen",
    "plan",
    "plus",
    "power",
    "prime",
    "pure",
    "quick",
    "relief",
    "rest",
    "restore",
    "select",
    "sleep",
    "smart",
    "solar",
    "sprint",
    "strong",
    "sunshine",
    "super",
    "support",
    "target",
    "total",
    "ultra",
    "unity",
    "vital",
    "water",
    "wellness",
    "zinc",
    "iron",
    "sodium",
    "calcium",
    "potassium",
    "magnesium",
    "alcohol",
    "ethanol",
    "caffeine",
    "nicotine",
    "glucose",
    "sugar",
    "salt",
    "gold",
    "silver",
    "lead",
    "copper",
    "charcoal",
    "chlorine",
    "fluoride",
    "iodine",
    "carbon",
    "nitrogen",
    "hydrogen",
    "helium",
    "argon",
    "sulfur",
    "phosphorus",
    "protein",
    "proteins",
    "vitamin",
    "vitamins",
    "enzyme",
    "enzymes",
    "hormone",
    "hormones",
    "antigen",
    "antigens",
    "receptor",
    "receptors",
    "kinase",
    "factor",
    "peptide",



    "amber",
    "april",
    "august",
    "june",
    "march",
    "may",
    "grace",
    "faith",
    "joy",
    "ruby",
    "jade",
    "iris",
    "rose",
    "lily",
    "daisy",
    "ivy",
    "olive",
    "hazel",
    "violet",
    "pearl",
    "crystal",
    "melody",
    "harmony",
    "destiny",
    "trinity",
    "serenity",
    "victoria",
    "sterling",
    "bishop",
    "marshal",
    "duke",
    "prince",
    "king",
    "queen",
    "baron",
    "regent",
    "viking",
    "titan",
    "atlas",
    "apollo",
    "phoenix",
    "orion",
    "nexus",
    "vector",
    "delta",
    "sigma",
    "omega",
    "alpha",
    "beta",
    "gamma",
    "kappa",
    "lambda",
    "theta",
    "zeta",
    "vision",
    "venture",
    "pioneer",
    "legacy",
    "summit",
    "pinnacle",
    "horizon",
    "infinity",
    "eclipse",
    "fusion",
    "genesis",
    "element",
    "elements",
    "essential",
    "essentials",
    "formula",
    "balance",
    "boost",
    "charge",
    "edge",
    "flex",
    "fuel",
    "pulse",
    "rapid",
    "react",
    "shield",
    "spark",
    "surge",
    "swift",
    "zone",
    "action",
    "active",
    "actual",
    "agent",
    "basic",
    "bright",
    "calm",
    "capital",
    "central",
    "classic",
    "constant",
    "direct",
    "dynamic",
    "effect",
    "extra",
    "fine",
    "first",
    "fix",
    "global",
    "grand",
    "image",
    "impact",
    "key",
    "level",
    "local",
    "logic",
    "major",
    "master",
    "medical",
    "micro",
    "mini",
    "mobile",
    "modern",
    "motion",
    "nice",
    "novel",
    "open",
    "optima",
    "origin",
    "panel",
    "perfect",
    "pilot",
    "point",
    "premier",
    "pro",
    "profile",
    "proof",
    "real",
    "safe",
    "sense",
    "signal",
    "simple",
    "solo",
    "sonic",
    "star",
    "status",
    "stop",
    "system",
    "tempo",
    "true",
    "trust",
    "turbo",
    "union",
    "value",
    "via",
    "victory",
    "vita",
    "wave",
    "zen",
    "dial",
    "tums",
    "advil",
    "care",
    "cares",
    "chair",
    "drug",
    "drugs",
    "medicine",
    "medicines",
    "tablet",
    "tablets",
    "capsule",
    "capsules",
    "injection",
    "dose",
    "doses",
    "cream",
    "gel",
    "spray",
    "drops",
    "patch",
    "solution",
    "suspension",
    "syrup",
    "lotion",
    "ointment",
    "powder",
    "oral",
    "topical",
    "nasal",
    "human",
    "animal",
    "plant",
    "oil",
    "oils",
    "acid",
    "acids",
    "extract",
    "root",
    "leaf",
    "bark",
    "seed",
    "flower",
    "fruit",
    "juice",
    "milk",
    "honey",
    "tea",
    "coffee",
    "wine",
    "beer",
    "smoke",
    "tar",
    "soap",
    "wax",
    "silk",
    "cotton",
    "wool",
    "paper",
    "glass",
    "steel",
    "stone",
    "sand",
    "clay",
    "mud",
    "ash",
    "dust",
    "fire",
    "ice",
    "snow",
    "rain",
    "wind",
    "air",
    "earth",
    "sun",
    "moon",
    "anti",
    "serum",
    "blood",
    "plasma",
    "cell",
    "cells",
    "tissue",
    "bone",
    "skin",
    "hair",
    "nail",
    "tooth",
    "teeth",
    "eye",
    "ear",
    "nose",
    "mouth",
    "heart",
    "lung",
    "liver",
    "kidney",
    "brain",
    "nerve",
    "muscle",
    "fat",
    "virus",
    "bacteria",
    "vaccine",
    "vaccines",
    "toxin",
    "toxins",
    "venom",
    "allergen",
    "allergens",
    "pollen",
    "mold",
    "yeast",
    "fungus",
    "diet",
    "food",
    "meal",
    "fiber",
    "fibre",
    "starch",
    "mineral",
    "minerals",
    "amino",
    "lipid",
    "lipids",
    "sterol",
    "sterols",
    "steroid",
    "steroids",

    "latex",
    "nickel",
    "cobalt",
    "chrome",
    "chromium",
    "tin",
    "lithium",
    "radium",
    "radon",
    "uranium",
    "platinum",
    "mercury",
    "arsenic",
    "barium",
    "bismuth",
    "boron",
    "selenium",
    "silicon",
    "titanium",
    "zirconium",
    "manganese",
    "molybdenum",
    "vanadium",
    "neon",
    "xenon",
    "krypton",
    "ozone",
    "ammonia",
    "bleach",
    "lime",
    "soda",
    "vinegar",
    "mint",
    "pepper",
    "garlic",
    "ginger",
    "onion",
    "lemon",
    "orange",
    "apple",
    "grape",
    "cherry",
    "berry",
    "banana",
    "coconut",
    "almond",
    "peanut",
    "walnut",
    "wheat",
    "corn",
    "rice",
    "oat",
    "oats",
    "barley",
    "soy",
    "bean",
    "beans",
    "pea",
    "peas",
    "cocoa",
    "vanilla",
    "cinnamon",
    "clove",
    "sage",
    "thyme",
    "basil",
    "dill",
    "fennel",
    "anise",
    "chamomile",
    "lavender",
    "aloe",
    "eucalyptus",
    "menthol",
    "camphor",
    "pine",
    "oak",
    "birch",
    "willow",
    "elm",
    "maple",
    "cypress",
    "juniper",
    "spruce",
    "fir",
    "hemp",
    "cannabis",
    "tobacco",
    "coca",
    "opium",
    "poppy",
    "kava",
    "hops",
    "yohimbe",
    "ephedra",
    "ginseng",
    "ginkgo",
    "echinacea",
    "valerian",
    "melatonin",
    "collagen",
    "keratin",
    "elastin",
    "gelatin",
    "agar",
    "pectin",
    "lactose",
    "fructose",
    "sucrose",
    "maltose",
    "dextrose",
    "glycerin",
    "glycerol",
    "paraffin",
    "petroleum",
    "benzene",
    "toluene",
    "xylene",
    "acetone",
    "ether",
    "chloroform",
    "formaldehyde",
    "methanol",
    "propane",
    "butane",
    "methane",
    "ethane",
    "ethylene",
    "propylene",
    "styrene",
    "nylon",
    "polyester",
    "rubber",
    "plastic",
    "resin",
    "ivory",
    "marble",
    "granite",
    "quartz",
    "diamond",
    "emerald",
    "sapphire",
    "topaz",
    "opal",
    "onyx",
    "jasper",
    "agate",
    "coral",
    "shell",
    "fish",
    "chicken",
    "beef",
    "pork",
    "egg",
    "eggs",
    "cheese",
    "butter",
    "yogurt",
    "bread",
    "cake",
    "candy",
    "chocolate",
    "nectar",
    "dew",
    "mist",
    "fog",
    "cloud",
    "storm",
    "thunder",
    "lightning",
}


def _icd_codes() -> list[tuple[str, str]]:
    import simple_icd_10_cm as icd

    out: list[tuple[str, str]] = []
    for code in icd.get_all_codes(with_dots=False):
        if icd.is_category_or_subcategory(code):
            out.append((code, icd.get_description(code)))
    return out


def _condition_terms(codes: list[tuple[str, str]]) -> set[str]:
    terms: set[str] = set()
    for code, desc in codes:
        if code[0] not in "ABCDEFGHIJKLMNOPQR":
            continue
        text = re.sub(r"\[[^\]]*\]|\([^)]*\)", " ", desc.lower())
        for word in re.findall(r"[a-z][a-z'-]+", text):
            if _CONDITION_SUFFIX.match(word) and word not in _SUFFIX_STOP and len(word) >= 6:
                terms.add(word)
        for frag in re.split(r",|;| with | without | due to | in | and | or ", text):
            words = [w for w in re.findall(r"[a-z0-9][a-z0-9'-]*", frag)]
            while words and words[0] in _GENERIC:
                words.pop(0)
            while words and words[-1] in _GENERIC:
                words.pop()
            if not 1 <= len(words) <= 4:
                continue
            phrase = " ".join(words)
            if _CONDITION_HEAD.search(phrase) and not all(w in _GENERIC for w in words):
                if len(words) == 1 and words[0] in {
                    "disease",
                    "disorder",
                    "syndrome",
                    "failure",
                    "infection",
                    "deficiency",
                    "fever",
                    "ulcer",
                    "abuse",
                    "dependence",
                    "stroke",
                    "tumor",
                    "tumour",
                    "insufficiency",
                }:
                    continue
                terms.add(phrase)
    return terms


# Words of ICD-10-CM's own apparatus or of accident codes, not of a person's condition.
_CLINICAL_STOP = frozenset(
    """sequela sequelae nontraffic noncollision nonmotor underdosing micro intra onboard quard
    unpowered homologues medicaments corrosions derangements occipito atlanto externa nonvenomous
    nonbiological nihss liveborn nonautologous autologous inhibitors agonists blockers reuptake
    antagonists unspecified initial subsequent encounter laterality bilateral specified
    nonspecific""".split()
)


def _clinical_terms(codes: list[tuple[str, str]], firsts: set[str], conds: set[str]) -> list[str]:
    if not NAME_WORD_LIST.exists() or not WORD_LIST.exists():
        return []
    common = {w for w in NAME_WORD_LIST.read_text(encoding="utf-8").split("\n") if w.islower()}
    large = WORD_LIST.read_text(encoding="utf-8").split("\n")
    caps = {w.lower() for w in large if re.fullmatch(r"[A-Z][a-z]+", w)}
    terms: set[str] = set()
    for _code, desc in codes:
        text = re.sub(r"\[[^\]]*\]|\([^)]*\)", " ", desc.lower())
        for word in re.findall(r"[a-z]+", text):
            if (
                len(word) >= 5
                and word not in common
                and word not in caps
                and word not in firsts
                and word not in conds
                and word not in _CLINICAL_STOP
            ):
                terms.add(word)
    return sorted(terms)


def _medications() -> set[str]:
    import drug_named_entity_recognition as dner

    pkl = Path(dner.__file__).parent / "drug_ner_dictionary.pkl.bz2"
    with bz2.open(pkl, "rb") as fh:
        data = pickle.load(fh)  # noqa: S301 - the package's own shipped data file
    canon = data["drug_canonical_to_data"]
    keep_canon = {
        name
        for name, info in canon.items()
        if "medline_plus_id" in info or "nhs_url" in info or "drugbank_id" in info
    }
    names: set[str] = set()
    for variant, canonicals in data["drug_variant_to_canonical"].items():
        if variant in data["drug_variant_to_variant_data"] or any(
            c in keep_canon for c in canonicals
        ):
            names.add(variant)
    out: set[str] = set()
    for name in names:
        name = name.strip().lower()  # noqa: PLW2901
        if not re.fullmatch(r"[a-z][a-z0-9 '\-]{3,40}", name):
            continue
        words = name.split()
        if len(words) > 3:
            continue
        if len(words) == 1 and (len(name) < 5 or name in _DRUG_STOP):
            continue
        if any(w in {"of", "and", "the", "for", "to", "with", "in"} for w in words):
            continue
        if name in _DRUG_STOP or (words[0] in {"at", "on", "by", "as", "no"} and len(words) == 2):
            continue  # "AT 10" (a brand) reads as "at 10" in every meeting invitation
        out.add(name)
    return out


_NAME_STOP = {
    "jun",  # the month, far more often than the given name
    "min",  # minutes
    "palmar",  # Icelandic "Pálmar" folded; the anatomical word is the common one here
    "will",
    "may",
    "june",
    "april",
    "august",
    "hope",
    "faith",
    "joy",
    "art",
    "chase",
    "dawn",
    "summer",
    "autumn",
    "winter",
    "page",
    "sky",
    "star",
    "honey",
    "king",
    "major",
    "max",
    "miles",
    "penny",
    "rich",
    "rock",
    "sandy",
    "skip",
    "sunny",
    "stone",
    "young",
    "bishop",
    "brand",
    "cash",
    "clay",
    "ever",
    "marsh",
    "price",
    "royal",
    "sage",
    "sterling",
    "paris",
    "holly",
    "ivy",
    "lily",
    "iris",
    "jade",
    "ruby",
    "amber",
    "crystal",
    "destiny",
    "harmony",
    "trinity",
    "unique",
    "precious",
    "angel",
    "baby",
    "essence",
    "genesis",
    "heaven",
    "justice",
    "karma",
    "liberty",
    "london",
    "memory",
    "miracle",
    "mercy",
    "haven",
    "brook",
    "cliff",
    "colt",
    "con",
    "dash",
    "duke",
    "gray",
    "grey",
    "guy",
    "heath",
    "jewel",
    "lance",
    "les",
    "lucky",
    "lyric",
    "misty",
    "norm",
    "pearl",
    "ran",
    "rod",
    "sol",
    "walker",
    "ward",
    "win",
    "wolf",
    "dr",
    "general",
    "patient",
    "main",
    "campus",
    "lobby",
    "new",
    "free",
    "healthy",
    "living",
    "center",
    "north",
    "south",
    "east",
    "west",
    "see",
    "can",
    "did",
    "are",
    "the",
    "and",
    "for",
    "not",
    "you",
    "our",
    "all",
    "any",
    "one",
    "two",
    "her",
    "his",
    "him",
    "she",
    "way",
    "day",
    "sun",
    "son",
    "man",
    "men",
    "bay",
    "bed",
    "room",
    "unit",
    "lab",
    "labs",
    "team",
    "staff",
    "care",
    "home",
    "life",
    "love",
    "light",
    "sea",
    "city",
    "town",
    "river",
    "lake",
    "hill",
    "wood",
    "field",
    "forest",
    "ocean",
    "rain",
    "snow",
    "lunch",
    "dinner",
    "meeting",
    "note",
    "notes",
    "list",
    "plan",
    "policy",
    "health",
    "medical",
    "nurse",
    "doctor",
    "happy",
    "thank",
    "thanks",
    "dear",
    "hello",
    "please",
    "call",
    "email",
    "office",
    "service",
    "services",
    "support",
    "info",
    "news",
    "update",
    "week",
    "month",
    "year",
    "today",
    "board",
    "chief",
    "dean",
    "don",
    "per",
    "van",
    "von",
    "del",
    "della",
    "des",
    "mac",
    "bill",
    "pat",
}


# Given names that are also everyday English words, kept because people are called that in the
# US ("Matt's biopsy", "Deb Hollister"); the other such words are dropped (see _first_names).
_REAL_NAMES_THAT_ARE_WORDS = frozenset(
    """deb dick matt nick josh ken hank eve flora phoebe felicity eddy rob meg chuck dot dotty
    sonny dusty rocky wade gale herb buddy cal kitty patsy mickey noel myrtle rosemary laurel fern
    dahlia magnolia paisley piper scarlet sibyl prudence patience charity valentine roman pierce
    tucker sawyer archer cooper chandler foster parker beau belle blossom clement ester amir aria
    aspen dieter emery marina margarita serge sera griffin""".split()
)


def _word_names(firsts: set[str]) -> set[str]:
    """Given names from other locales' lists that are everyday English words ("job", "case",
    "line", "media", "unknown"): a capitalised one opens a heading or a sentence far more often
    than it names a person. Kept: Faker's en_US given names and _REAL_NAMES_THAT_ARE_WORDS."""
    if not NAME_WORD_LIST.exists():
        return set()
    from faker.providers.person.en_US import Provider as UsNames

    words = NAME_WORD_LIST.read_text(encoding="utf-8").split("\n")
    lower = {w for w in words if re.fullmatch(r"[a-z]+", w)}
    us = {n.lower() for n in (*UsNames.first_names_male, *UsNames.first_names_female)}
    keep = us | _REAL_NAMES_THAT_ARE_WORDS
    return {n for n in firsts if n in lower and n not in keep}


# Given names of US patients that Faker's locales lack in Latin letters (its Chinese, Korean and
# Vietnamese lists are in their own scripts or short): common romanized forms, typed as US staff
# type them. English words among them ("long", "son") are dropped like any other (_word_names).
_EXTRA_GIVEN_NAMES = frozenset(
    """mei ling xiao hui yan hong jing wei hua lan ying qing zhen xiaoming xiaoling meiling
    lihua jianguo guang zhiwei yuting yifan zihan haoran jiahui xinyi shu fen lei tao chun
    jihoon minjun seoyeon jiwoo soojin hyunwoo eunji jaewon sungmin youngho jihye hyejin jinwoo
    minji seojun yuna jiyeon sunhee younghee kyung hyun soo eun jae sung
    phuong thanh huong linh trang thao hanh hoa tuan minh duc hung dung nam quang khanh ngoc anh
    bao huy hieu tam thuy nga loan tien phuc trung cuong thang vinh kiet lien oanh
    priya anjali deepa sunita rajesh suresh ramesh vijay sanjay arjun rohan aarav ananya kavya
    lakshmi meena harpreet gurpreet manpreet jaspreet simran navdeep""".split()
)


def _first_names() -> set[str]:
    import importlib
    import pkgutil

    import faker.providers.person as people

    names: set[str] = set()
    # A name's folded form that spells an English word or proper noun ("novémber" -> "november",
    # "ísland" -> "island") is that word in US mail, not the name.
    dictionary = (
        {w.lower() for w in WORD_LIST.read_text(encoding="utf-8").split("\n")}
        if WORD_LIST.exists()
        else set()
    )
    for mod_info in pkgutil.iter_modules(people.__path__):
        try:
            prov = importlib.import_module(f"faker.providers.person.{mod_info.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in (
            "first_names",
            "first_names_male",
            "first_names_female",
            # Chinese and Japanese given names as written in Latin letters ("Wei", "Guiying",
            # "Chia-Hao", "Kenichi"): the form they take in US mail.
            "first_romanized_names",
            "first_romanized_names_male",
            "first_romanized_names_female",
        ):
            values = getattr(prov, attr, ())
            if not isinstance(values, (list, tuple, dict)):
                continue
            for n in values:
                n = str(n).strip().lower()  # noqa: PLW2901
                # Also the name as typed on a US keyboard: "Phương" is written "Phuong".
                folded = _ascii_fold(n)
                forms = (n,) if folded == n or folded in dictionary else (n, folded)
                for form in forms:
                    if (
                        re.fullmatch(r"[a-zà-ÿčďěňřšťůžąćęłńóśźżőű'\-]{3,20}", form)
                        and form not in _NAME_STOP
                        and form not in _DRUG_STOP
                    ):
                        names.add(form)
    names |= {n for n in _EXTRA_GIVEN_NAMES if n not in _NAME_STOP}
    return names - _word_names(names)


def _ascii_fold(name: str) -> str:
    """The name without its diacritics ("phương" -> "phuong", "đức" -> "duc", "şükrü" ->
    "sukru"), as staff type it on a US keyboard."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("\u0131", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _surnames() -> set[str]:
    """Surnames: the 1990 US Census list (88,799 names, via the ``names`` package) and every
    Faker locale's (Latin script, also folded as typed on a US keyboard), minus words the large
    English word list spells in lower case ("brown", "read"), minus its proper nouns that are
    not common surnames (places, brands), minus names under four letters ("Ng", "Le", "Do" are
    too often something else). The detector takes a lone capitalised word from this list as a
    surname only where a given name would be taken (the topic of its sentence, a list row's
    first cell) and only with care right after it."""
    import importlib
    import pkgutil

    import faker.providers.person as people
    import names as census

    words = WORD_LIST.read_text(encoding="utf-8").split("\n") if WORD_LIST.exists() else []
    lower = {w for w in words if re.fullmatch(r"[a-z]+", w)}  # "read", "brown", "rice"
    proper = {w.lower() for w in words if re.fullmatch(r"[A-Z][a-z]+", w)} - lower
    found: set[str] = set()
    common: set[str] = set()  # the census's 20,000 most frequent: "Gomez", "Chen", "Hale"
    census_file = Path(census.__file__).parent / "dist.all.last"
    for rank, line in enumerate(census_file.read_text(encoding="ascii").splitlines()):
        if line.strip():
            name = line.split()[0].lower()
            found.add(name)
            if rank < 20000:
                common.add(name)
    for mod_info in pkgutil.iter_modules(people.__path__):
        try:
            prov = importlib.import_module(f"faker.providers.person.{mod_info.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in ("last_names", "last_names_male", "last_names_female", "last_romanized_names"):
            values = getattr(prov, attr, ())
            if isinstance(values, (list, tuple, dict)):
                for n in values:
                    n = str(n).strip().lower()  # noqa: PLW2901
                    found.update((n, _ascii_fold(n)))
                    common.add(n)
    # A proper noun of the word list is a surname when people commonly bear it ("Gomez",
    # "Chen"); a rarer one is more likely a place or a brand ("Haverford", "Lyndale").
    return {
        n
        for n in found
        if re.fullmatch(r"[a-zà-ÿčďěňřšťůžąćęłńóśźżőű'\-]{4,25}", n)
        and n not in lower
        and (n not in proper or n in common)
        and n not in _NAME_STOP
        and n not in _DRUG_STOP
    }


_SURNAME_NOTICE = """\
# Surnames: the 1990 US Census surname list (public domain; shipped in the MIT-licensed `names`
# package) and the surnames of Faker's locales (MIT), lower-case, folded forms included, minus
# common English words, rare names the word list spells as a place, and names under four letters
# (see _surnames).
# Generated by models/build_lexicons.py - do not edit by hand.
"""


_SCOWL_NOTICE = """\
# Common English words that are never names: the lower-case entries of SCOWL's american-english
# list (Debian package wamerican-large, size 70) that the same list never capitalises (so no given
# name, surname or place shares their spelling) and that are not in first_names.txt. The detector
# uses it to tell a heading ("Formulation Record") or a capitalised common word from a surname.
# Generated by models/build_lexicons.py - do not edit by hand.
#
# SCOWL (Spell Checker Oriented Word Lists), Copyright 2000-2011 by Kevin Atkinson.
# Permission to use, copy, modify, distribute and sell these word lists, the associated scripts,
# the output created from the scripts, and its documentation for any purpose is hereby granted
# without fee, provided that the above copyright notice appears in all copies and that both that
# copyright notice and this permission notice appear in supporting documentation. Kevin Atkinson
# makes no representations about the suitability of this array for any purpose. It is provided
# "as is" without express or implied warranty. (Its 10 level derives from the public-domain Moby
# Words II.)
"""


def _english_words(firsts: set[str]) -> list[str]:
    words = WORD_LIST.read_text(encoding="utf-8").split("\n")
    lower = {w for w in words if re.fullmatch(r"[a-z]+", w)}
    caps = {w.lower() for w in words if re.fullmatch(r"[A-Z][a-z]+", w)}
    return sorted(w for w in lower if w not in caps and w not in firsts and len(w) >= 3)


def main() -> int:
    OUT.mkdir(exist_ok=True)
    codes = _icd_codes()
    header = "# Generated by models/build_lexicons.py - do not edit by hand.\n"
    (OUT / "icd10cm_codes.txt").write_text(header + "\n".join(sorted(c for c, _ in codes)) + "\n")
    conds = _condition_terms(codes)
    (OUT / "conditions_icd.txt").write_text(header + "\n".join(sorted(conds)) + "\n")
    firsts = _first_names()
    (OUT / "first_names.txt").write_text(header + "\n".join(sorted(firsts)) + "\n")
    surnames = _surnames()
    (OUT / "surnames.txt").write_text(_SURNAME_NOTICE + "\n".join(sorted(surnames)) + "\n")
    clinical = _clinical_terms(codes, firsts, conds)
    if clinical:
        (OUT / "clinical_terms.txt").write_text(header + "\n".join(clinical) + "\n")
    else:
        print("word lists missing (apt-get install wamerican wamerican-large): clinical_terms kept")
    if WORD_LIST.exists():
        english = _english_words(firsts)
        (OUT / "english_words.txt").write_text(_SCOWL_NOTICE + "\n".join(english) + "\n")
    else:
        print(f"{WORD_LIST} missing (apt-get install wamerican-large): english_words.txt kept")
    meds = _medications()
    (OUT / "medications.txt").write_text(header + "\n".join(sorted(meds)) + "\n")
    print(
        f"icd codes {len(codes)}, condition terms {len(conds)}, medications {len(meds)}, "
        f"first names {len(firsts)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
