# ruff: noqa: E501  (message texts are data)
"""Coverage audit of English clinical vocabulary (session 12) through the real detector.

A broad list of terms people write in clinical mail, over some 40 specialties and care settings,
found gaps in the health lexicons (models/lexicons/*.txt, sections "coverage audit, session 12").
Each PHI case names a patient next to one added term and nothing else about their health: the
term must be found as health information and the message must be PHI. Each NOT_PHI case uses the
everyday or business sense of a word the audit deliberately did not add on its own ("sleeve",
"band", "monitor", "quarantine") next to a name and stays clean. Texts are written here, not copied
from any mail set."""

from __future__ import annotations

import pytest

from gateway.detect import Detector
from gateway.detect.lexicon import normalize_phrase

NAMES = (
    "Rosalind Achebe",
    "Tobias Lindqvist",
    "Marisol Fuentes",
    "Desmond Okonkwo",
    "Ingrid Halvorsen",
    "Kwame Mensah-Boateng",
    "Beatriz Calderon",
    "Lachlan Pemberton",
)

# (specialty or care setting, term as written in mail)
ADDED: list[tuple[str, str]] = [
    # pulmonology and sleep medicine
    ("sleep", "polysomnography"),
    ("sleep", "PSG"),
    ("sleep", "home sleep test"),
    ("sleep", "maintenance of wakefulness test"),
    ("sleep", "cpap machine"),
    ("sleep", "inspire implant"),
    ("pulmonology", "ebus"),
    ("pulmonology", "low-dose ct"),
    ("pulmonology", "incentive spirometer"),
    ("pulmonology", "ofev"),
    # cardiology and device clinic
    ("cardiology", "coronary angiogram"),
    ("cardiology", "quadruple bypass"),
    ("cardiology", "coronary artery bypass grafting"),
    ("device clinic", "pacemaker lead revision"),
    ("device clinic", "cardiac resynchronization therapy"),
    ("cardiology", "statin"),
    # clinical acronyms and organ masses (added after the audit, session 12)
    ("hepatology", "HCV"),
    ("hepatology", "HBV"),
    ("paediatric cardiology", "VSD"),
    ("paediatric cardiology", "HLHS"),
    ("neurosurgery", "SAH"),
    ("pulmonology", "IPF"),
    ("endocrinology", "T1D"),
    ("obstetrics", "GDM"),
    ("cardiac surgery", "ECMO"),
    ("cardiology", "TTE"),
    ("infectious disease", "PrEP"),
    ("GI", "cecal mass"),
    ("fetal cardiology", "fetal echocardiography"),
    # GI and hepatology
    ("GI", "bowel prep"),
    ("GI", "golytely"),
    ("GI", "bravo ph test"),
    ("GI", "24 hour ph study"),
    ("GI", "jejunostomy tube"),
    ("GI", "colon polyp"),
    ("GI", "fecal calprotectin"),
    ("GI", "total parenteral nutrition"),
    # bariatrics
    ("bariatrics", "gastric sleeve"),
    ("bariatrics", "roux-en-y gastric bypass"),
    ("bariatrics", "lap-band"),
    ("bariatrics", "lap band adjustment"),
    ("bariatrics", "gastric band adjustment"),
    ("bariatrics", "gastric balloon"),
    ("bariatrics", "dumping syndrome"),
    # nephrology and dialysis
    ("nephrology", "microalbuminuria"),
    ("nephrology", "phosphate binder"),
    # urology
    ("urology", "TURP"),
    ("urology", "urodynamics"),
    ("urology", "post-void residual"),
    ("urology", "urolift"),
    ("urology", "self-catheterization"),
    ("urology", "bladder instillation"),
    ("urology", "overactive bladder"),
    # OB/GYN and fertility
    ("obstetrics", "NST"),
    ("gynaecology", "leep"),
    ("gynaecology", "uterine fibroids"),
    ("fertility", "luteal phase support"),
    # neonatal and paediatrics
    ("neonatal", "premature infant"),
    ("neonatal", "kangaroo care"),
    ("paediatrics", "m-chat screening"),
    ("paediatrics", "two month shots"),
    # oncology and infusion
    ("oncology", "positive margins"),
    ("oncology", "stereotactic radiosurgery"),
    # haematology and bleeding disorders
    ("haematology", "factor IX"),
    ("haematology", "factor ix deficiency"),
    ("haematology", "factor prophylaxis"),
    ("haematology", "chelation therapy"),
    # rheumatology
    ("rheumatology", "ana test"),
    ("rheumatology", "sjogren's syndrome"),
    ("rheumatology", "joint aspiration"),
    # endocrinology and diabetes
    ("endocrinology", "synthroid"),
    ("endocrinology", "graves' disease"),
    ("endocrinology", "hypothyroid"),
    ("endocrinology", "testosterone replacement therapy"),
    ("diabetes", "omnipod"),
    ("diabetes", "dexcom"),
    ("diabetes", "libre sensor"),
    ("diabetes", "dsmes"),
    # dermatology
    ("dermatology", "full body skin exam"),
    ("dermatology", "mole check"),
    ("dermatology", "suspicious mole"),
    ("dermatology", "nb-uvb"),
    # ophthalmology and optometry
    ("ophthalmology", "visual field test"),
    ("ophthalmology", "dilated eye exam"),
    ("ophthalmology", "optical coherence tomography"),
    ("ophthalmology", "eye pressure check"),
    ("ophthalmology", "anti vegf injection"),
    ("ophthalmology", "wet amd"),
    # ENT and audiology
    ("audiology", "tympanometry"),
    ("audiology", "abr test"),
    ("audiology", "videonystagmography"),
    ("ENT", "bppv"),
    ("ENT", "eustachian tube dysfunction"),
    ("ENT", "vocal cord nodules"),
    # speech and language therapy
    ("speech therapy", "mbss"),
    ("speech therapy", "vitalstim"),
    ("speech therapy", "honey thick liquids"),
    ("speech therapy", "voice therapy"),
    ("speech therapy", "speech generating device"),
    ("speech therapy", "cognitive linguistic therapy"),
    ("speech therapy", "aphasia"),
    # orthopaedics, sports, physical therapy
    ("orthopaedics", "labral tear"),
    ("orthopaedics", "tennis elbow"),
    ("sports medicine", "prp injection"),
    # podiatry
    ("podiatry", "bunions"),
    ("podiatry", "toenail fungus"),
    ("podiatry", "hammertoe correction"),
    ("podiatry", "corn removal"),
    # neurology and neurosurgery
    ("neurology", "mra head"),
    ("neurology", "ms flare"),
    ("neurology", "deep brain stimulation"),
    ("neurosurgery", "shunt revision"),
    ("neurosurgery", "pain pump"),
    ("neurology", "brain death"),
    # psychiatry
    ("psychiatry", "tms therapy"),
    ("psychiatry", "electroconvulsive therapy"),
    ("psychiatry", "neuropsychological evaluation"),
    # addiction
    ("addiction", "cannabis use disorder"),
    # geriatrics and memory care
    ("memory care", "MoCA"),
    ("memory care", "MMSE"),
    ("memory care", "mini mental state exam"),
    ("memory care", "mild cognitive impairment"),
    ("memory care", "memory clinic"),
    ("geriatrics", "cognitive assessment"),
    ("geriatrics", "geriatric assessment"),
    ("memory care", "leqembi"),
    # home health, home infusion, DME
    ("home infusion", "TPN"),
    ("home infusion", "enteral feeding pump"),
    ("home health", "home safety evaluation"),
    ("home health", "homebound status"),
    # radiology
    ("radiology", "ct with contrast"),
    ("radiology", "bone scan"),
    ("radiology", "vq scan"),
    # transplant and organ donation
    ("transplant", "living kidney donor"),
    ("transplant", "living donor transplant"),
    ("transplant", "donor evaluation"),
    ("transplant", "organ rejection"),
    ("transplant", "chronic rejection"),
    ("transplant", "donation after circulatory death"),
    ("transplant", "panel reactive antibody"),
    ("transplant", "transplant clinic"),
    # infectious disease and public health
    ("infectious disease", "descovy"),
    ("infectious disease", "contact precautions"),
    ("infectious disease", "airborne precautions"),
    ("infectious disease", "std test"),
    ("public health", "mpox"),
    ("public health", "jynneos"),
    ("public health", "dot for tb"),
    ("public health", "expedited partner therapy"),
    # wound care, plastic and burn
    ("wound care", "skin substitute"),
    ("plastic surgery", "full thickness skin graft"),
    ("plastic surgery", "skin graft"),
    ("plastic surgery", "breast implant"),
    ("plastic surgery", "tummy tuck"),
    ("burn care", "TBSA"),
    ("burn care", "STSG"),
    ("burn care", "burn unit"),
    # vascular
    ("vascular", "ankle brachial index"),
    ("vascular", "carotid stenting"),
    ("vascular", "peripheral artery disease"),
    # emergency
    ("emergency", "left without being seen"),
    # primary care
    ("primary care", "ear wax removal"),
    ("primary care", "skin tag removal"),
    ("primary care", "med reconciliation"),
    ("primary care", "b12 deficiency"),
    # pharmacy
    ("pharmacy", "adverse drug reaction"),
    ("pharmacy", "step therapy exception"),
    # allergy and immunology
    ("allergy", "skin prick test"),
    ("allergy", "oral food challenge"),
    ("allergy", "specific ige"),
    ("allergy", "alpha-gal syndrome"),
    ("immunology", "CVID"),
    ("immunology", "SCIG"),
    # genetics
    ("genetics", "brca testing"),
    ("genetics", "expanded carrier screening"),
    ("genetics", "whole exome sequencing"),
    ("genetics", "mthfr gene mutation"),
    ("genetics", "tay-sachs"),
]

# (what, subject, body): the everyday sense of a word the audit kept out of the lexicons.
NOT_PHI: list[tuple[str, str, str]] = [
    (
        "bereavement",
        "policy",
        "Hi Ruth Delgado, the bereavement leave policy is on the HR site; two days are standard.",
    ),
    (
        "band",
        "Friday",
        "Marcus Feld, the band concert starts at seven, please bring the folding chairs.",
    ),
    ("band fill", "gig", "Owen Hart, the band needs a fill-in drummer for the Saturday gig."),
    (
        "sleeve",
        "kitchen",
        "Dana Whitcombe, grab a sleeve of cups and the napkins for the lobby coffee.",
    ),
    (
        "sleeve shirts",
        "merch",
        "Nadia Costa, the long sleeve shirts and the wristband order for the conference shipped.",
    ),
    (
        "lead revision",
        "proposal",
        "Priyanka Rao, the lead revision of the proposal is due Friday; legal has comments.",
    ),
    (
        "event monitor",
        "dashboard",
        "Colin Marsh, the event monitor on the build server keeps paging overnight.",
    ),
    (
        "generator change",
        "facilities",
        "Helga Strand, the generator change at the warehouse is booked for Saturday.",
    ),
    ("fitting", "uniforms", "Omar Siddiqui, the fitting for the new uniforms is Tuesday at ten."),
    (
        "screening",
        "film night",
        "Lena Hoffmann, the screening of the documentary is in the main hall; popcorn is on us.",
    ),
    (
        "check",
        "figures",
        "Brian Castellano, please do a quick check of the Q3 figures before the call.",
    ),
    (
        "quarantine",
        "mail filter",
        "Naomi Park, the invoice landed in the quarantine folder of the mail filter again.",
    ),
    (
        "end-of-life",
        "servers",
        "Victor Amadi, the vendor sent the end-of-life notice for the old file servers; migration plan attached.",
    ),
    ("triage", "tickets", "Julian Moreau, can you do the triage of the support tickets this week?"),
    (
        "facelift",
        "website",
        "Sofia Brennan, the website facelift goes live Monday with the new logo.",
    ),
    (
        "walker",
        "charity walk",
        "Elliot Walker signed up for the charity walk in May; the route map is on the intranet.",
    ),
    (
        "cane",
        "bake sale",
        "Tess Ibarra will bring the walker signs and the cane sugar for the bake sale.",
    ),
    ("hives", "apiary", "Marta Kovac, the two bee hives at the community garden need a new stand."),
    (
        "floaters",
        "staffing",
        "Aidan Kerr, we have two floaters on the staffing plan for the holiday weekend.",
    ),
    (
        "bridge",
        "traffic",
        "Carla Benedetti, the Route 9 bridge is closed for repairs, so leave early for the offsite.",
    ),
    (
        "sponsor",
        "gala",
        "Rebecca Stone, our sponsor for the gala confirmed the gold package today.",
    ),
    (
        "refraction",
        "physics",
        "Tomas Alvarez, the refraction lab for the physics class moves to Wednesday.",
    ),
    ("TMS", "logistics", "Hannah Price, the TMS rollout for the freight team starts in March."),
    ("beers", "party", "Kevin Doyle, the beers list for the summer party is in the shared folder."),
]

# Everyday or business words (and ambiguous short abbreviations) the audit left out on purpose:
# never a health phrase on their own, in any lexicon.
EVERYDAY = (
    "sleeve",
    "band",
    "monitor",
    "fitting",
    "bereavement",
    "screening",
    "check",
    "walker",
    "cane",
    "quarantine",
    "triage",
    "hives",
    "floaters",
    "facelift",
    "sponsor",
    "bridge",
    "refraction",
    "lead revision",
    "generator change",
    "band fill",
    "band adjustment",
    "event monitor",
    "skin check",
    "patch testing",
    "donor site",
    "contact tracing",
    "specialty pharmacy",
    "mail-order pharmacy",
    "90-day supply",
    "assisted living",
    "end-of-life",
)
EVERYDAY_ABBREVIATIONS = (
    "OTP", "TMS", "ECT", "CVS", "AED", "WIC", "PAD", "ABI", "AKA", "TEE", "DNI", "CTA", "PVC", "AAA"
)  # fmt: skip


@pytest.mark.parametrize(("specialty", "term"), ADDED, ids=[f"{s}: {t}" for s, t in ADDED])
def test_added_term_is_health_next_to_a_patient(
    detector: Detector, specialty: str, term: str
) -> None:
    name = NAMES[ADDED.index((specialty, term)) % len(NAMES)]
    body = f"Quick update on {name}: {term}, per the note from Tuesday."
    v = detector.analyze_text(body, subject="update")
    start = body.index(term)
    end = start + len(term)
    found = [
        f
        for f in v.findings
        if f.part == "body" and f.category == "health" and f.start < end and start < f.end
    ]
    assert found, (specialty, term, [(body[f.start : f.end], f.entity) for f in v.findings])
    assert v.phi, (specialty, term, v.score, v.evidence)


@pytest.mark.parametrize(("what", "subject", "body"), NOT_PHI, ids=[c[0] for c in NOT_PHI])
def test_everyday_sense_is_not_phi(detector: Detector, what: str, subject: str, body: str) -> None:
    v = detector.analyze_text(body, subject=subject)
    assert not v.phi, (what, v.score, v.evidence)


def test_everyday_words_are_never_a_phrase_alone(detector: Detector) -> None:
    lex = detector.lexicon
    assert not [w for w in EVERYDAY if lex.has_word(normalize_phrase(w))]
    assert not [w for w in EVERYDAY_ABBREVIATIONS if lex.has_exact(w) or lex.has_word(w.lower())]
