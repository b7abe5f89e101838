"""The record contract: pydantic models at the output boundary.

Every extracted value is a span of the record's ``text`` (``text[start:end] == span.text``)
with its normalised fields beside it. ``schemas/`` is generated from these models.
"""

from __future__ import annotations

from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue, model_validator

SCHEMA_VERSION: Final = "1.1.0"  # 1.1.0: Count.background

Precision = Literal["day", "week", "month", "year"]
Resolution = Literal["explicit", "weekday", "reference", "relative"]
PlaceKind = Literal["country", "admin1", "city", "facility", "other"]
Qualifier = Literal["exact", "approx", "at_least", "at_most", "vague"]
CountCategory = Literal["killed", "injured", "detained", "participants", "blockades", "other"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Span(Strict):
    """Exact characters of the record text: ``record.text[start:end] == text``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end - self.start != len(self.text):
            raise ValueError("end - start must equal len(text)")
        return self


class DateValue(Span):
    """A date mention and its normalised ISO 8601 value, or null with a reason."""

    value: str | None = Field(
        description="YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY by precision; null when unresolvable"
    )
    precision: Precision | None
    resolution: Resolution | None = Field(
        description="explicit: all parts in the text; weekday: year fixed by the weekday; "
        "reference: missing parts taken from the reference date; relative: offset from it"
    )
    reason: str | None = Field(default=None, description="why value is null")


class Place(Strict):
    name: str = Field(description="canonical name (gazetteer's, else the surface form)")
    kind: PlaceKind
    country_code: str | None = Field(description="ISO 3166-1 alpha-2")
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: int | None = Field(
        description="1 town, 2 part of a region, 3 region only, 4 country; null when unknown"
    )
    gazetteer_id: str | None = Field(description="e.g. geonames:3936456")
    mentions: list[Span]


class Person(Strict):
    name: str = Field(description="canonical full name within the document")
    mentions: list[Span]


class Organisation(Strict):
    name: str = Field(description="canonical name within the document")
    acronym: str | None
    mentions: list[Span]


class Count(Span):
    """A counted quantity: the span is the number phrase ("more than 50", "Tens of thousands")."""

    value: int | None
    low: int | None
    high: int | None
    qualifier: Qualifier
    object: Span | None = Field(description="the counted noun: people, minors, points")
    category: CountCategory
    part_of: int | None = Field(
        default=None, description="index in counts[] of the count this one is a subset of"
    )
    date: DateValue | None = Field(default=None, description="the count's own date, if stated")
    background: bool = Field(
        default=False,
        description="a toll of another, earlier event or a running total, not this item's "
        "event: 'the insurgency, which has killed 20,000 people since 2009'",
    )


class EventType(Strict):
    event: str = Field(description="PLOVER event, e.g. PROTEST")
    mode: str | None = Field(description="PLOVER mode, e.g. demo, strike, obstruct")
    trigger: Span
    acled_event_type: str | None
    acled_sub_event_type: str | None


class Source(Strict):
    path: str | None
    url: str | None
    title: str | None
    published: str | None = Field(description="YYYY-MM-DD")
    content_hash: str = Field(description="sha256 of the document's raw bytes")


class Extractor(Strict):
    package_version: str
    spacy_version: str
    spacy_pipeline: str
    spacy_pipeline_version: str


class ReviewChange(Strict):
    """One reviewed value, the machine's value kept beside it."""

    field: str = Field(description="path of the value in the record, e.g. counts[0].value")
    machine_value: JsonValue = Field(description="what extraction produced")
    reviewed_value: JsonValue = Field(description="what the reviewer set")


class Review(Strict):
    """A reviewer's decision applied over fresh extraction (from OUT/reviews.jsonl)."""

    status: Literal["accepted", "rejected", "edited"] = Field(
        description="latest accept/reject decision; edited when only values were set"
    )
    reviewer: str = Field(description="who made the latest decision")
    note: str | None
    changes: list[ReviewChange]


class Record(Strict):
    schema_version: Literal["1.1.0"] = SCHEMA_VERSION
    record_id: str = Field(description="sha256 of doc_id + item text, first 16 hex digits")
    doc_id: str
    item_index: int = Field(ge=0)
    source: Source
    headline: str | None
    text: str = Field(description="the item's cleaned text; the headline, when any, opens it")
    dates: list[DateValue]
    event_date: DateValue | None
    places: list[Place]
    people: list[Person]
    organisations: list[Organisation]
    counts: list[Count]
    event_types: list[EventType]
    extractor: Extractor
    review: Review | None = Field(
        default=None, description="reviewer decision, when any (see extract review)"
    )

    @model_validator(mode="after")
    def _spans_match_text(self) -> Record:
        for path, span in iter_spans(self):
            if self.text[span.start : span.end] != span.text:
                raise ValueError(f"{path}: text[{span.start}:{span.end}] != {span.text!r}")
        return self


def iter_spans(record: Record) -> list[tuple[str, Span]]:
    """Every span of a record with its field path, in a fixed order."""
    out: list[tuple[str, Span]] = []
    for i, d in enumerate(record.dates):
        out.append((f"dates[{i}]", d))
    if record.event_date is not None:
        out.append(("event_date", record.event_date))
    for field in ("places", "people", "organisations"):
        for i, entity in enumerate(getattr(record, field)):
            for j, m in enumerate(entity.mentions):
                out.append((f"{field}[{i}].mentions[{j}]", m))
    for i, c in enumerate(record.counts):
        out.append((f"counts[{i}]", c))
        if c.object is not None:
            out.append((f"counts[{i}].object", c.object))
        if c.date is not None:
            out.append((f"counts[{i}].date", c.date))
    for i, e in enumerate(record.event_types):
        out.append((f"event_types[{i}].trigger", e.trigger))
    return out
