"""Test-mode messages, test patients and interface templates carry no patient (synthetic data)."""

from __future__ import annotations

import json

import pytest
from extract_builders import mail

from gateway.extract import extract
from gateway.extract.healthcare import placeholder_name


def hl7(processing_id: str = "P", name: str = "FAKENAME^INGRID^Q", mrn: str = "MRN4471023") -> str:
    return (
        f"MSH|^~\\&|LIS|LAB|EHR|CLINIC|202612011200||ORU^R01|77|{processing_id}|2.5.1\r"
        f"PID|1||{mrn}^^^NORTHWARD^MR||{name}||19610214|F\r"
        "OBX|1|NM|2345-7^Glucose^LN||182|mg/dL|70-99|H|||F\r"
    )


def hl7_patient(message: str) -> bool:
    result = extract(mail("b", attachments=[("m.hl7", "text/plain", message.encode())]))
    assert [d.kind for d in result.healthcare_docs] == ["hl7v2"]
    return result.healthcare_docs[0].has_patient


@pytest.mark.parametrize(
    ("message", "has_patient"),
    [
        (hl7("P"), True),
        (hl7("P^T"), True),  # processing mode is the second component
        (hl7(""), True),
        (hl7("T"), False),  # training / test
        (hl7("D"), False),  # debugging
        (hl7("T^A"), False),
        (hl7(name="ZZTEST^INTERFACE^VALIDATION"), False),
        (hl7(name="TEST^PATIENT"), False),
        (hl7(name="TESTPATIENT^ONE"), False),
        (hl7(name="ZZZ^ZZZ"), False),
        (hl7(name="XXX^XXX"), False),
        (hl7(name="DOE^JOHN"), False),
        (hl7(name="DOE^JANE^Q"), False),
        (hl7(name="<LAST>^<FIRST>^<MIDDLE>", mrn="<MRN>"), False),
        (hl7(name="LASTNAME^FIRSTNAME"), False),
        (hl7(name="{{family}}^{{given}}"), False),
        (hl7(name="Patient Last Name^Patient First Name"), False),
        (hl7(name="", mrn="<MRN>"), False),
        (hl7(name="", mrn=""), False),
        (hl7(name="", mrn="MRN4471023"), True),  # no name, but a real record number
        (hl7(name="DOE^MARGARET"), True),
        (hl7(name="TESTPERSON^OLA"), True),
        (hl7(name="ZHAO^XIAOMING"), True),
        (hl7(name="O'NEILL^SEAN"), True),
        # a batch: one test message and one real one
        (hl7("T", name="ZZTEST^A") + hl7("P"), True),
        (hl7("P", name="ZZTEST^A") + hl7("T"), False),
    ],
)
def test_hl7_test_messages_and_placeholder_names(message: str, has_patient: bool) -> None:
    assert hl7_patient(message) is has_patient


def test_hl7_test_message_text_is_still_extracted() -> None:
    result = extract(mail(hl7("T")))
    text = "\n".join(s.text for s in result.segments if s.part == "body")
    assert "PID-5 Patient Name: FAKENAME^INGRID^Q" in text
    assert "OBX-5 Observation Value: 182" in text


def fhir(names: list[dict[str, object]], *, observation: bool = False) -> str:
    patient: dict[str, object] = {"resourceType": "Patient", "id": "p1", "name": names}
    if not observation:
        return json.dumps(patient)
    obs = {"resourceType": "Observation", "subject": {"reference": "Patient/p1"}}
    return json.dumps(
        {"resourceType": "Bundle", "entry": [{"resource": patient}, {"resource": obs}]}
    )


@pytest.mark.parametrize(
    ("document", "has_patient"),
    [
        (fhir([{"family": "Fakename", "given": ["Ingrid"]}]), True),
        (fhir([{"family": "Fakename", "given": ["Ingrid"]}], observation=True), True),
        (fhir([{"family": "{{family}}", "given": ["{{given}}"]}]), False),
        (fhir([{"family": "{{family}}", "given": ["{{given}}"]}], observation=True), False),
        (fhir([{"family": "Test", "given": ["Patient"]}]), False),
        (fhir([{"text": "<LAST>, <FIRST>"}]), False),
        (fhir([{"family": "Doe", "given": ["Jane"]}, {"family": "Doe", "given": ["John"]}]), False),
        (fhir([{"family": "ZZTEST", "given": ["A"]}, {"family": "Fakename"}]), True),
        (fhir([]), True),  # a Patient with no name is still a patient
    ],
)
def test_fhir_placeholder_patients(document: str, has_patient: bool) -> None:
    assert fhir_json_patient(document) is has_patient


def fhir_json_patient(document: str) -> bool:
    """has_patient of the one FHIR document a mail with ``document`` attached carries."""
    result = extract(
        mail("b", attachments=[("p.json", "application/fhir+json", document.encode())])
    )
    assert [d.kind for d in result.healthcare_docs] == ["fhir"]
    return result.healthcare_docs[0].has_patient


FHIR_XML = (
    "<Patient xmlns='http://hl7.org/fhir'><id value='p1'/>"
    "<name><family value='{family}'/><given value='{given}'/></name></Patient>"
)
CCDA = (
    "<ClinicalDocument xmlns='urn:hl7-org:v3'><title>CCD</title>"
    "<recordTarget><patientRole><id extension='{mrn}' root='2.16.840.1.113883.19.5'/>"
    "<patient><name><given>{given}</given><family>{family}</family></name>"
    "<birthTime value='19610214'/></patient></patientRole></recordTarget></ClinicalDocument>"
)


@pytest.mark.parametrize(
    ("template", "kind"), [(FHIR_XML, "fhir"), (CCDA, "ccda")], ids=["fhir-xml", "ccda"]
)
@pytest.mark.parametrize(
    ("family", "given", "has_patient"),
    [
        ("Fakename", "Ingrid", True),
        ("{{family}}", "{{given}}", False),
        ("ZZTEST", "Validation", False),
        ("LASTNAME", "FIRSTNAME", False),
        ("Doe", "Jane", False),
    ],
)
def test_xml_placeholder_patients(
    template: str, kind: str, family: str, given: str, has_patient: bool
) -> None:
    xml = template.format(family=family, given=given, mrn="MRN-66120")
    result = extract(mail("b", attachments=[("d.xml", "text/xml", xml.encode())]))
    assert [(d.kind, d.has_patient) for d in result.healthcare_docs] == [(kind, has_patient)]


@pytest.mark.parametrize(
    ("name", "placeholder"),
    [
        ("", True),
        ("^^", True),
        ("<LAST>^<FIRST>", True),
        ("{{ patient.name }}", True),
        ("ZZTEST^INTERFACE", True),
        ("ZZZZ", True),
        ("XXX^XXX", True),
        ("TEST^PATIENT", True),
        ("TESTPATIENT", True),
        ("Test Patient2", True),
        ("DOE^JOHN", True),
        ("LASTNAME^FIRSTNAME", True),
        ("Last^First^Middle", True),
        ("FAKENAME^INGRID", False),
        ("DOE^MARGARET", False),
        ("JOHN^DOEPP", False),
        ("TESTPERSON^OLA", False),
        ("TESTSUBSCRIBER^DONOTUSE", True),  # X12 test files
        ("TESTMEMBER ALPHA", True),
        ("TESTCASE^DONOTUSE", True),
        ("TESTONE^SUBSCRIBER", True),
        ("DONOTUSE^MARIA", True),
        ("Synthetic Demo", True),
        ("SAMPLE^MEMBER", True),  # a companion guide's sample 271
        ("Example Sample", True),
        ("DEMO^SUBSCRIBER", True),
        ("SAMPLE^JOHN", False),  # a real given name: a person
        ("TESTA^MARIA", False),  # real surnames that begin with TEST
        ("TESTER^JOHN", False),
        ("TESTANI^LUCA", False),
        ("XU^XIN", False),
        ("PATIENCE^MARY", False),
    ],
)
def test_placeholder_name(name: str, placeholder: bool) -> None:
    assert placeholder_name(name) is placeholder


HTEST = {"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST"}


def fhir_tagged(where: str, key: str = "tag", code: str = "HTEST") -> str:
    """A Bundle of a real-looking Patient and an Observation about her, with an HL7 security
    label on the Bundle or on the Patient."""
    label = {**HTEST, "code": code}
    patient: dict[str, object] = {
        "resourceType": "Patient", "id": "p1", "birthDate": "1961-02-14",
        "name": [{"family": "Fakename", "given": ["Ingrid"]}],
    }  # fmt: skip
    bundle: dict[str, object] = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": patient},
        {"resource": {"resourceType": "Observation", "subject": {"reference": "Patient/p1"}}},
    ]}  # fmt: skip
    target = bundle if where == "bundle" else patient
    target["meta"] = {key: [label]}
    return json.dumps(bundle)


@pytest.mark.parametrize(
    ("document", "has_patient"),
    [
        (fhir_tagged("bundle"), False),  # the whole document is declared test health data
        (fhir_tagged("bundle", key="security"), False),
        (fhir_tagged("patient"), False),  # the Patient itself is a test record
        (fhir_tagged("patient", key="security"), False),
        (fhir_tagged("bundle", code="HCOMPL"), True),  # another label is no test marker
        (fhir_tagged("patient", code="R"), True),  # "restricted": a real, sensitive record
        # the plain tags sandboxes and synthetic-data generators use instead of HTEST
        (fhir_tagged("bundle", code="SYNTHETIC"), False),
        (fhir_tagged("patient", code="synthetic-data"), False),
        (fhir_tagged("bundle", code="test-data"), False),
        # exact codes only: a tag that only mentions a test or a synthetic product is not one
        (fhir_tagged("bundle", code="covid-test"), True),
        (fhir_tagged("patient", code="synthetic-insulin"), True),
    ],
)
def test_fhir_htest_label_marks_test_data(document: str, has_patient: bool) -> None:
    assert fhir_json_patient(document) is has_patient


FHIR_XML_TAGGED = (
    "<Patient xmlns='http://hl7.org/fhir'><id value='p1'/>"
    "<meta><{key}><system value='http://terminology.hl7.org/CodeSystem/v3-ActReason'/>"
    "<code value='{code}'/></{key}></meta>"
    "<name><family value='Fakename'/><given value='Ingrid'/></name></Patient>"
)


@pytest.mark.parametrize(
    ("key", "code", "has_patient"),
    [
        ("tag", "HTEST", False),
        ("security", "HTEST", False),
        ("tag", "SYNTHETIC", False),
        ("tag", "R", True),
        ("tag", "covid-test", True),
    ],
)
def test_fhir_xml_htest_label(key: str, code: str, has_patient: bool) -> None:
    xml = FHIR_XML_TAGGED.format(key=key, code=code)
    result = extract(mail("b", attachments=[("d.xml", "text/xml", xml.encode())]))
    assert [(d.kind, d.has_patient) for d in result.healthcare_docs] == [("fhir", has_patient)]
