"""Place context: the word-order and parse rules that say a capitalised name stands where
a place stands.

A locative preposition before the name ("in", "at", "near"...), a place noun followed by
"of" before it ("residents of X"), a place noun after it ("X village"), "<motion verb> to X",
or the object of a verb of attack, seizure or a site ("militia attack X", "bombed X").
The strong subset overrides an NER label of person or organisation. Used by place_detect.py
for unknown names; kept apart so the rules read on their own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .places_lexicon import (
    ADMIN_WORDS,
    APPOSITION_PLACE_NOUNS,
    DISTANCE_UNITS,
    FACILITY_HEADS,
    LOCATIVE_PREPS,
    MOTION_VERBS,
    OF_PLACE_NOUNS,
    PLACE_NOUNS_AFTER,
    SEIZURE_VERBS,
    SITE_VERBS,
    STRONG_LOCATIVE_PREPS,
    TYPE_WORDS,
)

# A name ending in one of these is a division's name ("the Afram Plains South District");
# "State" is left out: "Islamic State", "Secretary of State".
DIVISION_ENDINGS = (TYPE_WORDS | ADMIN_WORDS) - {"state", "states"}


def noun_after(tokens: list[Token], j: int) -> bool:
    """ "Ndissi village", "Damasa border town", but not "the Hausa region of Kano" (there
    Kano is the region)."""
    k = j + 1
    if k + 1 < len(tokens) and tokens[k].tag_ == "NN" and tokens[k].is_lower:
        if tokens[k + 1].lower_ in PLACE_NOUNS_AFTER:
            k += 1  # one lower-case modifier: "border town", "trading centre"
    if k >= len(tokens) or tokens[k].lower_ not in PLACE_NOUNS_AFTER:
        return False
    # A plural noun names the places before it even when "of" follows ("the Lwibo and
    # Lukweti areas of Masisi territory"): no single place there is described.
    return tokens[k].tag_ == "NNS" or not (k + 1 < len(tokens) and tokens[k + 1].lower_ == "of")


def _object_of_seizure(tokens: list[Token], j: int) -> bool:
    """ "militia attack Tur", "troops retake Goof Guduud": the object of a verb of attack
    or seizure is a place when no NER label says otherwise (checked by the caller)."""
    root = tokens[j]
    return root.dep_ == "dobj" and root.head.lemma_ in SEIZURE_VERBS


def _after_verb(tokens: list[Token], i: int, verbs: frozenset[str]) -> bool:
    """The name follows one of ``verbs`` directly ("jets bombed Wadi Kura"). The small model
    often misparses such objects (a verb read as a noun, the object as an adverb), so the
    word order decides: the verb is tagged a verb, or stands after a comma or first (a
    headline's "..., retake X") or after an acronym opening the sentence ("SAF bomb X"),
    never after a determiner ("the raid X led")."""
    if i == 0 or tokens[i - 1].lemma_.lower() not in verbs:
        return False
    verb = tokens[i - 1]
    if verb.tag_.startswith("VB") or i == 1 or tokens[i - 2].is_punct:
        return True
    # A note's "SAF bomb X": an acronym subject opening the sentence, then the verb.
    subject = tokens[i - 2].text
    return len(subject) > 1 and subject.isupper() and (i == 2 or bool(tokens[i - 3].is_sent_end))


def strong_context(tokens: list[Token], i: int, j: int) -> bool:
    """A context that makes a name NER read as a person or organisation a place: a strong
    locative preposition ("in", "near"), a place noun after it ("X village") or before it
    with "of" ("residents of X"), "<motion verb> to X", the object of a verb whose object is
    a site ("bombed X"), or an apposition to a place noun ("a militia position X")."""
    if noun_after(tokens, j) or _after_verb(tokens, i, SITE_VERBS):
        return True
    if tokens[j].dep_ == "appos" and tokens[j].head.i == i - 1:
        if tokens[i - 1].lower_ in APPOSITION_PLACE_NOUNS:
            return True
    if i == 0:
        return False
    prev = tokens[i - 1].lower_
    if prev in STRONG_LOCATIVE_PREPS or (prev == "from" and _distance(tokens, i - 2)):
        return True
    if i >= 2 and prev == "of" and tokens[i - 2].lower_ in OF_PLACE_NOUNS:
        return True
    return i >= 2 and prev == "to" and tokens[i - 2].lemma_.lower() in MOTION_VERBS


def _distance(tokens: list[Token], k: int) -> bool:
    """ "1km", "10 miles": a distance ends at token k ("1km from X" is a place context)."""
    if k < 0:
        return False
    word = tokens[k].lower_
    return word in DISTANCE_UNITS or (word.endswith("km") and word[:1].isdigit())


def has_context(tokens: list[Token], i: int, j: int) -> bool:
    """A place context (see the module notes); also a name that ends in a division word
    ("the Afram Plains South District") and "<facility> of X" ("the hospital of X")."""
    if noun_after(tokens, j) or _object_of_seizure(tokens, j):
        return True
    if j > i and tokens[j].lower_ in DIVISION_ENDINGS and i > 0:
        if tokens[i - 1].lower_ == "the" or tokens[i - 1].lower_ in LOCATIVE_PREPS:
            return True
    if _after_verb(tokens, i, SEIZURE_VERBS) or strong_context(tokens, i, j):
        return True
    if i == 0:
        return False
    prev = tokens[i - 1].lower_
    if prev in LOCATIVE_PREPS:
        return True
    if prev != "of" or i < 2:
        return False
    noun = tokens[i - 2]
    return noun.lower_ in OF_PLACE_NOUNS or (noun.is_lower and noun.text in FACILITY_HEADS)
