"""The spaCy stage: one cached loader; the model is passed in, never loaded at import."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import __version__
from .errors import UsageError
from .models import Extractor


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """A blank line always ends a sentence, so a headline never runs into the body's first
    sentence (the parser keeps sentence starts that are already set)."""
    for token in doc[:-1]:
        if token.is_space and "\n\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """Load an installed spaCy pipeline by package name, once per process."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise UsageError(
            f"spaCy pipeline {name!r} is not installed (pip install it; nothing is downloaded "
            f"at run time): {exc}"
        ) from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_sentences", before="parser")
    return nlp


def extractor_info(nlp: Language) -> Extractor:
    return Extractor(
        package_version=__version__,
        spacy_version=spacy.__version__,
        spacy_pipeline=nlp.meta.get("lang", "") + "_" + nlp.meta.get("name", ""),
        spacy_pipeline_version=nlp.meta.get("version", ""),
    )
