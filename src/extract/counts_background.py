"""Background tolls: a count that belongs to another event than the item's own.

"the insurgency, which has killed more than 20,000 people since 2009", "a recent string of
attacks that killed seven people", "an earlier incident in which a boy was killed": the
figure is kept (nothing is lost) but flagged ``background`` so fatality totals leave it out.
The rule (word lists in counts_lexicon.py):

- a perfect with a running-total phrase ("has killed ... since 2009 / so far / to date /
  in total / across the country") anywhere;
- "previously" on the verb anywhere;
- in a subordinate clause (relative, participle, adverbial), "earlier", "ago", "last ..."
  on the verb, or an antecedent dated before the event ("a recent string of attacks that
  ...", "January's bombing which ...", "a 2014 attack that ..."; a month or year with a day
  number, "the 24 June attack which ...", may be the reported event and is not enough).
"""

from __future__ import annotations

from spacy.tokens import Token

from . import counts_lexicon as L
from .counts_roles import Found

SUBORDINATE = frozenset({"relcl", "acl", "advcl", "ccomp", "csubj", "pcomp"})
YEAR_MIN, YEAR_MAX = 1900, 2099


def _verb(found: Found) -> Token | None:
    """The verb that says what happened to the counted noun."""
    for child in found.anchor.children:  # "an Abala herder killed earlier"
        if child.dep_ == "acl" and child.pos_ == "VERB":
            return child
    node = found.anchor
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head == node:
            return None
        node = node.head
    return None


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _running_total(verb: Token) -> bool:
    for c in verb.children:
        low = c.lower_
        if c.dep_ == "prep" and low in L.CUMULATIVE_PREPS:
            return True
        for g in c.children:  # "to date", "in total", "so far", "as of"
            if (low, g.lower_) in L.CUMULATIVE_PAIRS or (g.lower_, low) in L.CUMULATIVE_PAIRS:
                return True
    return False


def _dated_before(tokens: list[Token]) -> bool:
    if any(t.lower_ in L.EARLIER_WORDS for t in tokens):
        return True
    day = any(t.lower_.isdigit() and 1 <= int(t.lower_) <= 31 for t in tokens)
    for t in tokens:
        low = t.lower_
        # "January's" may lose its apostrophe: "Januarys"
        month = t.tag_ == "NNP" and (low in L.MONTHS or low.rstrip("s") in L.MONTHS)
        year = len(low) == 4 and low.isdigit() and YEAR_MIN <= int(low) <= YEAR_MAX
        if (month or year) and not day:
            return True
    return False


def is_background(found: Found) -> bool:
    verb = _verb(found)
    if verb is None:
        return False
    if _perfect(verb) and _running_total(verb):
        return True
    own = [t for c in verb.children if c.dep_ in ("advmod", "npadvmod") for t in c.subtree]
    if any(t.lower_ in L.EARLIER_ALWAYS for t in own):
        return True
    # A clause with "because", "whether", "after" is subordinate however it is attached.
    if verb.dep_ not in SUBORDINATE and not any(c.dep_ == "mark" for c in verb.children):
        return False
    if any(t.lower_ in L.EARLIER_WORDS for t in own):
        return True
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    # The antecedent noun phrase, up through "a string of attacks", without the clause itself.
    top = verb.head
    while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ == "NOUN":
        top = top.head.head
    inside = {t.i for t in verb.subtree}
    antecedent = [t for t in top.subtree if t.i not in inside and t.i != found.anchor.i]
    return _dated_before(antecedent)
