"""Event types: PLOVER event/mode pairs with trigger spans and their ACLED equivalent.

One pass over the tokens finds triggers (lemmas and multi-word phrases from the lexicon in
data/event_lexicon.json); each is kept only if it reports something that happened (not
negated, modal, called for or a purpose clause). The parse gives who acts on whom, which
turns e.g. a "strike" by air forces into ASSAULT, violence by protesters into PROTEST/riot,
and decides the ACLED type. One EventType per (event, mode), primary first.

This module holds the record-level step: mentions found by events_mentions.py (per-token
tests in events_triggers.py) are recoded in the light of the whole item (violence inside a
protest is a riot), given their ACLED type and ranked.
"""

from __future__ import annotations

from spacy.tokens import Token

from .documents import ParsedItem
from .events_acled import (
    Mention,
    acled_for,
    follow_remote,
    non_violent_transfer,
    parse_facts,
    rank,
    record_context,
)
from .events_lexicon import Lexicon, lexicon
from .events_mentions import find_mentions
from .models import EventType, Span


def _lemma(tok: Token, lemma: str, lex: Lexicon) -> str:
    """A past form the lemmatiser cut wrong ("raped" -> "rap") is read as its trigger."""
    low = tok.lower_
    if low == lemma + "ed" and tok.tag_ in ("VBD", "VBN"):
        return lemma + "e"
    return lemma


def extract_event_types(parsed: ParsedItem) -> list[EventType]:
    lex = lexicon()
    # Speed: every token's lemma is read by three passes; spaCy looks it up on each access.
    lemmas = [t.lemma_.lower() for t in parsed.tokens]
    for i, lemma in enumerate(lemmas):
        if lemma + "e" in lex.triggers and lemma not in lex.triggers:  # rare: read the token
            lemmas[i] = _lemma(parsed.tokens[i], lemma, lex)
    agent_memo: dict[int, str | None] = {}
    mentions = find_mentions(parsed, lemmas, lex, agent_memo)
    if not mentions:
        return []  # the context below only qualifies mentions
    facts = parse_facts(parsed.tokens, lemmas, lex, agent_memo)
    ctx = record_context(facts, mentions, lex)
    if ctx.protest:  # violence by the protesting crowd itself (students, residents) is a riot
        for m in mentions:
            crowd = m.agents and all(c in ("civilian", "mob") for c in m.agents)
            # "clashes near the square", "two officers were injured": no side named, no armed
            # group about: the protest turned violent
            # ..., "cars stoned and buses torched": no one named, property hit
            unnamed = (
                not m.agents
                and not ctx.armed_present
                and (
                    m.two_sided
                    or (bool(m.patients) and set(m.patients) == {"state_force"})
                    or (
                        bool(m.patient_lemmas)
                        and not m.person_patients
                        and not set(m.patients) & {"state_force", "armed_group"}
                    )
                )
            )
            if (
                m.event == "ASSAULT"
                and not m.grievance
                and (crowd or unnamed or (m.mode == "destroy" and not m.agents))
            ):
                m.event, m.mode = "PROTEST", "riot"
        ctx = record_context(facts, mentions, lex)
    for m in mentions:
        m.acled = acled_for(m, ctx, lex)
    non_violent_transfer(mentions)
    follow_remote(mentions, lex, parsed.doc)
    best: dict[tuple[str, str | None], Mention] = {}
    for m in mentions:
        key = (m.event, m.mode)
        if key not in best or rank(m, lex) < rank(best[key], lex):
            best[key] = m
    text = parsed.item.text
    return [
        EventType(
            event=m.event,
            mode=m.mode,
            trigger=Span(text=text[m.start : m.end], start=m.start, end=m.end),
            acled_event_type=m.acled[0],
            acled_sub_event_type=m.acled[1],
        )
        for m in sorted(best.values(), key=lambda m: rank(m, lex))
    ]
