"""Factuality: does a trigger report something that happened? False for negated, modal,
called-for, planned or purpose-clause mentions ("did not attack", "plan to march", "came to
the capital to demonstrate"), and for figures of speech ("the minister came under attack").
"""

from __future__ import annotations

from spacy.tokens import Token

from .events_lexicon import Lexicon
from .events_roles import ARMED, actor_class, came_under, governor

TIME_MARKS = frozenset("while when as after before since because although though".split())


def _armed_or_thing(verb: Token, lex: Lexicon) -> bool:
    """The subject of "came under attack" is a force or a thing (a convoy, a bus), not a
    person, for whom it is a figure of speech ("the president came under attack")."""
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        cls = actor_class(subj, lex, "patient")
        if cls in ARMED or (
            cls == "civilian" and subj.ent_type_ != "PERSON" and subj.pos_ == "NOUN"
        ):
            return True
    return False


def _has_modal(tok: Token, lex: Lexicon) -> bool:
    return any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lemma_.lower() in lex.modal_lemmas)
        for c in tok.children
    )


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children)


def _no_subject(verb: Token) -> bool:
    """ "no one was killed", "no reports mention clashes": the subject is negated."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
        for c in verb.children
    )


def is_factual(tok: Token, lex: Lexicon, depth: int = 0) -> bool:
    """False for negated, modal, called-for, planned or purpose-clause mentions."""
    if depth > 4:
        return True
    if _negated(tok) or _has_modal(tok, lex):
        return False
    head = tok.head
    if tok.pos_ in ("VERB", "AUX"):
        if depth == 0 and _no_subject(tok):
            return False
        infinitival = any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)
        if tok.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in tok.children
        ):
            return True  # "prevented from entering while a group staged a protest"
        if tok.dep_ in ("xcomp", "ccomp", "advcl", "acl", "conj", "pcomp") and head is not tok:
            head_lemma = head.lemma_.lower()
            # a conjunct shares its head's subject, not its mood: "thwarted an attack and
            # killed a fighter"; it is as factual as its head
            if head_lemma in lex.non_factual_governors and tok.dep_ != "conj":
                return False
            if infinitival and head_lemma not in lex.aspectual_governors:
                return False  # purpose: "came to Nairobi to demonstrate"
            if tok.dep_ in ("conj", "xcomp") or infinitival:
                return is_factual(head, lex, depth + 1)
        return not infinitival or tok.dep_ == "ROOT"
    if tok.dep_ == "pobj" and head.lower_ in ("under", "for"):
        if came_under(tok) and _armed_or_thing(head.head, lex):
            return is_factual(head.head, lex, depth + 1)  # "a convoy came under attack"
        return False  # "under attack" (metaphor), "arrived for the protests" (purpose)
    gov = governor(tok)
    if gov is None:
        return True
    if gov.lemma_.lower() in lex.non_factual_governors:
        return False
    if tok.dep_ == "dobj" and _no_subject(gov):
        return False  # "no reports mention clashes"; but "no one died in the attack": it was
    return is_factual(gov, lex, depth + 1)
