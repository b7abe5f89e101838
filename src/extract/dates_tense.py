"""Dates, tense: which way a date's clause points (past, future, or unknown).

The year of "December 7" and the week of a bare "Friday" follow the tense of the verb the
date hangs from; prepositions and a few verbs of intent point ahead on their own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .dates_lexicon import (
    CALL_VERBS,
    FUTURE_AUX,
    FUTURE_BEFORE,
    FUTURE_PREPOSITIONS,
    FUTURE_VERBS,
    PAST_PREPOSITIONS,
    TENSE_PATH_DEPS,
)

# A verb with no tense of its own ("citing", "to meet") takes its head's through these.
CLIMB_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj"})


def tense_of(doc: Doc, text: str, start: int, end: int) -> str | None:
    """Which way the date's clause points: past, future, or None (present or unknown)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    if FUTURE_BEFORE.search(text[max(0, start - 20) : start]):
        return "future"
    if token.dep_ == "pobj" and token.head.lower_ in PAST_PREPOSITIONS:
        return "past"
    verb = _verb_of(token)
    if (
        verb is not None
        and token.dep_ == "npadvmod"
        and token.head == verb
        and verb.lemma_.lower() in CALL_VERBS
        and text[start:end].lower().startswith("this ")
        and any(c.dep_ == "prep" and c.lower_ == "for" and c.i < token.i for c in verb.children)
    ):
        return "future"  # "called for a new rally this Saturday"
    if token.dep_ == "pobj" and token.head.lower_ in FUTURE_PREPOSITIONS:
        # "by Friday" lies ahead, unless a perfect says it is past: "had filed by Wednesday"
        return "past" if verb is not None and _perfect(verb) else "future"
    return _verb_tense(verb) if verb is not None else None


def _verb_of(token: Token) -> Token | None:
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head.i == token.i or token.dep_ not in TENSE_PATH_DEPS:
            return None  # the date modifies a noun ("the Dec 7 coup"), not a verb
        token = token.head
    return None


def _verb_tense(verb: Token) -> str | None:
    for _ in range(3):
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in FUTURE_AUX for a in aux) or verb.lemma_ in FUTURE_VERBS:
            return "future"
        if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
            return "past"
        if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux):
            return "past"
        if verb.tag_ == "VBN" and not aux:
            return "past"  # "products introduced in April", "the decision, announced Friday"
        if verb.dep_ not in CLIMB_DEPS or verb.head.i == verb.i:
            break
        if verb.dep_ in ("advcl", "conj") and _has_tense(verb, aux):
            break
        infinitive = any(a.tag_ == "TO" for a in aux)
        if verb.dep_ in ("xcomp", "ccomp") and (
            verb.head.lower_ == "going" or verb.head.lemma_ == "be"
        ):
            return "future"  # "going to meet", "is to resume"
        if infinitive:
            # "agreed to buy it in February": the infinitive lies after its verb, so only
            # a future verb carries over ("will try to meet on Friday"), not a past one
            return "future" if _verb_tense(verb.head) == "future" else None
        verb = verb.head
    return None


def _perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _has_tense(verb: Token, aux: list[Token]) -> bool:
    """A finite verb ("says") or one with its own auxiliary keeps its own (present) tense."""
    return verb.tag_ in ("VBZ", "VBP") or any(a.tag_ != "TO" for a in aux)
