"""filename_text and _display_names with their patterns compiled once give what the module-level
``regex.sub``/``regex.split`` calls they replaced gave (the references below are those calls)."""

from __future__ import annotations

import regex as re
from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.detect.engine import _display_names, filename_text


def _filename_text_reference(filename: str) -> str:
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", filename.rsplit("/", 1)[-1])
    stem = re.sub(r"(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll})", " ", stem)
    stem = re.sub(r"(?:^|(?<=[_ \-]))(\p{Lu})(?=\p{Lu}\p{Ll}{2,})", r"\1 ", stem)
    stem = re.sub(r"(?<!\d)[\-.]+|[\-.]+(?!\d)|_+", " ", stem)
    return str(re.sub(r"[ \t]+", " ", stem)).strip()


def _display_names_reference(value: str) -> frozenset[str]:
    m = re.match(r"^\s*\"?([^\"<]+?)\"?\s*<", value)
    name = (m.group(1) if m else value).strip().strip('"')
    name = re.sub(r"^(?:dr|mr|mrs|ms|prof)\.?\s+", "", name, flags=re.IGNORECASE)
    name = re.split(r",\s*(?:MD|DO|RN|NP|PA-C|PhD)\b", name)[0].strip()
    if not name or "@" in name:
        return frozenset()
    out = {name.lower()}
    if "," in name:
        last, _, first = name.partition(",")
        out.add(f"{first.strip()} {last.strip()}".lower())
    return frozenset(out)


FILES = (
    "Jane_Doe-MRI.results.pdf",
    "DOB_1961-03-02.txt",
    "DischargeSummary.docx",
    "scans/JHalvorsen_knee.jpeg",
    "report..final__v2 .PDF",
    "no_extension",
    "",
)
NAMES = (
    '"Doe, Jane" <jane@x.org>',
    "Dr. Aisha Karimi <ak@clinic.org>",
    "PROF   Lee, MD",
    "Mendes, J., PhD",
    "mrs.smith",
    "ops@x.org",
    "",
)

_pieces = st.sampled_from(
    ["Jane", "DOE", "Doe", "MRI", "mr", "Dr.", "PROF ", ",", ", MD", ", PA-C", "_", "-", ".", "..",
     "1961", "-03-", "\t", " ", '"', "<", "@", "Zoë", "JHalvorsen", ".pdf", "/", "x"]
)
_texts = st.lists(_pieces, max_size=12).map("".join) | st.text(max_size=40)


def test_examples_match_the_reference() -> None:
    for f in FILES:
        assert filename_text(f) == _filename_text_reference(f)
    for n in NAMES:
        assert _display_names(n) == _display_names_reference(n)
    assert filename_text("Jane_Doe-MRI.results.pdf") == "Jane Doe MRI results"
    assert _display_names('"Doe, Jane" <jane@x.org>') == {"doe, jane", "jane doe"}


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_any_text_matches_the_reference(text: str) -> None:
    assert filename_text(text) == _filename_text_reference(text)
    assert _display_names(text) == _display_names_reference(text)
