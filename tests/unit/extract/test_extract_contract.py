"""The public API other stages code against: names, fields, picklability (process pool)."""

from __future__ import annotations

import dataclasses
import pickle

from extract_builders import mail, pdf, zip_of

import gateway.extract as ex


def test_public_names_and_fields() -> None:
    assert set(ex.__all__) == {
        "Attachment", "AttachmentStatus", "ExtractError", "ExtractLimits", "Extraction",
        "HealthcareDoc", "Headers", "Segment", "extract",
    }  # fmt: skip
    fields = {cls.__name__: [f.name for f in dataclasses.fields(cls)] for cls in (
        ex.Segment, ex.Attachment, ex.HealthcareDoc, ex.Headers, ex.ExtractLimits, ex.Extraction
    )}  # fmt: skip
    assert fields == {
        "Segment": ["part", "text", "source", "format"],
        "Attachment": ["path", "filename", "content_type", "size", "status", "detail"],
        "HealthcareDoc": ["part", "kind", "has_patient", "resource_types"],
        "Headers": ["subject", "from_", "to", "cc", "message_id", "date", "raw"],
        "ExtractLimits": [
            "max_depth", "max_files", "max_total_bytes", "max_ratio", "max_text_chars",
            "max_part_bytes",
        ],
        "Extraction": [
            "headers", "segments", "attachments", "healthcare_docs", "defects", "truncated"
        ],
    }  # fmt: skip
    assert ex.ExtractLimits() == ex.ExtractLimits(5, 200, 100_000_000, 100.0, 2_000_000, 25_000_000)
    assert [s.value for s in ex.AttachmentStatus] == [
        "ok", "encrypted", "unreadable", "unsupported", "bomb", "limit"
    ]  # fmt: skip
    assert issubclass(ex.ExtractError, Exception)


def test_extraction_pickles_for_the_worker_pool() -> None:
    raw = mail(
        "MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5\rPID|1||M1||DOE^JANE",
        attachments=[
            ("r.pdf", "application/pdf", pdf([["x"]])),
            ("z.zip", "application/zip", zip_of([("a.txt", b"a")])),
        ],
    )
    result = ex.extract(raw)
    clone = pickle.loads(pickle.dumps(result))
    assert clone == result
    assert isinstance(clone.attachments[0].status, ex.AttachmentStatus)
    assert clone.healthcare_docs[0].kind == "hl7v2"


def test_results_are_frozen() -> None:
    result = ex.extract(mail("x"))
    try:
        result.segments[0].text = "changed"  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("Segment must be frozen")


def test_config_section_maps_to_limits() -> None:
    import pydantic
    import pytest

    from gateway.config import ExtractConfig, GatewayConfig

    assert GatewayConfig().extract.limits() == ex.ExtractLimits()
    custom = GatewayConfig.model_validate({"extract": {"max_depth": 2, "max_ratio": 50}})
    assert custom.extract.limits() == ex.ExtractLimits(max_depth=2, max_ratio=50.0)
    with pytest.raises(pydantic.ValidationError):
        ExtractConfig.model_validate({"max_dept": 2})
