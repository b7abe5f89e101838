"""Place mentions spaCy's small model misses or mislabels, found from context.

Two readings of the body, both generic:
- gazetteer names: a capitalised run the gazetteer knows, NER-tagged or not (the
  headline too, but there only names the bodies established, countries, or regions of
  a country the document names: Title Case fools NER there);
- unknown names: a capitalised run in a place context the gazetteer does not know
  ("in Kafe", "residents of Kafe", "Ndissi village", "Lwibo and Lukweti areas"). Such a
  name is kept as a place only in that context, and only when it is not a calendar word,
  a demonym, an acronym or an institution.
The place context is a locative preposition before the run ("in", "at", "near"...), a
place noun followed by "of" before it, a place noun after it, or a list continuing a run
that had such a context ("from Ngoshe and Guva").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from .documents import ParsedItem
from .gazetteer import GazetteerEntry, fold, load_gazetteer
from .places_lexicon import (
    APPOSITION_PLACE_NOUNS,
    COMMON_NAME_WORDS,
    FACILITY_HEADS,
    INSTITUTION_HEADS,
    LOCATIVE_PREPS,
    MOTION_VERBS,
    NAME_PARTICLES,
    NOT_PLACE_WORDS,
    OF_PLACE_NOUNS,
    PLACE_NOUNS_AFTER,
    SEIZURE_VERBS,
    SITE_VERBS,
    STRONG_LOCATIVE_PREPS,
)

LOCATIVE = frozenset({"in", "at", "near", "from", "to", "into", "outside", "around", "of"})
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
        start, end = tok.idx, tokens[j].idx + len(tokens[j].text)
        runs.append(Run(i, j, start, end, text[start:end], _has_context(tokens, i, j)))
        i = j + 1
    # A list continues a context: "from Ngoshe and Guva", "Lwibo and Lukweti areas".
    for a, b in zip(runs, runs[1:], strict=False):
        between = text[a.end : b.start].strip().lower()
        after_b = text[b.end : b.end + 6].lower()
        if between in ("and", ", and", "or", "&") or (
            between == "," and after_b.startswith((",", " and", " or"))
        ):
            if a.context and not b.context:
                b.context = True
            elif b.context and _noun_after(tokens, b.last) and not a.context:
                a.context = True
    return runs


def _noun_after(tokens: list[Token], j: int) -> bool:
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
    headline's "..., retake X"), never after a determiner ("the raid X led")."""
    if i == 0 or tokens[i - 1].lemma_.lower() not in verbs:
        return False
    verb = tokens[i - 1]
    return verb.tag_.startswith("VB") or i == 1 or tokens[i - 2].is_punct


def _strong_context(tokens: list[Token], i: int, j: int) -> bool:
    """A context that makes a name NER read as a person or organisation a place: a strong
    locative preposition ("in", "near"), a place noun after it ("X village") or before it
    with "of" ("residents of X"), "<motion verb> to X", the object of a verb whose object is
    a site ("bombed X"), or an apposition to a place noun ("a militia position X")."""
    if _noun_after(tokens, j) or _after_verb(tokens, i, SITE_VERBS):
        return True
    if tokens[j].dep_ == "appos" and tokens[j].head.i == i - 1:
        if tokens[i - 1].lower_ in APPOSITION_PLACE_NOUNS:
            return True
    if i == 0:
        return False
    prev = tokens[i - 1].lower_
    if prev in STRONG_LOCATIVE_PREPS:
        return True
    if i >= 2 and prev == "of" and tokens[i - 2].lower_ in OF_PLACE_NOUNS:
        return True
    return i >= 2 and prev == "to" and tokens[i - 2].lemma_.lower() in MOTION_VERBS


def _has_context(tokens: list[Token], i: int, j: int) -> bool:
    if _noun_after(tokens, j) or _object_of_seizure(tokens, j):
        return True
    if _after_verb(tokens, i, SEIZURE_VERBS) or _strong_context(tokens, i, j):
        return True
    if i == 0:
        return False
    prev = tokens[i - 1].lower_
    if prev in LOCATIVE_PREPS:
        return True
    return prev == "of" and i >= 2 and tokens[i - 2].lower_ in OF_PLACE_NOUNS


def unknown_place_ok(parsed: ParsedItem, run: Run) -> bool:
    """An unknown capitalised name in a place context that is plausibly a place name."""
    words = run.text.replace("-", " ").split()
    if fold(words[0]) in FACILITY_HEADS and len(words) > 1:
        return True  # a named site; its kind is facility
    if not run.context or len(words) > 4:
        return False
    if any(fold(w) in NOT_PLACE_WORDS for w in words):
        return False
    if run.text.isupper() or any(len(w) > 1 and w.isupper() for w in words):
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
    return _strong_context(tokens, run.first, run.last) and not possessive


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


def gazetteer_mentions(
    parsed: ParsedItem, body_names: set[str], countries: Counter[str]
) -> list[tuple[str, int, int]]:
    """Names NER missed or mangled. Title Case fools NER in the headline, so there every
    token is scanned; in the body only proper nouns outside any entity. A hit is a name the
    document's bodies established, a country, or a region of a country the document names."""
    gaz = load_gazetteer()
    doc = parsed.doc
    text = parsed.item.text
    in_ent = {  # token indices, without making a Token object per entity token
        i
        for ent in parsed.ents
        if ent.start_char >= parsed.body_start
        for i in range(ent.start, ent.end)
    }
    out: list[tuple[str, int, int]] = []
    tokens = [t for t in parsed.tokens if not t.is_space]
    i = 0
    while i < len(tokens):
        hit: tuple[str, int, int] | None = None
        first = tokens[i]
        # Speed: every window starts with this token, so one test rules most tokens out
        # (the first two tests below, on window[0] alone).
        if not text[first.idx : first.idx + 1].isupper() or (
            first.idx >= parsed.body_start and first.pos_ != "PROPN"
        ):
            i += 1
            continue
        for n in (3, 2, 1):
            window = tokens[i : i + n]
            if len(window) < n or not all(t.text[:1].isupper() for t in (window[0], window[-1])):
                continue
            in_body = window[0].idx >= parsed.body_start
            if in_body and (any(t.i in in_ent for t in window) or window[0].pos_ != "PROPN"):
                continue
            if window[-1].idx >= parsed.body_start and not in_body:
                continue  # never across the headline/body boundary
            start, end = window[0].idx, window[-1].idx + len(window[-1].text)
            key = fold(text[start:end])
            if key in COMMON_NAME_WORDS and _name_goes_on(tokens, i + n):
                continue  # "in South Kivu": the word starts a longer name
            entries = gaz.by_name.get(key, ())
            if (
                (key in body_names and not in_body)
                or any(e.kind == "country" for e in entries)
                or any(e.kind == "admin1" and e.country_code in countries for e in entries)
                or (in_body and entries and _after_locative(doc, window[0].i))
            ):
                hit = (text[start:end], start, end)
                break
        if hit:
            out.append(hit)
            i += len(hit[0].split())
        else:
            i += 1
    return out


def _name_goes_on(tokens: list[Token], k: int) -> bool:
    return k < len(tokens) and tokens[k].text[:1].isupper() and tokens[k].is_alpha


def _after_locative(doc: Doc, i: int) -> bool:
    """ "in Rusape", "near Kabo": a proper noun after a locative preposition."""
    return i > 0 and doc[i - 1].lower_ in LOCATIVE


def _embedded_candidates(name: str) -> tuple[GazetteerEntry, ...]:
    """Countries and regions by their main name, cities by any spelling of 5+ letters."""
    key = fold(name)
    if key in COMMON_NAME_WORDS:
        return ()
    gaz = load_gazetteer()
    main = gaz.by_name.get(key, ())
    alternate = gaz.by_alternate.get(key, ()) if len(key) >= 5 else ()
    return tuple(e for e in main if e.kind != "other") + tuple(
        e for e in alternate if e.kind == "city"
    )


def embedded_names(
    parsed: ParsedItem, runs: list[Run], taken: list[tuple[int, int]]
) -> list[tuple[str, int, int, tuple[GazetteerEntry, ...]]]:
    """Known places inside other names, for an item that names no located place: "the
    Benghazi Medical Centre" (a name headed by an institution word), "Bitta-Damboa axis"
    (the parts of a hyphenated compound), "Tripolis" (a possessive that lost its
    apostrophe), or a whole capitalised name NER missed; each with its candidates.
    ``runs`` are the item's ``name_runs`` (computed once per item, read-only here)."""
    doc = parsed.doc
    found: list[tuple[str, int, int, tuple[GazetteerEntry, ...]]] = []
    for run in runs:
        tokens = doc[run.first : run.last + 1]
        if any(s < run.end and run.start < e for s, e in taken) or any(
            t.ent_type_ == "PERSON" for t in tokens
        ):
            continue
        pieces: list[tuple[int, int]] = []  # token ranges to look up
        hyphen = [i for i, t in enumerate(tokens) if t.text == "-"]
        if fold(tokens[-1].text) in INSTITUTION_HEADS and len(tokens) > 1:
            pieces = [(0, n) for n in (3, 2, 1) if n < len(tokens)]
        elif hyphen:
            bounds = [-1, *hyphen, len(tokens)]
            pieces = [(a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False)]
        pieces.insert(0, (0, len(tokens)))
        listed = set(pieces)
        pieces += [
            (a, b)
            for a in range(len(tokens))
            for b in range(a + 1, len(tokens) + 1)
            if (a, b) not in listed
        ]
        for a, b in pieces:
            name = tokens[a:b].text
            entry = _embedded_candidates(name)
            if (a, b) not in listed:  # any other part of the name: only a country's name
                entry = tuple(e for e in entry if e.kind == "country")
            elif (a, b) != (0, len(tokens)) and not hyphen:  # "Auckland Park": not a region
                entry = tuple(e for e in entry if e.kind != "admin1")
            lost = name[:-1]  # "Tripolis": the possessive without its apostrophe
            if not entry and (a, b) in listed and name.endswith("s") and len(lost) >= 5:
                if not load_gazetteer().lookup(name):
                    entry = _embedded_candidates(lost)
                    name = lost
            if entry:
                start = tokens[a].idx
                found.append((name, start, start + len(name), entry))
                if (a, b) == (0, len(tokens)) or not hyphen:
                    break
    return found
