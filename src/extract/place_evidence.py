"""Evidence an item gives about where its places lie, beyond its resolved places, and
what an unknown name is.

- ``region_evidence``: a country or region named anywhere in the item, also as a modifier
  the place finder does not keep as a place ("the North Sinai security troops"): the
  country of a same-name town's candidate the rest of the note points to.
- ``narrowed``: a name's candidates as its right context narrows them: an island ("X
  island", "X and Y islands"), a name qualified by a region the gazetteer does not know
  ("X district, Y"), a name placed in a known place ("X in the Eastern Cape", "X, Harare").
- ``in_possessor_region`` ("North Sinai's Al Arish"), ``demonym_modifier`` ("Somali
  government forces"), ``division_after`` ("Kenema province").
- ``locate_unknown``: the country an unknown name inherits (see its docstring);
  ``named_country`` and ``unresolved_kind`` for an unknown name itself.
"""

from __future__ import annotations

import re
from collections import Counter

from .documents import ParsedItem
from .gazetteer import GazetteerEntry, continent_names, fold, load_gazetteer
from .models import Place
from .place_detect import Run
from .places_document import DocumentContext
from .places_lexicon import (
    ADMIN_WORDS,
    ELSEWHERE_MARKERS,
    FACILITY_HEADS,
    OTHER_HEADS,
    PLACE_NOUNS_AFTER,
)
from .places_resolve import BIG_CITY, compass_candidates, strip_name

# "Tiran island", "Tiran and Sanafir islands", "X, Y and Z islands".
ISLAND_AFTER = re.compile(
    r"^(?:\s*(?:,|,?\s+and|,?\s+or|&)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*\s+islands?\b",
    re.IGNORECASE,
)
# ", Y" right after a name (or after its type word): "Amuru district, Horo Guduru Walaga".
QUALIFIER = re.compile(r"^(?:\s+[a-z]+)?,\s+((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,3})")
# "X in the Eastern Cape", "X, in Lualaba province", "X, Harare.", "X junction of Kampala"
# (not a list: "X, Kano and Kaduna"): the name lies in the place that follows.
CONTAINER = re.compile(
    r"(?:(?:\s+[a-z]+)?(?:,\s*(?:in\s+)?|\s+in\s+)|(?:\s+[a-z]+){1,2}\s+of\s+)(?:the\s+)?"
    r"([A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*){0,3})(?![\w'’-])"
    r"(?!,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s*,|\s+(?:and|or)\s)|\s+(?:and|or)\s)"
)
# "North Sinai's " right before a name.
POSSESSOR = re.compile(r"([A-Z][\w-]*(?: [A-Z][\w-]*){0,2})['’]s $")
DIVISION_WORD = re.compile(r" ([A-Za-z]+)\b(?! of\b)")
MARKER = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in ELSEWHERE_MARKERS) + r")\b", re.I)


def region_evidence(runs: list[Run]) -> Counter[str]:
    """Countries of the item's capitalised runs that are a country or a region of one
    country only (also a compass name: "North Sinai"), wherever they stand."""
    gaz = load_gazetteer()
    found: Counter[str] = Counter()
    for run in runs:
        entries = gaz.lookup(run.text, alternates=False) or compass_candidates(run.text)
        wide = [e for e in entries if e.kind in ("country", "admin1")]
        codes = {e.country_code for e in wide}
        if wide and len(codes) == 1 and len(wide) == len(entries):
            found[codes.pop()] += 1
    return found


def division_after(text: str, end: int) -> int | None:
    """Where a division word right after a name ends ("Sandia province", but not "the
    Hausa region of Kano"), else None."""
    m = DIVISION_WORD.match(text, end, end + 30)
    if m and m.group(1).lower() in ADMIN_WORDS:
        return m.end()
    return None


def container_country(text: str, end: int) -> str | None:
    """The country of the place (country, region or town) the name ending at ``end`` is
    placed in ("Colchester in the Eastern Cape" -> ZA, "Highfields, Harare" -> ZW), when
    every place of that name lies in one country."""
    m = CONTAINER.match(text, end, end + 80)
    if not m:
        return None
    gaz = load_gazetteer()
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        entries = gaz.lookup(name, alternates=False) or compass_candidates(name)
        if entries:
            codes = {e.country_code for e in entries}
            return codes.pop() if len(codes) == 1 else None
    return None


def in_possessor_region(text: str, start: int, name: str) -> bool:
    """ "North Sinai's Al Arish", "Kenya's Garissa": a name (whatever NER calls it) the
    gazetteer knows, by any spelling, in the country or region that owns it."""
    m = POSSESSOR.search(text, max(0, start - 40), start)
    if not m:
        return False
    gaz = load_gazetteer()
    owner = m.group(1)
    entries = gaz.lookup(owner, alternates=False) or compass_candidates(owner)
    codes = {e.country_code for e in entries}
    if len(codes) != 1 or not all(e.kind in ("country", "admin1") for e in entries):
        return False
    return any(e.country_code in codes for e in gaz.lookup(name))


def demonym_modifier(text: str, name: str, end: int) -> bool:
    """A demonym that is no country's name, before a word that is no division word:
    "Somali government forces" (but "Somali region", "Kenya police")."""
    gaz = load_gazetteer()
    if not gaz.demonym_country(name) or any(e.kind == "country" for e in gaz.lookup(name)):
        return False
    after = text[end : end + 20].split()
    return not after or after[0].lower().strip(".,;:") not in ADMIN_WORDS | PLACE_NOUNS_AFTER


def island_name(text: str, end: int) -> bool:
    """The name ending at ``end`` is an island's ("Tiran and Sanafir islands")."""
    return bool(ISLAND_AFTER.match(text[end : end + 80]))


def unknown_qualifier(text: str, end: int) -> bool:
    """The name ending at ``end`` is qualified by a name the gazetteer does not know
    ("Amuru district, Horo Guduru Walaga")."""
    m = QUALIFIER.match(text[end : end + 80])
    if not m:
        return False
    gaz = load_gazetteer()
    words = m.group(1).split()
    # Any leading part known ("Kisumu County", "Kenya") makes the qualifier known.
    return not any(gaz.lookup(" ".join(words[:n])) for n in range(len(words), 0, -1))


def narrowed(
    candidates: tuple[GazetteerEntry, ...], text: str, end: int, regions: Counter[str]
) -> tuple[tuple[GazetteerEntry, ...], bool, str | None]:
    """A name's candidates as its right context narrows them, whether that context is
    weak (no near miss then), and the country it is said to lie in.

    An island ("Tiran and Sanafir islands") or a name qualified by a region the gazetteer
    does not know ("Amuru district, Horo Guduru Walaga") is no small town or district of
    a country the document does not name by a country, region or demonym (``regions``: a
    town's own country is no evidence for itself). A name placed in a region or country
    ("Colchester in the Eastern Cape") is no town elsewhere."""
    island = island_name(text, end)
    weak = island or unknown_qualifier(text, end)
    if weak:
        candidates = tuple(
            e
            for e in candidates
            if e.country_code in regions
            or e.kind in ("country", "admin1")
            or (e.kind == "city" and e.population >= BIG_CITY and not island)
        )
    inside = container_country(text, end)
    if inside:
        candidates = tuple(e for e in candidates if e.kind != "city" or e.country_code == inside)
    return candidates, weak, inside


def deliberately_unknown(text: str, name: str, end: int) -> bool:
    """An unknown name the resolver refused a town for: an island's, one qualified by an
    unknown region, a division's ("Kenema province"); no later pass finds the town in it."""
    return (
        name.split()[-1].casefold() in ADMIN_WORDS
        or island_name(text, end)
        or unknown_qualifier(text, end)
    )


def _elsewhere(text: str, place: Place, starts: list[int]) -> bool:
    """Every mention of the place follows, in its sentence, a marker of another event's
    place ("in response to an attack in Lamu")."""
    return all(
        MARKER.search(text, max((s for s in starts if s <= m.start), default=0), m.start)
        for m in place.mentions
    )


def _own_counts(places: list[Place]) -> Counter[str]:
    """What the unknown names themselves added to the document's named countries (as
    ``places_document.document_context`` counts): a name left unknown here ("Amuru district,
    <unknown region>") is no evidence of its far namesake's country."""
    gaz = load_gazetteer()
    own: Counter[str] = Counter()
    for p in places:
        if p.precision is not None or p.country_code is not None:
            continue
        for m in p.mentions:
            name = strip_name(m.text, 0)[0]
            if len(name.split()) > 1 and name.split()[-1].casefold() in ADMIN_WORDS:
                name = name.rsplit(maxsplit=1)[0]  # "Kenema province": NER may take "Kenema"
            candidates = gaz.lookup(name)
            if len({e.country_code for e in candidates}) == 1:
                own[candidates[0].country_code] += 2 if candidates[0].kind == "country" else 1
    return own


def locate_unknown(parsed: ParsedItem, places: list[Place], ctx: DocumentContext) -> list[Place]:
    """An unknown name lies in the one country of the item's located places, else in the
    document's main country when named places establish it. A place introduced as the
    scene of another event ("in response to an attack in Lamu, Kenya") gives no country,
    nor does the document then; a demonym alone ("Kenyan forces attack X") is no
    evidence: it often names foreign troops."""
    if not any(p.precision is None and p.country_code is None for p in places):
        return places
    text = parsed.item.text
    starts = [t.idx for t in parsed.tokens if t.is_sent_start]
    located = [p for p in places if p.precision and p.country_code]
    here = [p for p in located if not _elsewhere(text, p, starts)]
    codes = {p.country_code for p in here}
    if len(codes) == 1:
        code: str | None = next(iter(codes))
    elif located and not here:
        code = None
    else:
        named = ctx.named - _own_counts(places)
        code = named.most_common(1)[0][0] if named else None
    if code is None:
        return places
    return [
        p.model_copy(update={"country_code": code})
        if p.precision is None and p.country_code is None and not continental(p.name)
        else p
        for p in places
    ]


def continental(name: str) -> bool:
    """ "Europe", "East Africa", "central Asia": a continent or part of one lies in no one
    country."""
    words = fold(name).split()
    return any(" ".join(words[i:]) in continent_names() for i in range(len(words)))


def named_country(name: str) -> str | None:
    """The country an unknown facility's own name gives ("University of Zambia")."""
    words = name.split()
    gaz = load_gazetteer()
    for n in (3, 2, 1):
        for i in range(1, len(words) - n + 1):
            entries = gaz.by_name.get(fold(" ".join(words[i : i + n])), ())
            if any(e.kind == "country" for e in entries):
                return next(e.country_code for e in entries if e.kind == "country")
    return None


def unresolved_kind(name: str) -> str:
    words = {w.casefold() for w in name.split()}
    if words & FACILITY_HEADS - OTHER_HEADS:
        return "facility"
    return "other"
