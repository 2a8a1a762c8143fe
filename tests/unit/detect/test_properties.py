"""The detector takes any text without raising, and its findings always point inside the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway.detect import Detector

_ALPHABET = st.characters(blacklist_categories=("Cs",))
_WORDS = st.sampled_from(
    [
        "Patient:",
        "Ingrid",
        "Solberg",
        "DOB",
        "03/14/1957",
        "MRN",
        "00482913",
        "admitted",
        "with",
        "pneumonia",
        "Dear",
        "Dr.",
        "RN",
        ",",
        "\n",
        "HbA1c",
        "9.2%",
        "SSN",
        "219-09-9999",
        "your",
        "results",
        "E11.9",
        "metformin",
        "500",
        "mg",
        "BID",
        "Hi",
        "Team",
        "|",
        "\t",
        "name,dx",
    ]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=st.text(_ALPHABET, max_size=400), subject=st.text(_ALPHABET, max_size=80))
def test_any_text_is_analyzed(detector_no_ner: Detector, body: str, subject: str) -> None:
    v = detector_no_ner.analyze_text(body, subject=subject)
    assert 0.0 <= v.score <= 1.0
    for f in v.findings:
        text = body if f.part == "body" else subject
        assert 0 <= f.start < f.end <= len(text)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(words=st.lists(_WORDS, max_size=60))
def test_clinical_word_salad_is_analyzed(detector: Detector, words: list[str]) -> None:
    body = " ".join(words)
    v = detector.analyze_text(body, subject=" ".join(words[:5]))
    assert isinstance(v.phi, bool)
    joined = " ".join(v.evidence)
    assert "Solberg" not in joined and "00482913" not in joined and "219-09-9999" not in joined
