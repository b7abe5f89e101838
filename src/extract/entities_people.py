"""Who is a person: the tests a name must pass to be one (``person_ok``), a title cut
off it (``strip_title``), and the people NER missed that an apposition or an office title
marks ("Ana Soto, a 21-year-old student", "Army chief General X announced":
``appositive_people``).

A name is a person unless it is lower case, holds a digit, spells an acronym, or is a place
by the document's reading of it (a country, region or large city, or a name the sentence
uses as a place: ``place_precision.overrides_label``), a platform ("Twitter") or a facility
("Plaza X"); a title before it makes it a person unless it is a country. Kept apart from
``entities_mentions.py``, which walks the NER's entities and decides organisations too.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span as SpacySpan

from .documents import ParsedItem
from .entities_lexicon import APPOSITION_ROLES, OFFICE_TITLES, ORG_STOPWORDS, TITLES
from .gazetteer import fold, load_gazetteer
from .place_precision import overrides_label
from .place_precision_lexicon import HONORIFICS
from .places_document import DocumentContext
from .places_lexicon import FACILITY_HEADS, NOT_PLACE_WORDS

ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,9}$")
# "Ana Soto, a 21-year-old student", "Juan Pérez, the director of": a person the
# model often misses, told by the apposition that follows the name.
NAME_WORD = r"[A-Z][a-zà-ÿ’']+(?:-[A-Z]?[a-zà-ÿ’']+)*"
APPOSITIVE = re.compile(
    rf"(?<![\w’'-])({NAME_WORD}(?: {NAME_WORD}){{1,3}}), (?:a|an|the) "
    r"(?:\d{1,3}-year-old\b|([a-z]+)(?: ([a-z]+))?\b)"
)
# "Army chief General Waqar-Uz-Zaman announced": a name an office title introduces, which
# the model missed (followed by a lower-case word or punctuation, so not "General Assembly").
TITLED = re.compile(
    rf"(?<![\w’'-])({'|'.join(sorted(t.capitalize() for t in OFFICE_TITLES))}) "
    rf"({NAME_WORD}(?: {NAME_WORD}){{0,2}})(?= [a-z]|[,.;:])"
)


def strip_title(text: str, start: int) -> tuple[str, int]:
    """ "former President Jane Doe" -> "Jane Doe" (offset kept)."""
    words = text.split(" ")
    while len(words) > 1 and words[0].casefold() in TITLES:
        start += len(words[0]) + 1
        words = words[1:]
    return " ".join(words), start


def person_ok(
    name: str,
    ctx: DocumentContext,
    titled: bool = False,
    in_place: bool = False,
    person: bool = False,
) -> bool:
    """``titled``: a title stood before the name ("President Bush"): a person unless the
    name is a country; else a name known as a place is one when it is a country,
    region or large city, or the sentence uses it as a place (``overrides_label``)."""
    if not name or not name[0].isupper() or any(c.isdigit() for c in name):
        return False
    if ACRONYM.match(name):
        return False
    if titled and len(name.split()) == 1:
        entries = load_gazetteer().lookup(name, alternates=False)
        return not any(e.kind == "country" for e in entries)
    if overrides_label(name, ctx.countries, in_place, "PERSON", person):
        return False
    if fold(name) in ORG_STOPWORDS:
        return False  # "wrote on Twitter": site boilerplate and platforms are no people
    if name.split()[0].casefold() in FACILITY_HEADS:
        return False  # "Plaza Dos de Mayo" is a place
    return True


def title_before(ent: SpacySpan) -> bool:
    """ "President Bush" where NER marks only "Bush"."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_.strip("()") in HONORIFICS


def appositive_people(parsed: ParsedItem, ctx: DocumentContext) -> list[tuple[str, int]]:
    """Names an age or a role in apposition, or an office title before them, marks as
    people, where NER saw no entity."""
    text, out = parsed.item.text, []
    for m in TITLED.finditer(text, parsed.body_start):
        name, start = m.group(2), m.start(2)
        if _taken(parsed, start, len(name)):
            continue
        words = name.split()
        if any(fold(w) in NOT_PLACE_WORDS | TITLES for w in words):
            continue
        if person_ok(name, ctx, titled=True):
            out.append((name, start))
    for m in APPOSITIVE.finditer(text, parsed.body_start):
        roles = {m.group(2), m.group(3)} - {None}
        if roles and not roles & APPOSITION_ROLES:
            continue
        name, start = m.group(1), m.start(1)
        words = name.split()
        while words and (words[0].lower() in STOP_WORDS or words[0].casefold() in TITLES):
            start += len(words[0]) + 1
            words = words[1:]  # "In Lima", "General X": not part of the name
        name = " ".join(words)
        if len(words) < 2 or any(fold(w) in NOT_PLACE_WORDS for w in words):
            continue
        if _taken(parsed, start, len(name)):
            continue
        if person_ok(name, ctx):
            out.append((name, start))
    return out


def _taken(parsed: ParsedItem, start: int, length: int) -> bool:
    """NER took the span already (a person, an organisation, a place)."""
    end = start + length
    return any(e.start_char < end and start < e.end_char for e in parsed.ents if e.label_ != "DATE")
