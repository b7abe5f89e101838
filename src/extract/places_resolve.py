"""Place resolution: the choice among a name's gazetteer candidates, given the countries
the document names (built by ``places_document.py``), and the name helpers the place and
actor stages share (``strip_name``, ``split_list``, ``is_known_place``).

Before ranking, candidates no reading of the text could intend are dropped
(``places_candidates.plausible``: a country's name is never a town abroad, a region beats
same-named small towns outside it...; its docstring states the rule).

Rule for a name with several candidates, in order of preference (``choose``):
1. the context's kind: "the region/department/province of X", "X region" or a list that
   holds a region -> admin1; "the city/town of X", "X city", a street or plaza next to
   it -> city;
2. a candidate in a country the document names (its dominant countries, most named first);
3. a candidate known by its main name over one known by an alternate spelling; a city
   in a country that has a division of that name (likely its seat: "the town of Kwale" is
   Kwale county's in Kenya, not a larger Kwale elsewhere) over a smaller than BIG_CITY one;
4. a country over a region over a city; a city and a region of the same name in the same
   country (Nairobi, Kano) is the city when it is the national capital, else the region when
   the item already talks at region level (another name there is a region by context),
   else the city;
5. the larger population.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from difflib import SequenceMatcher
from functools import lru_cache

from .gazetteer import GazetteerEntry, fold, load_gazetteer, near_misses
from .places_candidates import BIG_CITY, plausible
from .places_lexicon import (
    ARABIC_COMPASS_FORMS,
    COMMON_NAME_WORDS,
    COMPASS_FORMS,
    NOT_PLACE_WORDS,
)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
LIST_SEP = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
# A town this small (the gazetteer may hold towns down to 1,000) matches only by its main
# name, and no generic word, outside the document's countries.
SMALL_TOWN = 5_000
# A town known here only by an alternate spelling ("Kamalu" for a Camalú abroad) matches
# outside the document's countries only from this size: spelling variants of small towns
# abound.
ALTERNATE_TOWN = 20_000
# One edit from a smaller town than this needs a country the document names when the name
# is short (6 letters): far more short names lie one edit apart.
NEAR_MISS_TOWN = 50_000
ALTERNATE_SIMILARITY = 0.5  # below this difflib ratio, an alternate is no spelling variant
KIND_RANK = {"country": 0, "admin1": 1, "city": 2, "other": 3}


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
    """ "Kano, Kaduna and Borno" -> three (text, start) parts."""
    parts, pos = [], 0
    for sep in LIST_SEP.finditer(text):
        parts.append((text[pos : sep.start()], start + pos))
        pos = sep.end()
    parts.append((text[pos:], start + pos))
    return [(t, s) for t, s in parts if t.strip()]


def _is_place_entry(entry: GazetteerEntry, countries: Counter[str]) -> bool:
    """Strong enough to override a PERSON/ORG label: a country or region, or a city in a
    country the document names (not a village: "Congress" is a hamlet somewhere)."""
    return (
        entry.kind in ("country", "admin1")
        or (entry.country_code in countries and entry.population >= SMALL_TOWN)
        or entry.population >= BIG_CITY
    )


def is_known_place(name: str, countries: Counter[str]) -> bool:
    """A known place is never a person or an organisation."""
    gaz = load_gazetteer()
    return any(_is_place_entry(e, countries) for e in gaz.lookup(name, alternates=False))


def choose(
    candidates: tuple[GazetteerEntry, ...],
    hint: str | None,
    countries: Counter[str],
    main_names: int,
    region_level: bool,
) -> GazetteerEntry:
    gaz = load_gazetteer()
    candidates, main_names = plausible(candidates, hint, countries, main_names)
    # Countries with a division of this name: a town there is likely its seat.
    seats = {e.country_code for e in candidates[:main_names] if e.kind in ("admin1", "other")}

    # A national capital is not displaced by small namesakes abroad because the item names
    # their country ("fled to India" beside Kathmandu is no Indian village of that name).
    capital = next((e for e in candidates[:main_names] if e.gazetteer_id in gaz.capitals), None)
    if capital is not None and any(
        e.country_code != capital.country_code and (e.kind != "city" or e.population >= BIG_CITY)
        for e in candidates
    ):
        capital = None

    def key(indexed: tuple[int, GazetteerEntry]) -> tuple[int, ...]:
        i, e = indexed
        kind = KIND_RANK.get(e.kind, 3)
        if e.kind == "admin1" and not region_level and hint != "admin1":
            kind = 3  # prefer a same-named city unless the item talks at region level
        if e.kind == "city" and e.gazetteer_id in gaz.capitals and hint != "admin1":
            kind = 0
        return (
            0 if hint and e.kind == hint else 1,
            0 if capital is None or e.country_code == capital.country_code else 1,
            -countries.get(e.country_code, 0),
            0 if i < main_names else 1,
            0 if e.kind != "city" or e.country_code in seats or e.population >= BIG_CITY else 1,
            kind,
            -e.population,
            i,
        )

    return min(enumerate(candidates), key=key)[1]


def region_of_seat(entry: GazetteerEntry) -> GazetteerEntry:
    """In an item that talks at region level, a town named like its region by a spelling
    the region lacks ("Cuzco", the city's alternate; ISO's region is "Cusco") is that
    region; a national capital stays the city."""
    gaz = load_gazetteer()
    if entry.kind != "city" or entry.gazetteer_id in gaz.capitals:
        return entry
    regions = [
        e
        for e in gaz.by_name.get(fold(entry.name), ())
        if e.kind == "admin1" and e.country_code == entry.country_code
    ]
    return regions[0] if len(regions) == 1 else entry


def near_miss(name: str, hint: str | None, countries: Counter[str]) -> GazetteerEntry | None:
    """A spelling variant ("Chogwe" -> Chongwe): one edit from known names that lie in one
    country, a country the document names when it names any; else (a document that names
    none, or only countries none of them lie in: "Ethiopian troops in Galgaduud"), only a
    region or a town of some size (small towns one edit apart abound): NEAR_MISS_TOWN for
    a name of 6 letters, ALTERNATE_TOWN for a longer one."""
    near = near_misses(name)
    named = tuple(e for e in near if e.country_code in countries)
    near = named or near
    if not near or len({e.country_code for e in near}) > 1:
        return None
    entry = choose(near, hint, countries, len(near), False)
    # Short names collide most: a name of 6 letters needs a larger town than a longer one.
    floor = NEAR_MISS_TOWN if len(fold(name).replace(" ", "")) <= 6 else ALTERNATE_TOWN
    if not named and entry.kind == "city" and entry.population < floor:
        return None
    return entry


@lru_cache(maxsize=4096)
def compass_candidates(name: str) -> tuple[GazetteerEntry, ...]:
    """Regions whose ISO name gives the compass word in French, Spanish or Portuguese:
    "North Kivu" -> Nord-Kivu, "South West" -> Sud-Ouest (a lookup the gazetteer lacks);
    else in Arabic, the rest one spelling edit away and all in one country: "North Sinai"
    -> Shamāl Sīnā', named in English as written (ISO gives only the transliteration)."""
    words = fold(name).replace("-", " ").split()
    if len(words) < 2 or words[0] not in COMPASS_FORMS:
        return ()
    found = _romance_compass(words)
    return found or _arabic_compass(words)


def _arabic_compass(words: list[str]) -> tuple[GazetteerEntry, ...]:
    gaz = load_gazetteer()
    found: dict[str, GazetteerEntry] = {}
    for form in (ARABIC_COMPASS_FORMS[words[0]], f"{ARABIC_COMPASS_FORMS[words[0]]} al"):
        key = " ".join([form, *words[1:]])
        for e in gaz.by_name.get(key, ()) or near_misses(key):
            if e.kind == "admin1":
                found.setdefault(e.gazetteer_id or e.name, e)
    if len({e.country_code for e in found.values()}) != 1:
        return ()
    english = " ".join(w.capitalize() for w in words)
    return tuple(replace(e, name=english, admin1=english) for e in found.values())


def _romance_compass(words: list[str]) -> tuple[GazetteerEntry, ...]:
    gaz = load_gazetteer()
    found: list[GazetteerEntry] = []
    for i, form in enumerate(COMPASS_FORMS[words[0]]):
        rest = words[1:]
        if rest[0] in COMPASS_FORMS and i < len(COMPASS_FORMS[rest[0]]):
            rest = [COMPASS_FORMS[rest[0]][i], *rest[1:]]  # same language: "Sud-Ouest"
        for sep in ("-", " "):
            for e in gaz.by_name.get(sep.join([form, *rest]), ()):
                if e.kind in ("admin1", "other") and e not in found:
                    found.append(e)
    return tuple(found)


def usable_candidates(
    candidates: tuple[GazetteerEntry, ...], name: str, countries: Counter[str]
) -> tuple[GazetteerEntry, ...]:
    """Drop weak matches outside the document's countries: a short alternate spelling
    ("Tur" is not Tours: across the world, a 3- or 4-letter alternate name matches far too
    much), a small town's alternate that is no spelling of its main name
    (``loose_alternate``) and any alternate of a town under ALTERNATE_TOWN; and anywhere, a
    town under BIG_CITY named by a generic word ("appearance in Court", "Police trucks")."""
    gaz = load_gazetteer()
    if len(fold(name)) < 5 and not gaz.is_main_name(name):
        return tuple(e for e in candidates if e.country_code in countries)
    key = fold(name)
    generic = key in NOT_PLACE_WORDS | COMMON_NAME_WORDS
    return tuple(
        e
        for e in candidates
        if e.kind != "city"
        or e.population >= BIG_CITY
        or (
            not generic
            and (
                e.country_code in countries
                or not (loose_alternate(key, fold(e.name)) or _tiny(e, key))
            )
        )
    )


def _tiny(e: GazetteerEntry, key: str) -> bool:
    """A town too small to be matched by an alternate spelling (under ALTERNATE_TOWN)."""
    return fold(e.name) != key and e.population < ALTERNATE_TOWN


def loose_alternate(key: str, main: str) -> bool:
    """ "Tombo" for Tombokro: the alternate cuts whole syllables off the main name (a
    different, shorter place of its own more likely); or shares little with it ("Crawford"
    for a town named otherwise)."""
    if key == main:
        return False
    if main.startswith(key) and len(main) - len(key) >= 2 and main[len(key)].isalpha():
        return True  # (but "Dibaya" for Dibaya-Lubwe is its first word: a short form)
    return SequenceMatcher(None, key, main).ratio() < ALTERNATE_SIMILARITY
