"""Place mentions of an item: NER entities (split, stripped, kept when the label or the
gazetteer says place), gazetteer names NER missed, and names in a place context
(``place_detect.py``), each with a kind hint from its context."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .documents import ParsedItem
from .entities_lexicon import PORTFOLIO_ROLES
from .gazetteer import GazetteerEntry, load_gazetteer, near_misses
from .place_detect import Run, in_context_names, unknown_place_ok
from .place_evidence import demonym_modifier, in_possessor_region
from .place_gazetteer_names import gazetteer_mentions
from .place_precision import located, overrides_label, person_role
from .places_document import DocumentContext
from .places_lexicon import (
    ADMIN_WORDS,
    CITY_WORDS,
    DIVISION_PHRASES,
    FACILITY_HEADS,
    STREET_WORDS,
)
from .places_resolve import (
    PLACE_LABELS,
    compass_candidates,
    is_known_place,
    split_list,
    strip_name,
    usable_candidates,
)

# A local division's name ends with its type, which NER reads as an organisation's.
DIVISION_PHRASE = re.compile(
    r"\s+(?:" + "|".join(re.escape(p) for p in DIVISION_PHRASES) + r")$", re.IGNORECASE
)
# Labels the small model wrongly gives to places; kept only on a gazetteer hit.
OTHER_LABELS = frozenset({"PERSON", "ORG", "NORP"})


@dataclass
class Mention:
    text: str
    start: int
    end: int
    hint: str | None = None  # "admin1" or "city" from context
    known: bool = False  # the NER label says place
    in_list: bool = False
    entry: GazetteerEntry | None = None  # resolved already (a name inside another name)
    label: str = ""  # the NER label it came with, if any


def _context_hint(doc_text: str, start: int, end: int) -> str | None:
    before = doc_text[max(0, start - 40) : start].lower().split()
    after = doc_text[end : end + 30].lower().split()
    prev = before[-2:] if before else []
    if len(prev) == 2 and prev[1] == "of" and prev[0] in ADMIN_WORDS:
        return "admin1"
    if len(prev) == 2 and prev[1] == "of" and prev[0] in CITY_WORDS:
        return "city"
    nxt = after[0].strip(".,;:") if after else ""
    if nxt in ADMIN_WORDS:
        return "admin1"
    if nxt in CITY_WORDS or nxt in STREET_WORDS:
        return "city"
    return None


def item_mentions(parsed: ParsedItem, ctx: DocumentContext, runs: list[Run]) -> list[Mention]:
    """Place mentions of the body (NER) and of the headline (names the document knows);
    ``runs`` are the item's ``place_detect.name_runs``."""
    gaz = load_gazetteer()
    text = parsed.item.text
    found: list[Mention] = []
    for ent in parsed.ents:
        if ent.start_char < parsed.body_start:
            continue
        if ent.label_ not in PLACE_LABELS and ent.label_ not in OTHER_LABELS:
            continue
        found.extend(_from_entity(ent, text, ctx, parsed.tokens))
    for text_, start, end in gazetteer_mentions(parsed, ctx.body_names, ctx.countries):
        found.append(Mention(text_, start, end, _context_hint(text, start, end), known=True))
    found = [m for m in found if m.known or gaz.lookup(m.text)]
    # "Sir Lowry's Pass Village" is one name (place_detect): not its "Pass Village" alone.
    joined = [(r.start, r.end) for r in runs if "'s " in r.text]
    found = [m for m in found if not any(s <= m.start and m.end <= e for s, e in joined)]
    found.extend(_context_mentions(parsed, ctx, found, runs))
    return found


def _context_mentions(
    parsed: ParsedItem, ctx: DocumentContext, found: list[Mention], runs: list[Run]
) -> list[Mention]:
    """Names in a place context that NER missed: known to the gazetteer (any size), one
    spelling edit from a known name in a country the document names (or anywhere when it
    names none, if all such names share one country), or kept unknown."""
    gaz = load_gazetteer()
    text = parsed.item.text
    out: list[Mention] = []
    for run in in_context_names(runs):
        if any(m.start < run.end and run.start < m.end for m in found):
            continue
        if demonym_modifier(text, run.text, run.end):
            continue  # "between Somali government forces": a people, not Somali region
        mention = Mention(run.text, run.start, run.end, _context_hint(text, run.start, run.end))
        if usable_candidates(gaz.lookup(run.text), run.text, ctx.countries):
            mention.known = True
        elif unknown_place_ok(parsed, run):
            mention.known = True
        if mention.known:
            out.append(mention)
    return out


def coordinated_with_place(ent: SpacySpan, countries: Counter[str]) -> bool:
    """ "Kano to Kaduna, Jos, and the Sahel": an entity conjoined with known places is a
    place whatever its label."""
    root = ent.root
    if root.dep_ != "conj":
        return False
    head = root.head
    while True:
        if head.ent_type_ in PLACE_LABELS or is_known_place(head.text, countries):
            return True
        if head.dep_ != "conj":
            return False
        head = head.head


def _label_overridden(
    ent: SpacySpan,
    part: str,
    end: int,
    ctx: DocumentContext,
    tokens: list[Token],
    text: str,
    listed: bool,
) -> bool:
    """A name NER labels a person, organisation or nationality is a place when the gazetteer
    knows it well enough, or the sentence uses it as one (``overrides_label``): a list of
    places, a place context ("in X", "X village") or a state after it ("X, Texas")."""
    span = ent.doc.char_span(end - len(part), end, alignment_mode="expand")
    in_place = listed or coordinated_with_place(ent, ctx.countries)
    person = False
    if span is not None:
        in_place = in_place or located(tokens, span.start, span.end - 1, text, end)
        person = person_role(tokens, span.start, span.end - 1)
    return overrides_label(part, ctx.countries, in_place, ent.label_, person)


def _demonym(word: str) -> bool:
    """ "Ugandan", and the plural of a demonym: "Pakistanis", "Chileans"."""
    gaz = load_gazetteer()
    return bool(
        gaz.demonym_country(word) or (word.endswith("s") and gaz.demonym_country(word[:-1]))
    )


def _portfolio(text: str, end: int) -> bool:
    """The entity is a minister's portfolio: "Road Transport Minister X"."""
    follow = re.match(r" ([A-Za-z]+)", text[end : end + 20])
    return follow is not None and follow.group(1).lower() in PORTFOLIO_ROLES


def _known_region(name: str) -> bool:
    """Known without its division word: "South Ouaddai" (ISO's Sud-Ouaddaï), a name one
    spelling edit from an ISO region, so "South Ouaddai province" is that region."""
    gaz = load_gazetteer()
    return bool(
        gaz.lookup(name)
        or compass_candidates(name)
        or any(e.kind == "admin1" for e in near_misses(name))
    )


def _from_entity(
    ent: SpacySpan, text: str, ctx: DocumentContext, tokens: list[Token]
) -> list[Mention]:
    gaz = load_gazetteer()
    name, start = strip_name(ent.text, ent.start_char)
    parts = split_list(name, start)
    is_place_label = ent.label_ in PLACE_LABELS
    if len(parts) > 1:
        resolved = [p for p in parts if gaz.lookup(strip_name(*p)[0])]
        if len(resolved) < len(parts) and (not is_place_label or not resolved):
            parts = [(name, start)]  # "Plaza Dos de Mayo and ..." stays whole unless all known
    out = []
    for part, part_start in parts:
        part, part_start = strip_name(part, part_start)
        if not part or not part[0].isupper():
            continue
        division = DIVISION_PHRASE.search(part)
        if division and division.start() > 0:  # "Igabi Local Government Area": Igabi
            part, is_place_label = part[: division.start()], True
        if len(ent) == 1 and ent[0].tag_ in ("JJ", "NNPS") and not gaz.lookup(part):
            continue  # "Kenyan" is an adjective, not a place
        if ent.label_ == "NORP" and gaz.demonym_country(part):
            continue  # "Somali forces": a demonym, even when a region bears the name
        if len(ent) == 1 and _demonym(part) and not gaz.lookup(part):
            continue  # "a Ugandan base", "Pakistanis" labelled GPE: not an unknown place
        if _portfolio(text, ent.end_char) and not gaz.lookup(part):
            continue  # "Road Transport [Minister]": a title's portfolio, not a road
        facility = part.split()[0].casefold() in FACILITY_HEADS and len(part.split()) > 1
        coordinated = ent.label_ == "ORG" and coordinated_with_place(ent, ctx.countries)
        if coordinated:
            is_place_label = True
        end = part_start + len(part)
        if (
            not is_place_label
            and not facility
            and not _label_overridden(ent, part, end, ctx, tokens, text, len(parts) > 1)
            and not in_possessor_region(text, part_start, part)  # "North Sinai's Al Arish"
        ):
            continue  # "Craig said", "a Justice official": a person, an organisation
        follow = re.match(r" ([A-Za-z]+)", text[end : end + 20])
        if follow and follow.group(1).lower() in ADMIN_WORDS and not gaz.lookup(part):
            if re.match(r" of\b", text[end + len(follow.group(0)) :]):
                continue  # "the Hausa region of Kano": a descriptor; Kano is the region
            if not _known_region(part):
                end += len(follow.group(0))  # "the Kilifi province": a division unknown
                part = text[part_start:end]
        out.append(
            Mention(
                part,
                part_start,
                end,
                _context_hint(text, part_start, end),
                known=is_place_label or facility,
                in_list=len(parts) > 1,
                label=ent.label_,
            )
        )
    return out
