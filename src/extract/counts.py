"""Counts from the dependency parse: number, qualifier, counted noun, category, subsets.

One pass over the tokens finds number phrases ("56", "seven", "two hundred", "tens of
thousands", "several", "a minor", "no one"); each is then placed in the parse: the noun it
counts, the verb or noun that governs it and the role it plays there ("police killed 3
protesters": patient of kill -> killed; "3 gunmen killed ...": actor -> other). Conventions
(ACLED's vague-quantity values, what is never a count) are in counts_lexicon.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from . import counts_lexicon as L
from .counts_numbers import (
    EVENT_CATEGORIES,
    Phrase,
    bare_singular,
    is_not_count,
    may_start_phrase,
    phrase_at,
)
from .documents import ParsedItem
from .models import Count, DateValue, Span

NOUNS = frozenset({"NOUN", "PROPN"})


@dataclass
class _Found:
    phrase: Phrase
    anchor: Token  # the token that stands for the count in the parse
    obj: Token | None  # the counted noun
    category: str
    parent: Token | None = None  # anchor of the count this one is a subset of ("including")
    elliptic: bool = False  # "up from 37 yesterday": takes the category of the count before


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
        return noun, _object_of(noun)
    for t in doc[phrase.start : phrase.end]:  # "tens of thousands of Kenyans", "two of them"
        for prep in t.children:
            if prep.lower_ == "of" and prep.i >= phrase.end:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return top, (None if pobj.pos_ == "PRON" else pobj)
    return top, None


def _object_of(noun: Token) -> Token:
    """ "a minor dead" is parsed with "dead" as the head: the counted noun is "minor"."""
    if noun.lower_ in L.PREDICATES["killed"]:
        mod = next((c for c in noun.children if c.dep_ == "amod" and c.i < noun.i), None)
        return mod or noun
    return noun


def _predicate(token: Token, deps: frozenset[str] | None = None) -> str | None:
    """Category from a predicate child: "left 5 dead", "feared dead", "50 people injured"."""
    if deps is None:
        deps = _VERB_PRED if token.pos_ in ("VERB", "AUX") else _NOUN_PRED
    for child in token.children:
        if child.dep_ in deps and not any(c.dep_ in _COUNTED for c in child.children):
            for category, words in L.PREDICATES.items():
                if child.lower_ in words and child.i > token.i:
                    return category
        if child.dep_ == "prep" and child.lower_ == "to":  # "beaten to death"
            if any(c.lower_ == "death" for c in child.children):
                return "killed"
    return None


_VERB_PRED = frozenset({"oprd", "acomp", "xcomp", "ccomp", "advmod"})
_NOUN_PRED = frozenset({"acl", "amod", "appos"})
_SUBJECT_PRED = frozenset({"acomp", "xcomp"})
# "left 5 dead", "an attack, 21 arrested": the participle has its own count or subject.
_COUNTED = frozenset({"nummod", "det", "quantmod", "nsubj", "nsubjpass"})


def _verb_category(verb: Token, patient: bool) -> str | None:
    lemma = verb.lemma_.lower()
    # "left 5 dead", "shot dead a student": said of the object, not of the active subject.
    passive_like = lemma in L.REPORT_VERBS and not any(c.dep_ == "dobj" for c in verb.children)
    found = _predicate(verb, None if patient or passive_like else _SUBJECT_PRED)
    if found:
        return found
    if lemma in L.SHOOT_VERBS and any(c.lower_ in L.FATAL_SHOT for c in verb.children):
        return "killed"  # "shot dead", "gunned down", "summarily shot"
    if patient:
        if lemma in L.HOSPITALISE or (
            lemma in L.HOSPITAL_VERBS
            and any(
                p.dep_ == "prep" and any(g.lower_ in L.HOSPITAL_NOUNS for g in p.children)
                for p in verb.children
            )
        ):
            return "injured"  # "four officers were taken to hospital"
        if lemma in L.PASSIVE_DETAINED and any(c.dep_ == "auxpass" for c in verb.children):
            return "detained"  # "three men were charged"
        conjs = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        if any(c.lemma_.lower() in L.PATIENT_VERBS["killed"] for c in conjs):
            return "killed"  # "shot and killed", "kidnapped and killed"
        for category, verbs in L.PATIENT_VERBS.items():
            if lemma in verbs:
                return category
        for conj in conjs:  # "abducted and beaten"
            if not any(c.dep_.startswith("nsubj") for c in conj.children):
                return _verb_category(conj, patient)
        return None
    for category, verbs in L.SUBJECT_VERBS.items():
        if lemma in verbs or verb.lower_ in verbs:
            return category
    if lemma == "take" and any(c.lower_ == "part" for c in verb.children):
        return "participants"
    if _protest_object(verb, lemma):
        return "participants"
    return None


def _protest_object(verb: Token, lemma: str) -> bool:
    """ "held a vigil", "began a march", "went on strike", "walked out": the subject protests."""
    holds = lemma in L.HOLD_VERBS or verb.lower_.rstrip("d") in L.HOLD_VERBS  # "staged"
    for c in verb.children:
        if c.dep_ == "dobj" and holds:
            # "sit-in" is parsed as "in" with the compound "sit"
            noun = "".join(t.lower_ for t in c.subtree if t.dep_ in ("compound", "punct") or t == c)
            if c.lemma_.lower() in L.PROTEST_NOUNS or noun in L.PROTEST_NOUNS:
                return True
        if c.dep_ == "prep" and c.lower_ == "on":
            if any(g.lemma_.lower() in ("strike", "walkout") for g in c.children):
                return True
        if c.dep_ == "prt" and c.lower_ == "out" and lemma == "walk":
            return True
    return False


def _is_passive(verb: Token, dep: str) -> bool:
    """Passive subject, or a participle with no "have": "12 killed", "a soldier killed"."""
    if dep == "nsubjpass":
        return True
    if dep != "nsubj" or verb.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.lemma_ == "have" and c.dep_ == "aux" for c in verb.children):
        return False
    return not any(c.dep_ == "dobj" for c in verb.children) and verb.lemma_.lower() in _ALL_PATIENT


_ALL_PATIENT = frozenset().union(*L.PATIENT_VERBS.values())


def _category(anchor: Token, found: _Found) -> str:
    """Walk up from the counted noun to the verb or noun that says what happened to it."""
    doc = anchor.doc
    end = found.phrase.end
    if found.obj is not None and found.obj.i == end:  # "2 soldiers killed"
        role = _role_category(anchor, found)
        if role != "other":
            return role
        end += 1
    after = doc[end] if end < len(doc) else None
    # "four dead", "21 arrested", "3 killed and 10 wounded"
    if after is not None and not any(c.dep_ == "dobj" for c in after.children):
        for category, words in L.PREDICATES.items():
            if after.lower_ in words:
                return category
    return _role_category(anchor, found)


def _role_category(anchor: Token, found: _Found) -> str:
    node = anchor
    for _ in range(8):
        low = node.lower_
        for category in ("killed", "injured", "detained", "blockades"):
            if low in L.CATEGORY_NOUNS[category] and (found.phrase.kind != "one" or low == "dead"):
                return category
        dep, head = node.dep_, node.head
        if head == node:
            return _noun_predicate(node) or "other"
        if dep in ("conj", "appos") and head.pos_ not in ("VERB", "AUX"):
            predicate = _predicate(node)  # "a minor dead and 50 people injured"
            if predicate:
                return predicate
            node = head
            continue
        if head.dep_ in ("aux", "auxpass") and head.head != head:  # mis-parsed "10 IS militants"
            head = head.head
        if dep == "pobj":
            prep = head.lower_
            if prep in L.SUBSET_PREPS or head.lemma_ == "include":
                found.parent = head.head
                node = head.head
                continue
            if prep in ("from", "than"):
                found.elliptic = True
                return "other"
            verb = head.head
            if verb.lemma_.lower() in L.PATIENT_VERBS["blockades"]:
                return "blockades"
            if prep == "of" and verb.pos_ in NOUNS:  # "the bodies of 4", "the death of a man"
                node = verb
                continue
            return _noun_predicate(node) or "other"
        if head.pos_ in ("VERB", "AUX") or head.lower_ in L.PREDICATES["killed"]:
            if dep == "conj":  # "12 killed and four injured": the parse makes "four" a conj
                dep = "nsubj"
                predicate = _noun_predicate(node)
                if predicate:
                    return predicate
            among = _among(head) if dep == "nsubj" and head.lemma_ == "be" else None
            if among is not None:  # "eleven children were among the dead"
                found.parent = among[1]
                return among[0]
            patient = dep in ("dobj", "oprd") or _is_passive(head, dep)
            if dep not in ("dobj", "nsubj", "nsubjpass", "oprd", "attr"):
                return _noun_predicate(node) or "other"
            verb_category = _verb_category(head, patient)
            if verb_category is None and dep in ("nsubj", "nsubjpass"):
                for child in head.children:  # "arrived ... to take part", "reported killed"
                    if child.dep_ in ("xcomp", "advcl") and child.i > head.i:
                        verb_category = _verb_category(child, dep == "nsubjpass")
                        if verb_category:
                            break
            return verb_category or _noun_predicate(node) or "other"
        return _noun_predicate(node) or "other"
    return "other"


def _among(verb: Token) -> tuple[str, Token] | None:
    """ "were among the dead / the injured / those arrested": (category, the group's token)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in L.SUBSET_PREPS:
            continue
        for group in prep.children:
            words = {group.lower_} | {c.lower_ for c in group.children if c.dep_ == "acl"}
            for category in ("killed", "injured", "detained"):
                if words & (L.CATEGORY_NOUNS[category] | L.PREDICATES[category]):
                    return category, group
    return None


def _noun_predicate(node: Token) -> str | None:
    """A participle on the noun or on a conjunct of it: "4 police and 39 civilians killed"."""
    for token in (node, *(c for c in node.children if c.dep_ == "conj")):
        found = _predicate(token)
        if found:
            return found
    return None


def _participant_noun(obj: Token | None) -> bool:
    return obj is not None and obj.lower_ in L.CATEGORY_NOUNS["participants"]


def _find(doc: Doc, tokens: list[Token]) -> list[_Found]:
    """``tokens`` is ``list(doc)`` (``ParsedItem.tokens``): doc[i] makes a new Token each time."""
    out: list[_Found] = []
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
            anchor, obj = noun, _object_of(noun)
        elif phrase.kind == "one":
            anchor = obj = tokens[phrase.start]
        else:
            anchor, obj = _place(doc, phrase)
        if is_not_count(tokens, phrase, obj):
            continue
        found = _Found(phrase, anchor, obj, "other")
        found.category = _category(anchor, found)
        if obj is not None and obj.lemma_.lower() in L.EVENT_NOUNS:
            found.category = "other"  # "held a vigil", "captured 3 towns": not people
        if found.category == "other" and _participant_noun(obj):
            found.category = "participants"
        out.append(found)
    return out


def _keep(found: _Found, kept: list[_Found]) -> bool:
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


def _restates(headline: _Found, body: _Found) -> bool:
    h, b = headline.phrase, body.phrase
    if h.value == b.value:
        return True
    vague = h.qualifier == "vague" and h.low is not None and h.high is not None
    in_range = vague and b.value is not None and h.low <= b.value <= h.high  # type: ignore[operator]
    return in_range and headline.category == body.category


def _date_of(found: _Found, dates: list[DateValue]) -> DateValue | None:
    """The date closest to the count within its sentence ("37 yesterday", "on Friday")."""
    doc = found.anchor.doc
    sent = doc[found.phrase.start].sent
    here = doc[found.phrase.start].idx
    span = doc[found.phrase.start : found.phrase.end]
    inside = [
        d
        for d in dates
        if sent.start_char <= d.start
        and d.end <= sent.end_char
        and (d.end <= span.start_char or d.start >= span.end_char)
    ]
    # A day beats a year or month named in passing ("the march that, in 2000, ...").
    return min(
        inside,
        key=lambda d: (d.precision not in ("day", "week"), abs(d.start - here)),
        default=None,
    )


def extract_counts(parsed: ParsedItem, dates: list[DateValue]) -> list[Count]:
    doc = parsed.doc
    found = _find(doc, parsed.tokens)
    kept: list[_Found] = []
    for f in found:
        if f.category == "other" and f.obj is None and kept:
            nxt = f.phrase.end < len(doc) and doc[f.phrase.end]
            dated = nxt and (nxt.ent_type_ == "DATE" or any(d.start == nxt.idx for d in dates))
            prev = kept[-1]
            near = prev.anchor.sent.start >= doc[f.phrase.start].sent.start - 40
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
        part_of = None
        if f.parent is not None:
            part_of = next(
                (j for j, k in enumerate(kept) if f.parent in (k.anchor, k.obj) and k is not f),
                None,
            )
            if part_of is None and f.parent.pos_ in ("VERB", "AUX"):
                # "Four killed, including one soldier": "including" hangs on the verb.
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
                    if k.phrase.start < f.phrase.start and k.category == f.category
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
                date=_date_of(f, dates),
            )
        )
    return counts
