"""The document's context: what the whole document establishes before any one name is
resolved, read by every stage that must tell a place from a person or a body.

Its countries (counted from the places, regions and demonyms its bodies name: a name whose
candidates all lie in one country is evidence of that country, a country named outright
counts double), the place names of its bodies, the short forms of countries named whole
("Congo" after "the Democratic Republic of Congo"), the names of armed groups ("G5 rebels")
and of facilities ("the Metro"). Kept apart from ``places_resolve.py``, which chooses among
one name's candidates: this module decides what the document as a whole says, that one
which place a name is.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .documents import ParsedItem
from .gazetteer import GazetteerEntry, continent_names, fold, load_gazetteer
from .places_lexicon import ARMED_GROUP_NOUNS
from .places_resolve import (
    PLACE_LABELS,
    compass_candidates,
    split_list,
    strip_name,
    usable_candidates,
)


@dataclass
class DocumentContext:
    """What the whole document establishes: its countries and the place names of bodies."""

    countries: Counter[str] = field(default_factory=Counter)
    body_names: set[str] = field(default_factory=set)
    named: Counter[str] = field(default_factory=Counter)  # countries of named places only
    # Countries named by a country, a region or a demonym (not by a town's own country).
    regions: Counter[str] = field(default_factory=Counter)
    # "Congo" after "the Democratic Republic of Congo": a short form of a country named whole
    short_forms: dict[str, str] = field(default_factory=dict)  # folded short form -> code
    group_names: set[str] = field(default_factory=set)  # "G5 rebels": folded group names
    facility_names: set[str] = field(default_factory=set)  # body names NER calls FAC
    # Country of each body place name's most populous candidate: where the story is set.
    settled: Counter[str] = field(default_factory=Counter)


def _leading_demonym(name: str) -> str | None:
    """The country of a demonym opening an organisation's name ("the Kenyan Defence
    Forces", "South African Airways")."""
    words = strip_name(name, 0)[0].split()
    gaz = load_gazetteer()
    for n in (2, 1):
        if len(words) > n:
            code = gaz.demonym_country(" ".join(words[:n]))
            if code:
                return code
    return None


def document_context(items: list[ParsedItem]) -> DocumentContext:
    """Countries the document names (body NER hits of kind country) and body place names."""
    gaz = load_gazetteer()
    ctx = DocumentContext()
    for parsed in items:
        _short_forms_and_groups(parsed, ctx)
    for parsed in items:
        for ent in parsed.ents:
            if ent.start_char >= parsed.body_start and ent.label_ in ("NORP", "ORG"):
                # "Kenyan forces", "the South African Broadcasting Corporation": evidence
                # of the country, not a place.
                code = _leading_demonym(ent.text) if ent.label_ == "ORG" else None
                code = code or gaz.demonym_country(ent.text)
                if code:
                    ctx.countries[code] += 1
                    ctx.regions[code] += 1
            if ent.start_char < parsed.body_start or ent.label_ not in PLACE_LABELS:
                continue
            for part, _ in split_list(*strip_name(ent.text, ent.start_char)):
                name = strip_name(part, 0)[0]
                if fold(name) in continent_names():
                    continue  # "Asia" names no country (a town of the name is not meant)
                # Weak matches (a far town's loose alternate) are no evidence for themselves.
                candidates = country_short_form(name, ctx) or usable_candidates(
                    gaz.lookup(name), name, Counter()
                )
                candidates = candidates or compass_candidates(name)
                if candidates:
                    ctx.body_names.add(fold(name))
                    ctx.settled[max(candidates, key=lambda e: e.population).country_code] += 1
                if candidates and candidates[0].kind == "country":
                    ctx.countries[candidates[0].country_code] += 2
                    ctx.named[candidates[0].country_code] += 2
                    ctx.regions[candidates[0].country_code] += 1
                elif len({e.country_code for e in candidates}) == 1:
                    ctx.countries[candidates[0].country_code] += 1
                    ctx.named[candidates[0].country_code] += 1
                    if all(e.kind == "admin1" for e in candidates):
                        ctx.regions[candidates[0].country_code] += 1
    return ctx


def country_short_form(name: str, ctx: DocumentContext) -> tuple[GazetteerEntry, ...]:
    """The country a short form stands for in this document ("Congo" -> CD), else ()."""
    code = ctx.short_forms.get(fold(name))
    entry = load_gazetteer().countries.get(code) if code else None
    return (entry,) if entry else ()


def _short_forms_and_groups(parsed: ParsedItem, ctx: DocumentContext) -> None:
    """A country named whole as "... of X" where X alone is another country ("the
    Democratic Republic of Congo"): X is a short form of it in this document. A body name
    followed by an armed group's noun ("G5 rebels", "Abala militiamen") names a group (not
    "young X men": men from X)."""
    gaz = load_gazetteer()
    text = parsed.item.text
    for ent in parsed.ents:
        if ent.start_char < parsed.body_start:
            continue
        after = text[ent.end_char : ent.end_char + 20].split()
        if after and after[0].lower().strip(".,;:") in ARMED_GROUP_NOUNS:
            ctx.group_names.add(fold(strip_name(ent.text, 0)[0]))
        if ent.label_ == "FAC":
            ctx.facility_names.add(fold(strip_name(ent.text, 0)[0]))
        if ent.label_ not in PLACE_LABELS or " of " not in ent.text:
            continue
        whole = gaz.lookup(strip_name(ent.text, 0)[0])
        tail = strip_name(ent.text.rsplit(" of ", 1)[1], 0)[0]
        if whole and whole[0].kind == "country":
            short = [e for e in gaz.lookup(tail) if e.kind == "country"]
            if short and short[0].country_code != whole[0].country_code:
                ctx.short_forms.setdefault(fold(tail), whole[0].country_code)
