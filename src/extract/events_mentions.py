"""Event mentions: one walk over an item's tokens that turns triggers into Mentions.

Each trigger (a lemma, a phrase or a weapon "used"/"fired") that reports something that
happened becomes a Mention carrying who acts on whom; the actors recode it (violence by
protesters is PROTEST/riot, a crowd looting is a riot). Protest-only triggers are kept when
the item attests a protest. The per-token tests live in events_triggers.py; the record-level
recoding and ranking in events.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from .documents import ParsedItem
from .events_acled import Mention
from .events_lexicon import Lexicon
from .events_roles import (
    actor_class,
    agent_class,
    agents,
    classes,
    co_agents,
    is_armed,
    is_factual,
    is_subject,
    patients,
)
from .events_triggers import (
    crowd_fired_at,
    find_phrases,
    is_accident,
    is_arrest,
    lookup_trigger,
    passes_gate,
    threat_mode,
    throw_mode,
    used_weapon,
    weapon_mode,
)


def _remote_sub(tok: Token, mode: str | None, agent_classes: list[str], lex: Lexicon) -> str | None:
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


def _air_strike(tok: Token, lex: Lexicon) -> bool:
    """ "air strikes", "jets strike", "the strikes killed nine": an attack, not a walkout."""
    if any(c.lower_ in ("air", "drone", "missile") for c in tok.children):
        return True
    if any(c.dep_ in ("compound", "nmod", "poss") and _air_agent(c, lex) for c in tok.children):
        return True  # "Air Force strikes", "the air force's strikes"
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lex.toll_lemmas:
        return True
    return any(
        c.dep_ == "nsubj" and lex.weapons.get(c.lemma_.lower()) == "heavy-weapons"
        for c in tok.children
    )


def _air_agent(tok: Token, lex: Lexicon) -> bool:
    """ "warplanes", "MiG jets", "the (national) air force": an aircraft as the doer."""
    if tok.lemma_.lower() in lex.air_agents or tok.lower_.rstrip("s") in lex.air_agents:
        return True
    return any(c.lower_ in ("air", "aerial") or c.lower_ in lex.air_agents for c in tok.lefts)


def _named(side: Token) -> bool:
    """A side of a clash named as a group ("the FNL", "Bari and Lotuko people")."""
    if side.pos_ == "PROPN" or side.ent_type_ in ("ORG", "NORP"):
        return True
    return side.lemma_.lower() == "people" and any(
        c.pos_ == "PROPN" or c.ent_type_ == "NORP" for c in side.children
    )


def _protest_purpose(tok: Token, lex: Lexicon) -> bool:
    """ "gathered to protest / to denounce", "gathered to heed a call to protest": a purpose
    clause with a protest, demand or denunciation verb in it."""
    for clause in (c for c in tok.children if c.dep_ in ("advcl", "xcomp")):
        for t in clause.subtree:
            trig = lex.triggers.get(t.lemma_.lower())
            if t.pos_ == "VERB" and trig is not None:
                if trig.event in ("PROTEST", "REQUEST", "ACCUSE"):
                    return True
    return False


def _protesters_acting(
    tokens: list[Token], lemmas: list[str], lex: Lexicon
) -> tuple[int, int] | None:
    """The span of "protesters" as the subject of a factual verb: the item reports a protest."""
    for tok in tokens:
        if lemmas[tok.i] not in lex.protester_nouns:
            continue
        subject = tok
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":  # "a group of protesters"
            subject = tok.head.head
        verb = subject.head
        if subject.dep_ == "nsubj" and verb.pos_ == "VERB":
            # not "protesters plan to march": a plan, a call, a threat is no protest yet
            if verb.lemma_.lower() not in lex.non_factual_governors and is_factual(verb, lex):
                return (tok.idx, tok.idx + len(tok))
    return None


def _off_duty(tok: Token, lex: Lexicon) -> bool:
    """ "killed in front of his home", "an off-duty soldier": the sentence puts the victim
    at home or off duty."""
    return any(
        t.lower_ in lex.off_duty_cues or t.lemma_.lower() in lex.off_duty_cues for t in tok.sent
    )


def _doer(tok: Token) -> bool:
    """ "a group on motorcycles killed a man": an active verb with a subject and an object
    names a doer even when the subject has no actor class ("two killed" does not)."""
    kids = list(tok.children)
    subject = any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in kids)
    return subject and any(c.dep_ == "dobj" for c in kids)


def _person_classes(toks: list[Token], lex: Lexicon) -> list[str]:
    """Actor classes of the patients that are persons (not a "village" or a "base")."""
    out: list[str] = []
    for t in toks:
        lemma = t.lemma_.lower()
        if lemma in lex.place_nouns:
            continue
        cls = actor_class(t, lex, "patient", violent=True)
        if cls in ("armed_group", "protester", "state_force") or (
            cls == "civilian" and (lemma in lex.person_nouns or t.ent_type_ == "PERSON")
        ):
            out.append(cls)
    return out


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
    patient_cls = classes(patient_toks, lex, "patient", memory, violent=violent)
    patient_cls += ["place" for p in patient_toks if p.ent_type_ in ("GPE", "LOC", "FAC")]
    person_patients = _person_classes(patient_toks, lex)
    if event == "ASSAULT" and mode is None and any(_air_agent(t, lex) for t in agent_toks):
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
        named_side=any(map(_named, sides)),
        person_patients=person_patients,
        doer=_doer(tok),
        off_duty=event == "ASSAULT" and _off_duty(tok, lex),
        two_sided=two_sided,
        remote_sub=_remote_sub(tok, mode, agent_cls, lex) if event == "ASSAULT" else None,
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
        is_weapon = bool(lex.weapons.get(lemmas[tok.i]))
        crowd_mention = crowd_fired_at(tok, lex) if is_weapon else None
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
        if found is None or tok.i in covered or tok.ent_type_ == "DATE":
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
        if lemma == "strike" and _air_strike(tok, lex):
            event, mode = "ASSAULT", "heavy-weapons"
        m = _mention(
            tok, lemma, event, mode, (tok.idx, tok.idx + len(tok)), trig.two_sided, lex, memory
        )
        if m:
            purpose = trig.needs_protest_context and _protest_purpose(tok, lex)
            (deferred if trig.needs_protest_context and not purpose else mentions).append(m)
    if any(m.event == "PROTEST" for m in mentions):
        mentions.extend(deferred)
    else:  # "police shot at protesters", "protesters demanded": these attest a protest
        crowd = next((m.protester_span for m in mentions if m.protester_span), None)
        if crowd is None:  # "protesters sang and waved flags outside the offices"
            crowd = _protesters_acting(parsed.tokens, lemmas, lex)
        if crowd is not None:
            mentions.append(Mention("PROTEST", "demo", crowd[0], crowd[1], "protester"))
    protest = any(m.event == "PROTEST" and not m.fallback for m in mentions)
    mentions = [m for m in mentions if not (m.fallback and protest)]
    return mentions
