"""British spellings of the lexicons' American phrases ("haemodialysis", "oedema", "tumour").

Mail from the UK, Ireland, Australia, India or Canada writes "haemodialysis" and "paediatric";
the lexicons list the American forms. Every case-insensitive phrase is also loaded in its
British spelling, word by word; words that would become everyday British words are left alone.
"""

from __future__ import annotations

import pytest

from gateway.detect import Detector
from gateway.detect.lexicon import Lexicon, uk_variants


@pytest.mark.parametrize(
    ("us", "uk"),
    [
        ("hemodialysis", "haemodialysis"),
        ("hematology referral", "haematology referral"),
        ("anemia", "anaemia"),
        ("ischemic stroke", "ischaemic stroke"),
        ("leukemia", "leukaemia"),
        ("hypoglycemia", "hypoglycaemia"),
        ("sleep apnea", "sleep apnoea"),
        ("diarrhea", "diarrhoea"),
        ("esophagitis", "oesophagitis"),
        ("estrogen", "oestrogen"),
        ("fetal monitoring", "foetal monitoring"),
        ("pediatric cardiology", "paediatric cardiology"),
        ("orthopedic surgery", "orthopaedic surgery"),
        ("gynecology", "gynaecology"),
        ("anesthesia", "anaesthesia"),
        ("celiac disease", "coeliac disease"),
        ("tumor", "tumour"),
        ("behavioral health", "behavioural health"),
        ("hospitalized", "hospitalised"),
        ("immunization", "immunisation"),
    ],
)
def test_british_spelling(us: str, uk: str) -> None:
    assert uk_variants(us) == [uk]


@pytest.mark.parametrize(
    "phrase", ["chemotherapy", "hemiplegia", "systemic lupus", "emphysema", "size", "them"]
)
def test_words_without_a_british_form_stay(phrase: str) -> None:
    assert uk_variants(phrase) == []


def test_the_variant_matches_with_the_american_label_and_score() -> None:
    lex = Lexicon()
    lex.add("PROCEDURE", "Hemodialysis", 0.7)
    found = [(m.label, m.score) for m in lex.match("ten years of haemodialysis!")]
    assert found == [("PROCEDURE", 0.7)]


def test_a_british_entry_of_its_own_keeps_its_label() -> None:
    lex = Lexicon()
    lex.add("CONDITION", "anaemia", 0.8)
    lex.add("LAB_TEST", "anemia", 0.5)  # its variant must not overwrite the file's own entry
    assert [(m.label, m.score) for m in lex.match("anaemia")] == [("CONDITION", 0.8)]


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Beatrice Holloway, haemodialysis Tues/Thurs/Sat, missed her session on Monday.",
        "Dear Mrs Okafor, your daughter Amara has anaemia; her haemoglobin was low on 3 June.",
        "Gerald Finch - oesophagitis on the OGD, start omeprazole.",
    ],
)
def test_british_mail_about_a_patient_is_phi(patterns: Detector, text: str) -> None:
    assert patterns.analyze_text(text).phi
