"""Roles for counts.py: what happened to the counted noun, read from the parse.

From the count's anchor, walk up to the verb or noun that governs it and read the role it
plays there: "police killed 3 protesters" (patient of kill -> killed), "3 gunmen killed ..."
(actor -> other), "56 died" (subject of die -> killed), "thousands held a vigil"
(participants), "including seven minors" (a subset of the count before); the group a count
belongs to ("among the dead") is read by counts_groups.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from . import counts_lexicon as L
from .counts_groups import among_group, group_category
from .counts_numbers import Phrase

NOUNS = frozenset({"NOUN", "PROPN"})


@dataclass
class Found:
    phrase: Phrase
    anchor: Token  # the token that stands for the count in the parse
    obj: Token | None  # the counted noun
    category: str
    parent: Token | None = None  # anchor of the count this one is a subset of ("including")
    elliptic: bool = False  # "up from 37 yesterday": takes the category of the count before
    partitive: Token | None = None  # the group of "three of the dead", "160 of them"


def object_of(noun: Token) -> Token:
    """ "a minor dead" is parsed with "dead" as the head: the counted noun is "minor"."""
    if noun.lower_ in L.PREDICATES["killed"]:
        mod = next((c for c in noun.children if c.dep_ == "amod" and c.i < noun.i), None)
        return mod or noun
    return noun


def _predicate(token: Token, deps: frozenset[str] | None = None) -> str | None:
    """Category from a predicate child: "left 5 dead", "feared dead", "50 people injured"."""
    if deps is None:
        deps = _VERB_PRED if token.pos_ in ("VERB", "AUX") else _NOUN_PRED
    for child in token.children:
        if child.dep_ in deps and not any(c.dep_ in _COUNTED for c in child.children):
            for category, words in L.PREDICATES.items():
                if child.lower_ in words and child.i > token.i:
                    return category
        if child.dep_ == "prep" and child.lower_ == "to":  # "beaten to death"
            if any(c.lower_ == "death" for c in child.children):
                return "killed"
    return None


_VERB_PRED = frozenset({"oprd", "acomp", "xcomp", "ccomp", "advmod"})
_NOUN_PRED = frozenset({"acl", "amod", "appos"})
_SUBJECT_PRED = frozenset({"acomp", "xcomp"})
# "left 5 dead", "an attack, 21 arrested": the participle has its own count or subject.
_COUNTED = frozenset({"nummod", "det", "quantmod", "nsubj", "nsubjpass"})
_OWN_ARGUMENT = frozenset({"nsubj", "nsubjpass", "dobj"})
_CATEGORY_WORDS = frozenset().union(*L.CATEGORY_NOUNS.values())


def _verb_category(verb: Token, patient: bool) -> str | None:
    lemma = verb.lemma_.lower()
    # "left 5 dead", "shot dead a student": said of the object, not of the active subject.
    passive_like = lemma in L.REPORT_VERBS and not any(c.dep_ == "dobj" for c in verb.children)
    found = _predicate(verb, None if patient or passive_like else _SUBJECT_PRED)
    if found:
        return found
    if lemma in L.SHOOT_VERBS and any(
        c.lower_ in L.FATAL_SHOT or (c.dep_ == "dobj" and _dead_after(verb, c))
        for c in verb.children
    ):
        return "killed"  # "shot dead", "gunned down", "summarily shot", "shot dead 11 people"
    if patient and lemma in L.DRAW_VERBS:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if any(c.lemma_.lower() in L.PROTEST_NOUNS for c in subjects):
            return "participants"  # "the march drew an estimated 50,000 people"
    if patient:
        if lemma in L.HOSPITALISE or (
            lemma in L.HOSPITAL_VERBS
            and any(
                p.dep_ == "prep" and any(g.lower_ in L.HOSPITAL_NOUNS for g in p.children)
                for p in verb.children
            )
        ):
            return "injured"  # "four officers were taken to hospital"
        if lemma in L.PASSIVE_DETAINED and any(c.dep_ == "auxpass" for c in verb.children):
            return "detained"  # "three men were charged"
        # "shot and killed" shares its patient; "burned and soldiers killed" does not.
        conjs = [
            c
            for c in verb.children
            if c.dep_ == "conj"
            and c.pos_ == "VERB"
            and not any(g.dep_ in _OWN_ARGUMENT for g in c.children)
        ]
        if any(c.lemma_.lower() in L.PATIENT_VERBS["killed"] for c in conjs):
            return "killed"  # "shot and killed", "kidnapped and killed"
        for category, verbs in L.PATIENT_VERBS.items():
            if lemma in verbs:
                return category
        if conjs:  # "abducted and beaten"
            return _verb_category(conjs[0], patient)
        return None
    for category, verbs in L.SUBJECT_VERBS.items():
        if lemma in verbs or verb.lower_ in verbs:
            return category
    if lemma == "take" and any(c.lower_ == "part" for c in verb.children):
        return "participants"
    if _protest_object(verb, lemma):
        return "participants"
    return None


def _dead_after(verb: Token, obj: Token) -> bool:
    """ "shot dead 11 protesters" is parsed with "dead" as an adjective of the object."""
    return any(g.lower_ in L.FATAL_SHOT and g.i == verb.i + 1 for g in obj.children)


def _protest_object(verb: Token, lemma: str) -> bool:
    """ "held a vigil", "began a march", "went on strike", "walked out": the subject protests."""
    holds = lemma in L.HOLD_VERBS or verb.lower_.rstrip("d") in L.HOLD_VERBS  # "staged"
    for c in verb.children:
        if c.dep_ == "dobj" and holds:
            # "sit-in" is parsed as "in" with the compound "sit"
            noun = "".join(t.lower_ for t in c.subtree if t.dep_ in ("compound", "punct") or t == c)
            if c.lemma_.lower() in L.PROTEST_NOUNS or noun in L.PROTEST_NOUNS:
                return True
        if c.dep_ == "prep" and c.lower_ == "on":
            if any(g.lemma_.lower() in ("strike", "walkout") for g in c.children):
                return True
        if c.dep_ == "prt" and c.lower_ == "out" and lemma == "walk":
            return True
        if c.dep_ == "prep" and c.lower_ in L.WALKOUT_PREPS and lemma == "walk":
            if any(g.lower_ in L.WALKOUT_NOUNS for g in c.children):
                return True  # "walked off the job"
    return False


def _is_passive(verb: Token, dep: str) -> bool:
    """Passive subject, or a participle with no "have": "12 killed", "a soldier killed"."""
    if dep == "nsubjpass":
        return True
    if dep != "nsubj" or verb.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.lemma_ == "have" and c.dep_ == "aux" for c in verb.children):
        return False
    return not any(c.dep_ == "dobj" for c in verb.children) and verb.lemma_.lower() in _ALL_PATIENT


_ALL_PATIENT = frozenset().union(*L.PATIENT_VERBS.values())


def category(anchor: Token, found: Found) -> str:
    """Walk up from the counted noun to the verb or noun that says what happened to it."""
    doc = anchor.doc
    end = found.phrase.end
    if found.obj is not None and found.obj.i == end:  # "2 soldiers killed"
        role = _role_category(anchor, found)
        if role != "other":
            return role
        end += 1
    after = doc[end] if end < len(doc) else None
    # "four dead", "21 arrested", "3 killed and 10 wounded"
    if after is not None and not any(c.dep_ == "dobj" for c in after.children):
        for category, words in L.PREDICATES.items():
            if after.lower_ in words:
                return category
    return _role_category(anchor, found)


def _role_category(anchor: Token, found: Found) -> str:
    node = anchor
    for _ in range(8):
        low = node.lower_
        for category in ("killed", "injured", "detained", "blockades"):
            if low in L.CATEGORY_NOUNS[category] and (found.phrase.kind != "one" or low == "dead"):
                return category
        dep, head = node.dep_, node.head
        if head == node:
            return _noun_predicate(node) or "other"
        if dep in ("conj", "appos") and head.pos_ not in ("VERB", "AUX"):
            predicate = _predicate(node)  # "a minor dead and 50 people injured"
            if predicate:
                return predicate
            node = head
            continue
        if head.dep_ in ("aux", "auxpass") and head.head != head:  # mis-parsed "10 IS militants"
            head = head.head
        if dep == "pobj":
            prep = head.lower_
            if prep in L.SUBSET_PREPS or head.lemma_ == "include":
                found.parent = head.head
                node = head.head
                continue
            if prep in ("from", "than"):
                found.elliptic = True
                return "other"
            if prep in L.TALLY_PREPS:
                tally = _tally(head, found)
                if tally is not None:  # "raised the death toll to 115"
                    found.elliptic = tally == "other"
                    return tally
            verb = head.head
            if verb.lemma_.lower() in L.PATIENT_VERBS["blockades"]:
                return "blockades"
            if prep == "of" and verb.pos_ in NOUNS:  # "the bodies of 4", "the death of a man"
                # "the son of a landowner was killed": one person, the son, is counted
                if found.phrase.kind != "one" or verb.lower_ in _CATEGORY_WORDS:
                    node = verb
                    continue
            return _noun_predicate(node) or "other"
        if head.pos_ in ("VERB", "AUX") or head.lower_ in L.PREDICATES["killed"]:
            if dep == "conj":  # "12 killed and four injured": the parse makes "four" a conj
                dep = "nsubj"
                predicate = _noun_predicate(node)
                if predicate:
                    return predicate
            if dep == "dobj" and head.lemma_ == "include":
                group = next((c for c in head.children if c.dep_ == "nsubj"), None)
                named = group_category(group) if group is not None else None
                if group is not None and named:  # "the dead included two children"
                    found.parent = group
                    return named
            among = among_group(head) if dep == "nsubj" and head.lemma_ == "be" else None
            if among is not None:  # "eleven children were among the dead"
                found.parent = among[1]
                return among[0]
            if dep == "dobj" and found.obj is None and head.lemma_.lower() in L.ESTIMATE_VERBS:
                found.elliptic = True  # "organisers claimed 600,000"
                return "other"
            patient = dep in ("dobj", "oprd") or _is_passive(head, dep)
            if dep not in ("dobj", "nsubj", "nsubjpass", "oprd", "attr"):
                return _noun_predicate(node) or "other"
            verb_category = _verb_category(head, patient)
            if verb_category is None and dep in ("nsubj", "nsubjpass"):
                for child in head.children:  # "arrived ... to take part", "reported killed"
                    if child.dep_ in ("xcomp", "advcl") and child.i > head.i:
                        verb_category = _verb_category(child, dep == "nsubjpass")
                        if verb_category:
                            break
            return verb_category or _noun_predicate(node) or "other"
        return _noun_predicate(node) or "other"
    return "other"


def _tally(prep: Token, found: Found) -> str | None:
    """ "raised the death toll to 115", "by the evening to 133", "put the figure at 3.5
    million": the category the tally noun names, "other" for a bare figure, None if none.
    "the number of missing children at 137" also names the counted noun."""
    verb = prep.head
    for _ in range(3):  # "by the evening to 133": climb to the verb
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    while verb.dep_ == "conj" and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for noun in verb.children:
        if noun.dep_ not in ("dobj", "nsubj", "nsubjpass") or noun.lower_ not in L.TALLY_NOUNS:
            continue
        words = {t.lower_ for t in noun.subtree}  # "the number of those detained"
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = of and next((c for c in of.children if c.dep_ == "pobj"), None)
        if found.obj is None and counted is not None and counted.pos_ == "NOUN":
            found.obj = counted
        for category in ("injured", "detained", "killed"):
            if words & (L.CATEGORY_NOUNS[category] | L.PREDICATES[category]) - {"toll"}:
                return category
        return "killed" if noun.lower_ == "toll" else "other"
    return None


def _noun_predicate(node: Token) -> str | None:
    """A participle on the noun or on a conjunct of it: "4 police and 39 civilians killed"."""
    for token in (node, *(c for c in node.children if c.dep_ == "conj")):
        found = _predicate(token)
        if found:
            return found
    return None


def participant_noun(obj: Token | None) -> bool:
    return obj is not None and obj.lower_ in L.CATEGORY_NOUNS["participants"]
