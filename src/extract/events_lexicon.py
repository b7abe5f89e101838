"""The event-type lexicon (src/extract/data/event_lexicon.json) as typed, cached objects.

The JSON holds every word list the event stage uses: PLOVER triggers by lemma, multi-word
phrases, weapons, actor classes and the ACLED mapping tables. It is read once, on first use.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Trigger:
    """One trigger lemma: its PLOVER event/mode and the conditions that gate it."""

    event: str
    mode: str | None
    pos: frozenset[str]
    armed: tuple[str, str | None] | None = None  # event/mode when an armed actor does it
    two_sided: bool = False  # clash-like: both sides are agents
    verbal: bool = False  # a statement: not coded when protesters say it (it is their PROTEST)
    needs_protest_context: bool = False
    needs_armed: bool = False
    needs_armed_or_weapon: bool = False
    needs_object: bool = False
    no_object: bool = False  # "fired on the crowd"; a fired weapon is read as the weapon
    needs_person_patient: bool = False
    needs_xcomp: bool = False
    needs_from: bool = False
    plural_only: bool = False
    needs_governor: frozenset[str] = frozenset()
    needs_prep: frozenset[str] = frozenset()
    needs_of: frozenset[str] = frozenset()
    needs_object_in: frozenset[str] = frozenset()
    needs_subject_in: frozenset[str] = frozenset()  # "a missile landed": what the subject is
    needs_armed_of_object: bool = False  # "cleared the town of militants"


@dataclass(frozen=True)
class Phrase:
    """A multi-word trigger matched on lemmas; ``head`` indexes the trigger token."""

    lemmas: tuple[str, ...]
    event: str
    mode: str | None
    head: int
    two_sided: bool = False
    needs_governor_any: bool = False


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[str, Trigger]
    phrases: tuple[Phrase, ...]
    phrases_by_first: dict[str, tuple[Phrase, ...]]
    weapons: dict[str, str | None]
    remote_subtypes: tuple[tuple[str, frozenset[str]], ...]
    actors: dict[str, frozenset[str]]
    armed_words_in_names: frozenset[str]
    state_words_in_names: tuple[str, ...]
    place_nouns: frozenset[str]
    weapon_objects: frozenset[str]
    intervention_cues: frozenset[str]
    lethal_lemmas: frozenset[str]
    toll_lemmas: frozenset[str]
    ground_assault_lemmas: frozenset[str]  # an attack on the ground: never a strike's outcome
    battle_lemmas: frozenset[str]  # "fighting", "battle": armed sides even when unnamed
    territory_lemmas: frozenset[str]  # "retake", "dislodge", "take control": ground changes hands
    air_agents: frozenset[
        str
    ]  # "warplanes", "jets", "air force": an attack by them is an air strike
    communal_nouns: frozenset[str]  # "herders clashed with farmers": communal militias, a battle
    off_duty_cues: frozenset[str]  # "at his home", "off-duty": a security member as a civilian
    property_nouns: frozenset[str]  # "civilian" targets that are no persons (a house, a bus)
    grievance_heads: frozenset[str]
    background_preps: frozenset[str]  # "arrested ... after clashes": the clash is background
    protester_nouns: frozenset[str]
    speech_verbs: frozenset[str]  # "police said": a source, not an actor on the scene
    dispersal_verbs: frozenset[str]  # "used water cannon to disperse protesters"
    non_factual_governors: frozenset[str]
    aspectual_governors: frozenset[str]
    modal_lemmas: frozenset[str]
    non_conflict_objects: frozenset[str]
    less_lethal: frozenset[str]  # "tear gas shells", "rubber bullets": not an armed attack
    accident_cues: frozenset[str]  # "killed when a bus plunged": an accident, no ASSAULT
    curfew_governors: frozenset[str]
    use_verbs: frozenset[str]
    acled_rank: tuple[str, ...]
    acled_old_schema: dict[str, str]


_TRIGGER_SETS = ("needs_governor", "needs_prep", "needs_of", "needs_object_in", "needs_subject_in")


def _trigger(raw: dict[str, Any]) -> Trigger:
    fields = dict(raw)
    fields["pos"] = frozenset(fields["pos"])
    if fields.get("armed") is not None:
        fields["armed"] = (fields["armed"][0], fields["armed"][1])
    for name in _TRIGGER_SETS:
        if name in fields:
            fields[name] = frozenset(fields[name])
    return Trigger(**fields)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and type the lexicon once per process."""
    path = resources.files("extract") / "data" / "event_lexicon.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    phrases = tuple(Phrase(**{**raw, "lemmas": tuple(raw["lemmas"])}) for raw in data["phrases"])
    by_first: dict[str, tuple[Phrase, ...]] = {}
    for phrase in phrases:
        by_first[phrase.lemmas[0]] = by_first.get(phrase.lemmas[0], ()) + (phrase,)
    return Lexicon(
        triggers={lemma: _trigger(raw) for lemma, raw in data["triggers"].items()},
        phrases=phrases,
        phrases_by_first=by_first,
        weapons=dict(data["weapons"]),
        remote_subtypes=tuple(
            (sub, frozenset(words)) for sub, words in data["remote_subtypes"].items()
        ),
        actors={cls: frozenset(words) for cls, words in data["actors"].items()},
        armed_words_in_names=frozenset(data["armed_words_in_names"]),
        state_words_in_names=tuple(data["state_words_in_names"]),
        place_nouns=frozenset(data["place_nouns"]),
        weapon_objects=frozenset(data["weapon_objects"]),
        intervention_cues=frozenset(data["intervention_cues"]),
        lethal_lemmas=frozenset(data["lethal_lemmas"]),
        toll_lemmas=frozenset(data["toll_lemmas"]),
        ground_assault_lemmas=frozenset(data["ground_assault_lemmas"]),
        territory_lemmas=frozenset(data["territory_lemmas"]),
        battle_lemmas=frozenset(data["battle_lemmas"]),
        air_agents=frozenset(data["air_agents"]),
        communal_nouns=frozenset(data["communal_nouns"]),
        property_nouns=frozenset(data["property_nouns"]),
        off_duty_cues=frozenset(data["off_duty_cues"]),
        grievance_heads=frozenset(data["grievance_heads"]),
        background_preps=frozenset(data["background_preps"]),
        protester_nouns=frozenset(data["protester_nouns"]),
        speech_verbs=frozenset(data["speech_verbs"]),
        dispersal_verbs=frozenset(data["dispersal_verbs"]),
        non_factual_governors=frozenset(data["non_factual_governors"]),
        aspectual_governors=frozenset(data["aspectual_governors"]),
        modal_lemmas=frozenset(data["modal_lemmas"]),
        non_conflict_objects=frozenset(data["non_conflict_objects"]),
        less_lethal=frozenset(data["less_lethal"]),
        accident_cues=frozenset(data["accident_cues"]),
        curfew_governors=frozenset(data["curfew_governors"]),
        use_verbs=frozenset(data["use_verbs"]),
        acled_rank=tuple(data["acled"]["rank"]),
        acled_old_schema=dict(data["acled"]["old_schema"]),
    )
