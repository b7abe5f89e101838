"""People and organisations, canonical within a document; every mention kept as a span.

People: titles are stripped; a short or partial name ("Ruto", "Odinga") takes the
document's full name that contains it, compared accent-insensitively; the spelling with
diacritics wins ("José Martínez" over "Jose Martinez"). A name the gazetteer knows as a
place is never a person.
Organisations: "The X (ACR)" gives name X and acronym ACR; a later "ACR", or another name
introduced with the same acronym, resolves to the first name. Title Case headlines fool the
model, so headline mentions are only names the bodies of the document established.

The NER mentions are collected and filtered in entities_mentions.py, their canonical names
chosen in entities_canonical.py; this module puts them together per item and finds the
established names again where NER missed them (headlines, untagged body words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .documents import ParsedItem
from .entities_canonical import canonical_orgs, canonical_people, key_tokens
from .entities_cuts import is_country
from .entities_lexicon import HONORIFICS, TITLES
from .entities_mentions import DocumentActors, Found, collect_mentions
from .gazetteer import fold, load_gazetteer
from .models import Organisation, Person, Span
from .places_document import DocumentContext, document_context


@dataclass
class Actors:
    people: list[Person]
    organisations: list[Organisation]


@lru_cache(maxsize=4096)  # called for every character of every item: few distinct ones
def _fold_char(char: str) -> str:
    folded = fold(char) if not char.isspace() else " "
    return folded if len(folded) == 1 else char


def _name_matches(
    parsed: ParsedItem,
    names: dict[str, str],
    taken: list[tuple[int, int]],
    headline_only: bool = False,
) -> list[tuple[str, int, str]]:
    """Whole-word, capitalised occurrences of names the document established (folded key ->
    canonical), outside mentions already taken: the headline (Title Case fools NER) and,
    unless ``headline_only``, body words NER left untagged ("[Prime Minister] Mudavadi")."""
    text = parsed.item.text if not headline_only else parsed.item.text[: parsed.body_start]
    folded = "".join(map(_fold_char, text))  # same length: offsets carry over
    out: list[tuple[str, int, str]] = []
    spans = list(taken)
    for key in sorted(names, key=len, reverse=True):
        if key not in folded:
            continue  # speed: most names are not in this item; no pattern to build then
        for start, end in _whole_words(key, folded):
            if not text[start].isupper():
                continue
            if any(s < end and start < e for s, e in spans):
                continue
            spans.append((start, end))
            out.append((text[start:end], start, names[key]))
    return out


def _word_char(text: str, i: int) -> bool:
    """``re``'s ``\\w`` at text[i] (str.isalnum or "_"); False outside the text."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def _whole_words(key: str, text: str) -> list[tuple[int, int]]:
    """(start, end) of each occurrence of ``key`` in ``text`` not inside a longer word, left
    to right, without overlaps: what ``re.finditer(r"(?<!\\w)KEY(?!\\w)")`` finds. Speed:
    the names differ per document, so a pattern would be compiled for nearly every call."""
    if not key:
        return [m.span() for m in re.finditer(r"(?<!\w)(?!\w)", text)]
    out = []
    i = text.find(key)
    while i != -1:
        end = i + len(key)
        if not _word_char(text, i - 1) and not _word_char(text, end):
            out.append((i, end))
            i = text.find(key, end)
        else:
            i = text.find(key, i + 1)
    return out


DEMONYM_POLICE = re.compile(r"\b([A-Z][a-z]+) police\b")


def _national_police(parsed: ParsedItem, org_names: dict[str, str]) -> list[tuple[str, int, str]]:
    """ "the Kenyan police" is the national police the document names ("National Police of
    Kenya"), when it names one."""
    gaz = load_gazetteer()
    out = []
    for m in DEMONYM_POLICE.finditer(parsed.item.text, parsed.body_start):
        code = gaz.demonym_country(m.group(1))
        name = f"National Police of {gaz.countries[code].name}" if code else ""
        if name and fold(name) in {fold(n) for n in org_names.values()}:
            out.append((m.group(0), m.start(), org_names.get(fold(name), name)))
    return out


def _nearest_full(short: str, start: int, fulls: list[tuple[int, str]], default: str) -> str:
    """A surname two people of the document share ("Rajapaksa" for two brothers) is the one
    the item names in full, the last one before it, else the first after it; otherwise the
    document's choice (``default``)."""
    tokens = set(key_tokens(short))
    if not tokens or len(tokens) > 1:
        return default
    fitting = [(s, n) for s, n in fulls if tokens <= set(key_tokens(n))]
    before = [n for s, n in fitting if s < start]
    return before[-1] if before else (fitting[0][1] if fitting else default)


def _opening(name: str, size: int) -> str:
    """The first ``size`` words of a name, folded; a one-word opening without its
    hyphenated or possessive rest ("Anheuser-Busch Cos", "Dunkin' Donuts", "Young's")."""
    words = name.split()[:size]
    if size == 1:
        words = [re.split(r"[-'’]", words[0])[0]]
    return fold(" ".join(words))


def _reassign(items: list[ParsedItem], found: DocumentActors, people: dict[str, str]) -> None:
    """Mentions the document's other names show to be of the other kind:
    - a "person" no longer name holds, untitled, that opens a longer organisation name is
      that organisation ("Primerica" beside "PRIMERICA Corp."), the first such;
    - an organisation coordinated with a person ("Reno and Immigration and Naturalization
      Service") is split at " and ": the person and the organisation;
    - an organisation ending in a person's full name, or a country and a name whose
      surname is a person's ("ambassador to Kenya Prudence Bushnell"), is that person;
    - an organisation whose first word opens a sentence and whose rest is another
      organisation of the document ("Replied State Department") is that one."""
    full = {fold(n) for n in people.values() if len(key_tokens(n)) > 1}
    surnames = {key_tokens(n)[-1] for n in people.values() if len(key_tokens(n)) > 1}
    known = {key_tokens(n)[-1] for n in people.values() if key_tokens(n)}
    org_names = sorted({o.name for o in found.orgs})
    for p in list(found.people):
        size = len(p.name.split())
        if people.get(fold(p.name), p.name) != p.name:
            continue  # a part of a person's full name
        before = items[p.item].item.text[: p.start].split()[-1:]
        if before and before[0].casefold() in TITLES - HONORIFICS:
            continue
        longer = [o.name for o in found.orgs if len(o.name.split()) > size]
        longer = [n for n in longer if _opening(n, size) == fold(p.name)]
        if longer:  # several ("X Bancorp", "X Bank"): the first the document names
            found.people.remove(p)
            found.orgs.append(Found(p.item, p.text, p.start, longer[0]))

    def is_person(name: str) -> bool:
        tokens = key_tokens(name)
        return fold(name) in full or (len(tokens) == 1 and tokens[0] in surnames)

    keys = {fold(n) for n in org_names}
    for o in list(found.orgs):
        words = o.text.split(" ")
        if " and " in o.text and o.text == o.name:
            head, rest = o.text.split(" and ", 1)
            init, tail = o.text.rsplit(" and ", 1)
            if is_person(head) or is_person(tail):
                found.orgs.remove(o)
                if is_person(head):
                    person, p_at, org, org_at = head, o.start, rest, o.start + len(head) + 5
                else:
                    person, p_at, org, org_at = tail, o.start + len(init) + 5, init, o.start
                found.people.append(Found(o.item, person, p_at, person))
                found.orgs.append(Found(o.item, org, org_at, org, o.acronym))
                continue
        for k in (2, 3):
            tail = " ".join(words[-k:])
            surname = key_tokens(tail)[-1] if key_tokens(tail) else ""
            # "to Kenya Prudence [Bushnell]" where "Bushnell said" stands alone elsewhere
            named = fold(tail) in full or (k == 2 and surname in known and is_country(words[0]))
            if len(words) > k and named:
                found.orgs.remove(o)
                at = o.start + len(o.text) - len(tail)
                found.people.append(Found(o.item, tail, at, tail))
                break
        else:
            text = items[o.item].item.text
            opens = o.start == 0 or text[: o.start].rstrip()[-1:] in ".!?\"'`\n"
            rest = " ".join(words[1:])
            if len(words) > 2 and opens and fold(rest) in keys and o.text == o.name:
                o.text, o.name, o.start = rest, rest, o.start + len(words[0]) + 1
    found.orgs.sort(key=lambda o: (o.item, o.start))


def extract_actors(items: list[ParsedItem], ctx: DocumentContext | None = None) -> list[Actors]:
    """People and organisations per item, canonical within the document (``ctx`` as in
    ``extract_places``)."""
    ctx = document_context(items) if ctx is None else ctx
    found = collect_mentions(items, ctx)
    people_names = canonical_people(found.people)
    # An ORG that is a known person's name ("Odinga") is that person.
    for o in list(found.orgs):
        if fold(o.name) in people_names or (
            len(key_tokens(o.name)) == 1
            and any(key_tokens(o.name)[0] in key_tokens(n) for n in people_names.values())
        ):
            found.orgs.remove(o)
            found.people.append(Found(o.item, o.text, o.start, o.name))
    people_names = canonical_people(found.people)
    _reassign(items, found, people_names)
    people_names = canonical_people(found.people)
    top = ctx.countries.most_common(1)
    # geonames codes a few territories pycountry lacks (XK, Kosovo): no country name then
    top_entry = load_gazetteer().countries.get(top[0][0]) if top else None
    country = top_entry.name if top_entry else None
    org_names, acronyms = canonical_orgs(found.orgs, country)
    # A surname several people share goes to the first of them by name: any fixed rule, so
    # the output never depends on set order (which changes with the process's hash seed).
    surname_keys: dict[str, str] = {}
    for name in sorted(set(people_names.values())):
        if key_tokens(name):
            surname_keys.setdefault(key_tokens(name)[-1], name)
    results = []
    for index, parsed in enumerate(items):
        people: dict[str, list[Span]] = {}
        orgs: dict[str, list[Span]] = {}
        taken = [
            (o.start, o.start + len(o.text)) for o in found.orgs + found.people if o.item == index
        ]
        fulls = sorted(
            (p.start, people_names.get(fold(p.name), p.name))
            for p in found.people
            if p.item == index and len(key_tokens(p.name)) > 1
        )
        for text, start, name in _name_matches(parsed, {**surname_keys, **people_names}, taken):
            name = _nearest_full(text, start, fulls, name)
            people.setdefault(name, []).append(Span(text=text, start=start, end=start + len(text)))
        if parsed.body_start:
            for text, start, name in _name_matches(parsed, org_names, taken, headline_only=True):
                orgs.setdefault(name, []).append(
                    Span(text=text, start=start, end=start + len(text))
                )
        for p in found.people:
            if p.item == index:
                name = _nearest_full(p.name, p.start, fulls, people_names.get(fold(p.name), p.name))
                people.setdefault(name, []).append(
                    Span(text=p.text, start=p.start, end=p.start + len(p.text))
                )
        for text, start, name in _national_police(parsed, org_names):
            orgs.setdefault(name, []).append(Span(text=text, start=start, end=start + len(text)))
        for o in found.orgs:
            if o.item == index:
                name = org_names.get(fold(o.name), o.name)
                orgs.setdefault(name, []).append(
                    Span(text=o.text, start=o.start, end=o.start + len(o.text))
                )
        results.append(
            Actors(
                people=[
                    Person(name=n, mentions=sorted(m, key=lambda s: s.start))
                    for n, m in people.items()
                ],
                organisations=[
                    Organisation(
                        name=n, acronym=acronyms.get(n), mentions=sorted(m, key=lambda s: s.start)
                    )
                    for n, m in orgs.items()
                ],
            )
        )
    return results
