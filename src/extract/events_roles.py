"""Who acts on whom: agents, patients and their actor classes from the dependency parse.

Also the factuality test (negation, modality, purpose clauses, called-for actions) that
decides whether a trigger reports something that happened.
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
            if tok.dep_ in ("conj", "advcl", "xcomp", "pcomp", "ccomp"):
                return agents(tok.head if tok.dep_ != "pcomp" else tok.head.head, depth + 1)
        return []
    found = [c for c in tok.children if c.dep_ == "poss"] + _pobjs(tok, ("by",))
    found += [c for c in tok.children if c.dep_ in ("compound", "amod")]
    gov = governor(tok)
    if not found and gov is not None and depth < 2:
        found = agents(gov, depth + 1)
    return _conj_expand(found)


def patients(tok: Token) -> list[Token]:
    """The actors ``tok`` is done to: object, passive subject, ``at/on/against`` phrase."""
    if tok.pos_ in VERBISH:
        found = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if _bare_passive(tok):
            found += [c for c in tok.children if c.dep_ == "nsubj"]
        found += _pobjs(tok, ("at", "on", "against", "upon"))
        if not found and tok.dep_ == "acl" and tok.tag_ == "VBN":
            found = [tok.head]
        if not found and tok.dep_ == "conj" and tok.head.pos_ in VERBISH:
            found = [c for c in tok.head.children if c.dep_ in ("dobj", "nsubjpass")]
        return _conj_expand([_relative_antecedent(t) for t in found])
    return _conj_expand(_pobjs(tok, ("on", "against", "of", "at")))


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
    return _conj_expand(_pobjs(tok, ("with", "between", "against")))


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
        if role == "agent" and memory and lemma in ("they", "he", "she", "we"):
            return memory[-1]
        return None
    # Speed: this runs for every noun of an item; each read of ``children`` (and of a string
    # attribute) goes back to spaCy and builds new Token objects, so read them once here.
    kids = list(tok.children)
    of_pobjs: list[Token] | None = None
    if lemma in GROUP_NOUNS or depth == 1:
        of_pobjs = _pobjs_among(kids, ("of",))
        for pobj in of_pobjs:
            cls = actor_class(pobj, lex, role, depth=depth + 1)
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
        if violent and pos == "PROPN" and _word_class(lemma, lex, order) is None:
            return "armed_group"  # a named group doing violence is an armed group
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
        cls = actor_class(pobj, lex, role, depth=2)
        if cls:
            return cls
    return None


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


def _has_modal(tok: Token, lex: Lexicon) -> bool:
    return any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lemma_.lower() in lex.modal_lemmas)
        for c in tok.children
    )


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children)


def is_factual(tok: Token, lex: Lexicon, depth: int = 0) -> bool:
    """False for negated, modal, called-for, planned or purpose-clause mentions."""
    if depth > 4:
        return True
    if _negated(tok) or _has_modal(tok, lex):
        return False
    head = tok.head
    if tok.pos_ in ("VERB", "AUX"):
        infinitival = any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)
        if tok.dep_ in ("xcomp", "ccomp", "advcl", "acl", "conj", "pcomp") and head is not tok:
            head_lemma = head.lemma_.lower()
            if head_lemma in lex.non_factual_governors:
                return False
            if infinitival and head_lemma not in lex.aspectual_governors:
                return False  # purpose: "came to Nairobi to demonstrate"
            if tok.dep_ in ("conj", "xcomp") or infinitival:
                return is_factual(head, lex, depth + 1)
        return not infinitival or tok.dep_ == "ROOT"
    if tok.dep_ == "pobj" and head.lower_ in ("under", "for"):
        return False  # "under attack" (metaphor), "arrived for the protests" (purpose)
    gov = governor(tok)
    if gov is None:
        return True
    if gov.lemma_.lower() in lex.non_factual_governors:
        return False
    return is_factual(gov, lex, depth + 1)
