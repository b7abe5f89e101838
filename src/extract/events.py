"""Event types: PLOVER event/mode pairs with trigger spans and their ACLED equivalent.

One pass over the tokens finds triggers (lemmas and multi-word phrases from the lexicon in
data/event_lexicon.json); each is kept only if it reports something that happened (not
negated, modal, called for or a purpose clause). The parse gives who acts on whom, which
turns e.g. a "strike" by air forces into ASSAULT, violence by protesters into PROTEST/riot,
and decides the ACLED type. One EventType per (event, mode), primary first.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .documents import ParsedItem
from .events_acled import Mention, acled_for, parse_facts, rank, record_context
from .events_lexicon import Lexicon, Phrase, Trigger, lexicon
from .events_roles import (
    actor_class,
    agent_class,
    agents,
    classes,
    co_agents,
    governor,
    is_armed,
    is_factual,
    is_subject,
    patients,
)
from .models import EventType, Span

HEADLINE_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
MODE_STRENGTH = ("heavy-weapons", "explosives", "firearms", "primitive", "sexual", "beat")
THREAT_MODES = {"PROTEST": "restrict", "ASSAULT": "violence", "MOBILIZE": "violence"}
PERSONISH = ("civilian", "protester", "armed_group", "state_force")


def _lookup(tok: Token, lemma: str, lex: Lexicon, in_headline: bool) -> tuple[str, Trigger] | None:
    """``lemma`` is ``tok.lemma_.lower()`` (read once per item, see ``extract_event_types``)."""
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


def _phrases(
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


def _weapon_mode(tokens: list[Token], lex: Lexicon) -> str | None:
    modes = {lex.weapons.get(t.lemma_.lower()) for t in tokens}
    return next((m for m in MODE_STRENGTH if m in modes), None)


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


def _gate(tok: Token, trig: Trigger, lex: Lexicon) -> bool:
    """Trigger-specific conditions from the lexicon."""
    kids = list(tok.children)
    objs = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
    if trig.plural_only and tok.tag_ not in ("NNS", "NNPS"):
        return False
    if trig.two_sided and any(c.dep_ == "xcomp" for c in kids):
        return False  # "battling to combat looting" is figurative
    if trig.needs_object and not objs:
        return False
    if trig.needs_object_in and not any(o.lemma_.lower() in trig.needs_object_in for o in objs):
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


def _throw_mode(tok: Token, lex: Lexicon) -> str | None:
    """ "threw them to the ground" is a beating; "threw stones/grenades" takes the weapon's mode."""
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        if obj.pos_ == "PRON" or actor_class(obj, lex, "patient") in PERSONISH:
            return "beat"
        mode = lex.weapons.get(obj.lemma_.lower())
        if mode or obj.lemma_.lower() in ("projectile", "object", "missile"):
            return mode or "primitive"
    return ""


def _used_weapon(tok: Token, lex: Lexicon) -> Token | None:
    """The weapon of "used firearms", "fired mortar rounds at": an ASSAULT with its mode."""
    if tok.dep_ not in ("dobj", "conj") or not lex.weapons.get(tok.lemma_.lower()):
        return None
    if _less_lethal(tok, lex):
        return None  # "fired tear gas shells", "rubber bullets"
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head
    if verb.lemma_.lower() in lex.use_verbs and verb.pos_ == "VERB":
        return tok
    return None


def _is_arrest(tok: Token, lex: Lexicon) -> bool:
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


def _less_lethal(tok: Token, lex: Lexicon) -> bool:
    return any(c.lemma_.lower() in lex.less_lethal for c in tok.children if c.dep_ != "prep")


def _crowd_fired_at(weapon: Token, lex: Lexicon) -> Mention | None:
    """ "fired tear gas shells at the marchers": no assault, but it attests a protest."""
    if weapon.dep_ != "dobj" or not lex.weapons.get(weapon.lemma_.lower()):
        return None
    if not _less_lethal(weapon, lex):
        return None
    crowd = [t for t in patients(weapon.head) if t.lemma_.lower() in lex.protester_nouns]
    if not crowd:
        return None
    c = crowd[0]
    return Mention("PROTEST", "demo", c.idx, c.idx + len(c), "protester", protester_span=None)


def _accident(tok: Token, lex: Lexicon) -> bool:
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
    return not armed and _weapon_mode(sent, lex) is None


def _grievance(tok: Token, lex: Lexicon) -> bool:
    """A killing "protested against" is the protest's grievance, not the record's main event."""
    for anc in tok.ancestors:
        if anc.lemma_.lower() in lex.grievance_heads:
            return True
        if anc.pos_ == "VERB" and anc.dep_ in ("ROOT", "conj"):
            return False
    return False


def _threat_mode(tok: Token, lex: Lexicon) -> str | None:
    for comp in (c for c in tok.children if c.dep_ in ("xcomp", "ccomp")):
        trig = lex.triggers.get(comp.lemma_.lower())
        if trig is not None:
            if trig.event == "COERCE":
                return trig.mode if trig.mode in ("arrest", "ban") else "restrict"
            return THREAT_MODES.get(trig.event)
    return None


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
    violent = event in ("ASSAULT", "COERCE")  # a named group doing or suffering violence is armed
    agent_cls = classes(agent_toks, lex, "agent", memory, violent=violent)
    patient_toks = patients(tok)
    patient_cls = classes(patient_toks, lex, "patient", memory, violent=violent)
    patient_cls += ["place" for p in patient_toks if p.ent_type_ in ("GPE", "LOC", "FAC")]
    if two_sided:
        agent_cls += classes(co_agents(tok), lex, "agent", memory)
    if event in ("REQUEST", "ACCUSE") and "protester" in agent_cls:
        # demands voiced by protesters are their PROTEST: kept only if nothing else attests it
        return Mention("PROTEST", "demo", span[0], span[1], lemma, agent_cls, fallback=True)
    if event == "ASSAULT":  # the weapon named with the act decides the mode ("shot with arrows")
        mode = _weapon_mode(list(tok.subtree), lex) or mode or _weapon_mode(list(tok.sent), lex)
    if (event == "ASSAULT" or mode == "confiscate") and "protester" in agent_cls:
        event, mode = "PROTEST", "riot"  # violence or looting by protesters is a riot
    elif (
        mode in ("destroy", "confiscate")
        and "mob" in agent_cls
        and not any(map(is_armed, agent_cls))
    ):
        event, mode = "PROTEST", "riot"  # a crowd looting or burning is a riot
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
        two_sided=two_sided,
        remote_sub=_remote_sub(tok, mode, agent_cls, lex) if event == "ASSAULT" else None,
    )


def _find(
    parsed: ParsedItem, lemmas: list[str], lex: Lexicon, agent_memo: dict[int, str | None]
) -> list[Mention]:
    doc = parsed.doc
    phrases, covered = _phrases(doc, lemmas, lex)
    if (
        not phrases
        and parsed.body_start == 0  # a headline is read by word forms too (see _lookup)
        and lex.triggers.keys().isdisjoint(lemmas)
        and lex.weapons.keys().isdisjoint(lemmas)
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
        crowd_mention = _crowd_fired_at(tok, lex) if is_weapon else None
        if crowd_mention is not None:
            mentions.append(crowd_mention)
            continue
        weapon = _used_weapon(tok, lex) if is_weapon else None
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
        found = _lookup(tok, lemmas[tok.i], lex, in_headline)
        if found is None or tok.i in covered or tok.ent_type_ == "DATE":
            continue  # "March 21" is a month, not a march
        lemma, trig = found
        if not in_headline and (not is_factual(tok, lex) or not _gate(tok, trig, lex)):
            continue
        event, mode = trig.event, trig.mode
        if lemma == "throw":
            mode = _throw_mode(tok, lex)
            if mode == "":
                continue
        if event == "THREATEN":
            mode = _threat_mode(tok, lex)
        agent_cls = classes(agents(tok), lex, "agent", memory)
        if trig.needs_armed and not any(
            is_armed(c) for c in agent_cls + classes(co_agents(tok), lex, "agent", memory)
        ):
            continue
        if trig.needs_armed_or_weapon and not (
            any(is_armed(c) for c in agent_cls) or _weapon_mode(list(tok.subtree), lex)
        ):
            continue
        if event == "ASSAULT" and mode is None and _accident(tok, lex):
            continue  # "nine were killed when a bus plunged into a ravine"
        if lemma == "raid" and tok.pos_ in ("NOUN", "PROPN") and _is_arrest(tok, lex):
            continue  # "police detained eight in a raid": an arrest operation
        if trig.armed is not None and any(is_armed(c) for c in agent_cls):
            event, mode = trig.armed
        if lemma == "strike" and any(c.lower_ in ("air", "drone", "missile") for c in tok.children):
            event, mode = "ASSAULT", "heavy-weapons"
        m = _mention(
            tok, lemma, event, mode, (tok.idx, tok.idx + len(tok)), trig.two_sided, lex, memory
        )
        if m:
            purpose = any(
                c.dep_ in ("advcl", "xcomp")
                and lex.triggers.get(c.lemma_.lower(), trig).event
                in ("PROTEST", "REQUEST", "ACCUSE")
                and c.lemma_.lower() in lex.triggers
                for c in tok.children
            )  # "gathered to protest / to denounce"
            (deferred if trig.needs_protest_context and not purpose else mentions).append(m)
    if any(m.event == "PROTEST" for m in mentions):
        mentions.extend(deferred)
    else:  # "police shot at protesters", "protesters demanded": these attest a protest
        crowd = next((m.protester_span for m in mentions if m.protester_span), None)
        if crowd is not None:
            mentions.append(Mention("PROTEST", "demo", crowd[0], crowd[1], "protester"))
    protest = any(m.event == "PROTEST" and not m.fallback for m in mentions)
    mentions = [m for m in mentions if not (m.fallback and protest)]
    return mentions


def extract_event_types(parsed: ParsedItem) -> list[EventType]:
    lex = lexicon()
    # Speed: every token's lemma is read by three passes; spaCy looks it up on each access.
    lemmas = [t.lemma_.lower() for t in parsed.tokens]
    agent_memo: dict[int, str | None] = {}
    mentions = _find(parsed, lemmas, lex, agent_memo)
    if not mentions:
        return []  # the context below only qualifies mentions
    facts = parse_facts(parsed.tokens, lemmas, lex, agent_memo)
    ctx = record_context(facts, mentions, lex)
    if ctx.protest:  # violence by the protesting crowd itself (students, residents) is a riot
        for m in mentions:
            crowd = m.agents and all(c in ("civilian", "mob") for c in m.agents)
            # "clashes near the square", "two officers were injured": no side named, no armed
            # group about: the protest turned violent
            unnamed = (
                not m.agents
                and not ctx.armed_present
                and (m.two_sided or (bool(m.patients) and set(m.patients) == {"state_force"}))
            )
            if (
                m.event == "ASSAULT"
                and not m.grievance
                and (crowd or unnamed or (m.mode == "destroy" and not m.agents))
            ):
                m.event, m.mode = "PROTEST", "riot"
        ctx = record_context(facts, mentions, lex)
    best: dict[tuple[str, str | None], Mention] = {}
    for m in mentions:
        m.acled = acled_for(m, ctx, lex)
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
