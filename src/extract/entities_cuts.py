"""Cuts and rejections of the NER's PERSON and ORG spans on wire news: what the model
tags a person or an organisation but is none, and names it cuts short or runs on.

People: a lower-case particle stays inside a name ("Daniel arap Moi"); a family, a
building, a company's head word, a nationality or a people, a sentence's first common word,
a title alone and a name beside "&" are no person. Organisations: a name ends at a blank
line and loses a trailing joiner ("Savings and"); a glued sentence word goes ("Replied State
Department"); "&" (or "amp", what a lost "&amp;" leaves) joins a firm's name; a dateline, a
title's office, an unbalanced parenthesis, a street, a doctrine or a generic word alone is
no organisation. Word lists are in entities_lexicon.py.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

from .entities_lexicon import (
    FAMILY_WORDS,
    ORG_HEADS,
    ORG_NOUNS,
    PARTICLES,
    PERSON_NOUNS,
    ROLE_WORDS,
    SITE_LAST_WORDS,
    TITLES,
    TRAILING_JOINERS,
)
from .gazetteer import fold, load_gazetteer
from .place_precision_lexicon import SPEECH_VERBS
from .places_lexicon import FACILITY_HEADS, STREET_WORDS
from .places_resolve import strip_name

# Tags of a sentence word the tagger glues before a name ("Replied State Department"); a
# participle read as a proper noun ("United Nations") is tagged NNP and stays.
GLUED_TAGS = frozenset({"VBD", "VBZ", "VBG", "VBN", "RB"})


def joined_next(ents: tuple[SpacySpan, ...], k: int, text: str) -> int | None:
    """An ORG ending in "and" or "&" ("Valley Federal Savings and") that the next ORG
    continues ("Loan Association"): the end of the whole name."""
    ent = ents[k]
    if ent.label_ != "ORG" or k + 1 >= len(ents) or ent[-1].lower_ not in ("and", "&", "amp"):
        return None
    nxt = ents[k + 1]
    if nxt.label_ == "ORG" and nxt.start_char == ent.end_char + 1:
        return nxt.end_char
    return None


def with_particle(ent: SpacySpan, name: str, start: int) -> tuple[str, int]:
    """ "Daniel arap [Moi]": NER stops at a lower-case particle inside a name; the name runs
    on over the capitalised word after it. (name, end offset)."""
    doc, end = ent.doc, ent.end_char
    last = ent[-1]
    if last.is_lower and last.lower_ in PARTICLES and ent.end < len(doc):
        nxt = doc[ent.end]
        if nxt.is_title and nxt.idx == last.idx + len(last.text) + 1:
            end = nxt.idx + len(nxt.text)
            return ent.doc.text[start:end], end
    return name, end


def _people(ent: SpacySpan, words: list[str]) -> bool:
    """ "Rwanda Hutus": a country and a plural proper noun, not an organisation's head
    word ("Kenya Airways"), name a people."""
    return (
        len(words) == 2
        and ent[-1].tag_ == "NNPS"
        and words[1].casefold() not in ORG_HEADS
        and is_country(words[0])
    )


def is_country(word: str) -> bool:
    return any(e.kind == "country" for e in load_gazetteer().lookup(word, alternates=False))


def without_country(ent: SpacySpan, name: str, start: int) -> tuple[str, int]:
    """ "ambassador to [Kenya] Ruth Hallam": a country after a preposition, glued before a
    full name, is no part of it."""
    words = name.split(" ")
    if len(words) < 3 or ent.start == 0 or ent.doc[ent.start - 1].lower_ not in ("to", "of", "in"):
        return name, start
    if is_country(words[0]):
        return " ".join(words[1:]), start + len(words[0]) + 1
    return name, start


def not_person(ent: SpacySpan, name: str) -> str | None:
    """Why a PERSON is none: "org" for a company or body ("Ben Franklin Stores Inc", "the
    Maariv newspaper"), "other" for a family ("the Jaffe family"), a building ("Millard
    Fillmore Suburban Hospital"), a nationality ("Kuwaiti", "Anti-Castro") or a sentence's
    first word that is no proper noun ("Rescued on Nov. 25, ...")."""
    doc = ent.doc
    words = name.split()
    last = words[-1].casefold() if words else ""
    if last in TRAILING_JOINERS or not words[-1][-1:].isalnum() or fold(name) in TITLES:
        return "other"  # "A.L. Williams amp [Co]", "Ernesto ``", "Sgt": no whole name
    following = doc[ent.end] if ent.end < len(doc) else None
    previous = doc[ent.start - 1] if ent.start else None
    if any(t is not None and t.lower_ in ("amp", "&") for t in (previous, following)):
        return "other"  # "Booz-Allen amp [Hamilton]", "[X Y] amp Partners": a firm's name
    if last in ORG_HEADS or (following is not None and following.lower_ in ORG_NOUNS):
        return "org"
    if following is not None and following.lower_ in FAMILY_WORDS:
        return "other"
    if len(words) > 1 and last in SITE_LAST_WORDS | FACILITY_HEADS:
        return "other"
    if _nationality(name) or _people(ent, words):
        return "other"  # "Kuwaiti", "Rwanda Hutus": a nationality or a people
    if len(ent) == 1 and ent.root.dep_ in ("compound", "amod") and ent.root.head.tag_ == "NNS":
        return "other"  # "Hutu security forces": a people's name as a modifier
    if len(ent) == 1 and ent[0].is_sent_start and not ent[0].tag_.startswith("NNP"):
        return "other"
    return None


def person_after_noun(ent: SpacySpan, name: str, text: str) -> bool:
    """ "Hungarian astronaut Bertalan Farkas": two or three capitalised words right after
    a noun of occupation, none an organisation's head word, are a person's name. ``text``
    is the doc's text (spaCy re-joins ``doc.text`` from its tokens on every access)."""
    words = name.split()
    if not 2 <= len(words) <= 3 or ent.start == 0 or any(w.casefold() in ORG_HEADS for w in words):
        return False
    if not all(w.istitle() for w in words):
        return False
    if BYLINE_AFTER.match(text, ent.end_char):
        return True  # "Andy Pasztor contributed to this article": a byline
    before = ent.doc[ent.start - 1]
    return before.is_lower and before.lower_ in PERSON_NOUNS


# "Standard amp Poor's Corp.": the "&" of a firm's name, which a lost HTML entity leaves as
# "amp", cuts NER's span; the capitalised words before it belong to the name.
JOINED_BEFORE = re.compile(r"(?:[A-Z][\w'.-]*,? ){1,3}(?:amp|&) $")


# "X Y amp Partners", "X Y & Co.": the rest of a firm's name after a person's.
FIRM_AFTER = re.compile(r" (?:amp|&) [A-Z][\w'-]*(?:,? [A-Z][\w'-]*){0,3}")


FIRM_BEFORE = re.compile(r"(?:[A-Z][\w'.-]*, )+$")


def joined_before(name: str, start: int, text: str) -> tuple[str, int]:
    match = JOINED_BEFORE.search(text[max(0, start - 60) : start])
    if match is None:
        return name, start
    first = start - (len(match.group(0)))
    return strip_name(text[first : start + len(name)], first)


def _nationality(name: str) -> bool:
    """A demonym or nationality alone ("Kuwaiti", "Hutus", "Anti-Castro"): no actor."""
    words = name.split()
    if len(words) == 1 and name.casefold().startswith(("anti-", "pro-")):
        return True  # "Pro-Life Virginia" stays a body
    return len(words) == 1 and load_gazetteer().demonym_country(name) is not None


def org_clean(ent: SpacySpan, name: str, start: int) -> tuple[str, int]:
    """An ORG cut to its name: the first line only ("X Corp.\n\n"), without a leading
    sentence word the tagger glued on ("Replied State Department")."""
    name = name.split("\n")[0].rstrip(" .,;:") if "\n" in name else name
    while len(name.split()) > 1 and name.split()[-1].casefold() in TRAILING_JOINERS:
        name = name.rsplit(" ", 1)[0].rstrip(" ,")  # "Valley Federal Savings and"
    words = list(ent)
    while (
        len(words) > 2  # "Savin Corp.": a one-word rest is no name
        and words[0].idx == start
        and (words[0].tag_ in GLUED_TAGS or (words[0].is_sent_start and _speech(words[0].lower_)))
        and (words[1].is_title or words[1].lower_ == "the")  # not "First of America"
    ):
        cut = words[1].idx - start
        name, start = strip_name(name[cut:], start + cut)  # "Later [the] State Department"
        words = [w for w in words[1:] if w.idx >= start]
    return name, start


def _speech(word: str) -> bool:
    """ "replied", "said", "adds": a verb of speech (by its stem), which opens a sentence
    before its subject ("Replied State Department spokesman X")."""
    stems = {word, word[:-1], word[:-2], word[:-3] + "y"}
    return bool(stems & SPEECH_VERBS) or word in ("said", "says", "told")


# A byline: "X Y contributed to this article", "..., X Y reports.", "I'm X Y reporting".
BYLINE_AFTER = re.compile(r" (?:contributed to this|reports\b|reporting\b)")


def fragment(ent: SpacySpan, name: str, text: str) -> bool:
    """A piece of a longer name: an unbalanced parenthesis ("Japan) Inc"), a dateline in
    capitals before a wire credit ("HAMILTON (AP) --"), the office of a title ("Secretary
    of [State]"), or a nationality alone ("Kuwaiti")."""
    if name.count("(") != name.count(")"):
        return True
    if name.isupper() and (ent.start_char == 0 or text[ent.start_char - 1] == "\n"):
        end = ent.start_char + len(ent.text.split(" (")[0])
        after = text[end : end + 14]
        if re.match(r"\s*\([A-Z][A-Za-z]+\)\s*[-–—_]", after):
            return True  # "HAMILTON (AP) --", "UNITED NATIONS (AP) _": a dateline
        if re.match(r"(?:,|\(| [-–—_])", after) and load_gazetteer().lookup(name.title()):
            return True  # "NICOSIA, Cyprus", "MIAMI _": a dateline
    if len(ent) == 1 and not ent[0].tag_.startswith("NNP") and ent[0].is_sent_start:
        return True  # "Elected ...", "Please ...": a sentence's first word
    if len(name.split()) > 1 and fold(name.split()[-1]) in STREET_WORDS | {"boulevard"}:
        return True  # "Unity Boulevard": a street
    if len(name.split()) == 1 and fold(name).endswith("ism"):
        return True  # "Communism": a doctrine
    if fold(name) in (FACILITY_HEADS | SITE_LAST_WORDS | {"court", "state"}) - {"church"}:
        return True  # "Embassy employees", "the Court": a generic word alone
    doc = ent.doc
    if (
        len(ent) == 1
        and ent.start > 1
        and doc[ent.start - 1].lower_ == "of"
        and doc[ent.start - 2].lower_ in ROLE_WORDS
    ):
        return True
    words = name.split()
    if _people(ent, words):
        return True  # "Rwanda Hutus": a people
    return _nationality(name)
