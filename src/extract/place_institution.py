"""The place an institution's or a branch's name opens with, for an item nothing else
locates: "came to Nakawa Chief Magistrate Court" (Nakawa), "looted the offices of MSF
Bambari" (an organisation's acronym, then its branch's place).

Two shapes of run (``place_detect.name_runs``):
- a name headed by an institution word, in a place context: its first word;
- an organisation's acronym followed by one capitalised word: that word.
The word is a place name only when it is no generic word, title, demonym or acronym, and
NER does not read it as a person's name on its own. It is resolved like any mention
(known or kept unknown) by the caller.
"""

from __future__ import annotations

from spacy.tokens import Token

from .documents import ParsedItem
from .gazetteer import fold, load_gazetteer
from .place_detect import Run
from .places_lexicon import (
    COMMON_NAME_WORDS,
    INSTITUTION_HEADS,
    NOT_PLACE_WORDS,
    PERSON_NAMED_HEADS,
)

# Capitalised words opening institution names that are titles or qualities, not places.
INSTITUTION_MODIFIERS = frozenset(
    """chief high supreme magistrate magistrates national federal regional district general
    central main city municipal county provincial state royal public private new old grand
    great holy saint st teaching referral memorial international""".split()
)


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and word.isalpha()


def institution_places(parsed: ParsedItem, runs: list[Run]) -> list[tuple[str, int, int]]:
    """(name, start, end) of the place words of the item's institution and branch names."""
    tokens = parsed.tokens
    gaz = load_gazetteer()
    out = []
    for run in runs:
        words = tokens[run.first : run.last + 1]
        if len(words) < 2:
            continue
        head = fold(words[-1].text)
        if head in INSTITUTION_HEADS and head not in PERSON_NAMED_HEADS and run.context:
            word = words[0]
        elif len(words) == 2 and _acronym(words[0].text):
            word = words[1]
        else:
            continue
        key = fold(word.text)
        if (
            not word.is_alpha
            or _acronym(word.text)
            or key in INSTITUTION_HEADS | INSTITUTION_MODIFIERS | NOT_PLACE_WORDS
            or key in COMMON_NAME_WORDS
            or gaz.demonym_country(word.text)
        ):
            continue
        # "Kenyatta National Hospital": a person's name NER marks alone is no place.
        if word.ent_type_ == "PERSON" and word.ent_iob_ == "B" and _alone(tokens, word.i):
            continue
        out.append((word.text, word.idx, word.idx + len(word.text)))
    return out


def _alone(tokens: list[Token], i: int) -> bool:
    """The token is a one-token entity."""
    return i + 1 >= len(tokens) or tokens[i + 1].ent_iob_ != "I"
