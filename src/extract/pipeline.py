"""The orchestrator: one document in, its records out. Reads top to bottom.

decode (readers) -> html_to_text -> clean_text -> split_items -> spaCy (nlp.pipe, run by the
caller so documents can be batched) -> dates, places, people/organisations, counts, event
types -> pydantic Records.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from .actor_places import reconcile_names
from .clean import clean_text
from .counts import extract_counts
from .dates import event_date, extract_dates
from .documents import Document, Item, ParsedItem, Rejection
from .entities import extract_actors
from .events import extract_event_types
from .models import Extractor, Record, Source
from .places import extract_places
from .places_document import document_context
from .published import publication_date
from .split import split_items


@dataclass(frozen=True)
class PreparedDocument:
    """A document cleaned and split, waiting for the spaCy stage."""

    document: Document
    items: list[Item]
    title: str | None


def prepare(document: Document) -> PreparedDocument | Rejection:
    """Clean and split; a document with nothing left is rejected with the reason.

    The published date: the document's metadata (the JSONL ``published`` field, else the
    HTML page's meta tags) wins; without any, the date of the text's own publication line
    ("Published 9 March 2023", before or right after the first headline; see published.py)."""
    headings: frozenset[str] | None = None
    title = document.title
    text = document.text
    if document.is_html:
        from .htmltext import html_to_text  # bs4 and lxml load only for a run with HTML input

        html = html_to_text(document.text)
        text, title = html.text, title or html.title
        if html.headings is not None:
            headings = frozenset(unicodedata.normalize("NFC", h) for h in html.headings)
        if document.published is None and html.published is not None:
            document = replace(document, published=html.published)  # the page's own metadata
    if document.published is None:
        stated = publication_date(text)  # read before cleaning drops the line as chrome
        if stated is not None:
            document = replace(document, published=stated)
    split = split_items(clean_text(text), headings)
    if not split.items:
        return Rejection(
            path=document.path or document.doc_id,
            line=document.line,
            doc_id=document.doc_id,
            reason="no article text left after removing boilerplate",
        )
    return PreparedDocument(document, split.items, title or next(iter(split.titles), None))


def record_id(doc_id: str, item_text: str) -> str:
    return hashlib.sha256(f"{doc_id}\x00{item_text}".encode()).hexdigest()[:16]


def build_records(
    prepared: PreparedDocument,
    docs: list[Doc],
    extractor: Extractor,
    reference_date: str | None = None,
) -> list[Record]:
    """Run the extractors over one document's parsed items and assemble its records.

    ``reference_date`` anchors dates of a document that has no published date and no full
    date of its own (the run's ``--reference-date``)."""
    document = prepared.document
    parsed = [
        ParsedItem(item, doc, len(item.headline) + 2 if item.headline else 0)
        for item, doc in zip(prepared.items, docs, strict=True)
    ]
    dates = extract_dates(parsed, document.published, reference_date)
    context = document_context(parsed)  # countries and place names, for people and places
    actors = extract_actors(parsed, context)
    people = [p.name for a in actors for p in a.people for _ in p.mentions]  # one per mention
    places = extract_places(parsed, context, people)
    places, actors = reconcile_names(places, actors, [p.item.text for p in parsed])
    source = Source(
        path=document.path,
        url=document.url,
        title=prepared.title,
        published=document.published,
        content_hash=document.content_hash,
    )
    records = []
    for item_parsed, item_dates, item_actors, item_places in zip(
        parsed, dates, actors, places, strict=True
    ):
        item = item_parsed.item
        records.append(
            Record(
                record_id=record_id(document.doc_id, item.text),
                doc_id=document.doc_id,
                item_index=item.index,
                source=source,
                headline=item.headline,
                text=item.text,
                dates=item_dates,
                event_date=event_date(item_parsed, item_dates),
                places=item_places,
                people=item_actors.people,
                organisations=item_actors.organisations,
                counts=extract_counts(item_parsed, item_dates),
                event_types=extract_event_types(item_parsed),
                extractor=extractor,
            )
        )
    return records
