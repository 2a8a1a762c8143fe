"""Healthcare interchange formats flattened to labelled text: HL7 v2, FHIR (JSON/XML), C-CDA."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

from .htmltext import html_to_text


@dataclass(frozen=True, slots=True)
class Flattened:
    kind: str  # "hl7v2" | "fhir" | "ccda" | "json" | "xml"
    text: str
    has_patient: bool
    resource_types: tuple[str, ...]


class _Budget:
    __slots__ = ("limit", "lines", "size")

    def __init__(self, limit: int) -> None:
        self.lines: list[str] = []
        self.size = 0
        self.limit = limit

    def add(self, line: str) -> bool:
        if self.size >= self.limit:
            return False
        self.lines.append(line)
        self.size += len(line) + 1
        return True

    @property
    def full(self) -> bool:
        return self.size >= self.limit

    def text(self) -> str:
        return "\n".join(self.lines)


# --------------------------------------------------------------------------- HL7 v2

# "MSH|^~\&|": segment id, field separator, 1-4 encoding characters, the separator again
_HL7_HEADER = r"(MSH|FHS|BHS)([^\w\s])[^\w\s]{1,4}\2"
_HL7_START = re.compile(r"(?:^|[\r\n\x0b])" + _HL7_HEADER)
_HL7_HEADER_LINE = re.compile(_HL7_HEADER)
_HL7_SEGMENT = re.compile(r"^[A-Z][A-Z0-9]{2}$")
_HL7_LABELS: dict[str, str] = {
    "MSH-3": "Sending Application",
    "MSH-4": "Sending Facility",
    "MSH-5": "Receiving Application",
    "MSH-6": "Receiving Facility",
    "MSH-7": "Message Date/Time",
    "MSH-9": "Message Type",
    "MSH-10": "Message Control ID",
    "MSH-12": "Version",
    "EVN-1": "Event Type",
    "EVN-2": "Recorded Date/Time",
    "PID-2": "Patient ID",
    "PID-3": "MRN",
    "PID-4": "Alternate Patient ID",
    "PID-5": "Patient Name",
    "PID-6": "Mother's Maiden Name",
    "PID-7": "Date of Birth",
    "PID-8": "Sex",
    "PID-9": "Alias",
    "PID-10": "Race",
    "PID-11": "Address",
    "PID-12": "County",
    "PID-13": "Home Phone",
    "PID-14": "Business Phone",
    "PID-15": "Language",
    "PID-16": "Marital Status",
    "PID-17": "Religion",
    "PID-18": "Account Number",
    "PID-19": "SSN",
    "PID-20": "Driver's License",
    "PID-21": "Mother's Identifier",
    "PID-22": "Ethnic Group",
    "PID-23": "Birth Place",
    "PID-29": "Death Date/Time",
    "PID-30": "Death Indicator",
    "PD1-4": "Primary Care Provider",
    "NK1-2": "Next of Kin Name",
    "NK1-3": "Relationship",
    "NK1-4": "Next of Kin Address",
    "NK1-5": "Next of Kin Phone",
    "PV1-2": "Patient Class",
    "PV1-3": "Assigned Location",
    "PV1-4": "Admission Type",
    "PV1-7": "Attending Doctor",
    "PV1-8": "Referring Doctor",
    "PV1-9": "Consulting Doctor",
    "PV1-10": "Hospital Service",
    "PV1-17": "Admitting Doctor",
    "PV1-18": "Patient Type",
    "PV1-19": "Visit Number",
    "PV1-20": "Financial Class",
    "PV1-36": "Discharge Disposition",
    "PV1-44": "Admit Date/Time",
    "PV1-45": "Discharge Date/Time",
    "PV2-3": "Admit Reason",
    "ORC-1": "Order Control",
    "ORC-2": "Placer Order Number",
    "ORC-3": "Filler Order Number",
    "ORC-12": "Ordering Provider",
    "OBR-2": "Placer Order Number",
    "OBR-3": "Filler Order Number",
    "OBR-4": "Universal Service ID",
    "OBR-7": "Observation Date/Time",
    "OBR-16": "Ordering Provider",
    "OBR-22": "Results Date/Time",
    "OBR-25": "Result Status",
    "OBR-31": "Reason for Study",
    "OBX-2": "Value Type",
    "OBX-3": "Observation Identifier",
    "OBX-5": "Observation Value",
    "OBX-6": "Units",
    "OBX-7": "Reference Range",
    "OBX-8": "Abnormal Flags",
    "OBX-11": "Result Status",
    "OBX-14": "Observation Date/Time",
    "NTE-3": "Comment",
    "DG1-2": "Coding Method",
    "DG1-3": "Diagnosis Code",
    "DG1-4": "Diagnosis Description",
    "DG1-5": "Diagnosis Date/Time",
    "DG1-6": "Diagnosis Type",
    "PR1-3": "Procedure Code",
    "PR1-4": "Procedure Description",
    "PR1-5": "Procedure Date/Time",
    "AL1-2": "Allergen Type",
    "AL1-3": "Allergen",
    "AL1-4": "Allergy Severity",
    "AL1-5": "Reaction",
    "IN1-2": "Insurance Plan ID",
    "IN1-3": "Insurance Company ID",
    "IN1-4": "Insurance Company",
    "IN1-16": "Insured's Name",
    "IN1-36": "Policy Number",
    "IN1-49": "Insured's ID",
    "GT1-3": "Guarantor Name",
    "GT1-5": "Guarantor Address",
    "GT1-6": "Guarantor Phone",
    "GT1-12": "Guarantor SSN",
    "RXA-3": "Administration Date/Time",
    "RXA-5": "Administered Code",
    "RXA-6": "Amount",
    "RXE-2": "Give Code",
    "RXO-1": "Requested Give Code",
    "RXR-1": "Route",
    "SCH-7": "Appointment Reason",
    "AIS-3": "Universal Service ID",
    "TXA-2": "Document Type",
    "MRG-1": "Prior Patient Identifier List",
    "MRG-7": "Prior Patient Name",
}
_HL7_ESCAPES = (("\\F\\", "|"), ("\\S\\", "^"), ("\\T\\", "&"), ("\\R\\", "~"), ("\\.br\\", " "))


def looks_hl7v2(text: str) -> bool:
    if "MSH" not in text and "FHS" not in text and "BHS" not in text:
        return False
    return _HL7_START.search(text[:65536]) is not None


def flatten_hl7v2(text: str, limit: int) -> Flattened:
    """Each non-empty field becomes 'SEG-n Label: value'; non-HL7 lines pass through verbatim."""
    out = _Budget(limit)
    types: list[str] = []
    has_patient = False
    test_message = False
    fsep, esc = "|", "\\"
    for raw_line in re.split(r"[\r\n\x0b\x1c]+", text):
        line = raw_line.strip("\x00 ")
        if not line:
            continue
        seg = line[:3]
        header = seg in ("MSH", "FHS", "BHS") and _HL7_HEADER_LINE.match(line) is not None
        if len(line) > 3 and _HL7_SEGMENT.match(seg) and (header or line[3] == fsep):
            if header:
                fsep = line[3]
                enc = line[4:8].split(fsep, 1)[0]
                esc = enc[2] if len(enc) > 2 else "\\"
            fields = line.split(fsep)
            if header:
                test_message = _hl7_test_message(fields)
            if seg == "PID" and not test_message and _hl7_real_patient(fields):
                has_patient = True
            offset = 1 if header else 0
            for idx, field in enumerate(fields[1:], start=1):
                number = idx + offset
                if not field or (offset and number == 2):
                    continue
                value = _hl7_unescape(field, esc) if esc in field else field
                key = f"{seg}-{number}"
                label = _HL7_LABELS.get(key)
                if seg == "MSH" and number == 9:
                    comps = value.split("^" if len(line) < 5 else (line[4:5] or "^"))
                    mtype = "^".join(c for c in comps[:2] if c)
                    if mtype and mtype not in types:
                        types.append(mtype)
                if not out.add(f"{key} {label}: {value}" if label else f"{key}: {value}"):
                    break
        else:
            out.add(line)
        if out.full:
            break
    return Flattened("hl7v2", out.text(), has_patient, tuple(types))


def _hl7_test_message(msh: list[str]) -> bool:
    """MSH-11 processing ID T (training/test) or D (debugging): a validation message, no patient."""
    if len(msh) <= 10:
        return False
    comp = msh[1][:1] or "^"
    return msh[10].split(comp, 1)[0].strip().upper() in ("T", "D")


def _hl7_real_patient(pid: list[str]) -> bool:
    """PID names an individual: a real-looking PID-5, or no name but a real PID-3 identifier.

    Interface specifications and templates fill the fields with slots (`<LAST>^<FIRST>`,
    `{{mrn}}`) or test names; see placeholder_name.
    """
    name = pid[5] if len(pid) > 5 else ""
    if name.strip("^~&\\ "):
        return not placeholder_name(name)
    ids = [rep.split("^", 1)[0].strip() for rep in (pid[3] if len(pid) > 3 else "").split("~")]
    return any(i and not template_value(i) for i in ids)


def _hl7_unescape(value: str, esc: str) -> str:
    if esc != "\\":
        value = value.replace(esc, "\\")
    for code, char in _HL7_ESCAPES:
        value = value.replace(code, char)
    return value


# --------------------------------------------------------------------------- JSON / FHIR


def parse_json(text: str) -> Any:
    """json.loads that reports deep nesting as ValueError."""
    try:
        return json.loads(text)
    except RecursionError as exc:
        raise ValueError("json nesting too deep") from exc


def looks_fhir_json(obj: Any) -> bool:
    return isinstance(obj, dict) and isinstance(obj.get("resourceType"), str)


def flatten_json(obj: Any, limit: int) -> Flattened:
    out = _Budget(limit)
    types: list[str] = []
    state = {"patient": False, "reference": False, "placeholder": False, "test": False}
    fhir = looks_fhir_json(obj)
    if fhir:
        _fhir_walk(obj, str(obj["resourceType"]), out, types, state, depth=0)
        return Flattened("fhir", out.text(), _fhir_has_patient(state), tuple(types))
    _json_walk(obj, "", out, 0)
    return Flattened("json", out.text(), False, ())


_MAX_NEST = 200


def _json_walk(obj: Any, path: str, out: _Budget, depth: int) -> None:
    if out.full or depth > _MAX_NEST:
        return
    if isinstance(obj, dict):
        for key, value in obj.items():
            _json_walk(value, f"{path}.{key}" if path else str(key), out, depth + 1)
    elif isinstance(obj, list):
        for value in obj:
            _json_walk(value, path, out, depth + 1)
    elif obj is not None and obj != "":
        out.add(f"{path}: {obj}" if path else str(obj))


def _fhir_walk(
    obj: Any, path: str, out: _Budget, types: list[str], state: dict[str, bool], *, depth: int
) -> None:
    if out.full or depth > _MAX_NEST:
        return
    if isinstance(obj, list):
        for value in obj:
            _fhir_walk(value, path, out, types, state, depth=depth + 1)
        return
    if not isinstance(obj, dict):
        if obj is not None and obj != "":
            out.add(f"{path}: {obj}")
        return
    rtype = obj.get("resourceType")
    if isinstance(rtype, str) and rtype:
        path = rtype
        if rtype not in types:
            types.append(rtype)
        tagged = _fhir_json_test_tagged(obj)
        if tagged and depth == 0:
            state["test"] = True  # the whole document is declared test data
        if rtype == "Patient":
            names = obj.get("name")
            texts = _json_name_texts(names if isinstance(names, list) else [names])
            _fhir_patient(state, texts, test=tagged)
    summary = _fhir_summary(obj)
    if summary is not None:
        out.add(f"{path}: {summary}")
        leaf = path.rsplit(".", 1)[-1]
        if leaf in ("subject", "patient", "beneficiary") and (
            obj.get("identifier") or str(obj.get("reference", "")).startswith("Patient/")
        ):
            state["reference"] = True
        return
    for key, value in obj.items():
        if key == "resourceType":
            continue
        if key == "text" and isinstance(value, dict) and isinstance(value.get("div"), str):
            narrative = html_to_text(value["div"], max(0, out.limit - out.size))
            if narrative:
                out.add(f"{path}.text: {narrative}")
            continue
        if key in ("resource",) and isinstance(value, dict):
            _fhir_walk(value, path, out, types, state, depth=depth + 1)
            continue
        _fhir_walk(value, f"{path}.{key}", out, types, state, depth=depth + 1)


def _json_name_texts(names: list[Any]) -> list[str]:
    texts: list[str] = []
    for name in names:
        if isinstance(name, dict):
            texts.append(" ".join(_scalars(name, "text", "given", "family")))
        elif isinstance(name, str):
            texts.append(name)
    return texts


# HL7 v3 ActReason HTEST, "test health data": the FHIR security label (meta.security or
# meta.tag) that marks a resource or a whole Bundle as made up for testing; and the plain tags
# sandboxes and synthetic-data generators put there instead ("SYNTHETIC", "synthetic-data",
# "test-data"). Exact codes only: a tag that merely mentions a test is not one of them.
_FHIR_TEST_CODES = frozenset(
    {"HTEST", "SYNTHETIC", "SYNTHETIC-DATA", "SYNTHETIC_DATA", "TEST-DATA", "TEST_DATA"}
)


def _fhir_json_test_tagged(obj: dict[str, Any]) -> bool:
    """The resource's meta.tag or meta.security carries a test-data code (_FHIR_TEST_CODES)."""
    meta = obj.get("meta")
    if not isinstance(meta, dict):
        return False
    for key in ("tag", "security"):
        codings = meta.get(key)
        if isinstance(codings, dict):
            codings = [codings]
        if isinstance(codings, list) and any(
            isinstance(c, dict) and str(c.get("code", "")).strip().upper() in _FHIR_TEST_CODES
            for c in codings
        ):
            return True
    return False


def _fhir_xml_test_tagged(resource: ET.Element) -> bool:
    """The XML resource's meta/tag or meta/security carries a test-data code."""
    for meta in resource:
        if _local(meta.tag) != "meta":
            continue
        for label in meta:
            if _local(label.tag) not in ("tag", "security"):
                continue
            for code in label:
                value = code.get("value") or ""
                if _local(code.tag) == "code" and value.strip().upper() in _FHIR_TEST_CODES:
                    return True
    return False


def _fhir_patient(state: dict[str, bool], names: list[str], *, test: bool = False) -> None:
    """A Patient resource counts unless it is labelled test data (_FHIR_TEST_CODES) or every name it
    carries is a placeholder."""
    if test or (names and all(placeholder_name(n) for n in names)):
        state["placeholder"] = True
    else:
        state["patient"] = True


def _fhir_has_patient(state: dict[str, bool]) -> bool:
    """A real Patient, or a subject reference in a document whose Patients are not all templates;
    never in a document declared test data as a whole (HTEST on the top-level resource)."""
    if state["test"]:
        return False
    return state["patient"] or (state["reference"] and not state["placeholder"])


def _scalars(obj: dict[str, Any], *keys: str) -> list[str]:
    vals: list[str] = []
    for key in keys:
        value = obj.get(key)
        if isinstance(value, list):
            vals.extend(str(v) for v in value if isinstance(v, (str, int, float)) and v != "")
        elif isinstance(value, (str, int, float)) and value != "" and not isinstance(value, bool):
            vals.append(str(value))
    return vals


def _fhir_summary(obj: dict[str, Any]) -> str | None:
    """One-line renderings of the common FHIR datatypes; None for anything else."""
    keys = set(obj)
    if not keys or "resourceType" in keys:
        return None
    if keys <= {"use", "text", "family", "given", "prefix", "suffix", "period", "id"} and (
        "family" in keys or "given" in keys
    ):
        return " ".join(_scalars(obj, "prefix", "given", "family", "suffix")) or None
    if keys <= {"system", "code", "display", "version", "userSelected", "id"} and "code" in keys:
        text = " ".join(_scalars(obj, "code", "display"))
        system = obj.get("system")
        return f"{text} ({system})" if isinstance(system, str) and system else text
    ident_keys = {"use", "type", "system", "value", "period", "assigner", "id"}
    if (
        keys <= ident_keys
        and "value" in keys
        and ("system" in keys or "type" in keys or "use" in keys)
        and not isinstance(obj.get("value"), (dict, list))
    ):
        system = obj.get("system")
        value = str(obj.get("value"))
        return f"{value} ({system})" if isinstance(system, str) and system else value
    if (
        keys <= {"reference", "display", "identifier", "type", "id"}
        and ("reference" in keys or "display" in keys)
        and not isinstance(obj.get("identifier"), list)
    ):
        parts = _scalars(obj, "reference", "display")
        ident = obj.get("identifier")
        if isinstance(ident, dict):
            parts.extend(_scalars(ident, "value"))
        return " ".join(parts) or None
    if (
        keys <= {"value", "unit", "system", "code", "comparator", "id"}
        and "value" in keys
        and ("unit" in keys or "code" in keys)
    ):
        return " ".join(_scalars(obj, "comparator", "value", "unit"))
    return None


# --------------------------------------------------------------------------- XML / FHIR XML / C-CDA

_FHIR_NS = "{http://hl7.org/fhir}"
_V3_NS = "{urn:hl7-org:v3}"
_XHTML_NS = "{http://www.w3.org/1999/xhtml}"
_ENTITY = re.compile(r"<!ENTITY|<!DOCTYPE", re.IGNORECASE)
_TAGS = re.compile(r"<[^<>]{0,4096}>")


def _local(tag: Any) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def parse_xml(data: bytes | str) -> ET.Element:
    """Parse XML that declares no DTD (no entity expansion at all); raises ValueError otherwise."""
    if _ENTITY.search(data if isinstance(data, str) else data.decode("latin-1")):
        raise ValueError("xml with a DTD")
    try:
        # DTDs are refused above, so no entity can expand; expat >= 2.4 also caps amplification.
        return ET.fromstring(data)  # noqa: S314
    except (ET.ParseError, RecursionError) as exc:
        raise ValueError("xml does not parse") from exc


def strip_tags(text: str) -> str:
    return _TAGS.sub(" ", text)


_XML_ATTRS = ("value", "displayName", "extension", "alt", "title")


def flatten_xml(root: ET.Element, limit: int) -> Flattened:
    name = _local(root.tag)
    if root.tag.startswith(_V3_NS) and name == "ClinicalDocument":
        return _flatten_ccda(root, limit)
    if root.tag.startswith(_FHIR_NS):
        out = _Budget(limit)
        types: list[str] = []
        state = {"patient": False, "reference": False, "placeholder": False, "test": False}
        _fhir_xml_walk(root, name, out, types, state, depth=0)
        return Flattened("fhir", out.text(), _fhir_has_patient(state), tuple(types))
    out = _Budget(limit)
    for chunk in root.itertext():
        piece = chunk.strip()
        if piece and not out.add(piece):
            break
    for elem in root.iter():
        for key, value in elem.attrib.items():
            if _local(key) in _XML_ATTRS and value.strip():
                if not out.add(f"{_local(elem.tag)}.{_local(key)}: {value.strip()}"):
                    break
        if out.full:
            break
    return Flattened("xml", out.text(), False, ())


def _fhir_xml_walk(
    elem: ET.Element,
    path: str,
    out: _Budget,
    types: list[str],
    state: dict[str, bool],
    *,
    depth: int,
) -> None:
    if out.full or depth > _MAX_NEST:
        return
    name = _local(elem.tag)
    if depth == 0:
        if name not in types:
            types.append(name)
        tagged = _fhir_xml_test_tagged(elem)
        if tagged:
            state["test"] = True  # the whole document is declared test data
        if name == "Patient":
            _fhir_patient(state, _xml_name_texts(elem), test=tagged)
    value = elem.get("value")
    if value:
        out.add(f"{path}: {value}")
        if name == "reference" and value.startswith("Patient/"):
            state["reference"] = True
    for child in elem:
        cname = _local(child.tag)
        if child.tag.startswith(_XHTML_NS) or cname == "div":
            narrative = " ".join(t.strip() for t in child.itertext() if t.strip())
            if narrative:
                out.add(f"{path}.text: {narrative}")
            continue
        if cname == "resource":
            for res in child:
                _fhir_xml_walk(res, _local(res.tag), out, types, state, depth=1)
                rname = _local(res.tag)
                if rname not in types:
                    types.append(rname)
                if rname == "Patient":
                    _fhir_patient(state, _xml_name_texts(res), test=_fhir_xml_test_tagged(res))
            continue
        if cname in ("subject", "patient") and child.find(f"{_FHIR_NS}identifier") is not None:
            state["reference"] = True
        _fhir_xml_walk(child, f"{path}.{cname}", out, types, state, depth=depth + 1)


def _xml_name_texts(patient: ET.Element) -> list[str]:
    """The names of a FHIR XML Patient (value attributes) or a C-CDA patient (text)."""
    texts: list[str] = []
    for name in patient:
        if _local(name.tag) != "name":
            continue
        parts = [v for node in name.iter() if (v := node.get("value"))]
        parts += [t.strip() for t in name.itertext() if t.strip()]
        texts.append(" ".join(parts))
    return texts


def _v3(elem: ET.Element, path: str) -> ET.Element | None:
    return elem.find(path.replace("v3:", _V3_NS))


def _v3all(elem: ET.Element, path: str) -> list[ET.Element]:
    return elem.findall(path.replace("v3:", _V3_NS))


def _narrative(elem: ET.Element) -> str:
    parts: list[str] = []

    def walk(node: ET.Element) -> None:
        name = _local(node.tag)
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if name in ("td", "th"):
            parts.append("\t")
        elif name in ("tr", "paragraph", "item", "br", "caption", "content_block", "list", "table"):
            parts.append("\n")

    walk(elem)
    text = "".join(parts)
    lines = (" ".join(ln.split()) if "\t" not in ln else ln.strip() for ln in text.split("\n"))
    return "\n".join(lines).strip()


def _flatten_ccda(root: ET.Element, limit: int) -> Flattened:
    out = _Budget(limit)
    types = ["ClinicalDocument"]
    code = _v3(root, "v3:code")
    if code is not None and code.get("displayName"):
        types.append(code.get("displayName", ""))
    title = _v3(root, "v3:title")
    if title is not None and (title.text or "").strip():
        out.add(f"Document: {(title.text or '').strip()}")
    eff = _v3(root, "v3:effectiveTime")
    if eff is not None and eff.get("value"):
        out.add(f"Document date: {eff.get('value')}")
    has_patient = False
    for role in _v3all(root, "v3:recordTarget/v3:patientRole"):
        person = _v3(role, "v3:patient")
        names = _xml_name_texts(person) if person is not None else []
        if not names or not all(placeholder_name(n) for n in names):
            has_patient = True
        for ident in _v3all(role, "v3:id"):
            ext, oid = ident.get("extension"), ident.get("root")
            if ext or oid:
                out.add(f"Patient ID: {ext or ''} ({oid or ''})".replace(" ()", ""))
        for addr in _v3all(role, "v3:addr"):
            line = " ".join(t.strip() for t in addr.itertext() if t.strip())
            if line:
                out.add(f"Patient address: {line}")
        for tel in _v3all(role, "v3:telecom"):
            if tel.get("value"):
                out.add(f"Patient telecom: {tel.get('value')}")
        patient = _v3(role, "v3:patient")
        if patient is None:
            continue
        for name in _v3all(patient, "v3:name"):
            text = " ".join(t.strip() for t in name.itertext() if t.strip())
            if text:
                out.add(f"Patient name: {text}")
        for tag, label in (
            ("administrativeGenderCode", "Patient gender"),
            ("birthTime", "Patient birth date"),
            ("maritalStatusCode", "Patient marital status"),
            ("raceCode", "Patient race"),
            ("ethnicGroupCode", "Patient ethnicity"),
        ):
            node = _v3(patient, f"v3:{tag}")
            if node is not None:
                val = node.get("displayName") or node.get("value") or node.get("code")
                if val:
                    out.add(f"{label}: {val}")
        for guardian in _v3all(patient, "v3:guardian"):
            text = " ".join(t.strip() for t in guardian.itertext() if t.strip())
            if text:
                out.add(f"Guardian: {text}")
    for author in _v3all(root, "v3:author/v3:assignedAuthor"):
        text = " ".join(t.strip() for t in author.itertext() if t.strip())
        if text:
            out.add(f"Author: {text}")
    for section in root.iter(f"{_V3_NS}section"):
        if out.full:
            break
        stitle = _v3(section, "v3:title")
        if stitle is not None and (stitle.text or "").strip():
            out.add(f"Section: {(stitle.text or '').strip()}")
        body = _v3(section, "v3:text")
        if body is not None:
            narrative = _narrative(body)
            if narrative:
                out.add(narrative)
    return Flattened("ccda", out.text(), has_patient, tuple(types))


# --------------------------------------------------------------------------- placeholder patients

_PLACEHOLDER_WORDS = frozenset(
    {
        # a name made only of these words describes a field instead of filling it
        "LAST", "FIRST", "MIDDLE", "NAME", "LASTNAME", "FIRSTNAME", "MIDDLENAME", "FAMILY",
        "GIVEN", "SURNAME", "INITIAL", "MI", "PATIENT", "PATIENTNAME", "PT", "TEST",
        # a specification's or companion guide's sample: "SAMPLE^MEMBER", "Example, Sample"
        "SAMPLE", "EXAMPLE", "DEMO", "MEMBER", "SUBSCRIBER", "DEPENDENT", "INSURED", "ENROLLEE",
    }
)  # fmt: skip
_TEST_WORDS = frozenset(
    {"TEST", "TESTPATIENT", "TESTPT", "DUMMY", "PLACEHOLDER", "DONOTUSE", "SYNTHETIC", "FAKE"}
)
# "TEST" run into a role or a counting word names a test record (TESTSUBSCRIBER, TESTMEMBER,
# TESTCASE, TESTONE); real surnames that start with TEST (Testa, Tester, Testani) do not end so.
_TEST_SUFFIXES = frozenset(
    {
        "SUBSCRIBER", "MEMBER", "CASE", "PATIENT", "PT", "USER", "DEPENDENT", "CLIENT",
        "RESIDENT", "INSURED", "ENROLLEE", "CHILD", "SPOUSE", "BABY", "MOM", "DAD", "RECORD",
        "DATA", "FILE", "ONE", "TWO", "THREE", "FOUR", "FIVE", "FIRST", "LAST", "NAME",
    }
)  # fmt: skip
_NAME_WORD = re.compile(r"[A-Za-z0-9']+")


def placeholder_name(value: str) -> bool:
    """True when a patient name is empty, a template slot or a well-known test-patient name.

    Interface teams and vendors mail template messages (`<LAST>^<FIRST>`, `{{family}}`, `{LAST}`,
    `LASTNAME^FIRSTNAME`) and validation messages for test patients (`ZZTEST^...`,
    `TEST^PATIENT`, `TESTSUBSCRIBER^DONOTUSE`, `XXX`, `DOE^JOHN`); those name no individual, so
    the document they sit in must not count as carrying a patient. The list is deliberately
    short: a real-looking name is always a patient. Note that DOE^JOHN is also how some sites
    register unidentified trauma patients; its other identifiers are still scanned as ordinary
    text.
    """
    if any(c in value for c in "<>{}[]"):
        return True  # a template slot: <LAST>, {{family}}, {FIRST}, [PATIENT NAME]
    words = [w.upper().replace("'", "") for w in _NAME_WORD.findall(value)]
    words = [w.rstrip("0123456789") or w for w in words if w]
    if not words:
        return True
    for word in words:
        if word in _TEST_WORDS or word.startswith("ZZ"):
            return True
        if word.startswith("TEST") and word[4:] in _TEST_SUFFIXES:
            return True
        if len(word) >= 3 and len(set(word)) == 1 and word[0] in "XZ":
            return True
    if all(w in _PLACEHOLDER_WORDS for w in words):
        return True
    return "DOE" in words and ("JOHN" in words or "JANE" in words)


def template_value(value: str) -> bool:
    """A field value that is a template slot (`<MRN>`, `{{mrn}}`), not data."""
    return ("<" in value and ">" in value) or "{{" in value


# --------------------------------------------------------------------------- X12 EDI

# HIPAA transaction sets (ST01); any other set (an 850 purchase order, ...) is not healthcare
# (275: additional information to support a claim, the attachment carrying clinical records)
X12_HIPAA_SETS = frozenset(
    {"270", "271", "275", "276", "277", "278", "820", "834", "835", "837"}
)
_X12_ISA = re.compile(r"(?:^|[\s~'])ISA([^\w\s])")
# a pasted snippet without ISA: `SEG*...~` segments at a line start or after a terminator
_X12_SNIPPET = re.compile(r"(?:^|~|\n)[ \t]*([A-Z][A-Z0-9]{1,2})\*[^~\n]{1,2000}~")
_X12_KNOWN = frozenset(
    {
        "ST", "SE", "GS", "GE", "BHT", "HL", "TRN", "NM1", "N3", "N4", "PER", "REF", "DMG", "DTP",
        "EB", "MSG", "INS", "SBR", "PAT", "CLM", "HI", "SV1", "SV2", "SV3", "LX", "CLP", "SVC",
        "CAS", "AMT", "STC", "UM", "BPR", "PRV", "III", "HSD", "EQ", "AAA", "BGN", "HD", "QTY",
        "CAT", "OOI", "BDS", "PWK", "LQ",
    }
)  # fmt: skip
_X12_CORE = frozenset({"NM1", "DMG", "CLM", "HI", "SV1", "SV2", "SV3", "CLP", "SVC", "EB", "INS"})
_X12_SEG_ID = re.compile(r"^[A-Z][A-Z0-9]{1,2}$")
# NM101 entity codes that name the member/patient rather than a provider or payer
_X12_PERSON_ROLES = frozenset({"IL", "QC", "03", "74", "QD"})
_X12_ROLES: dict[str, str] = {
    "IL": "Subscriber", "QC": "Patient", "03": "Dependent", "74": "Corrected insured",
    "QD": "Responsible party", "85": "Billing provider", "87": "Pay-to provider",
    "82": "Rendering provider", "DN": "Referring provider", "P3": "Primary care provider",
    "71": "Attending physician", "72": "Operating physician", "77": "Service facility",
    "FA": "Facility", "1P": "Provider", "PR": "Payer", "IN": "Insurer", "PE": "Payee",
    "41": "Submitter", "40": "Receiver", "2B": "Third-party administrator", "36": "Employer",
    "P5": "Plan sponsor", "X3": "Utilization management organization", "SJ": "Service provider",
}  # fmt: skip
_X12_ID_QUALIFIERS: dict[str, str] = {
    "MI": "Member ID", "II": "Health identifier", "MR": "Medicaid recipient ID", "34": "SSN",
    "XX": "NPI", "24": "EIN", "FI": "Federal tax ID", "PI": "Payer ID", "SV": "Provider ID",
    "46": "ETIN", "ZZ": "ID",
}  # fmt: skip
_X12_REF: dict[str, str] = {
    "SY": "SSN", "EA": "Medical record number", "0F": "Subscriber number", "1W": "Member ID",
    "1L": "Group/policy number", "6P": "Group number", "IG": "Insurance policy number",
    "D9": "Claim number", "F8": "Original claim number", "G1": "Prior authorization number",
    "9F": "Referral number", "EJ": "Patient account number", "HJ": "Identity card number",
    "Q4": "Prior identifier", "3H": "Case number", "23": "Client number", "EI": "EIN",
    "1C": "Medicare provider number", "1D": "Medicaid provider number", "N5": "Provider plan",
    "CE": "Class of contract", "18": "Plan number", "ABB": "Personal ID number",
}  # fmt: skip
_X12_DATES: dict[str, str] = {
    "472": "Service date", "291": "Plan date", "307": "Eligibility date",
    "356": "Eligibility begin", "357": "Eligibility end", "348": "Benefit begin",
    "349": "Benefit end", "435": "Admission date", "096": "Discharge date",
    "434": "Statement dates", "431": "Onset date", "454": "Initial treatment date",
    "304": "Latest visit date", "050": "Received date", "232": "Statement start",
    "233": "Statement end", "036": "Expiration date", "102": "Issue date", "573": "Paid date",
    "150": "Service period start", "151": "Service period end", "303": "Maintenance date",
}  # fmt: skip
_X12_DX_QUALIFIERS = frozenset({"ABK", "ABF", "ABJ", "APR", "ABN", "BK", "BF", "BJ", "PR"})
_X12_PX_QUALIFIERS = frozenset({"BBR", "BBQ", "BR", "BQ", "CAH"})


@dataclass(frozen=True, slots=True)
class _X12Delims:
    start: int  # offset of the interchange (or snippet) in the text
    element: str
    component: str
    terminator: str


def _x12_delims(text: str) -> _X12Delims | None:
    """Delimiters declared by an ISA header (element sep after ISA, ISA16, then terminator)."""
    for match in _X12_ISA.finditer(text[:65536]):
        sep = match.group(1)
        start = match.start(1) - 3
        head = text[start : start + 200]
        elems = head.split(sep, 16)
        if len(elems) < 17 or not re.fullmatch(r"\s*\d{6}\s*", elems[9]):
            continue
        tail = elems[16]
        component = tail[:1] or ":"
        term = tail[1:2]
        if not term or term in "\r\n":
            term = "\n"
        return _X12Delims(start, sep, component, term)
    return None


def looks_x12(text: str) -> bool:
    """An ISA interchange header, or several HIPAA segments shaped `SEG*...~`."""
    if "*" not in text and "ISA" not in text:
        return False
    delims = _x12_delims(text)
    if delims is not None:
        return _x12_transaction_ok(text, delims)
    ids = [m.group(1) for m in _X12_SNIPPET.finditer(text[:65536])]
    known = [i for i in ids if i in _X12_KNOWN]
    return len(known) >= 2 and any(i in _X12_CORE for i in known)


def _x12_transaction_ok(text: str, d: _X12Delims) -> bool:
    sets = re.findall(
        r"(?:^|" + re.escape(d.terminator) + r")\s*ST" + re.escape(d.element) + r"(\w+)",
        text[d.start : d.start + 1_000_000],
    )
    return not sets or any(s in X12_HIPAA_SETS for s in sets)


def _x12_date(fmt: str, value: str) -> str:
    def iso(v: str) -> str:
        return f"{v[:4]}-{v[4:6]}-{v[6:8]}" if len(v) == 8 and v.isdigit() else v

    if fmt == "RD8" and "-" in value:
        first, _, last = value.partition("-")
        return f"{iso(first)} to {iso(last)}"
    return iso(value)


def _icd(code: str) -> str:
    """X12 carries ICD-10 codes without the dot: E119 -> E11.9."""
    code = code.strip()
    return f"{code[:3]}.{code[3:]}" if len(code) > 3 and "." not in code else code


def flatten_x12(text: str, limit: int) -> Flattened:
    """Each X12 segment becomes labelled lines (`Subscriber name: ...`, `Diagnosis: E11.9`)."""
    out = _Budget(limit)
    delims = _x12_delims(text)
    if delims is None:
        delims = _X12Delims(0, "*", ":", "~")
        match = _X12_SNIPPET.search(text)
        if match is not None:
            delims = _X12Delims(match.start(1), "*", ":", "~")
    for line in text[: delims.start].splitlines():
        if line.strip():
            out.add(line.strip())
    state = {"role": "", "patient": False}
    sets: list[str] = []
    for piece in text[delims.start :].split(delims.terminator):
        for raw_line in piece.splitlines() if delims.terminator != "\n" else [piece]:
            line = raw_line.strip()
            if not line:
                continue
            elems = line.split(delims.element)
            if len(elems) < 2 or not _X12_SEG_ID.match(elems[0]):
                out.add(line)
                continue
            if elems[0] == "ST" and elems[1] and elems[1] not in sets:
                sets.append(elems[1])
            for label in _x12_segment(elems, delims.component, state):
                if not out.add(label):
                    break
            if out.full:
                break
        if out.full:
            break
    return Flattened("x12", out.text(), state["patient"] is True, tuple(sets))


def _x12_segment(e: list[str], comp: str, state: dict[str, Any]) -> list[str]:
    """Labelled lines for one segment; unknown segments as `SEG: e1 e2 ...`."""
    seg = e[0]

    def el(n: int) -> str:
        return e[n].strip() if n < len(e) else ""

    lines: list[str] = []
    if seg == "ISA":
        lines += [f"Interchange sender: {el(6)}", f"Interchange receiver: {el(8)}"]
        lines.append(f"Interchange date: {el(9)} {el(10)}")
    elif seg == "GS":
        lines.append(f"Functional group: {el(1)} from {el(2)} to {el(3)} on {el(4)}")
    elif seg == "ST":
        lines.append(f"Transaction set: {el(1)}")
    elif seg == "NM1":
        role = _X12_ROLES.get(el(1), f"Entity {el(1)}")
        state["role"] = role
        name = " ".join(p for p in (el(3), el(4), el(5), el(7)) if p)
        if name:
            # NM102 "2" is a non-person entity (a payer, a facility): not a name to weigh as one.
            lines.append(f"{role} {'organization' if el(2) == '2' else 'name'}: {name}")
        if el(9):
            qual = _X12_ID_QUALIFIERS.get(el(8), f"ID ({el(8)})")
            lines.append(f"{qual}: {el(9)}" if qual == "Member ID" else f"{role} {qual}: {el(9)}")
        if el(1) in _X12_PERSON_ROLES and el(2) == "1" and el(3):
            # A test subscriber ("TESTPATIENT DONOTUSE") stays no one, birth date included.
            state["test_person"] = placeholder_name(name)
            if not state["test_person"]:
                state["patient"] = True
    elif seg == "DMG":
        if el(2):
            lines.append(f"Date of birth: {_x12_date(el(1), el(2))}")
            if not state.get("test_person"):
                state["patient"] = True
        if el(3):
            lines.append(f"Sex: {el(3)}")
    elif seg in ("N3", "N4"):
        where = " ".join(p for p in e[1:] if p.strip())
        if where:
            lines.append(f"{state['role'] or 'Entity'} address: {where}")
    elif seg == "PER":
        if el(2):
            lines.append(f"Contact name: {el(2)}")
        for i in (3, 5, 7):
            if el(i + 1):
                kind = {"TE": "Phone", "FX": "Fax", "EM": "Email"}.get(el(i), "Contact")
                lines.append(f"{kind}: {el(i + 1)}")
    elif seg == "REF":
        lines.append(f"{_X12_REF.get(el(1), f'Reference ({el(1)})')}: {el(2)}")
    elif seg == "DTP":
        lines.append(f"{_X12_DATES.get(el(1), f'Date ({el(1)})')}: {_x12_date(el(2), el(3))}")
    elif seg == "HI":
        for raw in e[1:]:
            parts = raw.split(comp)
            if len(parts) < 2 or not parts[1].strip():
                continue
            if parts[0] in _X12_DX_QUALIFIERS:
                lines.append(f"Diagnosis: {_icd(parts[1])}")
            elif parts[0] in _X12_PX_QUALIFIERS:
                lines.append(f"Procedure: {parts[1].strip()}")
            else:
                lines.append(f"Health care code ({parts[0]}): {parts[1].strip()}")
    elif seg in ("SV1", "SV2", "SV3", "SVC"):
        if seg == "SV2" and el(1):
            lines.append(f"Revenue code: {el(1)}")
        proc = el(2) if seg == "SV2" else el(1)
        parts = proc.split(comp)
        if len(parts) > 1 and parts[1]:
            lines.append(f"Procedure: {parts[1]}")
            lines += [f"Modifier: {m}" for m in parts[2:6] if m]
        charge = el(3) if seg == "SV2" else el(2)
        if charge:
            lines.append(f"Charge: {charge}")
        if seg == "SVC" and el(3):
            lines.append(f"Paid: {el(3)}")
    elif seg == "CLM":
        lines.append(f"Claim ID: {el(1)}")
        if el(2):
            lines.append(f"Claim amount: {el(2)}")
        if el(5):
            lines.append(f"Place of service: {el(5).split(comp)[0]}")
    elif seg == "CLP":
        lines.append(f"Claim ID: {el(1)}")
        lines += [f"Claim status: {el(2)}", f"Charge: {el(3)}", f"Paid: {el(4)}"]
        if el(7):
            lines.append(f"Payer claim number: {el(7)}")
    elif seg == "MSG":
        lines.append(f"Message: {el(1)}")
    elif seg == "EB":
        lines.append("Eligibility benefit: " + " ".join(p for p in e[1:5] if p.strip()))
        if el(5):
            lines.append(f"Plan: {el(5)}")
        if el(7):
            lines.append(f"Benefit amount: {el(7)}")
    elif seg == "INS":
        lines.append(f"Member: subscriber {el(1)}, relationship {el(2)}, maintenance {el(3)}")
    elif seg == "SBR":
        if el(3):
            lines.append(f"Group number: {el(3)}")
        if el(4):
            lines.append(f"Group name: {el(4)}")
    elif seg in ("SE", "GE", "IEA", "HL", "LX"):
        pass
    else:
        values = " ".join(p.strip() for p in e[1:] if p.strip())
        if values:
            lines.append(f"{seg}: {values}")
    return [ln for ln in lines if not ln.endswith(": ")]
