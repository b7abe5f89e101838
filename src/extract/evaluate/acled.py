"""Score event records against ACLED (``acled_africa2016``): 500 coded events, each with the
short ``notes`` text the pipeline reads (no publication date).

A note may split into several records (items); they are combined per id: the places and
counts of all its records, and the event date of the first record that has one.

Names are compared as the dev set's README suggests ("exact or normalised/fuzzy match"),
because ACLED spells places its own way (notes "Awaday", gold ``Aweday``). ``names_match``:
the keys are equal, or similar. Key: folded (accents, case), a leading Arabic article
"al"/"el" dropped, then only letters and digits ("Ado-Ekiti" = "Ado Ekiti", "Ma'arib" =
"Maarib"). Similar: both keys >= 5 characters, same first character, and one edit apart
(insert, delete, substitute, swap two neighbours: "Chogwe"/"Chongwe") or, both >= 8
characters, difflib ratio >= 0.85 ("Menufiya"/"Menoufia"). "Kano"/"Kana" stay different.

- ``event_date``: exact ISO day, on the rows whose notes state the date
  (``date_stated_in_text``); a missing event date is wrong.
- ``place``: some place's name matches the gold ``location``, ``admin2`` or ``admin1``, or
  some place's own ``admin1`` field (a city the pipeline resolved in "Oromia") matches the
  gold ``admin1``, or a place lies within 25 km of the gold coordinates. ``place_location``
  is the stricter share where the location itself is named (or within 25 km). All rows.
- ``country``: some place has the gold country's ISO 3166-1 alpha-2 code (country names
  mapped with pycountry, plus the few common names pycountry does not know). All rows.
- ``fatalities``: the sum of the values of ``killed`` counts that are not ``part_of``
  another count and not ``background`` (a toll of another, earlier event or a running
  total; 0 when there are none; a null value adds 0), exactly equal to the gold
  ``fatalities``, on rows coded as a single event (``same_text_ids`` empty);
  ``fatalities_mae`` is the mean absolute error there. ``fatalities_group`` compares the
  same sum with the total of all events sharing the note, over the shared notes (once each).
- ``event_type``: the note's primary event type, mapped to ACLED's pre-2019 schema (the one
  the gold uses, ``events_acled.old_schema``), equals the gold ``event_type``. Primary: the
  first event type with an ACLED type of the note's first record (by item) that has one;
  ``extract.events`` orders a record's event types primary first. A note with no ACLED type
  is a miss. All rows with a gold ``event_type`` (all 500). The three battle types
  ("Battle-No change of territory", "Battle-Government regains territory", "Battle-Non-state
  actor overtakes territory") count as one family: a note rarely says who holds the ground
  afterwards (ACLED codes that from its own follow-up), so a battle is scored as a battle
  whichever way territory went.
- ``event_type_any``: some event type of any of the note's records maps to the gold type
  (battle family as above). All rows.

Two CEILINGS, read from the note texts and gold alone (they do not depend on the
pipeline's output): what a text-span extractor could reach at most.

- ``place_named_in_text`` (ceiling): rows whose note contains, as whole words (a run of 1 to
  4 words compared by ``names_match``), the gold location, admin2 or admin1.
- ``country_evidence_in_text`` (ceiling): rows whose note names the gold country (a
  gazetteer country name or alias of that code), a demonym of it ("Kenyan"), or the gold
  location, admin2 or admin1 as above.
"""

from __future__ import annotations

import math
import re
from difflib import SequenceMatcher
from functools import cache
from typing import Any

import pycountry

from ..events_acled import old_schema
from ..events_lexicon import lexicon
from ..gazetteer import load_gazetteer
from .scores import Figure, Mean, Ratio, fold

Obj = dict[str, Any]
NEAR_KM = 25.0
# Names ACLED uses that pycountry's lookup does not resolve.
COUNTRY_ALIASES = {
    "democratic republic of congo": "CD",
    "republic of congo": "CG",
    "ivory coast": "CI",
    "cape verde": "CV",
    "swaziland": "SZ",
}
LEVELS = ("location", "admin2", "admin1")
ARTICLE = re.compile(r"^(?:al|el)[\s-]+(?=\w)")
NOT_ALNUM = re.compile(r"[\W_]+")
WORD = re.compile(r"\w+")
FUZZY_MIN, RATIO_MIN_LEN, RATIO_MIN = 5, 8, 0.85
MAX_WORDS = 4  # a gold place name has at most this many words
# Figures read from the note texts and gold only: bounds for the pipeline, not its scores.
TEXT_CEILINGS = ("place_named_in_text", "country_evidence_in_text")


@cache
def country_code(name: str) -> str | None:
    alias = COUNTRY_ALIASES.get(fold(name))
    if alias:
        return alias
    try:
        return str(pycountry.countries.lookup(name).alpha_2)
    except LookupError:
        return None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def _near(place: Obj, gold: Obj) -> bool:
    if place.get("lat") is None or place.get("lon") is None or gold.get("latitude") is None:
        return False
    return distance_km(place["lat"], place["lon"], gold["latitude"], gold["longitude"]) <= NEAR_KM


@cache
def name_key(name: str) -> str:
    """ "Al-Fasher" -> "fasher", "Ado-Ekiti" -> "adoekiti": folded, no article, letters only."""
    return NOT_ALNUM.sub("", ARTICLE.sub("", fold(name)))


def _one_edit(a: str, b: str) -> bool:
    """One insertion, deletion, substitution or swap of two neighbours turns a into b."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    swapped = a[i + 1 : i + 2] + a[i : i + 1] == b[i : i + 2]
    return a[i + 1 :] == b[i + 1 :] or (swapped and a[i + 2 :] == b[i + 2 :])


@cache
def keys_match(a: str, b: str) -> bool:
    """Equal keys, or transliteration variants (see the module docstring)."""
    if a == b:
        return True
    if min(len(a), len(b)) < FUZZY_MIN or a[0] != b[0]:
        return False
    if _one_edit(a, b):
        return True
    shorter = min(len(a), len(b))
    return shorter >= RATIO_MIN_LEN and SequenceMatcher(None, a, b).ratio() >= RATIO_MIN


def names_match(a: str | None, b: str | None) -> bool:
    return bool(a and b) and keys_match(name_key(a or ""), name_key(b or ""))


def place_hit(places: list[Obj], gold: Obj, levels: tuple[str, ...]) -> bool:
    names = [gold[level] for level in levels if gold.get(level)]
    region = gold.get("admin1") if "admin1" in levels else None
    return any(
        any(names_match(p["name"], n) for n in names)
        or (region is not None and names_match(p.get("admin1"), region))
        or _near(p, gold)
        for p in places
    )


def _runs(words: list[str]) -> list[str]:
    """Every run of 1 to MAX_WORDS consecutive words."""
    return [
        " ".join(words[i : i + n])
        for n in range(1, MAX_WORDS + 1)
        for i in range(len(words) - n + 1)
    ]


def text_keys(text: str) -> set[str]:
    """Keys of every run of whole words of the text."""
    return {name_key(run) for run in _runs(WORD.findall(fold(text)))}


def named_in_text(keys: set[str], gold: Obj) -> bool:
    wanted = [name_key(gold[level]) for level in LEVELS if gold.get(level)]
    return any(keys_match(k, w) for w in wanted for k in keys if k)


def country_in_text(text: str, keys: set[str], gold: Obj) -> bool:
    """The gold country by name, alias or demonym, or one of its gold places by name."""
    code = country_code(gold["country"])
    gaz = load_gazetteer()
    words = WORD.findall(text)
    return (
        any(
            e.kind == "country" and e.country_code == code
            for run in _runs(words)
            for e in gaz.lookup(run)
        )
        or any(gaz.demonym_country(w) == code for w in words)
        or named_in_text(keys, gold)
    )


def fatalities(counts: list[Obj]) -> int:
    return sum(
        c.get("value") or 0
        for c in counts
        if c["category"] == "killed" and c.get("part_of") is None and not c.get("background")
    )


BATTLE = "Battle"  # old-schema battle types all start "Battle-"


def old_type_key(old: str | None) -> str | None:
    """The old-schema type as scored: the three battle types are one family."""
    return BATTLE if old is not None and old.startswith(BATTLE + "-") else old


def old_types(record: Obj) -> list[str]:
    """The record's event types with an ACLED type, in its order, in the old schema."""
    lex = lexicon()
    types = [
        old_schema(e["acled_event_type"], e["acled_sub_event_type"], lex)
        for e in record.get("event_types", [])
    ]
    return [t for t in types if t is not None]


def _combine(records: list[Obj]) -> Obj:
    records = sorted(records, key=lambda r: r["item_index"])
    dates = [r["event_date"]["value"] for r in records if r.get("event_date")]
    types = [old_types(r) for r in records]
    return {
        "event_date": next((d for d in dates if d is not None), None),
        "places": [p for r in records for p in r["places"]],
        "fatalities": sum(fatalities(r["counts"]) for r in records),
        "primary_type": next((t[0] for t in types if t), None),
        "event_types": [t for ts in types for t in ts],
    }


def score_acled(
    golds: list[Obj], records: list[Obj], texts: dict[str, str] | None = None
) -> tuple[dict[str, Figure], list[str]]:
    """The figures; the two ceilings too when the note ``texts`` (by id) are given."""
    by_id: dict[str, list[Obj]] = {}
    for r in records:
        by_id.setdefault(r["doc_id"], []).append(r)
    problems: list[str] = []
    date, place, location, country, deaths, group = (
        Ratio(),
        Ratio(),
        Ratio(),
        Ratio(),
        Ratio(),
        Ratio(),
    )
    named, evidence = Ratio(), Ratio()
    primary, any_type = Ratio(), Ratio()
    error = Mean()
    seen_groups: set[frozenset[str]] = set()
    gold_by_id = {g["id"]: g for g in golds}
    for gold in golds:
        pred = _combine(by_id.get(gold["id"], []))
        if gold["id"] not in by_id:
            problems.append(f"{gold['id']}: no record")
        if gold["date_stated_in_text"]:
            date += Ratio(int(pred["event_date"] == gold["event_date"]), 1)
        place += Ratio(int(place_hit(pred["places"], gold, LEVELS)), 1)
        if gold.get("event_type"):  # every dev-set row has one
            wanted = old_type_key(gold["event_type"])
            primary += Ratio(int(old_type_key(pred["primary_type"]) == wanted), 1)
            any_type += Ratio(int(any(old_type_key(t) == wanted for t in pred["event_types"])), 1)
        location += Ratio(int(place_hit(pred["places"], gold, ("location",))), 1)
        code = country_code(gold["country"])
        if code is None:
            problems.append(f"{gold['id']}: no ISO code for country {gold['country']!r}")
        found = code is not None and any(p.get("country_code") == code for p in pred["places"])
        country += Ratio(int(found), 1)
        if texts is not None:
            text = texts.get(gold["id"], "")
            keys = text_keys(text)
            named += Ratio(int(named_in_text(keys, gold)), 1)
            evidence += Ratio(int(country_in_text(text, keys, gold)), 1)
        if not gold["same_text_ids"]:
            deaths += Ratio(int(pred["fatalities"] == gold["fatalities"]), 1)
            error += Mean(abs(pred["fatalities"] - gold["fatalities"]), 1)
        else:
            members = frozenset([gold["id"], *gold["same_text_ids"]])
            if members not in seen_groups:
                seen_groups.add(members)
                total = sum(gold_by_id[m]["fatalities"] for m in members if m in gold_by_id)
                group += Ratio(int(pred["fatalities"] == total), 1)
    figures: dict[str, Figure] = {
        "event_date": date,
        "place": place,
        "place_location": location,
        "country": country,
        "fatalities": deaths,
        "fatalities_mae": error,
        "fatalities_group": group,
        "event_type": primary,
        "event_type_any": any_type,
    }
    if texts is not None:
        figures["place_named_in_text"] = named
        figures["country_evidence_in_text"] = evidence
    return figures, problems
