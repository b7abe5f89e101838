"""Places: mentions found by NER (and in headlines by what the document establishes),
split, stripped and resolved offline against the gazetteer (``gazetteer.py``).

Resolution rule for a name with several candidates, in order of preference:
1. the context's kind: "the region/department/province of X", "X region" or a list that
   holds a region -> admin1; "the city/town of X", "X city", a street or plaza next to
   it -> city;
2. a candidate in a country the document names (its dominant countries, most named first);
3. a candidate known by its main name over one known by an alternate spelling;
4. a country over a region over a city; a city and a region of the same name in the same
   country (Lima, Cusco) is the city when it is the national capital, else the region when
   the item already talks at region level (another name there is a region by context),
   else the city;
5. the larger population.
A name the gazetteer does not know is kept with its span, kind facility/other and
precision null; its country is the one of the document's dominant country (a plaza named
in an article about one country is in that country), never a guess beyond that.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan

from .documents import ParsedItem
from .gazetteer import GazetteerEntry, fold, load_gazetteer
from .models import Place, Span
from .place_detect import gazetteer_mentions, in_context_names, unknown_place_ok
from .places_lexicon import (
    ADMIN_WORDS,
    CITY_WORDS,
    FACILITY_HEADS,
    OTHER_HEADS,
    STREET_WORDS,
)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels the small model wrongly gives to places; kept only on a gazetteer hit.
OTHER_LABELS = frozenset({"PERSON", "ORG", "NORP"})
LIST_SEP = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
BIG_CITY = 100_000  # a city this large overrides a PERSON/ORG label without other context
KIND_RANK = {"country": 0, "admin1": 1, "city": 2, "other": 3}


@dataclass
class Mention:
    text: str
    start: int
    end: int
    hint: str | None = None  # "admin1" or "city" from context
    known: bool = False  # the NER label says place
    in_list: bool = False
    entry: GazetteerEntry | None = None  # resolved already (a near-miss spelling)


@dataclass
class DocumentContext:
    """What the whole document establishes: its countries and the place names of bodies."""

    countries: Counter[str] = field(default_factory=Counter)
    body_names: set[str] = field(default_factory=set)


def strip_name(text: str, start: int) -> tuple[str, int]:
    """Drop a leading article and a trailing possessive or punctuation; keep offsets."""
    lead = len(text) - len(text.lstrip(" \"'‘“("))
    text, start = text[lead:], start + lead
    if text[:4].lower() == "the ":
        text, start = text[4:], start + 4
    for suffix in ("’s", "'s", "’", "'"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
            break
    return text.rstrip(" .,;:\"'’”)"), start


def split_list(text: str, start: int) -> list[tuple[str, int]]:
    """ "Apurimac, Arequipa and Ayacucho" -> three (text, start) parts."""
    parts, pos = [], 0
    for sep in LIST_SEP.finditer(text):
        parts.append((text[pos : sep.start()], start + pos))
        pos = sep.end()
    parts.append((text[pos:], start + pos))
    return [(t, s) for t, s in parts if t.strip()]


def _context_hint(doc_text: str, start: int, end: int) -> str | None:
    before = doc_text[max(0, start - 40) : start].lower().split()
    after = doc_text[end : end + 30].lower().split()
    prev = before[-2:] if before else []
    if len(prev) == 2 and prev[1] == "of" and prev[0] in ADMIN_WORDS:
        return "admin1"
    if len(prev) == 2 and prev[1] == "of" and prev[0] in CITY_WORDS:
        return "city"
    nxt = after[0].strip(".,;:") if after else ""
    if nxt in ADMIN_WORDS:
        return "admin1"
    if nxt in CITY_WORDS or nxt in STREET_WORDS:
        return "city"
    return None


def _is_place_entry(entry: GazetteerEntry, countries: Counter[str]) -> bool:
    """Strong enough to override a PERSON/ORG label: a country or region, or a city in a
    country the document names."""
    return (
        entry.kind in ("country", "admin1")
        or entry.country_code in countries
        or entry.population >= BIG_CITY
    )


def is_known_place(name: str, countries: Counter[str]) -> bool:
    """A known place is never a person or an organisation."""
    key = fold(name)
    return any(_is_place_entry(e, countries) for e in load_gazetteer().by_name.get(key, ()))


def choose(
    candidates: tuple[GazetteerEntry, ...],
    hint: str | None,
    countries: Counter[str],
    main_names: int,
    region_level: bool,
) -> GazetteerEntry:
    gaz = load_gazetteer()

    def key(indexed: tuple[int, GazetteerEntry]) -> tuple[int, int, int, int, int, int]:
        i, e = indexed
        kind = KIND_RANK.get(e.kind, 3)
        if e.kind == "admin1" and not region_level and hint != "admin1":
            kind = 3  # prefer a same-named city unless the item talks at region level
        if e.kind == "city" and e.gazetteer_id in gaz.capitals and hint != "admin1":
            kind = 0
        return (
            0 if hint and e.kind == hint else 1,
            -countries.get(e.country_code, 0),
            0 if i < main_names else 1,
            kind,
            -e.population,
            i,
        )

    return min(enumerate(candidates), key=key)[1]


def _mentions(parsed: ParsedItem, ctx: DocumentContext) -> list[Mention]:
    """Place mentions of the body (NER) and of the headline (names the document knows)."""
    gaz = load_gazetteer()
    text = parsed.doc.text
    found: list[Mention] = []
    for ent in parsed.doc.ents:
        if ent.start_char < parsed.body_start:
            continue
        if ent.label_ not in PLACE_LABELS and ent.label_ not in OTHER_LABELS:
            continue
        found.extend(_from_entity(ent, text, ctx))
    for text_, start, end in gazetteer_mentions(parsed, ctx.body_names, ctx.countries):
        found.append(Mention(text_, start, end, _context_hint(text, start, end), known=True))
    found = [m for m in found if m.known or gaz.lookup(m.text)]
    found.extend(_context_mentions(parsed, ctx, found))
    return found


def _context_mentions(
    parsed: ParsedItem, ctx: DocumentContext, found: list[Mention]
) -> list[Mention]:
    """Names in a place context that NER missed: known to the gazetteer (any size), one
    spelling edit from a known name in a country the document names (or anywhere when it
    names none, if all such names share one country), or kept unknown."""
    gaz = load_gazetteer()
    text = parsed.doc.text
    out: list[Mention] = []
    for run in in_context_names(parsed):
        if any(m.start < run.end and run.start < m.end for m in found):
            continue
        mention = Mention(run.text, run.start, run.end, _context_hint(text, run.start, run.end))
        if _usable_candidates(gaz.lookup(run.text), run.text, ctx.countries):
            mention.known = True
        elif unknown_place_ok(parsed.doc, run):
            mention.known = True
        if mention.known:
            out.append(mention)
    return out


def _near_miss(m: Mention, countries: Counter[str]) -> GazetteerEntry | None:
    """A spelling variant ("Chogwe" -> Chongwe): one edit from known names that lie in one
    country, a country the document names when it names any."""
    near = load_gazetteer().near_misses(m.text)
    if countries:
        near = tuple(e for e in near if e.country_code in countries)
    if not near or len({e.country_code for e in near}) > 1:
        return None
    return choose(near, m.hint, countries, len(near), False)


def _usable_candidates(
    candidates: tuple[GazetteerEntry, ...], name: str, countries: Counter[str]
) -> tuple[GazetteerEntry, ...]:
    """Drop short alternate spellings outside the document's countries ("Tur" is not Tours):
    across the world, a 3- or 4-letter alternate name matches far too much."""
    gaz = load_gazetteer()
    if len(fold(name)) >= 5 or gaz.is_main_name(name):
        return candidates
    return tuple(e for e in candidates if e.country_code in countries)


def coordinated_with_place(ent: SpacySpan, countries: Counter[str]) -> bool:
    """ "Puno to Arequipa, Cusco, and the Amazon": an entity conjoined with known places is a
    place whatever its label."""
    root = ent.root
    if root.dep_ != "conj":
        return False
    head = root.head
    while True:
        if head.ent_type_ in PLACE_LABELS or is_known_place(head.text, countries):
            return True
        if head.dep_ != "conj":
            return False
        head = head.head


def _from_entity(ent: SpacySpan, text: str, ctx: DocumentContext) -> list[Mention]:
    gaz = load_gazetteer()
    name, start = strip_name(ent.text, ent.start_char)
    parts = split_list(name, start)
    is_place_label = ent.label_ in PLACE_LABELS
    if len(parts) > 1:
        resolved = [p for p in parts if gaz.lookup(strip_name(*p)[0])]
        if len(resolved) < len(parts) and (not is_place_label or not resolved):
            parts = [(name, start)]  # "Plaza Dos de Mayo and ..." stays whole unless all known
    out = []
    for part, part_start in parts:
        part, part_start = strip_name(part, part_start)
        if not part or not part[0].isupper():
            continue
        if len(ent) == 1 and ent[0].tag_ in ("JJ", "NNPS") and not gaz.lookup(part):
            continue  # "Peruvian" is an adjective, not a place
        if ent.label_ == "NORP" and gaz.demonym_country(part):
            continue  # "Somali forces": a demonym, even when a region bears the name
        facility = part.split()[0].casefold() in FACILITY_HEADS and len(part.split()) > 1
        coordinated = ent.label_ == "ORG" and coordinated_with_place(ent, ctx.countries)
        if coordinated:
            is_place_label = True
        if not is_place_label and not facility and not is_known_place(part, ctx.countries):
            continue
        end = part_start + len(part)
        follow = re.match(r" ([A-Za-z]+)", text[end : end + 20])
        if follow and follow.group(1).lower() in ADMIN_WORDS and not gaz.lookup(part):
            if re.match(r" of\b", text[end + len(follow.group(0)) :]):
                continue  # "the Aymara region of Puno": a descriptor; Puno is the region
            end += len(follow.group(0))  # "the Sandia province": a division the gazetteer lacks
            part = text[part_start:end]
        out.append(
            Mention(
                part,
                part_start,
                end,
                _context_hint(text, part_start, end),
                known=is_place_label or facility,
                in_list=len(parts) > 1,
            )
        )
    return out


def document_context(items: list[ParsedItem]) -> DocumentContext:
    """Countries the document names (body NER hits of kind country) and body place names."""
    gaz = load_gazetteer()
    ctx = DocumentContext()
    for parsed in items:
        for ent in parsed.doc.ents:
            if ent.start_char >= parsed.body_start and ent.label_ == "NORP":
                code = gaz.demonym_country(ent.text)
                if code:  # "Kenyan forces": evidence of the country, not a place
                    ctx.countries[code] += 1
            if ent.start_char < parsed.body_start or ent.label_ not in PLACE_LABELS:
                continue
            for part, _ in split_list(*strip_name(ent.text, ent.start_char)):
                candidates = gaz.lookup(strip_name(part, 0)[0])
                if candidates:
                    ctx.body_names.add(fold(strip_name(part, 0)[0]))
                if candidates and candidates[0].kind == "country":
                    ctx.countries[candidates[0].country_code] += 2
                elif len({e.country_code for e in candidates}) == 1:
                    ctx.countries[candidates[0].country_code] += 1
    return ctx


def _only_region(name: str) -> bool:
    entries = load_gazetteer().by_name.get(fold(name), ())
    return bool(entries) and all(e.kind == "admin1" for e in entries)


def _after_the(text: str, start: int, entry: GazetteerEntry) -> bool:
    return text[max(0, start - 4) : start].lower() == "the " and not fold(entry.name).startswith(
        "the "
    )


def _descriptive(name: str) -> bool:
    """A lower-case head that is not a division word: "Pacific coast", "Andean highlands"."""
    last = name.split()[-1]
    return len(name.split()) > 1 and last[:1].islower() and last.lower() not in ADMIN_WORDS


def _named_country(name: str) -> str | None:
    """The country an unknown facility's own name gives ("University of Zambia")."""
    words = name.split()
    gaz = load_gazetteer()
    for n in (3, 2, 1):
        for i in range(1, len(words) - n + 1):
            entries = gaz.by_name.get(fold(" ".join(words[i : i + n])), ())
            if any(e.kind == "country" for e in entries):
                return next(e.country_code for e in entries if e.kind == "country")
    return None


def _unresolved_kind(name: str) -> str:
    words = {w.casefold() for w in name.split()}
    if words & FACILITY_HEADS - OTHER_HEADS:
        return "facility"
    return "other"


def extract_places(items: list[ParsedItem]) -> list[list[Place]]:
    """Places per item of one document, resolved with the document's context."""
    ctx = document_context(items)
    return [_item_places(parsed, ctx) for parsed in items]


def _item_places(parsed: ParsedItem, ctx: DocumentContext) -> list[Place]:
    gaz = load_gazetteer()
    mentions = _mentions(parsed, ctx)
    # The item talks at region level when a name is a region by context, or a list holds
    # a name that is only a region ("Apurimac, Arequipa, Ayacucho").
    region_level = any(m.hint == "admin1" or (m.in_list and _only_region(m.text)) for m in mentions)
    dominant = ctx.countries.most_common(1)[0][0] if ctx.countries else None
    grouped: dict[str, tuple[GazetteerEntry | None, str, list[Span]]] = {}
    text = parsed.doc.text
    for m in sorted(mentions, key=lambda m: m.start):
        candidates = _usable_candidates(gaz.lookup(m.text), m.text, ctx.countries)
        main = len(gaz.by_name.get(fold(m.text), ()))
        entry = m.entry or (
            choose(candidates, m.hint, ctx.countries, main, region_level) if candidates else None
        )
        if entry is None and len(m.text.split()) == 1:
            entry = _near_miss(m, ctx.countries)
        if entry and entry.kind == "city" and _after_the(text, m.start, entry):
            continue  # "the Four Corners": a city name with an article is something else
        if entry is None and _descriptive(m.text):
            continue  # "the Pacific coast": a description, not a name
        key = entry.gazetteer_id or entry.name if entry else fold(m.text)
        span = Span(text=m.text, start=m.start, end=m.end)
        grouped.setdefault(key, (entry, m.text, []))[2].append(span)
    places = []
    for entry, name, spans in grouped.values():
        if entry is None:
            places.append(
                Place(
                    name=name,
                    kind=_unresolved_kind(name),  # type: ignore[arg-type]
                    country_code=_named_country(name) or dominant,
                    admin1=None,
                    lat=None,
                    lon=None,
                    precision=None,
                    gazetteer_id=None,
                    mentions=spans,
                )
            )
            continue
        places.append(
            Place(
                name=entry.name,
                kind=entry.kind,  # type: ignore[arg-type]
                country_code=entry.country_code,
                admin1=entry.admin1,
                lat=entry.lat,
                lon=entry.lon,
                precision=entry.precision,
                gazetteer_id=entry.gazetteer_id,
                mentions=spans,
            )
        )
    if not any(p.country_code for p in places):
        places.extend(_demonym_country(parsed))
    return places


def _demonym_country(parsed: ParsedItem) -> list[Place]:
    """Fallback for an item that names no located place: the country its first demonym
    points to ("Kenyan forces kill four ..." -> Kenya, span "Kenyan"), precision 4. Where a
    place is named, demonyms stay out of the places (the seed convention)."""
    gaz = load_gazetteer()
    for ent in parsed.doc.ents:
        code = gaz.demonym_country(ent.text) if ent.label_ == "NORP" else None
        if code:
            e = gaz.countries[code]
            span = Span(text=ent.text, start=ent.start_char, end=ent.end_char)
            return [
                Place(
                    name=e.name,
                    kind="country",
                    country_code=code,
                    admin1=None,
                    lat=None,
                    lon=None,
                    precision=4,
                    gazetteer_id=e.gazetteer_id,
                    mentions=[span],
                )
            ]
    return []
