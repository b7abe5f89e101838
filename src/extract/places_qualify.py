"""A place qualified by the next one: "Reno, Nev.", "Springfield, Illinois", "Cardenas, Cuba".

A US state abbreviation of news style after a capitalised name ("Buffalo, N.Y.", "Reno,
Nev.": ``US_STATE_ABBREVIATIONS``) is the state; a postal code ("Reno, NV", pycountry's
US-NV) only after a city of that state. A name followed by ", <region or country>" is the
candidate that lies in that region or country (the region's ``admin1`` name, the country's
code), and that region is the one the pair agrees on ("Florida, Uruguay" is not asked: a
region's own qualifier is left to the ranking).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

import pycountry

from .documents import ParsedItem
from .gazetteer import GazetteerEntry, fold, load_gazetteer
from .places_lexicon import US_STATE_ABBREVIATIONS
from .places_mentions import Mention

POSTAL = re.compile(r"(?<=[A-Za-z], )[A-Z]{2}(?![\w.])")


@lru_cache(maxsize=1)
def _abbreviations() -> re.Pattern[str]:
    forms = sorted(US_STATE_ABBREVIATIONS, key=len, reverse=True)
    return re.compile(r"(?<=[A-Za-z.], )(?:" + "|".join(map(re.escape, forms)) + r")(?![A-Za-z])")


@lru_cache(maxsize=128)
def state_entry(code: str) -> GazetteerEntry | None:
    """The gazetteer's entry of the US state with this ISO suffix ("NV" -> Nevada)."""
    sub = pycountry.subdivisions.get(code=f"US-{code}")
    if sub is None:
        return None
    wanted = f"iso3166-2:US-{code}"
    return next((e for e in load_gazetteer().lookup(sub.name) if e.gazetteer_id == wanted), None)


def _inside(entry: GazetteerEntry, region: GazetteerEntry) -> bool:
    if entry.kind != "city" or entry.country_code != region.country_code:
        return False
    return region.kind == "country" or (region.kind == "admin1" and entry.admin1 == region.name)


def _after_name(text: str, start: int) -> bool:
    """A capitalised word ends just before ", " at ``start``."""
    words = text[: max(0, start - 2)].split()
    return bool(words) and words[-1][:1].isupper()


def _state_mentions(parsed: ParsedItem, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the states that abbreviations name, replacing what NER made of them
    ("N.Y" left unknown, "Ore" read as a Nigerian town)."""
    text = parsed.item.text
    gaz = load_gazetteer()
    found: list[Mention] = []
    for match in _abbreviations().finditer(text, parsed.body_start):
        entry = state_entry(US_STATE_ABBREVIATIONS[match.group()])
        if entry and _after_name(text, match.start()):
            found.append(
                Mention(match.group(), match.start(), match.end(), known=True, entry=entry)
            )
    for match in POSTAL.finditer(text, parsed.body_start):
        entry = state_entry(match.group())
        before = next((m for m in mentions if m.end == match.start() - 2), None)
        if entry and before and any(_inside(e, entry) for e in gaz.lookup(before.text)):
            found.append(
                Mention(match.group(), match.start(), match.end(), known=True, entry=entry)
            )
    return found


def qualify(parsed: ParsedItem, mentions: list[Mention]) -> list[Mention]:
    """The item's mentions with states named by abbreviation, and names qualified by the
    region or country after them resolved (see the module notes)."""
    states = _state_mentions(parsed, mentions)
    if states:
        mentions = [m for m in mentions if not any(_overlap(m, s) for s in states)] + states
        mentions.sort(key=lambda m: m.start)
    text = parsed.item.text
    gaz = load_gazetteer()
    by_start = {m.start: i for i, m in enumerate(mentions)}
    out = list(mentions)
    for i, m in enumerate(mentions):
        j = by_start.get(m.end + 2)
        if m.entry is not None or j is None or text[m.end : m.end + 2] != ", ":
            continue
        qualifier = mentions[j]
        regions = (
            (qualifier.entry,)
            if qualifier.entry
            else tuple(
                e
                for e in gaz.by_name.get(fold(qualifier.text), ())
                if e.kind in ("admin1", "country")
            )
        )
        for region in regions:
            inside = [e for e in gaz.lookup(m.text) if _inside(e, region)]
            if inside:
                out[i] = replace(m, entry=max(inside, key=lambda e: e.population))
                out[j] = replace(out[j], entry=region)
                break
    return out


def _overlap(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end
