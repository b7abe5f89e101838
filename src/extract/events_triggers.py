"""Event triggers: the per-token tests that decide whether a word reports an event.

Lookup of trigger lemmas (headline word forms too) and multi-word phrases from the lexicon,
the trigger-specific gates (needs an object, a person patient, ...), and the small readings
that fix or veto a trigger's mode: the weapon named with it, what was thrown or threatened,
tear gas fired at a crowd, an arrest raid, an accident. Kept apart from events_mentions.py,
which walks the item's tokens and builds one Mention per trigger that passes.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .events_acled import Mention
from .events_lexicon import Lexicon, Phrase, Trigger
from .events_roles import actor_class, governor, is_armed, patients

HEADLINE_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
MODE_STRENGTH = ("heavy-weapons", "explosives", "firearms", "primitive", "sexual", "beat")
THREAT_MODES = {"PROTEST": "restrict", "ASSAULT": "violence", "MOBILIZE": "violence"}
PERSONISH = ("civilian", "protester", "armed_group", "state_force")


def lookup_trigger(
    tok: Token, lemma: str, lex: Lexicon, in_headline: bool
) -> tuple[str, Trigger] | None:
    """``lemma`` is ``tok.lemma_.lower()`` (read once per item, see ``extract_event_types``)."""
    if "re" + lemma in lex.triggers and tok.i >= 2:  # "re-captured" is split by the tokenizer
        if tok.nbor(-1).text == "-" and tok.nbor(-2).lower_ == "re":
            lemma = "re" + lemma
    trig = lex.triggers.get(lemma)
    if trig is not None and (tok.pos_ in trig.pos or (in_headline and tok.pos_ in HEADLINE_POS)):
        return lemma, trig
    if in_headline and tok.pos_ in HEADLINE_POS:  # Title Case fools the tagger/lemmatiser
        low = tok.lower_
        for form in (
            low,
            low[:-1],
            low[:-2],
            low[:-3],
            low[:-1] + "e" if low.endswith("s") else "",
        ):
            if form in lex.triggers:
                return form, lex.triggers[form]
    return None


def find_phrases(
    doc: Doc, lemmas: list[str], lex: Lexicon
) -> tuple[dict[int, tuple[Phrase, int, int]], set[int]]:
    """Token index of each phrase head -> (phrase, start char, end char); covered tokens."""
    found: dict[int, tuple[Phrase, int, int]] = {}
    covered: set[int] = set()
    for i, lemma in enumerate(lemmas):
        for phrase in lex.phrases_by_first.get(lemma, ()):
            size = len(phrase.lemmas)
            window = doc[i : i + size]
            if len(window) == size and all(
                lemmas[t.i] == w or t.lower_ == w
                for t, w in zip(window, phrase.lemmas, strict=True)
            ):
                found.setdefault(i + phrase.head, (phrase, window.start_char, window.end_char))
                covered.update(range(i, i + size))
    return found, covered


def weapon_mode(tokens: list[Token], lex: Lexicon) -> str | None:
    modes = {lex.weapons.get(t.lemma_.lower()) for t in tokens}
    return next((m for m in MODE_STRENGTH if m in modes), None)


def passes_gate(tok: Token, trig: Trigger, lex: Lexicon) -> bool:
    """Trigger-specific conditions from the lexicon."""
    kids = list(tok.children)
    objs = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
    if trig.plural_only and tok.tag_ not in ("NNS", "NNPS"):
        return False
    if trig.two_sided and any(
        c.dep_ == "xcomp" or (c.dep_ == "advcl" and any(g.tag_ == "TO" for g in c.children))
        for c in kids
    ):
        return False  # "battling to combat looting" is figurative
    if trig.needs_object and not objs:
        return False
    if trig.no_object and any(c.dep_ == "dobj" for c in kids):
        return False
    if trig.needs_object_in and not any(o.lemma_.lower() in trig.needs_object_in for o in objs):
        return False
    if trig.needs_armed_of_object and not any(
        actor_class(g, lex, "patient", violent=True) == "armed_group"
        for o in objs
        for c in o.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ):
        return False
    if trig.needs_subject_in and not any(
        c.dep_ == "nsubj" and c.lemma_.lower() in trig.needs_subject_in for c in kids
    ):
        return False
    if trig.needs_prep and not any(c.dep_ == "prep" and c.lower_ in trig.needs_prep for c in kids):
        return False
    if trig.needs_from and not any(c.lower_ == "from" for c in kids):
        return False
    if trig.needs_of and not any(
        g.lemma_.lower() in trig.needs_of for c in kids if c.lower_ == "of" for g in c.children
    ):
        return False
    if trig.needs_governor:
        gov = governor(tok)
        if gov is None or gov.lemma_.lower() not in trig.needs_governor:
            return False
    if trig.needs_person_patient and not any(
        o.ent_type_ == "PERSON" or actor_class(o, lex, "patient") in PERSONISH
        for o in patients(tok)
    ):
        return False
    if trig.needs_xcomp:
        comps = [c for c in kids if c.dep_ in ("xcomp", "ccomp")]
        if not comps or not any(actor_class(o, lex, "patient") for o in objs + comps):
            return False
    if any(o.lemma_.lower() in lex.non_conflict_objects for o in objs + patients(tok)):
        return trig.event not in ("CONSULT", "SUPPORT", "RETREAT", "ASSAULT", "REQUEST")
    return True


def throw_mode(tok: Token, lex: Lexicon) -> str | None:
    """ "threw them to the ground" is a beating; "threw stones/grenades" takes the weapon's mode."""
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        if obj.pos_ == "PRON" or actor_class(obj, lex, "patient") in PERSONISH:
            return "beat"
        mode = lex.weapons.get(obj.lemma_.lower())
        if mode or obj.lemma_.lower() in ("projectile", "object", "missile"):
            return mode or "primitive"
    return ""


def used_weapon(tok: Token, lex: Lexicon) -> Token | None:
    """The weapon of "used firearms", "fired mortar rounds at", "a grenade was hurled at": an
    ASSAULT with its mode."""
    if tok.dep_ not in ("dobj", "conj", "nsubjpass") or not lex.weapons.get(tok.lemma_.lower()):
        return None
    if _less_lethal(tok, lex):
        return None  # "fired tear gas shells", "rubber bullets"
    verb = tok.head if tok.dep_ != "conj" else tok.head.head
    if tok.dep_ == "nsubjpass" and not any(
        c.dep_ == "prep" and c.lower_ in ("at", "on", "into") for c in verb.children
    ):
        return None  # "a gun was fired during a protest": no target, no attack
    if verb.lemma_.lower() in lex.use_verbs and verb.pos_ == "VERB":
        return tok
    return None


def is_arrest(tok: Token, lex: Lexicon) -> bool:
    """Does a noun hang (within three heads) on an arrest verb ("detained ... in a raid")?"""
    for _ in range(3):
        if tok.head is tok:
            return False
        tok = tok.head
        for form in (tok.lemma_.lower(), tok.lower_, tok.lower_.rstrip("s")):
            trig = lex.triggers.get(form)
            if trig is not None and trig.event == "COERCE" and trig.mode == "arrest":
                return True
    return False


def fired_less_lethal(tok: Token, lex: Lexicon) -> bool:
    """ "opened fire with rubber bullets / tear gas": the "with" weapon is less lethal."""
    return any(
        g.lemma_.lower() in lex.less_lethal or _less_lethal(g, lex)
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj"
    )


def _less_lethal(tok: Token, lex: Lexicon) -> bool:
    return any(c.lemma_.lower() in lex.less_lethal for c in tok.children if c.dep_ != "prep")


def crowd_fired_at(weapon: Token, lex: Lexicon) -> Mention | None:
    """ "fired tear gas shells at the marchers": no assault, but it attests a protest."""
    if weapon.dep_ != "dobj" or weapon.lemma_.lower() not in lex.weapons:
        return None
    if not _less_lethal(weapon, lex):
        return None
    crowd = [t for t in patients(weapon.head) if t.lemma_.lower() in lex.protester_nouns]
    if not crowd:
        return None
    c = crowd[0]
    # "fired tear gas at protesters" (a weapon with no ASSAULT mode): a protest only if
    # nothing else in the item attests one
    fallback = not lex.weapons.get(weapon.lemma_.lower())
    return Mention(
        "PROTEST",
        "demo",
        c.idx,
        c.idx + len(c),
        "protester",
        protester_span=None,
        fallback=fallback,
    )


def crowd_dispersed(tok: Token, lex: Lexicon) -> Mention | None:
    """ "used water cannon to disperse protesters": the crowd attests a protest, kept only if
    nothing else in the item does."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.dispersal_verbs:
        return None
    crowd = [t for t in patients(tok) if t.lemma_.lower() in lex.protester_nouns]
    if not crowd:
        return None
    c = crowd[0]
    return Mention(
        "PROTEST", "demo", c.idx, c.idx + len(c), "protester", protester_span=None, fallback=True
    )


def is_accident(tok: Token, lex: Lexicon) -> bool:
    """A death or injury in a sentence about a crash, flood or fire, with no weapon and no
    armed actor doing it (its subject or "by" agent): an accident, not an assault."""
    sent = list(tok.sent)
    if not any(
        t.lemma_.lower() in lex.accident_cues or t.lower_ in lex.accident_cues for t in sent
    ):
        return False
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    doers += [g for c in tok.children if c.dep_ == "agent" for g in c.children]
    armed = any(is_armed(actor_class(d, lex, "agent")) for d in doers)
    return not armed and weapon_mode(sent, lex) is None


def threat_mode(tok: Token, lex: Lexicon) -> str | None:
    for comp in (c for c in tok.children if c.dep_ in ("xcomp", "ccomp")):
        trig = lex.triggers.get(comp.lemma_.lower())
        if trig is not None:
            if trig.event == "COERCE":
                return trig.mode if trig.mode in ("arrest", "ban") else "restrict"
            return THREAT_MODES.get(trig.event)
    return None
