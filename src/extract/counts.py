"""Counts from the dependency parse: number, qualifier, counted noun, category, subsets.

One pass over the tokens finds number phrases ("56", "seven", "two hundred", "tens of
thousands", "several", "a minor", "no one"); each is then placed in the parse: the noun it
counts, the verb or noun that governs it and the role it plays there ("police killed 3
protesters": patient of kill -> killed; "3 gunmen killed ...": actor -> other; that walk is
counts_roles.py). Conventions (ACLED's vague-quantity values, what is never a count) are in
counts_lexicon.py.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from . import counts_lexicon as L
from .counts_background import is_background
from .counts_groups import group_category
from .counts_numbers import (
    EVENT_CATEGORIES,
    Phrase,
    bare_singular,
    is_not_count,
    may_start_phrase,
    phrase_at,
)
from .counts_roles import NOUNS, Found, category, object_of, participant_noun
from .documents import ParsedItem
from .models import Count, DateValue, Span


def _place(doc: Doc, phrase: Phrase) -> tuple[Token, Token | None]:
    """(anchor, counted noun): the token that attaches the phrase to the rest of the parse."""
    inside = range(phrase.start, phrase.end)
    tokens = [t for t in doc[phrase.start : phrase.end] if t.head.i not in inside or t.head == t]
    top = tokens[-1] if tokens else doc[phrase.end - 1]
    if top.dep_ in ("nummod", "quantmod", "amod", "det", "compound", "nmod", "advmod") and (
        top.head.pos_ in NOUNS or top.head.lower_ in L.PREDICATES["killed"]
    ):
        noun = top.head
        while noun.dep_ == "compound" and noun.head.pos_ in NOUNS:
            noun = noun.head
        return noun, object_of(noun)
    for t in doc[phrase.start : phrase.end]:  # "tens of thousands of Kenyans", "two of them"
        for prep in t.children:
            if prep.lower_ == "of" and prep.i >= phrase.end:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return top, (None if pobj.pos_ == "PRON" else pobj)
    return top, None


def _partitive(tokens: list[Token], phrase: Phrase, obj: Token | None) -> Token | None:
    """The group of a partitive: "three of the dead", "160 of them", "two of those held",
    "among them 50 journalists"."""
    for t in tokens[phrase.start : phrase.end]:
        for prep in t.children:
            if prep.lower_ == "of" and prep.i >= phrase.end:
                group = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if group is not None and (group.pos_ == "PRON" or group_category(group)):
                    return group
    for prep in obj.children if obj is not None else ():
        if prep.dep_ == "prep" and prep.lower_ in L.SUBSET_PREPS and prep.i < phrase.start:
            group = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if group is not None and group.pos_ == "PRON":
                return group
    return None


def _strong(tokens: list[Token], end: int) -> bool:
    return (
        end + 1 < len(tokens)
        and tokens[end].text in ("-", "–")
        and tokens[end + 1].lower_ in L.STRONG_WORDS
        and tokens[end + 1].head.pos_ == "NOUN"
    )


def _in_partitive(noun: Token) -> bool:
    """ "the dead" in "three of the dead" is the group, not a count of one."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NUM"


def _find(doc: Doc, tokens: list[Token]) -> list[Found]:
    """``tokens`` is ``list(doc)`` (``ParsedItem.tokens``): doc[i] makes a new Token each time."""
    out: list[Found] = []
    i = 0
    while i < len(doc):
        token = tokens[i]
        phrase = phrase_at(tokens, i) if may_start_phrase(token.lower_) else None
        phrase = phrase or bare_singular(token)
        if phrase is None:
            i += 1
            continue
        i = max(phrase.end, i + 1)
        obj: Token | None
        if phrase.kind == "one" and tokens[phrase.start].dep_ == "det":
            noun = tokens[phrase.start].head
            if noun.pos_ == "ADJ" and noun.head.lower_ in L.PREDICATES["killed"]:
                noun = noun.head  # "a minor dead" parsed as det -> "minor" -> "dead"
            if noun.tag_ != "NN" and noun.lower_ not in L.PREDICATES["killed"]:
                continue
            if noun.lower_ in L.NUMBER_OF_NOUNS:  # "a number of": the next phrase reads it
                continue
            if _in_partitive(noun):
                continue
            if tokens[phrase.start].lower_ == "the" and noun.pos_ == "ADJ":
                continue  # "the dead", "the injured": a group, not one person
            anchor, obj = noun, object_of(noun)
        elif phrase.kind == "one":
            anchor = obj = tokens[phrase.start]
        elif _strong(tokens, phrase.end):  # "a 5,000-strong march"
            anchor = obj = tokens[phrase.end + 1].head
            if obj.lemma_.lower() in L.PROTEST_NOUNS or obj.lower_ in L.CROWD_NOUNS:
                out.append(Found(phrase, anchor, obj, "participants"))
            continue
        else:
            anchor, obj = _place(doc, phrase)
        if is_not_count(tokens, phrase, obj):
            continue
        found = Found(phrase, anchor, obj, "other")
        found.category = category(anchor, found)
        if obj is not None and obj.lemma_.lower() in L.EVENT_NOUNS:
            found.category = "other"  # "held a vigil", "captured 3 towns": not people
        if found.category == "other" and participant_noun(obj):
            found.category = "participants"
        found.partitive = _partitive(tokens, phrase, obj)
        if found.partitive is not None:  # "three of the dead were students": killed
            found.category = group_category(found.partitive) or found.category
        out.append(found)
    return out


def _keep(found: Found, kept: list[Found]) -> bool:
    """Drop singular nouns, zeros and vague words that count nothing the data team tracks."""
    phrase = found.phrase
    if phrase.kind in ("one", "zero"):
        if found.category not in EVENT_CATEGORIES:
            return False
        # "the officer" is a first mention only if nothing in its category was counted before.
        first = phrase.start < len(found.anchor.doc) and found.anchor.doc[phrase.start]
        if first and first.lower_ == "the":
            return not any(k.category == found.category for k in kept)
        return True
    if phrase.value == 1 and found.category not in EVENT_CATEGORIES:
        return False  # "one protester said"
    if found.category == "other" and (found.obj is None or phrase.kind == "fuzzy"):
        return False  # "two of them", "several members": nothing a data team tracks
    for k in kept:  # the same figure said twice ("39 civilians ... the 39 civilians")
        if (
            k.phrase.value == phrase.value
            and k.category == found.category
            and k.obj is not None
            and found.obj is not None
            and k.obj.lemma_ == found.obj.lemma_
        ):
            return False
    return True


def _group(doc: Doc, f: Found, kept: list[Found]) -> int | None:
    """Index of the count a partitive is part of: the last one of the group's category
    ("of the dead"), or for a pronoun ("of them") the last event count nearby."""
    assert f.partitive is not None
    wanted = group_category(f.partitive)
    sent = doc[f.phrase.start].sent.start
    for j in range(len(kept) - 1, -1, -1):
        k = kept[j]
        if k.category == "other" or (wanted and k.category != wanted):
            continue
        if wanted or k.anchor.sent.start >= sent - 40:
            return j
        return None
    return None


def _restates(headline: Found, body: Found) -> bool:
    h, b = headline.phrase, body.phrase
    if h.value == b.value:
        return True
    vague = h.qualifier == "vague" and h.low is not None and h.high is not None
    in_range = vague and b.value is not None and h.low <= b.value <= h.high  # type: ignore[operator]
    return in_range and headline.category == body.category


def _date_of(found: Found, dates: list[DateValue], text: str) -> DateValue | None:
    """The date closest to the count within its sentence ("37 yesterday", "on Friday")."""
    doc = found.anchor.doc
    sent = doc[found.phrase.start].sent
    span = doc[found.phrase.start : found.phrase.end]
    inside = [
        d
        for d in dates
        if sent.start_char <= d.start
        and not text[max(0, d.start - 6) : d.start].lower().endswith("since ")  # a period's start
        and d.end <= sent.end_char
        and (d.end <= span.start_char or d.start >= span.end_char)
    ]
    # The gap to the count with its noun: "two killed on Monday and a third on Tuesday".
    lo = span.start_char
    hi = span.end_char
    if found.obj is not None and found.obj.idx >= hi:
        hi = found.obj.idx + len(found.obj.text)

    def gap(d: DateValue) -> int:
        return d.start - hi if d.start >= hi else lo - d.end

    # A day beats a year or month named in passing ("the march that, in 2000, ...").
    return min(inside, key=lambda d: (d.precision not in ("day", "week"), gap(d)), default=None)


def extract_counts(parsed: ParsedItem, dates: list[DateValue]) -> list[Count]:
    doc = parsed.doc
    found = _find(doc, parsed.tokens)
    kept: list[Found] = []
    subset_of: dict[int, Found] = {}  # id(found) -> the count it is part of
    for f in found:
        if f.partitive is not None and kept:
            group = _group(doc, f, kept)
            if group is not None:
                subset_of[id(f)] = kept[group]
                if f.category == "other":  # "160 of them", "two of them minors"
                    f.category = kept[group].category
        if f.category == "other" and f.obj is None and kept:
            nxt = f.phrase.end < len(doc) and doc[f.phrase.end]
            dated = nxt and (nxt.ent_type_ == "DATE" or any(d.start == nxt.idx for d in dates))
            prev = kept[-1]
            here = doc[f.phrase.start].sent.start
            # the same sentence, the one just before, or a few short ones back
            near = prev.anchor.sent.start >= here - 40 or prev.anchor.sent.end >= here
            if (f.elliptic or dated) and prev.category != "other" and near:
                f.category = prev.category
        if _keep(f, kept):
            kept.append(f)
    body = [f for f in kept if doc[f.phrase.start].idx >= parsed.body_start]
    # A headline repeats the body's figures ("Dozens Killed" for "at least 40 ... killed");
    # keep a headline count only when it is news.
    kept = [
        f
        for f in kept
        if doc[f.phrase.start].idx >= parsed.body_start
        or (f.category != "other" and not any(_restates(f, b) for b in body))
    ]
    counts: list[Count] = []
    for f in kept:
        part_of: int | None = None
        whole = subset_of.get(id(f))
        if whole is not None and any(k is whole for k in kept):
            part_of = next(j for j, k in enumerate(kept) if k is whole)
        elif f.parent is not None:
            part_of = next(
                (j for j, k in enumerate(kept) if f.parent in (k.anchor, k.obj) and k is not f),
                None,
            )
            if part_of is None and f.parent.pos_ in ("VERB", "AUX", "ADP"):
                # "Four killed, including one soldier": "including" hangs on the verb
                # (or on a preposition: "by the evening to 133, including three children").
                sent = doc[f.phrase.start].sent
                before = [
                    j
                    for j, k in enumerate(kept)
                    if sent.start <= k.phrase.start < f.phrase.start and k.category != "other"
                ]
                part_of = before[-1] if before else None
            elif part_of is None and f.category != "other":
                # "eleven children were among the dead": a subset of the last such count
                before = [
                    j
                    for j, k in enumerate(kept)
                    if k.phrase.start < f.phrase.start
                    and k.category == f.category
                    # not a sibling: "included two children and an officer"
                    and (k.parent is None or k.parent.lower_ != f.parent.lower_)
                ]
                part_of = before[-1] if before else None
            if part_of is not None and f.category == "other":
                f.category = kept[part_of].category
        span = doc[f.phrase.start : f.phrase.end]
        obj = f.obj
        counts.append(
            Count(
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                value=f.phrase.value,
                low=f.phrase.low,
                high=f.phrase.high,
                qualifier=f.phrase.qualifier,  # type: ignore[arg-type]
                object=None
                if obj is None
                else Span(text=obj.text, start=obj.idx, end=obj.idx + len(obj.text)),
                category=f.category,  # type: ignore[arg-type]
                part_of=part_of,
                date=_date_of(f, dates, parsed.item.text),
                background=f.category in EVENT_CATEGORIES and is_background(f),
            )
        )
    return counts
