"""Places: mentions found by NER (and in headlines by what the document establishes),
split, stripped and resolved offline against the gazetteer (``gazetteer.py``).

Mentions come from ``places_mentions.py``; the document context from
``places_document.py``; the choice among a name's candidates from ``places_resolve.py`` (its
docstring states the rule), narrowed by what the rest of the item says
(``place_evidence.py``: a region named as a modifier, "X in <region>", islands, names
qualified by a region the gazetteer lacks).
A name the gazetteer does not know is kept with its span, kind facility/other and
precision null; its country is the one of the item's located places, else the
document's dominant one (a plaza named in an article about one country is in that
country), never a guess beyond that (``place_evidence.locate_unknown``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from .documents import ParsedItem
from .gazetteer import ACRONYM_ALIASES, GazetteerEntry, continent_names, fold, load_gazetteer
from .models import Place, Span
from .place_detect import name_runs
from .place_doubt import after_the, foreign_town, small_town_of_a_group
from .place_evidence import (
    continental,
    deliberately_unknown,
    division_after,
    locate_unknown,
    named_country,
    narrowed,
    region_evidence,
    unresolved_kind,
)
from .place_institution import institution_places
from .place_precision import PersonKeys, person_keys, rejected_entry, rejected_name
from .places_candidates import facility_entry
from .places_demonym import demonym_places
from .places_document import DocumentContext, country_short_form, document_context
from .places_embedded import embedded_mentions
from .places_lexicon import (
    ADMIN_WORDS,
    BARE_NAME_WORDS,
    CITY_WORDS,
    COMMON_NAME_WORDS,
    NOT_PLACE_WORDS,
    PLACE_NOUNS_AFTER,
    TYPE_WORDS,
)
from .places_mentions import Mention, item_mentions
from .places_qualify import qualify
from .places_resolve import (
    choose,
    compass_candidates,
    near_miss,
    region_of_seat,
    usable_candidates,
)


def _only_region(name: str) -> bool:
    entries = load_gazetteer().by_name.get(fold(name), ())
    return bool(entries) and all(e.kind == "admin1" for e in entries)


def _descriptive(name: str) -> bool:
    """A lower-case head that is not a division or settlement word: "Pacific coast",
    "Andean highlands" (but "Kambolo village" is a name); or a generic word alone ("into
    Police trucks")."""
    last = name.split()[-1]
    return fold(name) in NOT_PLACE_WORDS | COMMON_NAME_WORDS or (
        len(name.split()) > 1
        and last[:1].islower()
        and last.lower() not in ADMIN_WORDS | PLACE_NOUNS_AFTER | BARE_NAME_WORDS
    )


def _bare_candidates(
    name: str, countries: Counter[str]
) -> tuple[str | None, tuple[GazetteerEntry, ...], str | None]:
    """ "Kisumu town", "Lamu Island": a name the gazetteer lacks whole, known without its
    last word; that bare name, its candidates and the kind the word hints at."""
    words = name.split()
    if len(words) < 2 or words[-1].casefold() not in BARE_NAME_WORDS:
        return None, (), None
    bare = " ".join(words[:-1])
    hint = "city" if words[-1].casefold() in CITY_WORDS else None
    return bare, usable_candidates(load_gazetteer().lookup(bare), bare, countries), hint


def _without_type_word(name: str) -> str:
    """An unknown division's own name: "Hodan district" -> "Hodan" (the span keeps both)."""
    words = name.split()
    if len(words) > 1 and words[-1].casefold() in TYPE_WORDS:
        return " ".join(words[:-1])
    return name


def _unresolved_kind(name: str, ctx: DocumentContext, text: str, start: int) -> str:
    """A facility by its head word ("X Hospital"), or as "the X" that NER calls a facility
    in the body ("the Metro"); else other."""
    the = text[max(0, start - 4) : start].lower() == "the "
    return "facility" if the and fold(name) in ctx.facility_names else unresolved_kind(name)


def extract_places(
    items: list[ParsedItem],
    ctx: DocumentContext | None = None,
    people: Iterable[str] | None = None,
) -> list[list[Place]]:
    """Places per item of one document, resolved with the document's context (``ctx``,
    built here unless the caller shares the one it built: it is read, never changed).
    ``people``: the document's canonical people names (``extract_actors``), one per
    mention, found here
    when not given; a person the document names is no place (place_precision.py)."""
    ctx = document_context(items) if ctx is None else ctx
    if people is None:
        from .entities import extract_actors  # entities imports place modules: late

        people = [
            p.name
            for actors in extract_actors(items, ctx)
            for p in actors.people
            for _ in p.mentions
        ]
    keys = person_keys(people)
    return [_item_places(parsed, ctx, keys) for parsed in items]


def _item_places(parsed: ParsedItem, ctx: DocumentContext, people: PersonKeys) -> list[Place]:
    runs = name_runs(parsed)  # read by both mention finders: computed once
    mentions = qualify(parsed, item_mentions(parsed, ctx, runs))  # "Reno, Nev."
    places = _resolve(parsed, ctx, mentions, people)
    # Consistency: a country or region the item names outweighs the document's countries
    # when choosing among the other names' candidates ("Shirori ... in Borno State": not
    # a town of another continent one spelling edit away).
    # Also a country or region named as a modifier ("the North Sinai security troops").
    strong = Counter(
        p.country_code for p in places if p.kind in ("country", "admin1") and p.country_code
    )
    strong.update(region_evidence(runs))
    settled = all(p.kind in ("country", "admin1") for p in places)  # nothing left to choose
    if strong and set(strong) != set(ctx.countries) and not settled:
        boost = Counter({c: 100 for c in strong})
        item_ctx = replace(ctx, countries=ctx.countries + boost, regions=ctx.regions + boost)
        places = _resolve(parsed, item_ctx, mentions, people)
    if not any(p.country_code for p in places):
        # Unknown names stay, and may hold a known one ("Benghazi Medical Centre").
        # Names left unknown on purpose ("Tiran island", "Kenema province") stay so.
        text = parsed.item.text
        taken = [
            (s.start, s.end)
            for p in places
            for s in p.mentions
            if p.precision or deliberately_unknown(text, s.text, s.end)
        ]
        places.extend(_resolve(parsed, ctx, embedded_mentions(parsed, ctx, runs, taken), people))
    if not places:  # "came to Nakawa Chief Magistrate Court", "the offices of MSF Bambari"
        named = [Mention(*hit, known=True) for hit in institution_places(parsed, runs)]
        places = _resolve(parsed, ctx, named, people)
    places = locate_unknown(parsed, places, ctx)
    if not any(p.country_code for p in places):
        places.extend(demonym_places(parsed))
    else:
        places.extend(demonym_places(parsed, territory=True, skip=places))
    return places


def _resolve(
    parsed: ParsedItem, ctx: DocumentContext, mentions: list[Mention], people: PersonKeys
) -> list[Place]:
    """Mentions resolved and grouped: one place per gazetteer entry (or unknown name);
    names that are no place (place_precision.py) dropped."""
    gaz = load_gazetteer()
    # The item talks at region level when a name is a region by context or a division
    # by its own word, or a list holds a name that is only a region ("Kano, Kaduna, Borno").
    region_level = any(
        m.hint == "admin1"
        or (m.in_list and _only_region(m.text))
        or m.text.split()[-1].casefold() in ADMIN_WORDS  # "Sandia province, Puno"
        for m in mentions
    )
    grouped: dict[str, tuple[GazetteerEntry | None, str, list[Span]]] = {}
    text = parsed.item.text
    for m in sorted(mentions, key=lambda m: m.start):
        if fold(m.text) in ACRONYM_ALIASES and not m.text.isupper():
            continue  # "So They Can See Us": a pronoun, not the US
        if rejected_name(parsed, m.text, m.start, people):
            continue  # "Hurricane Hugo", "March", "Walid Mualem"
        name, hint = m.text, m.hint
        candidates = country_short_form(name, ctx) or usable_candidates(
            gaz.lookup(name), name, ctx.countries
        )
        if fold(name) in continent_names():
            candidates = ()  # "a bad week for Asia": no town of that name
        candidates = candidates or compass_candidates(name)
        if not candidates and m.entry is None:
            bare, bare_candidates, bare_hint = _bare_candidates(name, ctx.countries)
            if bare and (bare_candidates or len(bare.split()) == 1):
                name, candidates, hint = bare, bare_candidates, hint or bare_hint
        weak, inside = False, None
        if m.entry is None:
            candidates, weak, inside = narrowed(candidates, text, m.end, ctx.regions)
        division = division_after(text, m.end) if m.entry is None else None
        if division and candidates and all(e.kind == "city" for e in candidates):
            # "Sandia province": a division the gazetteer lacks, not its seat town.
            m = replace(m, text=text[m.start : division], end=division)
            name, candidates = m.text, ()
        main = len(gaz.by_name.get(fold(name), ()))
        entry = m.entry or (
            choose(candidates, hint, ctx.countries, main, region_level) if candidates else None
        )
        if entry and m.entry is None and region_level and hint != "city":
            entry = region_of_seat(entry)  # "the departments of ..., Cuzco, and Tacna"
        spelled = False  # the entry is a spelling variant's
        if (
            entry is None
            and len(name.split()) <= 3  # "Port Harcort" too
            and not weak
            and fold(name) not in continent_names()
        ):
            entry = near_miss(name, hint, Counter({inside: 1}) if inside else ctx.countries)
            entry = None if inside and entry and entry.country_code != inside else entry
            spelled = entry is not None
        if entry:
            entry = facility_entry(m.text, entry)  # "White House": a building, not a town
        if m.entry is None and entry and small_town_of_a_group(text, m.end, entry, ctx):
            entry = None  # "Abala herdsmen": a group's name, not a far town of that name
        if (
            m.entry is None
            and entry
            and entry.kind == "city"
            and after_the(text, m.start, m.end, entry)
        ):
            continue  # "the Four Corners" (not "the Janzour area"): something else
        facility = fold(m.text) in ctx.facility_names  # "the Metro": no town abroad
        doubtful = spelled or facility
        if m.entry is None and entry and foreign_town(entry, len(candidates), ctx, doubtful):
            if m.text.isupper():
                continue  # "the UN": an acronym, not a town abroad nor an unknown place
            entry = None  # a quarter the gazetteer lacks, most likely
        if entry is None and _descriptive(m.text):
            continue  # "the Pacific coast": a description, not a name
        if rejected_entry(parsed, m.text, m.start, m.end, entry, m.label, people):
            continue  # "Gonzalez" after "Elian Gonzalez", "in NATO strategy"
        if entry is None and fold(m.text) in ctx.group_names:
            continue  # "G5 rebels": an armed group's name, not a place
        key = entry.gazetteer_id or entry.name if entry else fold(_without_type_word(m.text))
        span = Span(text=m.text, start=m.start, end=m.end)
        grouped.setdefault(key, (entry, m.text, []))[2].append(span)
    places = []
    for entry, name, spans in grouped.values():
        if entry is None:
            name = _without_type_word(name)
            places.append(
                Place(
                    name=name,
                    kind=_unresolved_kind(name, ctx, text, spans[0].start),  # type: ignore[arg-type]
                    country_code=None if continental(name) else named_country(name),
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
    return places
