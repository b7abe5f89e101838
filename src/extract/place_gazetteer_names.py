"""Gazetteer names spaCy's small model misses or mangles, found by looking names up.

Two readings: capitalised windows of one to three tokens the gazetteer knows (the headline
too, but there only names the bodies established, countries, or regions of a country the
document names: Title Case fools NER there), and known places inside other names ("the
Benghazi Medical Centre", "Bitta-Damboa axis", "Tripolis") for an item that names no
located place. Unknown names found from context are in place_detect.py.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from .documents import ParsedItem
from .gazetteer import GazetteerEntry, fold, load_gazetteer
from .place_detect import Run
from .place_evidence import demonym_modifier
from .places_lexicon import COMMON_NAME_WORDS, INSTITUTION_HEADS
from .places_resolve import BIG_CITY, loose_alternate

LOCATIVE = frozenset({"in", "at", "near", "from", "to", "into", "outside", "around", "of"})


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
    """Countries and regions by their main name, cities by any spelling of 5+ letters (a
    small town's only when a spelling of its main name: ``loose_alternate``)."""
    key = fold(name)
    if key in COMMON_NAME_WORDS:
        return ()
    gaz = load_gazetteer()
    main = gaz.by_name.get(key, ())
    alternate = gaz.by_alternate.get(key, ()) if len(key) >= 5 else ()
    return tuple(e for e in main if e.kind != "other") + tuple(
        e
        for e in alternate
        if e.kind == "city" and (e.population >= BIG_CITY or not loose_alternate(key, fold(e.name)))
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
            if entry and demonym_modifier(parsed.item.text, name, tokens[a].idx + len(name)):
                entry = ()  # "Somali government forces": a people, not Somali region
            if entry:
                start = tokens[a].idx
                found.append((name, start, start + len(name), entry))
                if (a, b) == (0, len(tokens)) or not hyphen:
                    break
    return found
