"""Actor mentions: the NER's PERSON and ORG entities of a document's bodies, filtered.

A person's title is stripped ("former President Jane Doe"); a name the gazetteer knows as a
place, a facility or a digit-bearing string is no person. An organisation's name is cut
from its "(ACR)" and extended by "of <Country>"; portfolios of a title ("Interior Ministry
Secretary X"), wire credits ("(Reuters) -"), sites where something happens ("at the X
University") and places mislabelled ORG are dropped. Headlines are skipped: Title Case fools
the model (entities.py finds established names there instead). The cuts and rejections
learnt on wire news (companies, families, datelines, firm names with "&") are in
entities_cuts.py; the tests a name must pass to be a person, and the people NER missed that
an apposition or an office title marks, in entities_people.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan

from .documents import ParsedItem
from .entities_acronyms import defined_acronyms
from .entities_cuts import (
    FIRM_AFTER,
    FIRM_BEFORE,
    fragment,
    joined_before,
    joined_next,
    not_person,
    org_clean,
    person_after_noun,
    with_particle,
    without_country,
)
from .entities_lexicon import (
    LAW_HEADS,
    NATIONAL_BODIES,
    ORG_NOUNS,
    ORG_STOPWORDS,
    PARTICLES,
    PORTFOLIO_ROLES,
    REGION_HEADS,
    ROLE_WORDS,
    SITE_NOUNS,
    SITE_PREPS,
    TITLES,
)
from .entities_people import ACRONYM, appositive_people, person_ok, strip_title, title_before
from .gazetteer import fold, load_gazetteer
from .place_precision import located, person_role
from .places_document import DocumentContext
from .places_lexicon import FACILITY_HEADS, OTHER_HEADS
from .places_mentions import coordinated_with_place
from .places_resolve import is_known_place, split_list, strip_name

ACRONYM_AFTER = re.compile(r"^\s*\(([A-Z][A-Za-z]*[A-Z])\)")
DASHES = (" - ", " – ", " — ")
CREDIT_AFTER = re.compile(r"^\)\s*[-–—]")
# "marched on X, her official residence": an apposition that makes X a building or site.
SITE_APPOSITION = re.compile(
    r", (?:the|a|an|her|his|its|their) (?:[a-z-]+ ){0,2}(?:"
    + "|".join(sorted(SITE_NOUNS))
    + r")(?=[,.;:]| (?:of|in|on|near|where|which|that)\b)"
)
# "Place de la Nation", "the X border": place heads beside the facility heads.
SITE_HEADS = FACILITY_HEADS | OTHER_HEADS | {"place"}


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


def collect_mentions(items: list[ParsedItem], ctx: DocumentContext) -> DocumentActors:
    found = DocumentActors()
    for index, parsed in enumerate(items):
        text = parsed.item.text
        # "Federation of Metal Workers (FETRAMET)": the name whole; "(ACR)" is no mention
        defined = defined_acronyms(parsed)
        spans = [(d.start, d.acronym_start + len(d.acronym) + 1) for d in defined]
        for d in defined:
            found.orgs.append(Found(index, d.name, d.start, d.name, d.acronym))
        for name, start in appositive_people(parsed, ctx):
            found.people.append(Found(index, name, start, name))
        for k, ent in enumerate(parsed.ents):
            if ent.start_char < parsed.body_start:
                continue
            if any(s < ent.end_char and ent.start_char < e for s, e in spans):
                continue  # part of a defined name, taken whole above
            name, start = strip_name(ent.text, ent.start_char)
            joined = joined_next(parsed.ents, k, text)
            if joined is not None:  # "Valley Federal Savings and" + "Loan Association"
                spans.append((ent.end_char, joined))
                name, start = strip_name(text[start:joined], start)
            named = _acronymed(ent, text) if ent.label_ == "PERSON" else None
            if named is not None:  # "Samyukt Kisan Morcha (SKM)": a body, not a person
                found.orgs.append(Found(index, named[0], named[1], named[0], named[2]))
                continue
            if ent.label_ == "PERSON" and ent.start and ent.doc[ent.start - 1].lower_ in ORG_NOUNS:
                found.orgs.append(Found(index, name, start, name))  # "the charity X": a body
                continue
            if ent.label_ == "PERSON":
                name, end = with_particle(ent, name, start)
                if end > ent.end_char:
                    spans.append((ent.end_char, end))  # "Daniel arap [Moi]": one name
                kind = not_person(ent, name)
                firm = FIRM_AFTER.match(text, start + len(name))
                if firm:  # "Harry Gray Melvyn Klein amp Partners": a firm's name, whole
                    lead = FIRM_BEFORE.search(text[max(0, start - 40) : start])
                    first = start - len(lead.group(0)) if lead else start  # "Marsh, [Dunmore]"
                    cut = range(first, ent.start_char)
                    found.orgs = [o for o in found.orgs if o.item != index or o.start not in cut]
                    found.people = [
                        p for p in found.people if p.item != index or p.start not in cut
                    ]
                    kind, name = "org", text[first : firm.end()].rstrip(" ,.")
                    start = first
                    spans.append((ent.end_char, firm.end()))
                if kind == "org":  # "Ben Franklin Stores Inc", "the Maariv newspaper"
                    found.orgs.append(Found(index, name, start, name))
                if kind:
                    continue
                name, start = without_country(ent, name, start)
                bare, bare_start = strip_title(name, start)
                titled = bare != name or title_before(ent)
                name, start = bare, bare_start
                tokens = parsed.tokens
                in_place = located(tokens, ent.start, ent.end - 1, text, ent.end_char)
                person = person_role(tokens, ent.start, ent.end - 1)
                if person_ok(name, ctx, titled, in_place, person) and not SITE_APPOSITION.match(
                    text, ent.end_char
                ):
                    found.people.append(Found(index, name, start, name))
            elif ent.label_ == "ORG":
                name, start = org_clean(ent, name, start)
                if person_after_noun(ent, name, text) and person_ok(name, ctx):
                    found.people.append(Found(index, name, start, name))  # "astronaut X Y"
                    continue
                name, start = joined_before(name, start, text)
                if start < ent.start_char:  # a name NER cut in two: the part before goes
                    cut = range(start, ent.start_char)
                    found.orgs = [o for o in found.orgs if o.item != index or o.start not in cut]
                name, start, acronym = _org_name(name, start, text, ctx)
                if fold(name) in ORG_STOPWORDS or len(name) < 2 or fragment(ent, name, text):
                    continue
                words = name.split()
                if len(words) > 1 and fold(words[-1]) in REGION_HEADS | LAW_HEADS:
                    rest = " ".join(words[:-1])
                    if fold(words[-1]) != "department" or is_known_place(rest, ctx.countries):
                        continue  # "the X Metropolitan Region", "the X Act": not organisations
                    # "the State Department", "the Justice Department": bodies, not divisions
                before = text[max(0, start - 12) : start].rstrip(" (").split()
                if ACRONYM.match(name) and before and before[-1].casefold() in LAW_HEADS:
                    continue  # "the X Act (XA)": the law's acronym
                if not name[0].isupper() and fold(name) not in NATIONAL_BODIES:
                    continue
                if len(ent) == 1 and ent[0].tag_ in ("JJ", "NNPS", "NNS"):
                    continue  # "Indigenous": an adjective, not an organisation
                if _in_title(ent) or any(d in name for d in DASHES) or _credit(ent, text):
                    continue  # "[Interior] Minister X"; "SANTIAGO, [Chile - Thousands] of"
                if _is_site(ent) or coordinated_with_place(ent, ctx.countries):
                    continue  # "at the X University", "to Kano and the Sahel": places
                parts = split_list(name, start)
                if _place_name(name, ctx) or (
                    len(parts) > 1 and all(is_known_place(p, ctx.countries) for p, _ in parts)
                ):
                    continue  # a place (list) mislabelled as ORG
                found.orgs.append(Found(index, name, start, name, acronym))
    found.orgs.sort(key=lambda o: (o.item, o.start))  # text order: the first definition wins
    return found


def _place_name(name: str, ctx: DocumentContext) -> bool:
    """A known place; an acronym only as a country or region ("DRC", "UK"), never as a
    town whose name it spells ("UN" is no Indian town Un)."""
    if ACRONYM.match(name):
        return any(e.kind in ("country", "admin1") for e in load_gazetteer().lookup(name))
    return is_known_place(name, ctx.countries)


def _credit(ent: SpacySpan, text: str) -> bool:
    """ "PARIS, March 14 (Reuters) -": the wire's credit in a dateline is no actor."""
    return text[ent.start_char - 1 : ent.start_char] == "(" and bool(
        CREDIT_AFTER.match(text[ent.end_char : ent.end_char + 4])
    )


def _in_title(ent: SpacySpan) -> bool:
    """ "Interior Cabinet Secretary Kithure Kindiki": the ORG is the portfolio of a title."""
    following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if following is not None and following.lower_ in PORTFOLIO_ROLES and following.is_title:
        return True  # "Road Transport Minister X": a ministry's portfolio
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
