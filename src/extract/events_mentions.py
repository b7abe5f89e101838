"""Event mentions: one walk over an item's tokens that turns triggers into Mentions.

Each trigger (a lemma, a phrase or a weapon "used"/"fired") that reports something that
happened becomes a Mention carrying who acts on whom; the actors recode it (violence by
protesters is PROTEST/riot, a crowd looting is a riot). Protest-only triggers are kept when
the item attests a protest. The per-token tests live in events_triggers.py; the record-level
recoding and ranking in events.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from .dates_lexicon import DATING_PREPOSITIONS
from .documents import ParsedItem
from .events_acled import Mention
from .events_factual import is_factual
from .events_lexicon import Lexicon
from .events_readings import (
    air_agent,
    air_strike,
    doer,
    named,
    off_duty,
    person_classes,
    protest_purpose,
    protesters_acting,
    remote_sub,
)
from .events_roles import (
    actor_class,
    agent_class,
    agents,
    classes,
    co_agents,
    governor,
    is_armed,
    is_subject,
    patients,
)
from .events_triggers import (
    crowd_dispersed,
    crowd_fired_at,
    find_phrases,
    fired_less_lethal,
    is_accident,
    is_arrest,
    lookup_trigger,
    passes_gate,
    threat_mode,
    throw_mode,
    used_weapon,
    weapon_mode,
)


def _background(tok: Token, lex: Lexicon) -> bool:
    """ "arrested 37 people after clashes", "detained four for their role in an attack",
    "sentenced for stealing": what the arrest or sentence is for is its background."""
    prep_seen = False
    for anc in tok.ancestors:
        if anc.dep_ == "prep" and anc.lower_ in lex.background_preps:
            prep_seen = True
        if anc.pos_ in ("VERB", "AUX"):
            trig = lex.triggers.get(anc.lemma_.lower())
            return prep_seen and trig is not None and trig.event in ("COERCE", "SANCTION")
    return False


def _grievance(tok: Token, lex: Lexicon) -> bool:
    """A killing "protested against" is the protest's grievance, not the record's main event;
    a clash the arrests followed is their background. Neither is ever primary."""
    if _background(tok, lex):
        return True
    for anc in tok.ancestors:
        if anc.lemma_.lower() in lex.grievance_heads:
            return True
        if anc.pos_ == "VERB" and anc.dep_ in ("ROOT", "conj"):
            return False
    return False


def _mention(
    tok: Token,
    lemma: str,
    event: str,
    mode: str | None,
    span: tuple[int, int],
    two_sided: bool,
    lex: Lexicon,
    memory: list[str],
) -> Mention | None:
    agent_toks = agents(tok)
    own = [a for a in agent_toks if span[0] <= a.idx < span[1]]
    if own:  # "a looting spree": the phrase's own word is not its doer; the clause's subject is
        gov = governor(tok)
        agent_toks = [a for a in agent_toks if a not in own] or (agents(gov) if gov else [])
    co_toks = co_agents(tok) if two_sided else []
    if co_toks and tok.pos_ in ("NOUN", "PROPN"):
        # "arrested 37 after clashes between two villages": the sides are named; the
        # governing verb's subject (the police) is not one of them
        agent_toks = [c for c in tok.children if c.dep_ in ("poss", "compound")]
    violent = event in ("ASSAULT", "COERCE")  # a named group doing or suffering violence is armed
    agent_cls = classes(agent_toks, lex, "agent", memory, violent=violent)
    # not the phrase's own words ("set alight": "alight" is no patient)
    patient_toks = [p for p in patients(tok) if not span[0] <= p.idx < span[1]]
    if not patient_toks and tok.dep_ == "conj":  # "were doused and set alight"
        patient_toks = [c for c in tok.head.children if c.dep_ in ("dobj", "nsubjpass")]
    # Speed: each patient's class is read once, for the classes and for the persons
    each = [actor_class(t, lex, "patient", memory, 0, violent) for t in patient_toks]
    patient_cls = [c for c in each if c]
    patient_cls += ["place" for p in patient_toks if p.ent_type_ in ("GPE", "LOC", "FAC")]
    person_patients = person_classes(patient_toks, each, lex) if violent else []
    if event == "ASSAULT" and mode is None and any(air_agent(t, lex) for t in agent_toks):
        mode = "heavy-weapons"  # "the air force launched raids", "warplanes targeted"
    sides = agent_toks + co_toks
    if two_sided:
        agent_cls += classes(co_toks, lex, "agent", memory, violent=True)
    if event in ("REQUEST", "ACCUSE") and "protester" in agent_cls:
        # demands voiced by protesters are their PROTEST: kept only if nothing else attests it
        return Mention("PROTEST", "demo", span[0], span[1], lemma, agent_cls, fallback=True)
    if event == "ASSAULT" and mode != "destroy":  # the weapon named with the act decides the
        # mode ("shot with arrows"); burning stays property destruction ("torched and stoned")
        mode = weapon_mode(list(tok.subtree), lex) or mode or weapon_mode(list(tok.sent), lex)
    if (event == "ASSAULT" or mode == "confiscate") and "protester" in agent_cls:
        event, mode = "PROTEST", "riot"  # violence or looting by protesters is a riot
    elif (
        mode in ("destroy", "confiscate")
        and ("mob" in agent_cls or ("civilian" in agent_cls and mode == "destroy"))
        and not any(map(is_armed, agent_cls))
        and not person_patients  # a crowd setting people alight attacks them (mob violence)
    ):
        event, mode = "PROTEST", "riot"  # a crowd (students, residents) looting or burning
    elif "protester" in agent_cls and two_sided:
        event, mode = "PROTEST", "riot"
    crowd = [t for t in agent_toks + patient_toks if t.lemma_.lower() in lex.protester_nouns]
    return Mention(
        protester_span=(crowd[0].idx, crowd[0].idx + len(crowd[0])) if crowd else None,
        event=event,
        mode=mode,
        start=span[0],
        end=span[1],
        lemma=lemma,
        agents=agent_cls,
        grievance=_grievance(tok, lex),
        patients=patient_cls,
        patient_lemmas=[p.lemma_.lower() for p in patient_toks],
        agent_lemmas=[a.lemma_.lower() for a in sides],
        named_side=any(map(named, sides)),
        person_patients=person_patients,
        doer=doer(tok),
        off_duty="state_force" in person_patients and off_duty(tok, lex),
        two_sided=two_sided,
        remote_sub=remote_sub(tok, mode, agent_cls, lex) if event == "ASSAULT" else None,
    )


def find_mentions(
    parsed: ParsedItem, lemmas: list[str], lex: Lexicon, agent_memo: dict[int, str | None]
) -> list[Mention]:
    """The item's event mentions in text order; ``lemmas`` are its tokens' lower lemmas."""
    doc = parsed.doc
    phrases, covered = find_phrases(doc, lemmas, lex)
    if (
        not phrases
        and parsed.body_start == 0  # a headline is read by word forms too (see lookup_trigger)
        and lex.triggers.keys().isdisjoint(lemmas)
        and lex.weapons.keys().isdisjoint(lemmas)
        and lex.protester_nouns.isdisjoint(lemmas)
        and lex.dispersal_verbs.isdisjoint(lemmas)
    ):
        return []  # Speed: no token can start a mention; skip the walk over the subjects
    memory: list[str] = []  # actor classes of recent subjects, for pronoun agents
    mentions: list[Mention] = []
    deferred: list[Mention] = []
    for tok in parsed.tokens:
        in_headline = tok.idx < parsed.body_start
        if is_subject(tok):
            cls = agent_class(tok, lex, agent_memo)
            if cls:
                memory.append(cls)
        if tok.i in phrases:
            phrase, start, end = phrases[tok.i]
            anchor = tok
            if phrase.needs_governor_any:  # "ordered to stay in their homes" = curfew
                gov = tok.head if tok.head.lemma_.lower() in lex.curfew_governors else None
                if gov is None:
                    continue
                anchor, start, end = gov, gov.idx, gov.idx + len(gov)
            elif not in_headline and not is_factual(tok, lex):
                continue
            if phrase.mode == "firearms" and fired_less_lethal(tok, lex):
                continue  # "opened fire with rubber bullets": no armed attack
            m = _mention(
                anchor,
                anchor.lemma_.lower(),
                phrase.event,
                phrase.mode,
                (start, end),
                phrase.two_sided,
                lex,
                memory,
            )
            if m:
                mentions.append(m)
            continue
        # Speed: both weapon tests below need a weapon word; most tokens are not one.
        is_weapon = lemmas[tok.i] in lex.weapons  # "gas" has no ASSAULT mode but is one
        crowd_mention = crowd_fired_at(tok, lex) if is_weapon else None
        if crowd_mention is None and lemmas[tok.i] in lex.dispersal_verbs:
            crowd_mention = crowd_dispersed(tok, lex)
        if crowd_mention is not None:
            mentions.append(crowd_mention)
            continue
        weapon = used_weapon(tok, lex) if is_weapon else None
        if weapon is not None and not in_headline and is_factual(tok.head, lex):
            m = _mention(
                tok.head,
                tok.head.lemma_.lower(),
                "ASSAULT",
                lex.weapons[weapon.lemma_.lower()],
                (weapon.idx, weapon.idx + len(weapon)),
                False,
                lex,
                memory,
            )
            if m:
                mentions.append(m)
            continue
        found = lookup_trigger(tok, lemmas[tok.i], lex, in_headline)
        if found is None or tok.i in covered or (tok.ent_type_ == "DATE" and _month_word(tok)):
            continue  # "March 21" is a month, not a march
        lemma, trig = found
        if in_headline and trig.needs_governor:
            continue  # "Leaves A Minor Dead": a headline's parse cannot carry the gate
        if not in_headline and (not is_factual(tok, lex) or not passes_gate(tok, trig, lex)):
            continue
        event, mode = trig.event, trig.mode
        if lemma == "throw":
            mode = throw_mode(tok, lex)
            if mode == "":
                continue
        if event == "THREATEN":
            mode = threat_mode(tok, lex)
        agent_cls = classes(agents(tok), lex, "agent", memory)
        if trig.needs_armed and not any(
            is_armed(c) for c in agent_cls + classes(co_agents(tok), lex, "agent", memory)
        ):
            continue
        if trig.needs_armed_or_weapon and not (
            any(is_armed(c) for c in agent_cls) or weapon_mode(list(tok.subtree), lex)
        ):
            continue
        if event == "ASSAULT" and mode is None and is_accident(tok, lex):
            continue  # "nine were killed when a bus plunged into a ravine"
        if lemma == "raid" and tok.pos_ in ("NOUN", "PROPN") and is_arrest(tok, lex):
            continue  # "police detained eight in a raid": an arrest operation
        if trig.armed is not None and any(is_armed(c) for c in agent_cls):
            event, mode = trig.armed
        if lemma == "strike" and air_strike(tok, lex):
            event, mode = "ASSAULT", "heavy-weapons"
        m = _mention(
            tok, lemma, event, mode, (tok.idx, tok.idx + len(tok)), trig.two_sided, lex, memory
        )
        if m:
            purpose = trig.needs_protest_context and protest_purpose(tok, lex)
            (deferred if trig.needs_protest_context and not purpose else mentions).append(m)
    if any(m.event == "PROTEST" for m in mentions):
        mentions.extend(deferred)
    if not any(m.event == "PROTEST" and not m.fallback for m in mentions):
        # "police shot at protesters", "protesters demanded": these attest a protest
        crowd = next((m.protester_span for m in mentions if m.protester_span), None)
        if crowd is None:  # "protesters sang and waved flags outside the offices"
            crowd = protesters_acting(parsed.tokens, lemmas, lex)
        if crowd is not None:
            mentions.append(Mention("PROTEST", "demo", crowd[0], crowd[1], "protester"))
    protest = any(m.event == "PROTEST" and not m.fallback for m in mentions)
    mentions = [m for m in mentions if not (m.fallback and protest)]
    return mentions


def _month_word(tok: Token) -> bool:
    """ "March 21", "in March": a month. In a Title Case headline with no number or
    preposition beside it ("Thousands March In Nairobi") it is the verb."""
    doc = tok.doc
    if tok.is_title and tok.sent.text.istitle():
        prev = doc[tok.i - 1] if tok.i else None
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        dated = (prev is not None and (prev.like_num or prev.lower_ in DATING_PREPOSITIONS)) or (
            nxt is not None and nxt.like_num
        )
        return dated
    return True
