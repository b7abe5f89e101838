"""Readings of one trigger in its sentence, for events_mentions.py: is the doer an aircraft
(an air strike), are the victims persons, is a side of a clash a named group, was the victim
off duty, does a purpose clause or a crowd of protesters attest a protest. Each is a small
test on the parse; the word lists are in the lexicon.
"""

from __future__ import annotations

from spacy.tokens import Token

from .events_factual import is_factual
from .events_lexicon import Lexicon
from .events_roles import governor

PERSONAL_PRONOUNS = frozenset("he she they him her them i me we us".split())


def remote_sub(tok: Token, mode: str | None, agent_classes: list[str], lex: Lexicon) -> str | None:
    if mode not in ("heavy-weapons", "explosives", "suicide-attack", "unconventional"):
        return None
    words = {t.lemma_.lower() for t in tok.sent} | {t.lower_ for t in tok.sent}
    for sub, cues in lex.remote_subtypes:
        if words & cues:
            if sub == "Remote explosive/landmine/IED" and tok.lemma_.lower() == "bomb":
                if "state_force" in agent_classes:
                    return "Air/drone strike"  # a state "bombing" a place is an air raid
            return sub
    return "Shelling/artillery/missile attack" if mode == "heavy-weapons" else None


def air_strike(tok: Token, lex: Lexicon) -> bool:
    """ "air strikes", "jets strike", "the strikes killed nine": an attack, not a walkout."""
    if any(c.lower_ in ("air", "drone", "missile") for c in tok.children):
        return True
    if any(c.dep_ in ("compound", "nmod", "poss") and air_agent(c, lex) for c in tok.children):
        return True  # "Air Force strikes", "the air force's strikes"
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lex.toll_lemmas:
        return True
    return any(
        c.dep_ == "nsubj" and lex.weapons.get(c.lemma_.lower()) == "heavy-weapons"
        for c in tok.children
    )


def air_agent(tok: Token, lex: Lexicon) -> bool:
    """ "warplanes", "MiG jets", "the (national) air force": an aircraft as the doer."""
    if tok.lemma_.lower() in lex.air_agents or tok.lower_.rstrip("s") in lex.air_agents:
        return True
    return any(c.lower_ in ("air", "aerial") or c.lower_ in lex.air_agents for c in tok.lefts)


def named(side: Token) -> bool:
    """A side of a clash named as a group ("the FNL", "Bari and Lotuko people")."""
    if side.pos_ == "PROPN" or side.ent_type_ in ("ORG", "NORP"):
        return True
    return side.lemma_.lower() == "people" and any(
        c.pos_ == "PROPN" or c.ent_type_ == "NORP" for c in side.children
    )


def protest_purpose(tok: Token, lex: Lexicon) -> bool:
    """ "gathered to protest / to denounce", "gathered to heed a call to protest": a purpose
    clause with a protest, demand or denunciation verb in it."""
    for clause in (c for c in tok.children if c.dep_ in ("advcl", "xcomp")):
        for t in clause.subtree:
            trig = lex.triggers.get(t.lemma_.lower())
            if t.pos_ == "VERB" and trig is not None:
                if trig.event in ("PROTEST", "REQUEST", "ACCUSE"):
                    return True
    return False


def protesters_acting(
    tokens: list[Token], lemmas: list[str], lex: Lexicon
) -> tuple[int, int] | None:
    """The span of "protesters" as the subject of a clause that reports something ("a group
    of protesters sang"), or dispersed ("to disperse the protesters"): the item reports a
    protest. Not "protesters plan to march": a plan, a call, a threat is no protest yet."""
    for tok in tokens:
        if lemmas[tok.i] not in lex.protester_nouns:
            continue
        subject = tok
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":  # "a group of protesters"
            subject = tok.head.head
        verb = subject.head
        if subject.dep_ == "dobj" and verb.lemma_.lower() in lex.intervention_cues:
            return (tok.idx, tok.idx + len(tok))
        if subject.dep_ != "nsubj":
            continue
        if verb.pos_ != "VERB" and governor(subject) is None:
            return (tok.idx, tok.idx + len(tok))  # a clause the parser left verbless
        if verb.lemma_.lower() not in lex.non_factual_governors and is_factual(verb, lex):
            return (tok.idx, tok.idx + len(tok))
    return None


def off_duty(tok: Token, lex: Lexicon) -> bool:
    """ "killed in front of his home", "an off-duty soldier": the sentence puts the victim
    at home or off duty."""
    sent = tok.sent
    if "off-duty" in sent.text.lower() or "off duty" in sent.text.lower():
        return True
    return any(t.lower_ in lex.off_duty_cues or t.lemma_.lower() in lex.off_duty_cues for t in sent)


def doer(tok: Token) -> bool:
    """ "a group on motorcycles killed a man": an active verb with a subject and an object
    names a doer even when the subject has no actor class ("two killed" does not)."""
    kids = list(tok.children)
    subject = any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in kids)
    return subject and any(c.dep_ == "dobj" for c in kids)


def person_classes(toks: list[Token], each: list[str | None], lex: Lexicon) -> list[str]:
    """Actor classes of the patients that are persons (not a "village" or a "base");
    ``each``: the class of each token, as ``actor_class`` gives it."""
    out: list[str] = []
    for t, cls in zip(toks, each, strict=True):
        lemma = t.lemma_.lower()
        if lemma in lex.place_nouns or lemma in lex.property_nouns:
            continue
        if t.pos_ == "PRON" and lemma in PERSONAL_PRONOUNS:
            out.append("civilian")  # "shot him", "set them alight"
            continue
        if cls in ("armed_group", "protester", "state_force", "civilian"):
            out.append(cls)
    return out
