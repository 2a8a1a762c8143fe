"""HL7 v2, FHIR (JSON and XML) and C-CDA recognised in bodies and attachments (synthetic data)."""

from __future__ import annotations

import json

import pytest
from extract_builders import mail, zip_of

from gateway.extract import Extraction, HealthcareDoc, extract

ADT = (
    "MSH|^~\\&|EPIC|NORTHWARD HOSP|LAB|NORTHWARD|202612010830||ADT^A01^ADT_A01|MSG00001|P|2.5.1\r"
    "EVN|A01|202612010830\r"
    "PID|1||MRN4471023^^^NORTHWARD^MR||FAKENAME^INGRID^Q||19610214|F|||"
    "12 Elm St^^Springfield^IL^62704"
    "||(217)555-0143|||||ACCT99812|987-65-4320\r"
    "NK1|1|FAKENAME^OLAV|SPO\r"
    "PV1|1|I|4W^401^A||||1234567890^WELBY^MARCUS^^^DR|||MED||||||||V00012|||||||||||||||||||||||||202612010815\r"
    "DG1|1|I10|J18.9^Pneumonia, unspecified organism^I10|Pneumonia\r"
)
ORU = (
    "MSH|^~\\&|LIS|LAB|EHR|CLINIC|202612011200||ORU^R01|77|P|2.3\n"
    "PID|||MRN5551234||TESTPERSON^OLA||19800101|M\n"
    "OBR|1||F123|4548-4^Hemoglobin A1c^LN\n"
    "OBX|1|NM|4548-4^Hemoglobin A1c^LN||8.1|%|4.0-5.6|H|||F\n"
    "NTE|1||Result called to Dr \\T\\ team\n"
)
FHIR_PATIENT = {
    "resourceType": "Patient",
    "id": "p1",
    "identifier": [{"system": "urn:oid:1.2.3.4", "value": "MRN-88231"}],
    "name": [{"family": "Fakename", "given": ["Ingrid", "Q"]}],
    "birthDate": "1961-02-14",
    "telecom": [{"system": "phone", "value": "217-555-0143"}],
    "text": {
        "status": "generated",
        "div": "<div xmlns='http://www.w3.org/1999/xhtml'><p>Ingrid Fakename</p></div>",
    },
}
FHIR_BUNDLE = {
    "resourceType": "Bundle",
    "type": "collection",
    "entry": [
        {"resource": FHIR_PATIENT},
        {
            "resource": {
                "resourceType": "Observation",
                "status": "final",
                "code": {
                    "coding": [
                        {
                            "system": "http://loinc.org",
                            "code": "4548-4",
                            "display": "Hemoglobin A1c",
                        }
                    ]
                },
                "subject": {"reference": "Patient/p1"},
                "valueQuantity": {"value": 8.1, "unit": "%"},
            }
        },
    ],
}
FHIR_OBS_ONLY = {
    "resourceType": "Observation",
    "code": {"text": "Body weight"},
    "valueQuantity": {"value": 80, "unit": "kg"},
}
FHIR_XML = """<?xml version="1.0" encoding="UTF-8"?>
<Bundle xmlns="http://hl7.org/fhir">
  <type value="collection"/>
  <entry><resource><Patient>
    <identifier><system value="urn:oid:1.2.3.4"/><value value="MRN-88231"/></identifier>
    <name><family value="Fakename"/><given value="Ingrid"/></name>
    <birthDate value="1961-02-14"/>
  </Patient></resource></entry>
  <entry><resource><Condition>
    <code><text value="Type 2 diabetes mellitus"/></code>
    <subject><reference value="Patient/p1"/></subject>
  </Condition></resource></entry>
</Bundle>"""
CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1"
        displayName="Summarization of Episode Note"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20261201"/>
  <recordTarget><patientRole>
    <id extension="MRN-66120" root="2.16.840.1.113883.19.5"/>
    <addr><streetAddressLine>12 Elm St</streetAddressLine><city>Springfield</city>
      <state>IL</state></addr>
    <telecom value="tel:+1-217-555-0143"/>
    <patient>
      <name><given>Ingrid</given><family>Fakename</family></name>
      <administrativeGenderCode code="F" displayName="Female"/>
      <birthTime value="19610214"/>
    </patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Problems</title>
      <text><table><tr><th>Problem</th><th>Status</th></tr><tr><td>Pneumonia</td><td>Active</td></tr></table></text>
    </section></component>
    <component><section>
      <title>Medications</title>
      <text><list><item>Amoxicillin 500 mg PO TID</item></list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>"""


def doc(result: Extraction) -> HealthcareDoc:
    assert len(result.healthcare_docs) == 1, result.healthcare_docs
    return result.healthcare_docs[0]


def text_at(result: Extraction, part: str) -> str:
    return "\n".join(s.text for s in result.segments if s.part == part)


@pytest.mark.parametrize("where", ["body", "attachment"])
def test_hl7_adt(where: str) -> None:
    raw = (
        mail(ADT)
        if where == "body"
        else mail("b", attachments=[("adt.hl7", "application/octet-stream", ADT.encode())])
    )
    result = extract(raw)
    part = "body" if where == "body" else "attachment:adt.hl7"
    d = doc(result)
    assert (d.part, d.kind, d.has_patient, d.resource_types) == (part, "hl7v2", True, ("ADT^A01",))
    text = text_at(result, part)
    lines = text.split("\n")
    assert "PID-5 Patient Name: FAKENAME^INGRID^Q" in lines
    assert "PID-3 MRN: MRN4471023^^^NORTHWARD^MR" in lines
    assert "PID-7 Date of Birth: 19610214" in lines
    assert "PID-19 SSN: 987-65-4320" in lines
    assert "PV1-3 Assigned Location: 4W^401^A" in lines
    assert "DG1-3 Diagnosis Code: J18.9^Pneumonia, unspecified organism^I10" in lines
    assert "MSH-9 Message Type: ADT^A01^ADT_A01" in lines
    assert not any(line.startswith("MSH-2") for line in lines)
    assert {s.format for s in result.segments if s.part == part} == {"hl7v2"}


def test_hl7_oru_lf_separated_with_escapes() -> None:
    result = extract(mail("b", attachments=[("result.txt", "text/plain", ORU.encode())]))
    d = doc(result)
    assert d.resource_types == ("ORU^R01",) and d.has_patient
    lines = text_at(result, "attachment:result.txt").split("\n")
    assert "OBX-5 Observation Value: 8.1" in lines
    assert "OBX-3 Observation Identifier: 4548-4^Hemoglobin A1c^LN" in lines
    assert "OBX-8 Abnormal Flags: H" in lines
    assert "NTE-3 Comment: Result called to Dr & team" in lines


def test_hl7_without_pid_has_no_patient() -> None:
    msg = "MSH|^~\\&|A|B|C|D|202612010000||MFN^M02|1|P|2.5\rMFE|MAD|||X\r"
    d = doc(extract(mail(msg)))
    assert not d.has_patient and d.resource_types == ("MFN^M02",)


def test_hl7_embedded_in_prose() -> None:
    body = "Hi team, the feed rejected this one:\n\n" + ORU + "\nThanks"
    result = extract(mail(body))
    text = text_at(result, "body")
    assert "Hi team, the feed rejected this one:" in text and "Thanks" in text
    assert "PID-5 Patient Name: TESTPERSON^OLA" in text
    assert doc(result).kind == "hl7v2"


def test_fhir_patient_json() -> None:
    data = json.dumps(FHIR_PATIENT).encode()
    result = extract(mail("b", attachments=[("patient.json", "application/fhir+json", data)]))
    d = doc(result)
    assert (d.kind, d.has_patient, d.resource_types) == ("fhir", True, ("Patient",))
    lines = text_at(result, "attachment:patient.json").split("\n")
    assert "Patient.name: Ingrid Q Fakename" in lines
    assert "Patient.birthDate: 1961-02-14" in lines
    assert "Patient.identifier: MRN-88231 (urn:oid:1.2.3.4)" in lines
    assert "Patient.text: Ingrid Fakename" in lines


def test_fhir_bundle_json_in_body() -> None:
    result = extract(mail(json.dumps(FHIR_BUNDLE, indent=2)))
    d = doc(result)
    assert d.part == "body"
    assert d.resource_types == ("Bundle", "Patient", "Observation") and d.has_patient
    lines = text_at(result, "body").split("\n")
    assert "Observation.code.coding: 4548-4 Hemoglobin A1c (http://loinc.org)" in lines
    assert "Observation.valueQuantity: 8.1 %" in lines
    assert "Observation.subject: Patient/p1" in lines


def test_fhir_without_patient() -> None:
    result = extract(
        mail("b", attachments=[("o.json", "application/json", json.dumps(FHIR_OBS_ONLY).encode())])
    )
    d = doc(result)
    assert not d.has_patient and d.resource_types == ("Observation",)
    assert "Observation.valueQuantity: 80 kg" in text_at(result, "attachment:o.json")


def test_fhir_xml() -> None:
    result = extract(
        mail("b", attachments=[("bundle.xml", "application/fhir+xml", FHIR_XML.encode())])
    )
    d = doc(result)
    assert d.kind == "fhir" and d.has_patient
    assert d.resource_types == ("Bundle", "Patient", "Condition")
    text = text_at(result, "attachment:bundle.xml")
    assert "Patient.name.family: Fakename" in text
    assert "Condition.code.text: Type 2 diabetes mellitus" in text
    assert {s.format for s in result.segments if s.part == "attachment:bundle.xml"} == {"fhir"}


@pytest.mark.parametrize("container", ["attachment", "zip", "body"])
def test_ccda(container: str) -> None:
    if container == "attachment":
        raw = mail("b", attachments=[("ccd.xml", "text/xml", CCDA.encode())])
        part = "attachment:ccd.xml"
    elif container == "zip":
        raw = mail(
            "b",
            attachments=[("records.zip", "application/zip", zip_of([("ccd.xml", CCDA.encode())]))],
        )
        part = "attachment:records.zip/ccd.xml"
    else:
        raw = mail(CCDA)
        part = "body"
    result = extract(raw)
    d = doc(result)
    assert (d.part, d.kind, d.has_patient) == (part, "ccda", True)
    assert d.resource_types == ("ClinicalDocument", "Summarization of Episode Note")
    lines = text_at(result, part).split("\n")
    assert "Patient name: Ingrid Fakename" in lines
    assert "Patient ID: MRN-66120 (2.16.840.1.113883.19.5)" in lines
    assert "Patient birth date: 19610214" in lines
    assert "Patient address: 12 Elm St Springfield IL" in lines
    assert "Section: Problems" in lines and "Pneumonia\tActive" in lines
    assert "Amoxicillin 500 mg PO TID" in lines


def test_ccda_without_record_target() -> None:
    xml = CCDA.split("<recordTarget>", maxsplit=1)[0] + CCDA.split("</recordTarget>")[1]
    d = doc(extract(mail("b", attachments=[("ccd.xml", "text/xml", xml.encode())])))
    assert d.kind == "ccda" and not d.has_patient


def test_xml_with_entities_is_not_expanded() -> None:
    lol = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        "<lolz>&lol2;</lolz>"
    )
    result = extract(mail("b", attachments=[("x.xml", "text/xml", lol.encode())]))
    assert result.attachments[0].status.value == "ok"
    assert "lollollol" not in text_at(result, "attachment:x.xml")


def test_deeply_nested_json_is_harmless() -> None:
    data = b"[" * 100_000 + b"]" * 100_000
    result = extract(mail("b", attachments=[("deep.json", "application/json", data)]))
    assert len(result.attachments) == 1


def test_prose_mentioning_msh_is_not_hl7() -> None:
    result = extract(mail("MSH: Mount Sinai Hospital called.\nPID| is a word too"))
    assert result.healthcare_docs == ()
    assert {s.format for s in result.segments if s.part == "body"} == {"text"}
