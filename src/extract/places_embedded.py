"""Places inside other names: for an item that names no located place, the known places
that unknown names hold ("Benghazi Medical Centre", "the Bitta-Damboa and Dikwa-Marte
axis"), found by ``place_gazetteer_names.embedded_names``.

This module decides which of them count, and as which candidate: a name inside another
name is weak evidence, so a town must lie in a country the document names, a region or
large city here lies in, or two such names share; a large city alone is trusted only when
the document names no country or when a hyphen joins it to the rest. Kept apart from
``places.py``, which calls it as a late resort, before an item's unknown names stand alone.
"""

from __future__ import annotations

from .documents import ParsedItem
from .gazetteer import continent_names, fold
from .place_detect import Run
from .place_gazetteer_names import embedded_names
from .places_document import DocumentContext
from .places_mentions import Mention
from .places_resolve import BIG_CITY, KIND_RANK


def embedded_mentions(
    parsed: ParsedItem, ctx: DocumentContext, runs: list[Run], taken: list[tuple[int, int]]
) -> list[Mention]:
    """Known places inside other names (``embedded_names``), for an item that names no
    located place. A country or region is taken; a city when its country is one the
    document names, one a region or large city here lies in, or one that two such names
    share ("the Bitta-Damboa and Dikwa-Marte axis"); a large city too, unless it only
    begins a longer name while the document names other countries ("Auckland Park" in a
    note on South Africa)."""
    hits = embedded_names(parsed, runs, taken)
    text = parsed.item.text
    countries = set(ctx.countries)
    big_ok = not countries
    shared: dict[str, set[str]] = {}
    for name, _, _, candidates in hits:
        for e in candidates:
            if e.kind != "city" or (big_ok and e.population >= BIG_CITY):
                countries.add(e.country_code)
            shared.setdefault(e.country_code, set()).add(fold(name))
    countries |= {code for code, names in shared.items() if len(names) >= 2}
    out = []
    for name, start, end, candidates in hits:
        if fold(name) in continent_names():
            continue  # "Asia": no town of that name
        big = big_ok or "-" in (text[start - 1 : start], text[end : end + 1])
        ok = [
            e
            for e in candidates
            if e.kind != "city" or (big and e.population >= BIG_CITY) or e.country_code in countries
        ]
        if ok:
            best = min(ok, key=lambda e: (KIND_RANK.get(e.kind, 3), -e.population))
            out.append(Mention(name, start, end, known=True, entry=best))
    return out
