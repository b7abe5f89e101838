"""Place names spaCy's small model misses: capitalised runs of the body, and unknown names
kept as places from their context.

A run is a capitalised name ("Bir El Hafey", "Dar es Salaam") with its place context (the
rules are in place_context.py). An unknown name ("in Kafe", "residents of Kafe", "Ndissi
village", "Lwibo and Lukweti areas") is kept as a place only in that context, and only when
it is not a calendar word, a demonym, an acronym or an institution. A list continues a
run's context ("from Ngoshe and Guva"). Names the gazetteer knows are found in
place_gazetteer_names.py.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from .documents import ParsedItem
from .gazetteer import fold, load_gazetteer
from .place_context import has_context, noun_after, strong_context
from .places_lexicon import (
    CITY_WORDS,
    FACILITY_HEADS,
    NAME_PARTICLES,
    NOT_PLACE_WORDS,
    PLACE_NOUNS_AFTER,
)

NORP_ENDINGS = ("s", "ist", "ian", "an", "ese", "ic", "ish")
NON_PLACE_LABELS = frozenset(
    {"NORP", "LANGUAGE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LAW"}
)


@dataclass
class Run:
    """A capitalised name in the text: token range and character offsets."""

    first: int  # token index
    last: int  # token index, inclusive
    start: int
    end: int
    text: str
    context: bool  # in a place context (see the module notes)


def _capitalised(tok: Token) -> bool:
    """A capitalised word that can be part of a name ("In", "The", "Our" cannot)."""
    return tok.text[:1].isupper() and tok.is_alpha and not tok.is_stop


def name_runs(parsed: ParsedItem) -> list[Run]:
    """Capitalised runs of the body ("Bir El Hafey", "Dar es Salaam"), with their context."""
    runs: list[Run] = []
    i = 0
    start_char = parsed.body_start
    tokens = parsed.tokens
    text = parsed.item.text  # spaCy rebuilds doc.text on every access
    while i < len(tokens):
        tok = tokens[i]
        if tok.idx < start_char or not _capitalised(tok):
            i += 1
            continue
        j = i
        while j + 1 < len(tokens):
            nxt = tokens[j + 1]
            if _capitalised(nxt) or (nxt.text == "-" and j + 2 < len(tokens)):
                j += 1
            elif (
                nxt.lower_ in NAME_PARTICLES and j + 2 < len(tokens) and _capitalised(tokens[j + 2])
            ):
                j += 1
            else:
                break
        while tokens[j].text == "-":
            j -= 1
        j = _possessive_settlement(tokens, i, j)
        start, end = tok.idx, tokens[j].idx + len(tokens[j].text)
        runs.append(Run(i, j, start, end, text[start:end], has_context(tokens, i, j)))
        i = j + 1
    # A list continues a context: "from Ngoshe and Guva", "Lwibo and Lukweti areas".
    for a, b in zip(runs, runs[1:], strict=False):
        between = text[a.end : b.start].strip().lower()
        after_b = text[b.end : b.end + 6].lower()
        if between in ("and", ", and", "or", "&") or (
            between == "," and after_b.startswith((",", " and", " or"))
        ):
            if (a.context or _place_label(tokens, a)) and not b.context:
                b.context = True
            elif not a.context and (
                (b.context and noun_after(tokens, b.last)) or _place_label(tokens, b)
            ):
                a.context = True
    return runs


def _place_label(tokens: list[Token], run: Run) -> bool:
    """NER labels the run a place: its list neighbour is one too ("clear Bulagana and
    Gambori")."""
    return tokens[run.first].ent_type_ in ("GPE", "LOC")


def _possessive_settlement(tokens: list[Token], i: int, j: int) -> int:
    """ "Sir Lowry's Pass Village": a name with a possessive inside, ended by a settlement
    word, is one name (but "Kenya's Rift Valley" is Kenya's). The last token of the run."""
    k = j + 2
    if k >= len(tokens) or tokens[j + 1].tag_ != "POS" or not _capitalised(tokens[k]):
        return j
    while k + 1 < len(tokens) and _capitalised(tokens[k + 1]):
        k += 1
    if tokens[k].lower_ not in CITY_WORDS or load_gazetteer().lookup(tokens[i].doc[i : j + 1].text):
        return j
    return k


def unknown_place_ok(parsed: ParsedItem, run: Run) -> bool:
    """An unknown capitalised name in a place context that is plausibly a place name."""
    words = run.text.replace("-", " ").split()
    if fold(words[0]) in FACILITY_HEADS and len(words) > 1:
        return True  # a named site; its kind is facility
    if not run.context or len(words) > 4:
        return False
    if any(fold(w) in NOT_PLACE_WORDS for w in words):
        return False
    # "Obafemi-Owode LGA": a division's abbreviation is a type word, not an acronym name.
    named = words[:-1] if len(words) > 1 and fold(words[-1]) in PLACE_NOUNS_AFTER else words
    if run.text.isupper() or any(len(w) > 1 and w.isupper() for w in named):
        return False  # an acronym: an organisation more often than a place
    gaz = load_gazetteer()
    if any(gaz.demonym_country(w) for w in words):
        return False
    doc, tokens = parsed.doc, parsed.tokens
    labels = {t.ent_type_ for t in tokens[run.first : run.last + 1]}
    if "NORP" in labels and len(words) == 1 and not words[0].endswith(NORP_ENDINGS):
        labels.discard("NORP")  # the small model calls unknown village names NORP too
    if labels & NON_PLACE_LABELS:
        return False
    # A name NER read as a multi-word person or organisation ("Jane Wanjiru", "Radio X"),
    # unless a strong place context says otherwise ("in Doron Naira", "Ga-Rankuwa township").
    if tokens[run.first].ent_type_ not in ("PERSON", "ORG") or _entity_length(doc, run.first) == 1:
        return True
    possessive = run.last + 1 < len(tokens) and tokens[run.last + 1].tag_ == "POS"
    return strong_context(tokens, run.first, run.last) and not possessive


def _entity_length(doc: Doc, i: int) -> int:
    """Tokens of the entity holding token i (from the IOB tags, without building doc.ents)."""
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end - start


def in_context_names(runs: list[Run]) -> list[Run]:
    """Of an item's ``name_runs``: runs of the body in a place context, and named sites
    headed by a facility word ("Universidad Nacional de Colombia", "Plaza de Mayo") wherever
    they stand (copies: the runs given are shared with ``embedded_names``)."""
    out = []
    for r in runs:
        words = r.text.split()
        if len(words) > 1 and fold(words[0]) in FACILITY_HEADS - {"university", "port"}:
            r = replace(r, context=True)
        if r.context:
            out.append(r)
    return out
