"""People and organisations, canonical within a document; every mention kept as a span.

People: titles are stripped; a short or partial name ("Ruto", "Odinga") takes the
document's full name that contains it, compared accent-insensitively; the spelling with
diacritics wins ("José Martínez" over "Jose Martinez"). A name the gazetteer knows as a
place is never a person.
Organisations: "The X (ACR)" gives name X and acronym ACR; a later "ACR", or another name
introduced with the same acronym, resolves to the first name. Title Case headlines fool the
model, so headline mentions are only names the bodies of the document established.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span as SpacySpan

from .documents import ParsedItem
from .entities_lexicon import (
    KNOWN_ACRONYMS,
    NATIONAL_BODIES,
    ORG_STOPWORDS,
    PARTICLES,
    ROLE_WORDS,
    SITE_PREPS,
    TITLES,
)
from .gazetteer import fold, load_gazetteer
from .models import Organisation, Person, Span
from .places_lexicon import FACILITY_HEADS, OTHER_HEADS
from .places_mentions import coordinated_with_place
from .places_resolve import (
    DocumentContext,
    document_context,
    is_known_place,
    split_list,
    strip_name,
)

ACRONYM_AFTER = re.compile(r"^\s*\(([A-Z][A-Za-z]*[A-Z])\)")
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,9}$")


@dataclass
class Actors:
    people: list[Person]
    organisations: list[Organisation]


@dataclass
class Found:
    """One mention: item index, surface text and offset, and the name it stands for."""

    item: int
    text: str
    start: int
    name: str
    acronym: str | None = None


@dataclass
class DocumentActors:
    people: list[Found] = field(default_factory=list)
    orgs: list[Found] = field(default_factory=list)


def strip_title(text: str, start: int) -> tuple[str, int]:
    """ "former President Jane Doe" -> "Jane Doe" (offset kept)."""
    words = text.split(" ")
    while len(words) > 1 and words[0].casefold() in TITLES:
        start += len(words[0]) + 1
        words = words[1:]
    return " ".join(words), start


def _key_tokens(name: str) -> list[str]:
    return [t for t in fold(name).replace(".", "").split() if t not in PARTICLES]


def _person_ok(name: str, ctx: DocumentContext) -> bool:
    if not name or not name[0].isupper() or any(c.isdigit() for c in name):
        return False
    if ACRONYM.match(name) or is_known_place(name, ctx.countries):
        return False
    if name.split()[0].casefold() in FACILITY_HEADS:
        return False  # "Plaza Dos de Mayo" is a place
    return all(not is_known_place(part, ctx.countries) for part in name.split()) or (
        len(name.split()) > 1
    )


def _collect(items: list[ParsedItem], ctx: DocumentContext) -> DocumentActors:
    found = DocumentActors()
    for index, parsed in enumerate(items):
        text = parsed.item.text
        for ent in parsed.ents:
            if ent.start_char < parsed.body_start:
                continue
            name, start = strip_name(ent.text, ent.start_char)
            named = _acronymed(ent, text) if ent.label_ == "PERSON" else None
            if named is not None:  # "Samyukt Kisan Morcha (SKM)": a body, not a person
                found.orgs.append(Found(index, named[0], named[1], named[0], named[2]))
                continue
            if ent.label_ == "PERSON":
                name, start = strip_title(name, start)
                if _person_ok(name, ctx):
                    found.people.append(Found(index, name, start, name))
            elif ent.label_ == "ORG":
                name, start, acronym = _org_name(name, start, text, ctx)
                if fold(name) in ORG_STOPWORDS or len(name) < 2:
                    continue
                if not name[0].isupper() and fold(name) not in NATIONAL_BODIES:
                    continue
                if len(ent) == 1 and ent[0].tag_ in ("JJ", "NNPS", "NNS"):
                    continue  # "Indigenous": an adjective, not an organisation
                if _in_title(ent) or any(d in name for d in DASHES) or _credit(ent, text):
                    continue  # "[Interior] Minister X"; "SANTIAGO, [Chile - Thousands] of"
                if _is_site(ent) or coordinated_with_place(ent, ctx.countries):
                    continue  # "at the X University", "to Kano and the Sahel": places
                parts = split_list(name, start)
                if is_known_place(name, ctx.countries) or (
                    len(parts) > 1 and all(is_known_place(p, ctx.countries) for p, _ in parts)
                ):
                    continue  # a place (list) mislabelled as ORG
                found.orgs.append(Found(index, name, start, name, acronym))
    return found


DASHES = (" - ", " – ", " — ")


CREDIT_AFTER = re.compile(r"^\)\s*[-–—]")


def _credit(ent: SpacySpan, text: str) -> bool:
    """ "PARIS, March 14 (Reuters) -": the wire's credit in a dateline is no actor."""
    return text[ent.start_char - 1 : ent.start_char] == "(" and bool(
        CREDIT_AFTER.match(text[ent.end_char : ent.end_char + 4])
    )


def _in_title(ent: SpacySpan) -> bool:
    """ "Interior Cabinet Secretary Kithure Kindiki": the ORG is the portfolio of a title."""
    following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return (
        following is not None
        and following.lower_ in ROLE_WORDS
        and all(t.lower_ in TITLES for t in ent)
    )


def _acronymed(ent: SpacySpan, text: str) -> tuple[str, int, str] | None:
    """A PERSON followed by "(ACR)" whose initials spell ACR, extended over the capitalised
    words before it ("The Samyukt [Kisan Morcha] (SKM)"): (name, start, acronym)."""
    match = ACRONYM_AFTER.match(text[ent.end_char :])
    if match is None:
        return None
    acronym = match.group(1)
    first = ent.start
    while first > ent.sent.start and ent.doc[first - 1].is_title and ent.start - first < 6:
        first -= 1
    for i in range(first, ent.start + 1):
        words = [t for t in ent.doc[i : ent.end] if t.lower_ not in PARTICLES]
        if "".join(t.text[0] for t in words) == acronym:
            span = ent.doc[i : ent.end]
            return span.text, span.start_char, acronym
    return None


def _is_site(ent: SpacySpan) -> bool:
    """A facility-headed name where something happens ("at the Makerere University") is a
    place; as an actor ("the University said") it stays an organisation."""
    words = [w for w in ent.text.split() if w.casefold() != "the"] or ent.text.split()
    heads = {words[0].casefold(), words[-1].casefold()}
    root = ent.root
    if root.dep_ == "compound" and root.head.lower_ in SITE_HEADS:
        root, heads = root.head, {root.head.lower_}  # "at the Shambhu border"
    return bool(heads & SITE_HEADS) and root.dep_ == "pobj" and root.head.lower_ in SITE_PREPS


# "Place de la Nation", "the X border": place heads beside the facility heads.
SITE_HEADS = FACILITY_HEADS | OTHER_HEADS | {"place"}


def _org_name(
    name: str, start: int, text: str, ctx: DocumentContext
) -> tuple[str, int, str | None]:
    """Cut "X (ACR" apart, extend "X" by a following "of <Country>", find "(ACR)" after it."""
    acronym = None
    if " (" in name:
        name, inner = name.split(" (", 1)
        acronym = inner.strip(")") if ACRONYM.match(inner.strip(")")) else None
    end = start + len(name)
    of_country = re.match(r" of ((?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)*)", text[end : end + 60])
    if of_country and any(
        e.kind == "country" for e in load_gazetteer().by_name.get(fold(of_country.group(1)), ())
    ):
        end += len(of_country.group(0))
        name = text[start:end]
    match = ACRONYM_AFTER.match(text[end:])
    if match:
        acronym = match.group(1)
    elif acronym is None and ACRONYM.match(name):
        acronym = name
    return name, start, acronym


def _canonical_people(people: list[Found]) -> dict[str, str]:
    """Folded surface name -> canonical full name within the document."""
    counts = Counter(p.name for p in people)
    # Among spellings equal when folded, the one with diacritics, then the most frequent.
    spelling: dict[str, str] = {}
    for name in sorted(counts, key=lambda n: (-sum(ord(c) > 127 for c in n), -counts[n], n)):
        spelling.setdefault(fold(name), name)
    full = [n for n in spelling.values() if len(_key_tokens(n)) > 1]
    result: dict[str, str] = {}
    for key, name in spelling.items():
        tokens = set(_key_tokens(name))
        longer = [f for f in full if tokens and tokens <= set(_key_tokens(f)) and f != name]
        if longer:
            freq = Counter(
                {f: sum(counts[n] for n in counts if fold(n) == fold(f)) for f in longer}
            )
            best = sorted(longer, key=lambda f: (-freq[f], -len(f), f))[0]
            result[key] = best
        else:
            result[key] = name
    return result


def _country_form(name: str, country: str | None) -> str:
    """ "Congress" -> "Congress of Kenya"; "Kenyan National Police" -> "National Police of
    Kenya" (a demonym sharing the country name's first four letters), else ``name``."""
    if country is None:
        return name
    words = name.split()
    if fold(name) in NATIONAL_BODIES:
        return f"{name[0].upper()}{name[1:]} of {country}"
    if (
        len(words) > 1
        and fold(words[0])[:4] == fold(country)[:4]
        and fold(words[0]).endswith(("n", "an", "ian", "ese", "i"))
        and fold(words[0]) != fold(country)
    ):
        return f"{' '.join(words[1:])} of {country}"
    return name


def _canonical_orgs(
    orgs: list[Found], country: str | None
) -> tuple[dict[str, str], dict[str, str]]:
    """Folded name -> canonical name, and canonical name -> acronym."""
    established = {fold(o.name) for o in orgs}
    for o in orgs:
        form = _country_form(o.name, country)
        if fold(form) in established or fold(o.name) in NATIONAL_BODIES:
            o.name = form
    by_acronym: dict[str, str] = {}
    for o in orgs:
        if o.acronym and o.name != o.acronym:
            by_acronym.setdefault(o.acronym, o.name)
    canonical: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    for o in orgs:
        name = by_acronym.get(o.acronym or "", o.name) if o.acronym else o.name
        canonical.setdefault(fold(o.name), name)
        if o.acronym:
            acronyms.setdefault(name, o.acronym)
    for acronym, name in by_acronym.items():
        canonical.setdefault(fold(acronym), name)
    for o in orgs:  # a bare well-known acronym the document never spells out ("CIA")
        if o.acronym in KNOWN_ACRONYMS and o.acronym not in by_acronym:
            full = KNOWN_ACRONYMS[o.acronym]
            canonical[fold(o.name)] = full
            acronyms.setdefault(full, o.acronym)
    return canonical, acronyms


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


def extract_actors(items: list[ParsedItem], ctx: DocumentContext | None = None) -> list[Actors]:
    """People and organisations per item, canonical within the document (``ctx`` as in
    ``extract_places``)."""
    ctx = document_context(items) if ctx is None else ctx
    found = _collect(items, ctx)
    people_names = _canonical_people(found.people)
    # An ORG that is a known person's name ("Odinga") is that person.
    for o in list(found.orgs):
        if fold(o.name) in people_names or (
            len(_key_tokens(o.name)) == 1
            and any(_key_tokens(o.name)[0] in _key_tokens(n) for n in people_names.values())
        ):
            found.orgs.remove(o)
            found.people.append(Found(o.item, o.text, o.start, o.name))
    people_names = _canonical_people(found.people)
    top = ctx.countries.most_common(1)
    # geonames codes a few territories pycountry lacks (XK, Kosovo): no country name then
    top_entry = load_gazetteer().countries.get(top[0][0]) if top else None
    country = top_entry.name if top_entry else None
    org_names, acronyms = _canonical_orgs(found.orgs, country)
    # A surname several people share goes to the first of them by name: any fixed rule, so
    # the output never depends on set order (which changes with the process's hash seed).
    surname_keys: dict[str, str] = {}
    for name in sorted(set(people_names.values())):
        if _key_tokens(name):
            surname_keys.setdefault(_key_tokens(name)[-1], name)
    results = []
    for index, parsed in enumerate(items):
        people: dict[str, list[Span]] = {}
        orgs: dict[str, list[Span]] = {}
        taken = [
            (o.start, o.start + len(o.text)) for o in found.orgs + found.people if o.item == index
        ]
        for text, start, name in _name_matches(parsed, {**surname_keys, **people_names}, taken):
            people.setdefault(name, []).append(Span(text=text, start=start, end=start + len(text)))
        if parsed.body_start:
            for text, start, name in _name_matches(parsed, org_names, taken, headline_only=True):
                orgs.setdefault(name, []).append(
                    Span(text=text, start=start, end=start + len(text))
                )
        for p in found.people:
            if p.item == index:
                name = people_names.get(fold(p.name), p.name)
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
