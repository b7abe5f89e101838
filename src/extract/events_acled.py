"""PLOVER mentions -> ACLED event_type / sub_event_type, and the primary-first ordering.

ACLED codes one event per report; its choice follows who acts on whom (see
docs/event_types.md). Each mention is mapped with the record's context: whether a protest
is reported, whether state forces used lethal force in it, whether they intervened.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .events_lexicon import Lexicon
from .events_roles import agent_class, is_subject

ACLED = tuple[str | None, str | None]
NONE: ACLED = (None, None)
TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")
# ranked first: ACLED codes a report by its change of territory
TERRITORY_RANKED = (*TERRITORY, "Non-violent transfer of territory")


@dataclass
class Mention:
    """One factual trigger with the actor classes the parse gives it."""

    event: str
    mode: str | None
    start: int
    end: int
    lemma: str
    agents: list[str] = field(default_factory=list)
    patients: list[str] = field(default_factory=list)
    patient_lemmas: list[str] = field(default_factory=list)
    agent_lemmas: list[str] = field(default_factory=list)
    person_patients: list[str] = field(default_factory=list)  # classes of persons acted on
    named_side: bool = False  # a side of a clash is named ("between the Koro and the Baka")
    doer: bool = False  # a subject names who did it, even one of no known class ("a group")
    off_duty: bool = False  # the victim was at home or off duty: ACLED counts a civilian
    two_sided: bool = False
    protester_span: tuple[int, int] | None = None  # "protesters" as agent or patient
    grievance: bool = False  # what a protest is against: never the primary event
    fallback: bool = False  # a protesters' demand: a PROTEST only if nothing else attests one
    remote_sub: str | None = None  # ACLED Explosions/Remote violence sub-event, from weapons
    acled: ACLED = NONE


@dataclass(frozen=True)
class Context:
    """What the whole record reports, for protest sub-events and agent-less violence."""

    armed_present: bool
    protest: bool
    riot: bool
    excessive: bool
    intervention: bool
    state_present: bool


def _armed(classes: list[str]) -> bool:
    return any(c in ("state_force", "armed_group") for c in classes)


def lethal_by_state(m: Mention, lex: Lexicon, ctx_state: bool) -> bool:
    """State forces killing or shooting (or an agent-less toll where the state is the actor)."""
    if m.event != "ASSAULT" or "armed_group" in m.agents or _armed(m.patients):
        return False
    lethal = m.lemma in lex.lethal_lemmas or m.mode == "firearms"
    state = "state_force" in m.agents or (not m.agents and ctx_state)
    return lethal and state


def _assault(m: Mention, ctx: Context, lex: Lexicon) -> ACLED:
    if m.remote_sub:
        return ("Explosions/Remote violence", m.remote_sub)
    if "mob" in m.agents and not _armed(m.agents) and not m.two_sided:
        return ("Riots", "Mob violence")  # (herders in a clash: the two-sided rules below)
    if m.mode == "destroy" and m.person_patients and not _armed(m.person_patients):
        return ("Violence against civilians", "Attack")  # people set alight
    if m.mode == "destroy" and not _armed(m.patients):
        if not m.agents and any(a not in lex.weapons for a in m.agent_lemmas):
            return ("Riots", "Mob violence")  # "burnt by angry depositors": a crowd's riot
        return ("Strategic developments", "Looting/property destruction")
    if m.two_sided:  # clashes: armed on both sides is a battle, else a riot
        if "armed_group" in m.agents or (not m.agents and ctx.armed_present):
            return ("Battles", "Armed clash")
        if m.agents and all(c == "state_force" for c in m.agents):
            return ("Battles", "Armed clash")
        if ctx.protest:
            return ("Riots", "Violent demonstration")
        if m.mode == "firearms" or m.lemma in lex.battle_lemmas:
            return ("Battles", "Armed clash")  # an exchange of fire, "heavy fighting": armed
        # outside a protest, communities fighting ("clashes between herders and farmers",
        # "clan fighting") are communal militias to ACLED: a battle; police against traders,
        # rival party supporters, unnamed sides: a riot
        sides = set(m.agent_lemmas) | set(m.patient_lemmas)
        communal = m.named_side or not sides.isdisjoint(lex.communal_nouns)
        if m.named_side or ("state_force" not in m.agents and communal):
            return ("Battles", "Armed clash")
        return ("Riots", "Mob violence")
    if m.mode == "assassinate" and "armed_group" not in m.patients:
        return ("Violence against civilians", "Attack")  # an officer killed off duty, an official
    if m.off_duty and m.person_patients and set(m.person_patients) == {"state_force"}:
        if "state_force" not in m.agents or m.mode == "beat":
            return ("Violence against civilians", "Attack")  # an officer attacked at home
    individual = m.mode in ("beat", "torture", "sexual") and set(m.patients) == {"state_force"}
    if _armed(m.agents) and _armed(m.patients) and not individual:
        return ("Battles", "Armed clash")  # (soldiers beating an off-duty officer: no battle)
    if not m.agents and _armed(m.patients):
        return ("Battles", "Armed clash")  # security forces attacked by unnamed assailants
    if ctx.protest and lethal_by_state(m, lex, ctx.state_present):
        return ("Protests", "Excessive force against protesters")
    if ctx.protest and "state_force" in m.agents and not _armed(m.patients):
        return ("Protests", "Protest with intervention")  # beating, tear gas, dispersal
    if m.lemma == "raid" and "state_force" in m.agents:
        return ("Strategic developments", "Other")  # a police raid on an office or homes
    if "state_force" in m.agents and not m.patients and ctx.armed_present:
        return ("Battles", "Armed clash")  # "troops killed two" in an operation against a group
    civilians = "civilian" in m.patients or not m.patients
    if m.mode in ("sexual", "abduct") and not _armed(m.patients):
        sub = "Sexual violence" if m.mode == "sexual" else "Abduction/forced disappearance"
        return ("Violence against civilians", sub)
    if civilians and (m.agents or m.doer or m.mode or m.lemma not in lex.toll_lemmas):
        return ("Violence against civilians", "Attack")
    return NONE


def _coerce(m: Mention, ctx: Context, lex: Lexicon) -> ACLED:
    if m.mode == "arrest":
        return ("Strategic developments", "Arrests")
    if m.mode != "confiscate":
        return NONE  # curfews, bans, emergency rule: no ACLED sub-event fits (documented)
    if ctx.protest and not _armed(m.agents):
        return NONE  # protesters "taking control of a bus": part of their protest
    if any(p in lex.weapon_objects for p in m.patient_lemmas) or m.lemma == "defuse":
        return ("Strategic developments", "Disrupted weapons use")
    people = m.person_patients
    if people and m.lemma not in lex.territory_lemmas:
        if "armed_group" in people or "state_force" in m.agents:
            return ("Strategic developments", "Arrests")  # "captured five militants"
        return ("Violence against civilians", "Abduction/forced disappearance")  # "seized four"
    place = any(p in lex.place_nouns for p in m.patient_lemmas) or "place" in m.patients
    if place or m.lemma in lex.territory_lemmas:
        state = "state_force" in m.agents or (not m.agents and ctx.state_present)
        if m.lemma in ("recapture", "retake") or state:
            return ("Battles", "Government regains territory")
        return ("Battles", "Non-state actor overtakes territory")
    return ("Strategic developments", "Looting/property destruction")


def acled_for(m: Mention, ctx: Context, lex: Lexicon) -> ACLED:
    if m.event == "PROTEST":
        if m.mode == "riot" or ctx.riot:
            return ("Riots", "Violent demonstration")
        if ctx.excessive:
            return ("Protests", "Excessive force against protesters")
        if ctx.intervention:
            return ("Protests", "Protest with intervention")
        return ("Protests", "Peaceful protest")
    if m.event == "ASSAULT":
        return _assault(m, ctx, lex)
    if m.event == "COERCE":
        return _coerce(m, ctx, lex)
    place = "place" in m.patients or not lex.place_nouns.isdisjoint(m.patient_lemmas)
    if m.event == "RETREAT" and m.mode == "withdraw" and place:
        return ("Strategic developments", "Non-violent transfer of territory")
    if m.event in ("AGREE", "SUPPORT") and m.lemma in ("ceasefire", "truce", "sign"):
        return ("Strategic developments", "Agreement")
    if m.event == "RETREAT" and m.mode == "release":
        return ("Strategic developments", "Other")  # prisoners or hostages freed
    return NONE


def non_violent_transfer(mentions: list[Mention]) -> None:
    """Ground taken with no fighting reported: by a non-state group ("rebels took control of
    the town"), or after the other side withdrew, ACLED codes a non-violent transfer of
    territory; a government retaking ground is coded a battle (its operation)."""
    if any(m.event == "ASSAULT" and not m.grievance for m in mentions):
        return
    withdrawal = any(m.event == "RETREAT" and m.mode == "withdraw" for m in mentions)
    for m in mentions:
        regained = m.lemma in ("recapture", "retake") or "state_force" in m.agents
        if m.acled[1] in TERRITORY and (withdrawal or not regained):
            m.acled = ("Strategic developments", "Non-violent transfer of territory")


def follow_remote(mentions: list[Mention], lex: Lexicon, doc: Doc) -> None:
    """A bare "killed"/"attack"/"targeted" in a record reporting an air strike, shelling or
    a bomb is that remote attack's outcome ("the strikes killed militants"): ACLED codes the
    event by its means, so it takes the remote-violence type. A kill with an acting side moves
    only when the strike stands in its sentence ("forces targeted IS with air strikes"):
    "gunmen killed twelve villagers" is their own attack, whatever bomb a later sentence
    reports. Clashes stay battles; in a record that also reports a ground attack (ambush,
    raid) nothing is moved. ``doc``: the item's parse, for its sentences."""
    strike = next((m for m in mentions if m.remote_sub), None)
    if strike is None or any(m.lemma in lex.ground_assault_lemmas for m in mentions):
        return  # a bomb and an ambush: whose toll it is, the text rarely says
    sentence_starts = [sent.start_char for sent in doc.sents]  # only for a record with a strike
    sentence = bisect_right(sentence_starts, strike.start)
    # "soldiers were killed in fighting with ...": a toll beside a clash is the clash's
    fights = {bisect_right(sentence_starts, m.start) for m in mentions if m.two_sided}
    for m in mentions:
        if bisect_right(sentence_starts, m.start) in fights:
            continue
        near = not m.agents or bisect_right(sentence_starts, m.start) == sentence
        bare = m.mode is None and near and not m.two_sided and not m.grievance
        if m.event == "ASSAULT" and bare:
            if m.acled[0] in ("Battles", "Violence against civilians"):
                m.acled = strike.acled


def rank(m: Mention, lex: Lexicon) -> tuple[int, int, int]:
    """Primary first: ACLED's most severe type (Battles ... Strategic developments), then
    mentions without an ACLED type; grievances of a protest last; ties by text position."""
    acled_type = m.acled[0]
    order = (
        lex.acled_rank.index(acled_type) if acled_type in lex.acled_rank else len(lex.acled_rank)
    )
    if m.acled[1] in TERRITORY_RANKED:
        order = -1  # ACLED codes a battle that changes territory by the territory change
    return (int(m.grievance), order, m.start)


def old_schema(event_type: str | None, sub_event_type: str | None, lex: Lexicon) -> str | None:
    """ACLED's pre-2019 event_type for a new-schema pair (for data coded before the change)."""
    if event_type is None:
        return None
    return lex.acled_old_schema.get(f"{event_type}/{sub_event_type}") or lex.acled_old_schema.get(
        event_type
    )


@dataclass(frozen=True)
class ParseFacts:
    """What the context reads of the parse alone: computed once per item, though the context
    is built again after riots are recoded."""

    state_present: bool  # a state force is a subject
    armed_present: bool  # an armed group is named
    cues: bool  # a word of intervention ("tear gas", "disperse")


def parse_facts(
    tokens: list[Token], lemmas: list[str], lex: Lexicon, agent_memo: dict[int, str | None]
) -> ParseFacts:
    return ParseFacts(
        state_present=any(
            agent_class(t, lex, agent_memo) == "state_force"
            for t in tokens
            if is_subject(t) and t.head.lemma_.lower() not in lex.speech_verbs  # "police said"
        ),
        armed_present=any(
            agent_class(t, lex, agent_memo) == "armed_group"
            for t in tokens
            if t.pos_ in ("NOUN", "PROPN")
        ),
        cues=_cues(tokens, lemmas, lex),
    )


def _cues(tokens: list[Token], lemmas: list[str], lex: Lexicon) -> bool:
    """A word of intervention. "police broke up the rally" is one; "talks broke down" is not."""
    hits = lex.intervention_cues.intersection(lemmas)  # Speed: a set test first
    if hits - {"break"}:
        return True
    return bool(hits) and any(
        any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children)
        for t, lemma in zip(tokens, lemmas, strict=True)
        if lemma == "break"
    )


def record_context(facts: ParseFacts, mentions: list[Mention], lex: Lexicon) -> Context:
    state = facts.state_present
    protest = any(m.event == "PROTEST" for m in mentions)
    arrests = any(
        m.mode == "arrest" and any(c in ("protester", "civilian") for c in m.patients)
        for m in mentions
    )
    return Context(
        armed_present=facts.armed_present,
        protest=protest,
        riot=any(m.mode == "riot" for m in mentions),
        excessive=protest
        and any(lethal_by_state(m, lex, state) for m in mentions if not m.grievance),
        intervention=facts.cues or arrests,
        state_present=state,
    )
