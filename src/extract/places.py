"""Places: mentions found by NER (and in headlines by what the document establishes),
split, stripped and resolved offline against the gazetteer (``gazetteer.py``).

Mentions come from ``places_mentions.py``; the choice among a name's candidates and the
document context from ``places_resolve.py`` (its docstring states the rule).
A name the gazetteer does not know is kept with its span, kind facility/other and
precision null; its country is the one of the document's dominant country (a plaza named
in an article about one country is in that country), never a guess beyond that.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from .documents import ParsedItem
from .gazetteer import ACRONYM_ALIASES, GazetteerEntry, fold, load_gazetteer
from .models import Place, Span
from .place_detect import Run, name_runs
from .place_doubt import after_the, foreign_town, small_town_of_a_group
from .place_gazetteer_names import embedded_names
from .place_institution import institution_places
from .places_demonym import demonym_places
from .places_lexicon import (
    ADMIN_WORDS,
    BARE_NAME_WORDS,
    CITY_WORDS,
    FACILITY_HEADS,
    OTHER_HEADS,
    PLACE_NOUNS_AFTER,
    TYPE_WORDS,
)
from .places_mentions import Mention, item_mentions
from .places_resolve import (
    BIG_CITY,
    KIND_RANK,
    DocumentContext,
    choose,
    compass_candidates,
    country_short_form,
    document_context,
    near_miss,
    usable_candidates,
)


def _only_region(name: str) -> bool:
    entries = load_gazetteer().by_name.get(fold(name), ())
    return bool(entries) and all(e.kind == "admin1" for e in entries)


def _descriptive(name: str) -> bool:
    """A lower-case head that is not a division or settlement word: "Pacific coast",
    "Andean highlands" (but "Kambolo village" is a name)."""
    last = name.split()[-1]
    return (
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


def _without_type_word(name: str) -> str:
    """An unknown division's own name: "Hodan district" -> "Hodan" (the span keeps both)."""
    words = name.split()
    if len(words) > 1 and words[-1].casefold() in TYPE_WORDS:
        return " ".join(words[:-1])
    return name


def _unresolved_kind(name: str, ctx: DocumentContext) -> str:
    if fold(name) in ctx.facility_names:
        return "facility"  # NER calls it a facility in the body
    words = {w.casefold() for w in name.split()}
    if words & FACILITY_HEADS - OTHER_HEADS:
        return "facility"
    return "other"


def extract_places(
    items: list[ParsedItem], ctx: DocumentContext | None = None
) -> list[list[Place]]:
    """Places per item of one document, resolved with the document's context (``ctx``,
    built here unless the caller shares the one it built: it is read, never changed)."""
    ctx = document_context(items) if ctx is None else ctx
    return [_item_places(parsed, ctx) for parsed in items]


def _item_places(parsed: ParsedItem, ctx: DocumentContext) -> list[Place]:
    runs = name_runs(parsed)  # read by both mention finders: computed once
    mentions = item_mentions(parsed, ctx, runs)
    places = _resolve(parsed, ctx, mentions)
    # Consistency: a country or region the item names outweighs the document's countries
    # when choosing among the other names' candidates ("Shirori ... in Borno State": not
    # a town of another continent one spelling edit away).
    strong = Counter(
        p.country_code for p in places if p.kind in ("country", "admin1") and p.country_code
    )
    if strong and set(strong) != set(ctx.countries):
        item_ctx = replace(ctx, countries=ctx.countries + Counter({c: 100 for c in strong}))
        places = _resolve(parsed, item_ctx, mentions)
    if not any(p.country_code for p in places):
        # Unknown names stay, and may hold a known one ("Benghazi Medical Centre").
        taken = [(s.start, s.end) for p in places if p.precision for s in p.mentions]
        places.extend(_resolve(parsed, ctx, _embedded(parsed, ctx, runs, taken)))
    if not places:  # "came to Nakawa Chief Magistrate Court", "the offices of MSF Bambari"
        named = [Mention(*hit, known=True) for hit in institution_places(parsed, runs)]
        places = _resolve(parsed, ctx, named)
    places = _locate_unknown(places, ctx)
    if not any(p.country_code for p in places):
        places.extend(demonym_places(parsed))
    else:
        places.extend(demonym_places(parsed, territory=True, skip=places))
    return places


def _locate_unknown(places: list[Place], ctx: DocumentContext) -> list[Place]:
    """An unknown name lies in the one country of the item's located places, else in the
    document's main country when named places establish it; a demonym alone ("Kenyan
    forces attack X") is no evidence: it often names foreign troops."""
    located = {p.country_code for p in places if p.precision and p.country_code}
    if len(located) == 1:
        code: str | None = next(iter(located))
    else:
        code = ctx.named.most_common(1)[0][0] if ctx.named else None
    if code is None:
        return places
    return [
        p.model_copy(update={"country_code": code})
        if p.precision is None and p.country_code is None
        else p
        for p in places
    ]


def _embedded(
    parsed: ParsedItem, ctx: DocumentContext, runs: list[Run], taken: list[tuple[int, int]]
) -> list[Mention]:
    """Known places inside other names (``embedded_names``), for an item that names no
    located place. A country or region is taken; a city when its country is one the
    document names, one a region or large city here lies in, or one that two such names
    share ("the Bitta-Damboa and Dikwa-Marte axis"); a large city too, unless it only
    begins a longer name while the document names other countries ("Auckland Park" in a
    note on South Africa)."""
    hits = embedded_names(parsed, runs, taken)
    text = parsed.item.text
    countries = set(ctx.countries)
    big_ok = not countries
    shared: dict[str, set[str]] = {}
    for name, _, _, candidates in hits:
        for e in candidates:
            if e.kind != "city" or (big_ok and e.population >= BIG_CITY):
                countries.add(e.country_code)
            shared.setdefault(e.country_code, set()).add(fold(name))
    countries |= {code for code, names in shared.items() if len(names) >= 2}
    out = []
    for name, start, end, candidates in hits:
        big = big_ok or "-" in (text[start - 1 : start], text[end : end + 1])
        ok = [
            e
            for e in candidates
            if e.kind != "city" or (big and e.population >= BIG_CITY) or e.country_code in countries
        ]
        if ok:
            best = min(ok, key=lambda e: (KIND_RANK.get(e.kind, 3), -e.population))
            out.append(Mention(name, start, end, known=True, entry=best))
    return out


def _resolve(parsed: ParsedItem, ctx: DocumentContext, mentions: list[Mention]) -> list[Place]:
    """Mentions resolved and grouped: one place per gazetteer entry (or unknown name)."""
    gaz = load_gazetteer()
    # The item talks at region level when a name is a region by context, or a list holds
    # a name that is only a region ("Kano, Kaduna, Borno").
    region_level = any(m.hint == "admin1" or (m.in_list and _only_region(m.text)) for m in mentions)
    grouped: dict[str, tuple[GazetteerEntry | None, str, list[Span]]] = {}
    text = parsed.item.text
    for m in sorted(mentions, key=lambda m: m.start):
        if fold(m.text) in ACRONYM_ALIASES and not m.text.isupper():
            continue  # "So They Can See Us": a pronoun, not the US
        name, hint = m.text, m.hint
        candidates = country_short_form(name, ctx) or usable_candidates(
            gaz.lookup(name), name, ctx.countries
        )
        candidates = candidates or compass_candidates(name)
        if not candidates and m.entry is None:
            bare, bare_candidates, bare_hint = _bare_candidates(name, ctx.countries)
            if bare and (bare_candidates or len(bare.split()) == 1):
                name, candidates, hint = bare, bare_candidates, hint or bare_hint
        main = len(gaz.by_name.get(fold(name), ()))
        entry = m.entry or (
            choose(candidates, hint, ctx.countries, main, region_level) if candidates else None
        )
        spelled = entry is None and len(name.split()) == 1  # a spelling variant's entry
        if spelled:
            entry = near_miss(name, hint, ctx.countries)
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
        weak = spelled or facility
        if m.entry is None and entry and foreign_town(entry, len(candidates), ctx, weak):
            if m.text.isupper():
                continue  # "the UN": an acronym, not a town abroad nor an unknown place
            entry = None  # a quarter the gazetteer lacks, most likely
        if entry is None and _descriptive(m.text):
            continue  # "the Pacific coast": a description, not a name
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
                    kind=_unresolved_kind(name, ctx),  # type: ignore[arg-type]
                    country_code=_named_country(name),
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
