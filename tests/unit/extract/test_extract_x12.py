"""X12 EDI (HIPAA 27x/834/835/837) recognised in bodies and attachments (synthetic data)."""

from __future__ import annotations

import pytest
from extract_builders import mail, zip_of

from gateway.extract import Extraction, extract
from gateway.extract.healthcare import looks_x12

ISA = (
    "ISA*00*          *00*          *ZZ*PAYER          *ZZ*PROVIDER       "
    "*261124*0912*^*00501*000004418*0*P*:~"
)
X271 = (
    ISA + "\n"
    "GS*HB*PAYER*PROVIDER*20261124*0912*4418*X*005010X279A1~\n"
    "ST*271*0001*005010X279A1~\n"
    "NM1*IL*1*TREMBLAY*GENEVIEVE****MI*PCH903371552~\n"
    "DMG*D8*19670421*F~\n"
    "EB*1*IND*30**GOLD PPO~\n"
    "MSG*PRIOR AUTH REQUIRED FOR ONCOLOGY INFUSION~\n"
    "SE*7*0001~\n"
)
# 837P on one line, `|` element separator, `}` component separator, `!` segment terminator
X837 = (
    "ISA|00|          |00|          |ZZ|SUBMITTER      |ZZ|PAYER          "
    "|261124|0912|^|00501|000000101|0|P|}!"
    "GS|HC|SUBMITTER|PAYER|20261124|0912|101|X|005010X222A1!"
    "ST|837|0001|005010X222A1!"
    "NM1|85|2|NORTHWARD CLINIC|||||XX|1234567893!"
    "NM1|IL|1|HALVORSEN|BIRGIT|A|||MI|W88231045!"
    "N3|12 ELM ST!N4|SPRINGFIELD|IL|62704!"
    "DMG|D8|19580312|F!"
    "CLM|PCN7781|125.00|||11}B}1|Y|A|Y|Y!"
    "HI|ABK}E119|ABF}I10!"
    "SV1|HC}99213}25|125.00|UN|1|||1!"
    "DTP|472|D8|20261120!"
    "SE|12|0001!"
)
X835 = (
    ISA.replace("*P*:~", "*P*:~\r\n") + "GS*HP*PAYER*PROVIDER*20261124*0912*9*X*005010X221A1~\r\n"
    "ST*835*0001~\r\nCLP*PCN7781*1*125*80**12*PAYERCLM99~\r\n"
    "NM1*QC*1*OKONKWO*ADAEZE~\r\nSVC*HC:99213*125*80~\r\nSE*5*0001~\r\n"
)
# 270 for an organisation subscriber only: providers and payer are not patients
X270_NO_PERSON = (
    ISA + "GS*HS*PROVIDER*PAYER*20261124*0912*1*X*005010X279A1~ST*270*0001~"
    "NM1*PR*2*ACME HEALTH PLAN*****PI*12345~NM1*1P*1*WELBY*MARCUS****XX*1234567893~"
    "NM1*IL*2*CITY SCHOOL DISTRICT~SE*5*0001~"
)
SNIPPET = (
    "The 837 keeps failing on these segments, can you check?\n\n"
    "NM1*IL*1*FAKENAME*INGRID****MI*ZX4471023~\n"
    "DMG*D8*19610214*F~\n"
    "HI*ABK:J189~\n"
    "\nThanks, Dana\n"
)
PURCHASE_ORDER = (
    "Order for the ward:\nItem*Gauze pads*Qty*2*EA~\nItem*Saline 0.9%*Qty*12*EA~\nTotal*2*lines~\n"
)
EMAIL_ASTERISKS = (
    "Hi *all*,\nQty*2* of the *new* monitors arrive Tuesday*.\n"
    "NM1 is the name segment, DMG* is demographics - see the guide.\n"
)
X850 = (
    ISA.replace("*00501*", "*00401*") + "GS*PO*BUYER*SELLER*20261124*0912*7*X*004010~"
    "ST*850*0001~BEG*00*SA*PO4471**20261124~PO1*1*2*EA*9.95**VC*GZ-44~SE*4*0001~"
)


def x12_docs(result: Extraction) -> list[tuple[str, str, bool, tuple[str, ...]]]:
    return [(d.part, d.kind, d.has_patient, d.resource_types) for d in result.healthcare_docs]


def lines_at(result: Extraction, part: str) -> list[str]:
    return "\n".join(s.text for s in result.segments if s.part == part).split("\n")


@pytest.mark.parametrize(
    ("filename", "ctype"),
    [
        ("271.txt", "text/plain"),
        ("eligibility.edi", "application/edi-x12"),
        ("batch.x12", "application/octet-stream"),
        ("claim.837", "application/octet-stream"),
        ("remit.835", "application/octet-stream"),
        ("noext", "application/octet-stream"),
    ],
)
def test_271_attachment_any_extension(filename: str, ctype: str) -> None:
    result = extract(mail("see attached", attachments=[(filename, ctype, X271.encode())]))
    part = f"attachment:{filename}"
    assert x12_docs(result) == [(part, "x12", True, ("271",))]
    assert result.attachments[0].detail == "x12"
    lines = lines_at(result, part)
    assert "Subscriber name: TREMBLAY GENEVIEVE" in lines
    assert "Member ID: PCH903371552" in lines
    assert "Date of birth: 1967-04-21" in lines
    assert "Sex: F" in lines
    assert "Plan: GOLD PPO" in lines
    assert "Message: PRIOR AUTH REQUIRED FOR ONCOLOGY INFUSION" in lines
    assert "Transaction set: 271" in lines
    assert {s.format for s in result.segments if s.part == part} == {"x12"}


def test_837_with_declared_separators_in_body() -> None:
    result = extract(mail(X837))
    assert x12_docs(result) == [("body", "x12", True, ("837",))]
    lines = lines_at(result, "body")
    assert "Billing provider organization: NORTHWARD CLINIC" in lines  # NM102 2: not a person
    assert "Billing provider NPI: 1234567893" in lines
    assert "Subscriber name: HALVORSEN BIRGIT A" in lines
    assert "Member ID: W88231045" in lines
    assert "Subscriber address: 12 ELM ST" in lines
    assert "Subscriber address: SPRINGFIELD IL 62704" in lines
    assert "Date of birth: 1958-03-12" in lines
    assert "Claim ID: PCN7781" in lines and "Place of service: 11" in lines
    assert "Diagnosis: E11.9" in lines and "Diagnosis: I10" in lines
    assert "Procedure: 99213" in lines and "Modifier: 25" in lines
    assert "Service date: 2026-11-20" in lines
    assert not any("|" in line or "!" in line for line in lines)


def test_835_crlf_after_terminator() -> None:
    result = extract(mail("b", attachments=[("remit.835", "text/plain", X835.encode())]))
    assert x12_docs(result) == [("attachment:remit.835", "x12", True, ("835",))]
    lines = lines_at(result, "attachment:remit.835")
    assert "Patient name: OKONKWO ADAEZE" in lines
    assert "Procedure: 99213" in lines and "Paid: 80" in lines
    assert "Payer claim number: PAYERCLM99" in lines


def test_x12_without_an_individual_has_no_patient() -> None:
    result = extract(mail("b", attachments=[("270.edi", "text/plain", X270_NO_PERSON.encode())]))
    assert x12_docs(result) == [("attachment:270.edi", "x12", False, ("270",))]
    assert "Provider NPI: 1234567893" in lines_at(result, "attachment:270.edi")


def test_x12_in_zip() -> None:
    raw = mail(
        "b", attachments=[("edi.zip", "application/zip", zip_of([("a.x12", X271.encode())]))]
    )
    assert x12_docs(extract(raw)) == [("attachment:edi.zip/a.x12", "x12", True, ("271",))]


def test_pasted_snippet_without_envelope() -> None:
    result = extract(mail(SNIPPET))
    assert x12_docs(result) == [("body", "x12", True, ())]
    lines = lines_at(result, "body")
    assert "The 837 keeps failing on these segments, can you check?" in lines
    assert "Subscriber name: FAKENAME INGRID" in lines
    assert "Member ID: ZX4471023" in lines
    assert "Date of birth: 1961-02-14" in lines
    assert "Diagnosis: J18.9" in lines
    assert "Thanks, Dana" in lines


@pytest.mark.parametrize("name", ["<LAST>*<FIRST>", "TESTSUBSCRIBER*DONOTUSE", "TESTMEMBER*ALPHA"])
def test_placeholder_subscriber_is_not_a_patient(name: str) -> None:
    x12 = X270_NO_PERSON.replace("NM1*IL*2*CITY SCHOOL DISTRICT~", f"NM1*IL*1*{name}~")
    assert x12_docs(extract(mail(x12))) == [("body", "x12", False, ("270",))]


def test_an_organisation_is_labelled_as_one_not_as_a_name() -> None:
    """NM102 "2" is a non-person entity: its name is not written as a person's name line."""
    lines = lines_at(extract(mail(X270_NO_PERSON)), "body")
    assert "Subscriber organization: CITY SCHOOL DISTRICT" in lines
    assert not any(line.startswith("Subscriber name:") for line in lines)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (X271, True),
        (X837, True),
        (X835, True),
        (SNIPPET, True),
        (ISA, True),  # an interchange header alone
        (PURCHASE_ORDER, False),  # `Qty*2*` style text
        (EMAIL_ASTERISKS, False),
        (X850, False),  # a real X12 interchange, but a purchase order (not HIPAA)
        ("NM1*IL*1*FAKENAME*INGRID~", False),  # one segment is not an interchange
        ("ISA is our new vendor*; see *notes*", False),
        ("", False),
    ],
)
def test_looks_x12(text: str, expected: bool) -> None:
    assert looks_x12(text) is expected


@pytest.mark.parametrize("text", [PURCHASE_ORDER, EMAIL_ASTERISKS, X850])
def test_negatives_stay_plain_text(text: str) -> None:
    result = extract(mail(text, attachments=[("order.txt", "text/plain", text.encode())]))
    assert result.healthcare_docs == ()
    assert {s.format for s in result.segments if s.part in ("body", "attachment:order.txt")} == {
        "text"
    }


# 275: additional information to support a claim (a claim attachment: the clinical record itself)
X275 = (
    ISA + "GS*PI*PROVIDER*PAYER*20261124*0912*7*X*005010X210~ST*275*0001~"
    "BGN*11*7731205*20261124~NM1*QC*1*VOLKOVA*IRINA****MI*ZQ55287104~DTP*472*D8*20261101~"
    "CAT*AE*TX~OOI*OPERATIVE REPORT APPENDECTOMY~SE*7*0001~"
)


def test_275_claim_attachment_names_its_patient() -> None:
    att = ("batch_275.x12", "application/edi-x12", X275.encode())
    result = extract(mail("b", attachments=[att]))
    assert x12_docs(result) == [("attachment:batch_275.x12", "x12", True, ("275",))]
    lines = lines_at(result, "attachment:batch_275.x12")
    assert "Patient name: VOLKOVA IRINA" in lines and "Member ID: ZQ55287104" in lines
