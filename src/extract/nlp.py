"""The spaCy stage: one cached loader; the model is passed in, never loaded at import."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from . import __version__
from .errors import UsageError
from .models import Extractor


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """Load an installed spaCy pipeline by package name, once per process."""
    try:
        return spacy.load(name)
    except OSError as exc:
        raise UsageError(
            f"spaCy pipeline {name!r} is not installed (pip install it; nothing is downloaded "
            f"at run time): {exc}"
        ) from None


def extractor_info(nlp: Language) -> Extractor:
    return Extractor(
        package_version=__version__,
        spacy_version=spacy.__version__,
        spacy_pipeline=nlp.meta.get("lang", "") + "_" + nlp.meta.get("name", ""),
        spacy_pipeline_version=nlp.meta.get("version", ""),
    )
