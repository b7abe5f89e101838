"""Who acts on whom: agents, patients and their actor classes from the dependency parse.

The factuality test (negation, modality, purpose clauses) is in events_factual.py.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from .events_lexicon import Lexicon

VERBISH = ("VERB", "AUX", "ADJ")
SUBJECT_DEPS = ("nsubj", "csubj")
RELATIVE_TAGS = ("WDT", "WP", "WP$")
GROUP_NOUNS = frozenset("group member unit element band team contingent delegation convoy".split())
CLASS_ORDER_AGENT = ("protester", "state_force", "armed_group", "mob", "civilian")
CLASS_ORDER_PATIENT = ("protester", "state_force", "armed_group", "civilian")
ARMED = ("state_force", "armed_group")
# "journalists faced attacks", "the convoy came under fire": the subject suffers the act
LOCATIVE_PREPS = frozenset("in at near from to across around outside inside".split())
PATIENT_GOVERNORS = frozenset("face suffer endure experience sustain survive receive".split())
REDUCED_PASSIVE_VERBS = frozenset("kill injure wound murder behead abduct kidnap".split())


def _conj_expand(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for tok in tokens:
        out.append(tok)
        out.extend(c for c in tok.conjuncts if c not in out)
    return out


def _relative_antecedent(tok: Token) -> Token:
    """``that``/``who`` as subject of a relative clause stands for the noun it modifies."""
    if tok.tag_ in RELATIVE_TAGS:
        clause = tok.head
        if clause.dep_ == "relcl":
            return clause.head
    return tok


def _pobjs(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    return _pobjs_among(tok.children, preps)


def _pobjs_among(children: Iterable[Token], preps: tuple[str, ...]) -> list[Token]:
    """``_pobjs`` of a token whose children the caller has listed already."""
    return [
        g
        for c in children
        if c.dep_ in ("prep", "agent") and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]


def governor(tok: Token) -> Token | None:
    """The nearest verb above a noun trigger (``hold`` for "hold marches")."""
    head = tok
    for _ in range(5):
        if head.head is head:
            return None
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


def agents(tok: Token, depth: int = 0) -> list[Token]:
    """The actors doing ``tok``: subject, passive ``by`` phrase, possessor, or inherited."""
    if tok.pos_ in VERBISH:
        if _reduced_passive(tok):
            return []  # "1 soldier killed": the soldier did not kill
        found = [c for c in tok.children if c.dep_ in SUBJECT_DEPS and not _bare_passive(tok)]
        found += _pobjs(tok, ("by",))
        if not found and any(c.dep_ == "nsubjpass" for c in tok.children):
            found = [p for c in tok.conjuncts for p in _pobjs(c, ("by",))]  # "shot and killed by"
        if found:
            return _conj_expand([_relative_antecedent(t) for t in found])
        if depth < 3 and tok.head is not tok:
            if tok.dep_ == "acl":  # "police firing at ..." / "men killed by ..."
                return [tok.head] if tok.tag_ == "VBG" else []
            passive = any(c.dep_ == "nsubjpass" for c in tok.children)
            if tok.dep_ == "ccomp" and passive:
                return []  # "the union said 60 were injured": the speaker did not injure
            if tok.dep_ == "oprd":  # "leaving nine dead": the doer of "leave"
                return agents(tok.head, depth + 1)
            if tok.dep_ in ("conj", "advcl", "xcomp", "pcomp", "ccomp"):
                return agents(tok.head if tok.dep_ != "pcomp" else tok.head.head, depth + 1)
        return []
    if came_under(tok):
        return _pobjs(tok, ("by",))  # "came under attack (by rebels)": the subject is the target
    found = [c for c in tok.children if c.dep_ == "poss"] + _pobjs(tok, ("by",))
    # "police raid", "Israeli strikes"; not "several raids", "deadly attack"
    found += [
        c
        for c in tok.children
        if c.dep_ == "compound" or (c.dep_ == "amod" and (c.ent_type_ or c.pos_ != "ADJ"))
    ]
    gov = governor(tok)
    if not found and gov is not None and depth < 2:
        if gov.lemma_.lower() in PATIENT_GOVERNORS and tok.dep_ in ("dobj", "conj"):
            return []
        found = agents(gov, depth + 1)
    return _conj_expand(found)


def patients(tok: Token) -> list[Token]:
    """The actors ``tok`` is done to: object, passive subject, ``at/on/against`` phrase."""
    if tok.pos_ in VERBISH:
        if _reduced_passive(tok):
            return _conj_expand([c for c in tok.children if c.dep_ == "nsubj"])
        found = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if _bare_passive(tok):
            found += [c for c in tok.children if c.dep_ == "nsubj"]
        found += _pobjs(tok, ("at", "on", "against", "upon"))
        for comp in (c for c in tok.children if c.dep_ == "xcomp" and c.lemma_ == "belong"):
            found += _pobjs(comp, ("to",))  # "injured two others belonging to a militia"
        if not found and tok.dep_ == "oprd":  # "leaving nine rebels dead"
            found = [c for c in tok.head.children if c.dep_ == "dobj"]
        if not found and tok.dep_ == "acl" and tok.tag_ == "VBN":
            found = [tok.head]
        if not found and tok.dep_ == "conj" and tok.head.pos_ in VERBISH:
            found = [c for c in tok.head.children if c.dep_ in ("dobj", "nsubjpass")]
        return _conj_expand([_relative_antecedent(t) for t in found])
    if came_under(tok):
        return _conj_expand([c for c in tok.head.head.children if c.dep_ == "nsubj"])
    gov = governor(tok)
    if gov is not None and gov.lemma_.lower() in PATIENT_GOVERNORS and tok.dep_ in ("dobj", "conj"):
        return _conj_expand([c for c in gov.children if c.dep_ == "nsubj"])
    return _conj_expand(_pobjs(tok, ("on", "against", "of", "at")))


def _reduced_passive(tok: Token) -> bool:
    """ "1 soldier killed when ...", "two wounded": a counted subject of a killing verb with no
    object and no auxiliary is a headline-style passive; the subject is the victim."""
    if tok.lemma_.lower() not in REDUCED_PASSIVE_VERBS:
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass") for c in kids):
        return False
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.pos_ == "NUM" or any(g.dep_ == "nummod" for g in s.children) for s in subjects
    )


def came_under(tok: Token) -> bool:
    """ "came under attack/fire": the noun's target is the subject of "come"."""
    return (
        tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.lemma_.lower() == "come"
    )


def _bare_passive(tok: Token) -> bool:
    """ "with 59 people abducted": a participle with a subject and no auxiliary is passive,
    its subject the one it was done to."""
    return (
        tok.tag_ == "VBN"
        and tok.dep_ in ("advcl", "conj", "acl")
        and any(c.dep_ == "mark" and c.lower_ == "with" for c in tok.children)
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children)
    )


def co_agents(tok: Token) -> list[Token]:
    """The other side of a two-sided event ("clashed with X", "fighting between X and Y")."""
    found = _pobjs(tok, ("with", "between", "against"))
    if not found and tok.dep_ == "nsubj" and tok.pos_ == "NOUN":
        found = _pobjs(tok.head, ("between",))  # "clashes occurred between X and Y"
    return _conj_expand(found)


def _word_class(word: str, lex: Lexicon, order: tuple[str, ...]) -> str | None:
    for cls in order:
        if word in lex.actors[cls]:
            return cls
    return None


def actor_class(
    tok: Token,
    lex: Lexicon,
    role: str,
    memory: list[str] | None = None,
    depth: int = 0,
    violent: bool = False,
) -> str | None:
    """Generic actor class of a noun: state_force, armed_group, protester, mob or civilian."""
    order = CLASS_ORDER_AGENT if role == "agent" else CLASS_ORDER_PATIENT
    lemma = tok.lemma_.lower()
    pos = tok.pos_
    if pos == "PRON":
        if role == "agent" and memory and lemma in ("they", "he", "she", "we", "it"):
            return memory[-1]
        return None
    # Speed: this runs for every noun of an item; each read of ``children`` (and of a string
    # attribute) goes back to spaCy and builds new Token objects, so read them once here.
    kids = list(tok.children)
    of_pobjs: list[Token] | None = None
    if lemma in GROUP_NOUNS or depth == 1:
        of_pobjs = _pobjs_among(kids, ("of",))
        for pobj in of_pobjs:
            # "members of the Islamic Front": the group decides, read in full (depth 2)
            cls = actor_class(
                pobj, lex, role, depth=2 if depth == 0 else depth + 1, violent=violent
            )
            if cls:
                return cls
    if depth == 1:
        return None
    mods = [c for c in kids if c.dep_ in ("compound", "amod")]
    if any(m.lower_ == "armed" for m in mods) and lemma not in lex.actors["state_force"]:
        return "armed_group"
    ent_type = tok.ent_type_
    if ent_type in ("ORG", "NORP") and (role == "agent" or violent):
        name = " ".join(t.lower_ for t in tok.subtree if t.ent_type_ == ent_type)
        if any(word in name for word in lex.state_words_in_names):
            return "state_force"
        if any(word in name.split() for word in lex.armed_words_in_names):
            return "armed_group"
        # (not "members of the Students' Conference" shot by soldiers: depth 2, a patient)
        # a nationality ("more than 50 Peruvians were killed") is no group as a victim
        named_doer = role == "agent" or (depth == 0 and ent_type == "ORG")
        if violent and named_doer and pos == "PROPN" and _word_class(lemma, lex, order) is None:
            return "armed_group"  # a named group doing violence is an armed group
    elif pos == "PROPN" and (role == "agent" or violent) and not _place_name(tok, ent_type):
        # a group's name the tagger took for a person or a place ("al Shabaab", "Boko Haram")
        words = [c.lower_ for c in kids if c.dep_ == "compound"] + [tok.lower_]
        if any(word in " ".join(words) for word in lex.state_words_in_names):
            return "state_force"
        if not lex.armed_words_in_names.isdisjoint(words):
            return "armed_group"
    if depth == 0:
        for acl in (c for c in kids if c.lemma_ == "belong"):  # "men belonging to a militia"
            for pobj in _pobjs(acl, ("to",)):
                cls = actor_class(pobj, lex, role, depth=2, violent=violent)
                if cls:
                    return cls
    low = tok.lower_
    cls = _word_class(lemma, lex, order) or _word_class(low, lex, order)
    if cls is None and low.endswith("s"):
        cls = _word_class(low[:-1], lex, order)  # Title Case plurals keep their "s"
    if cls:
        return cls
    for mod in mods:
        cls = _word_class(mod.lemma_.lower(), lex, order)
        if cls:
            return cls
    if ent_type == "PERSON":
        return "civilian"
    if depth != 0:
        return None
    # The head of "members of the militia": what the depth-1 pass reads (the "of" objects
    # at depth 2), done here without reading this token again.
    for pobj in _pobjs_among(kids, ("of",)) if of_pobjs is None else of_pobjs:
        cls = actor_class(pobj, lex, role, depth=2, violent=violent)
        if cls:
            return cls
    return None


def _place_name(tok: Token, ent_type: str) -> bool:
    """A place, not a group: a GPE/LOC ("Borno State") or the object of "in/at/near"."""
    if ent_type in ("GPE", "LOC"):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS


def is_subject(tok: Token) -> bool:
    """A subject, or the object of a passive ``by`` phrase."""
    return tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")


def agent_class(tok: Token, lex: Lexicon, memo: dict[int, str | None]) -> str | None:
    """``actor_class(tok, lex, "agent")``, once per token of a doc: the event finder and the
    record context ask it of the same subjects and nouns several times per item."""
    if tok.i not in memo:
        memo[tok.i] = actor_class(tok, lex, "agent")
    return memo[tok.i]


def classes(
    tokens: list[Token], lex: Lexicon, role: str, memory: list[str], violent: bool = False
) -> list[str]:
    return [c for c in (actor_class(t, lex, role, memory, 0, violent) for t in tokens) if c]


def is_armed(cls: str | None) -> bool:
    return cls in ARMED
