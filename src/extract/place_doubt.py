"""Doubts about a gazetteer hit: when the known place of a name is not the place the text
means ("the Four Corners", "Abala herdsmen", a common town name abroad in a story set
elsewhere). Read by places.py before it keeps a resolved entry.
"""

from __future__ import annotations

from .gazetteer import GazetteerEntry, fold
from .places_document import DocumentContext
from .places_lexicon import GROUP_NOUNS, PLACE_NOUNS_AFTER, STREET_WORDS
from .places_resolve import BIG_CITY

FOREIGN_EVIDENCE = 6  # body place names that establish where a document is set


def after_the(text: str, start: int, end: int, entry: GazetteerEntry) -> bool:
    """ "the Four Corners": a city name after an article, unless a place noun follows it
    ("the Janzour area", "the Ga-Rankuwa neighborhood") or the city is large enough to
    modify a noun ("the Kinshasa police")."""
    if text[max(0, start - 4) : start].lower() != "the " or fold(entry.name).startswith("the "):
        return False
    if entry.population >= BIG_CITY:
        return False
    after = text[end : end + 20].split()
    return not after or after[0].lower().strip(".,;:") not in PLACE_NOUNS_AFTER | STREET_WORDS


def small_town_of_a_group(text: str, end: int, entry: GazetteerEntry, ctx: DocumentContext) -> bool:
    """A name before a group noun ("Abala militia") is often an ethnic or clan name: it is
    a town only when the town is large or lies in a country the document names."""
    after = text[end : end + 20].split()
    return (
        bool(after)
        and after[0].lower().strip(".,;:") in GROUP_NOUNS
        and entry.kind == "city"
        and entry.population < BIG_CITY
        and entry.country_code not in ctx.countries
    )


def foreign_town(entry: GazetteerEntry, candidates: int, ctx: DocumentContext, weak: bool) -> bool:
    """A town in a country the document hardly names, while many of its named places lie
    elsewhere, is more likely a local name the gazetteer lacks ("Palermo" in a story on
    Buenos Aires) than that town when the name is reached only by a spelling variant or is
    one NER calls a facility in the body (``weak``), or when it is a small town's (under
    BIG_CITY) common name, borne by several places (a name borne by one town abroad is
    that town: "was in Davos"). A short note's few names establish too little."""
    total = sum(ctx.settled.values())
    return (
        entry.kind == "city"
        and total >= FOREIGN_EVIDENCE
        and 4 * ctx.settled[entry.country_code] < total
        and (weak or (entry.population < BIG_CITY and candidates > 1))
    )
