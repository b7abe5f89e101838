"""Typed objects passed between the stages before the record boundary."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported only where documents are parsed: a no-op re-run skips it
    from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True)
class Document:
    """One input article, decoded. ``html`` is set for HTML input, else ``text``."""

    doc_id: str
    text: str
    is_html: bool
    content_hash: str
    path: str | None = None
    line: int | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Rejection:
    """An input that could not be processed, and why."""

    path: str
    reason: str
    line: int | None = None
    doc_id: str | None = None


@dataclass(frozen=True)
class Item:
    """One news item: a headline (may be None) and body, as a slice of the cleaned document."""

    index: int
    start: int
    end: int
    text: str
    headline: str | None


@dataclass(frozen=True)
class ParsedItem:
    """An item after the spaCy stage; ``doc.text == item.text``."""

    item: Item
    doc: Doc
    body_start: int  # where the body begins in item.text (0 when there is no headline)

    @cached_property
    def tokens(self) -> list[Token]:
        """The doc's tokens, made once per item (read-only: never change this list).

        Speed: spaCy builds a new Token object on every ``doc[i]`` and on every iteration of
        the doc, and the extractors walk each item's tokens many times. (``cached_property``
        writes the instance ``__dict__`` directly, so it works on a frozen dataclass.)"""
        return list(self.doc)

    @cached_property
    def ents(self) -> tuple[Span, ...]:
        """``doc.ents``, built once per item: spaCy rebuilds the tuple and its Span objects
        on every access, and five extractors read it."""
        return tuple(self.doc.ents)
