"""The table recognizer's one-regex pre-check on header cells never changes the columns."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.detect.recognizers.lexical import _CODE_WORDS, _COLUMN_RULES, TableRecognizer


def _columns_rule_by_rule(header: list[str]) -> dict[int, str]:
    cols: dict[int, str] = {}
    for idx, cell in enumerate(header):
        name = cell.strip().strip('"').lower()
        if not name or len(name) > 40 or any(ch.isdigit() for ch in _CODE_WORDS.sub("", name)):
            continue
        for candidate in (name, name.rpartition("_")[2]):  # then a snake_case head noun
            hit = next((e for rx, e in _COLUMN_RULES if candidate and rx.search(candidate)), None)
            if hit is not None:
                cols[idx] = hit
                break
    return cols


def test_snake_case_head_noun() -> None:
    header = ["client_mrn", "accession", "birth_year", "cell_of_origin", "member_letter_body"]
    assert TableRecognizer._columns(header) == {0: "MRN"}
    # A code word keeps its digit; any other digit marks a data row, not a header.
    assert TableRecognizer._columns(["initials", "last_a1c", "2026-11-18"]) == {
        0: "PATIENT_REF",
        1: "LAB_RESULT",
    }


def test_table() -> None:
    header = [
        "Patient Name", "DOB", "MRN", "Provider Name", "Drug name", "Dx", "Phone", "e-mail",
        "Thanks", " see you then.", "patient", "Result", "Allergies", "Member #", "Notes",
    ]
    cols = TableRecognizer._columns(header)
    assert cols == _columns_rule_by_rule(header)
    assert cols[0] == "PERSON" and cols[3] == "IGNORE" and cols[4] == "MEDICATION"
    assert 8 not in cols and 9 not in cols and 14 not in cols


_CELL_WORDS = st.sampled_from(
    [
        "patient", "name", "first", "last", "dob", "birth", "date", "of", "mrn", "chart", "id",
        "member", "policy", "#", "no", "account", "visit", "phone", "address", "email", "e-mail",
        "dx", "icd-10", "medication", "drug", "lab", "result", "value", "admit", "reason",
        "allergies", "provider", "staff", "the", "thanks", "see", "you", "then", "notes", "_",
        "pt", "Patient", "NAME", "sur", "full", "subscriber", "ssn", "mbi", "cpt", "a1c", ".",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(_CELL_WORDS, max_size=4), min_size=1, max_size=6),
       st.sampled_from([" ", "_", "", "  "]))
def test_same_columns_as_rule_by_rule(cells: list[list[str]], sep: str) -> None:
    header = [sep.join(words) for words in cells]
    assert TableRecognizer._columns(header) == _columns_rule_by_rule(header)


def test_a_who_column_takes_only_cells_shaped_like_a_persons_name() -> None:
    # "Care recipient", "Participant", "Client": the row's person, when the cell is a name; a
    # client may be a practice ("Oakshade Peds"), and "Clients" is a count.
    text = (
        "Caregiver\tCare recipient\tDiagnosis\tRespite hrs\n"
        "Yolanda Pruneda\tArturo Pruneda\tVascular dementia\t44\n"
        "Gail Strand\tStrand, Leroy\tParkinson's disease\t38\n"
        "\n"
        "Client\tSpecimens\tMedian TAT (min)\n"
        "Oakshade Peds\t602\t39\n"
        "Lakeview Nursing Center\t311\t52\n"
        "\n"
        "County\tClients\n"
        "Harlan\t120\n"
    )
    found = [(r.entity_type, text[r.start : r.end]) for r in TableRecognizer().find(text)]
    assert ("PERSON", "Arturo Pruneda") in found
    assert ("PERSON", "Strand, Leroy") in found
    assert ("CONDITION", "Vascular dementia") in found
    people = {v for e, v in found if e == "PERSON"}
    assert people == {"Arturo Pruneda", "Strand, Leroy"}
