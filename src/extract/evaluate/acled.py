"""Score event records against ACLED (``acled_africa2016``): 500 coded events, each with the
short ``notes`` text the pipeline reads (no publication date).

A note may split into several records (items); they are combined per id: the places and
counts of all its records, and the event date of the first record that has one.

- ``event_date``: exact ISO day, on the rows whose notes state the date
  (``date_stated_in_text``); a missing event date is wrong.
- ``place``: the gold ``location``, ``admin2`` or ``admin1`` is among the places (folded
  name: accents and case ignored), or a place lies within 25 km of the gold coordinates.
  ``place_location`` is the stricter share where the location itself is named (or within
  25 km). Over all rows.
- ``country``: some place has the gold country's ISO 3166-1 alpha-2 code (country names
  mapped with pycountry, plus the few common names pycountry does not know). All rows.
- ``fatalities``: the sum of the values of ``killed`` counts that are not ``part_of``
  another count (0 when there are none; a null value adds 0), exactly equal to the gold
  ``fatalities``, on rows coded as a single event (``same_text_ids`` empty);
  ``fatalities_mae`` is the mean absolute error there. ``fatalities_group`` compares the
  same sum with the total of all events sharing the note, over the shared notes (once each).
"""

from __future__ import annotations

import math
from functools import cache
from typing import Any

import pycountry

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


def place_hit(places: list[Obj], gold: Obj, levels: tuple[str, ...]) -> bool:
    names = {fold(gold[level]) for level in levels if gold.get(level)}
    return any(fold(p["name"]) in names or _near(p, gold) for p in places)


def fatalities(counts: list[Obj]) -> int:
    return sum(
        c.get("value") or 0
        for c in counts
        if c["category"] == "killed" and c.get("part_of") is None
    )


def _combine(records: list[Obj]) -> Obj:
    records = sorted(records, key=lambda r: r["item_index"])
    dates = [r["event_date"]["value"] for r in records if r.get("event_date")]
    return {
        "event_date": next((d for d in dates if d is not None), None),
        "places": [p for r in records for p in r["places"]],
        "fatalities": sum(fatalities(r["counts"]) for r in records),
    }


def score_acled(golds: list[Obj], records: list[Obj]) -> tuple[dict[str, Figure], list[str]]:
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
    error = Mean()
    seen_groups: set[frozenset[str]] = set()
    gold_by_id = {g["id"]: g for g in golds}
    for gold in golds:
        pred = _combine(by_id.get(gold["id"], []))
        if gold["id"] not in by_id:
            problems.append(f"{gold['id']}: no record")
        if gold["date_stated_in_text"]:
            date += Ratio(int(pred["event_date"] == gold["event_date"]), 1)
        place += Ratio(int(place_hit(pred["places"], gold, ("location", "admin2", "admin1"))), 1)
        location += Ratio(int(place_hit(pred["places"], gold, ("location",))), 1)
        code = country_code(gold["country"])
        if code is None:
            problems.append(f"{gold['id']}: no ISO code for country {gold['country']!r}")
        found = code is not None and any(p.get("country_code") == code for p in pred["places"])
        country += Ratio(int(found), 1)
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
    }
    return figures, problems
