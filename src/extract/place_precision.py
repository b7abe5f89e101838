"""Names that are not places, whichever route found them (NER label, gazetteer window,
place context, institution): the precision side of place detection.

Rules, each generic (word lists in place_precision_lexicon.py):
- a person the document names is no place: a name equal to a full name the document gives
  a person, or a given name or surname of one ("Gonzalez" after "Elian Gonzalez"), or a
  name after a personal title ("President Hashemi Rafsanjani") -- unless the gazetteer
  hit is a country or first-level region, or a state follows ("Irving, Texas");
- calendar words, deities, generic words alone ("Embassy", "International Airport") and
  a sentence's first word when the parser reads it as a common noun ("Location, ...");
- names of events, laws, vehicles and markets ("Hurricane Hugo", "Clinic Entrances Act",
  "Space Shuttle Columbia", "New York Stock Exchange");
- an all-caps acronym inside a sentence ("in NATO strategy") only as a country or region
  (datelines, at a line's start, are place names in capitals: "MIAMI (AP)");
- a company by its context: "stakes in Jaguar", "in Big Board trading", "gas giant
  Gazprom", "near Khmer Rouge headquarters" (for a name the gazetteer lacks);
- a name NER labels a person, organisation or nationality is a place only when the
  gazetteer knows it as a country, region or large city, or the sentence puts it where a
  place stands ("in X", "X village", a list of places, "X, <state>") (``overrides_label``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .documents import ParsedItem
from .entities_lexicon import PARTICLES
from .gazetteer import GazetteerEntry, fold, load_gazetteer
from .place_context import has_context, strong_context
from .place_institution import INSTITUTION_MODIFIERS
from .place_precision_lexicon import (
    ACTOR_NOUNS_AFTER,
    CALENDAR_WORDS,
    COMPANY_NOUNS_BEFORE,
    DEITIES,
    EVENT_FIRST_WORDS,
    EVENT_LAST_WORDS,
    HONORIFICS,
    KIN_NOUNS,
    MARKET_WORDS_AFTER,
    SPEECH_VERBS,
    STAKE_NOUNS,
)
from .places_candidates import BIG_CITY  # a city this large stands on its own
from .places_lexicon import (
    FACILITY_HEADS,
    NOT_PLACE_WORDS,
    OTHER_HEADS,
    PLACE_NOUNS_AFTER,
    STREET_WORDS,
    STRONG_LOCATIVE_PREPS,
)

GIVEN_NAME_MENTIONS = 3  # a person named this often is no NER slip: the given name counts
GENERIC_WORDS = FACILITY_HEADS | NOT_PLACE_WORDS | INSTITUTION_MODIFIERS | HONORIFICS
SITE_WORDS = FACILITY_HEADS | OTHER_HEADS | PLACE_NOUNS_AFTER | STREET_WORDS


@dataclass(frozen=True)
class PersonKeys:
    """The people a document names: folded full names, and their given names and surnames."""

    full: frozenset[str] = frozenset()
    parts: frozenset[str] = frozenset()
    single: frozenset[str] = frozenset()  # one-word people the gazetteer knows as places


def key_tokens(name: str) -> list[str]:
    """A name's distinguishing words, as entities_canonical.key_tokens (not imported: that
    module's imports lead back to place mentions)."""
    return [t for t in fold(name).replace(".", "").split() if t not in PARTICLES]


def person_keys(names: Iterable[str]) -> PersonKeys:
    """From the document's canonical people (entities.py): a full name gives itself and each
    of its words; a one-word name (a titled "President Clinton") gives that word. A full name
    the gazetteer knows is left out: NER reads some place names as people ("Anlong
    Veng")."""
    full: set[str] = set()
    parts: set[str] = set()
    single: set[str] = set()
    gaz = load_gazetteer()
    names = list(names)
    counts = Counter(names)
    for name in counts:
        tokens = key_tokens(name)
        if len(tokens) == 1:
            if gaz.lookup(name):  # NER's other one-word "people" are often villages
                single.add(tokens[0])
            continue
        if len(tokens) > 1 and (gaz.lookup(name) or any(_acronym(w) for w in name.split())):
            continue  # "Anlong Veng", "MSF Bambari": places NER read as people
        if len(tokens) > 1:
            full.add(" ".join(tokens))
            if _strong_place(tokens[0]) or counts[name] < GIVEN_NAME_MENTIONS:
                tokens = tokens[-1:]  # the surname alone: "the Miami Gonzalez family", and
                # NER's rare "people" in lists of villages ("Maska Aribe, Maska and ...")
        parts.update(t for t in tokens if len(t) > 1)
    return PersonKeys(frozenset(full), frozenset(parts), frozenset(single) - parts)


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isalpha() and word.isupper()


def _strong_place(name: str) -> bool:
    return any(
        e.kind in ("country", "admin1") or e.population >= BIG_CITY
        for e in load_gazetteer().lookup(name, alternates=False)
    )


def _untitled(words: list[str]) -> list[str]:
    while len(words) > 1 and fold(words[0]) in HONORIFICS:
        words = words[1:]
    return words


def _tokens(parsed: ParsedItem, start: int, end: int) -> SpacySpan | None:
    return parsed.doc.char_span(start, end, alignment_mode="expand")


def _word_before(text: str, start: int, n: int = 1) -> list[str]:
    return [w.strip(".,;:\"'()").lower() for w in text[max(0, start - 40) : start].split()[-n:]]


def _place_context(parsed: ParsedItem, start: int, end: int, weak: bool = False) -> bool:
    """A strong place context ("in X", "X village", "retake X"), not a possessive ("in
    Spitzer's advertisements"): NER reads many a village name as a person's."""
    span = _tokens(parsed, start, end)
    if span is None or len(span) == 0:
        return False
    tokens = parsed.tokens
    if span.end < len(tokens) and tokens[span.end].tag_ == "POS":
        return False
    if weak:
        return has_context(tokens, span.start, span.end - 1)
    return strong_context(tokens, span.start, span.end - 1)


def _state_follows(parsed: ParsedItem, end: int) -> bool:
    """ "Irving, Texas", "Independence, Mo.": a place name followed by its state."""
    text = parsed.item.text
    if text[end : end + 2] != ", ":
        return False
    span = _tokens(parsed, end + 2, min(len(text), end + 3))
    return span is not None and len(span) > 0 and span[0].ent_type_ == "GPE"


def _mid_sentence_acronym(parsed: ParsedItem, text: str, start: int) -> bool:
    """ "in NATO strategy": capitals inside running text (not a dateline's "MIAMI (AP)",
    nor a headline set in capitals), so an acronym."""
    if not (len(text) > 1 and text.replace(" ", "").isalpha() and text.isupper()):
        return False
    line = parsed.item.text[:start].rsplit("\n", 1)[-1]
    return any(c.islower() for c in line)


def _sentence_initial_noun(parsed: ParsedItem, start: int, end: int) -> bool:
    """ "Location, Birmingham, Alabama.": a sentence's first word, capitalised only for
    that, which the tagger reads as a common noun."""
    span = _tokens(parsed, start, end)
    return bool(
        parsed.item.text[start:end].istitle()  # not a dateline's "MANILA, Philippines"
        and span is not None
        and len(span) == 1
        and span[0].is_sent_start
        and span[0].tag_ in ("NN", "NNS")
    )


def rejected_name(parsed: ParsedItem, text: str, start: int, people: PersonKeys) -> bool:
    """Not a place whatever the gazetteer says (rules in the module notes)."""
    words = text.replace("-", " ").split()
    if not words:
        return True
    folded = [fold(w) for w in words]
    whole = " ".join(folded)
    gaz = load_gazetteer()
    if len(words) == 1 and (folded[0] in CALENDAR_WORDS | DEITIES | NOT_PLACE_WORDS | HONORIFICS):
        return True
    known = bool(gaz.by_name.get(whole, ()))
    if len(words) > 1 and not known:
        if folded[0] in EVENT_FIRST_WORDS or folded[-1] in EVENT_LAST_WORDS:
            return True
        if folded[0] in HONORIFICS and words[1][:1].isupper() and folded[-1] not in SITE_WORDS:
            return True  # "President Hashemi Rafsanjani", "Attorney General Janet Reno"
    if " ".join(key_tokens(" ".join(_untitled(words)))) in people.full:
        if not _place_context(parsed, start, start + len(text)):
            return True  # "Walid Mualem": a person the document names
    return not known and all(w in GENERIC_WORDS for w in folded)  # "International Airport"


def rejected_entry(
    parsed: ParsedItem,
    text: str,
    start: int,
    end: int,
    entry: GazetteerEntry | None,
    label: str,
    people: PersonKeys,
) -> bool:
    """Not a place given what the name resolved to (``entry``, None when unknown) and the
    NER label it came with (rules in the module notes)."""
    if entry is not None and entry.kind in ("country", "admin1"):
        return False
    big = entry is not None and entry.population >= BIG_CITY
    item_text = parsed.item.text
    single = len(text.split()) == 1
    before = _word_before(item_text, start, 2)
    if single and not _state_follows(parsed, end):
        if fold(text) in people.parts and not _place_context(parsed, start, end):
            return True  # "Gonzalez" after "Elian Gonzalez" named him in full
        if fold(text) in people.single and not _place_context(parsed, start, end, weak=True):
            return True  # "Bush" after "President Bush" (but "between Sbikha and X")
        if before and before[-1] in HONORIFICS | KIN_NOUNS:
            return True  # "President Bush", "Mr. Blair", "his mother Elizabeth"
    if _mid_sentence_acronym(parsed, text, start):
        return True
    if single and _sentence_initial_noun(parsed, start, end):
        return True
    the = item_text[max(0, start - 4) : start].lower() == "the "
    if entry is not None and the and fold(entry.name) != fold(text) and not big:
        span = _tokens(parsed, start, end)
        if span is not None and all(t.ent_type_ in ("ORG", "PERSON") for t in span):
            return True  # "the White House" is no town known as "White House" elsewhere
    after = item_text[end : end + 20].split()
    nxt = after[0].strip(".,;:").lower() if after else ""
    if not big:
        if len(before) == 2 and before[1] == "in" and before[0] in STAKE_NOUNS:
            return True  # "stakes in Jaguar"
        if nxt in MARKET_WORDS_AFTER:
            return True  # "in Big Board trading"
    if entry is None:
        lower_nxt = bool(after) and after[0].islower()
        if (lower_nxt and nxt in ACTOR_NOUNS_AFTER) or (
            before and before[-1] in COMPANY_NOUNS_BEFORE
        ):
            return True  # "near Khmer Rouge headquarters", "gas giant Gazprom"
        if (
            label == "FAC"
            and not any(fold(w) in SITE_WORDS for w in [*text.split(), nxt])
            and not (before and before[-1] in STRONG_LOCATIVE_PREPS | {"at"})
        ):
            return True  # "of Buffalo Gyn Womanservices": a facility name without a site word
    return False


def located(tokens: list[Token], i: int, j: int, text: str, end: int) -> bool:
    """The sentence puts tokens i..j where a place stands: a strong place context ("in X",
    "X village", "residents of X") or a state after it ("X, Texas")."""
    if strong_context(tokens, i, j):
        return True
    return text[end : end + 2] == ", " and j + 2 < len(tokens) and tokens[j + 2].ent_type_ == "GPE"


def person_role(tokens: list[Token], i: int, j: int) -> bool:
    """Tokens i..j stand as a person does: after a title or kin word ("President Bush",
    "mother Elizabeth"), or as the subject of a verb of speech ("Clark said")."""
    if i > 0 and tokens[i - 1].lower_.strip("()") in HONORIFICS | KIN_NOUNS:
        return True
    root = tokens[j]
    return root.dep_ == "nsubj" and root.head.lemma_ in SPEECH_VERBS


def overrides_label(
    name: str, countries: Counter[str], in_place: bool, label: str, person: bool = False
) -> bool:
    """A name NER labels a person, organisation or nationality is a place when the gazetteer
    knows it (by its main name) as a country or region, or as a large city (for a person's
    label, in a country the document names, if it names any: "met Bush" is no Egyptian
    town), or as a place
    in a country the document names when the sentence uses it as a location (``in_place``)
    or, for a person's label, when it does not stand as a person does (``person``)."""
    for e in load_gazetteer().lookup(name, alternates=False):
        if e.kind in ("country", "admin1"):
            return True
        named = e.country_code in countries
        if e.population >= BIG_CITY and (label != "PERSON" or named or not countries):
            return True
        if named and (in_place or (label == "PERSON" and not person)):
            return True
    return False
