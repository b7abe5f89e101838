"""Actor mentions: the NER's PERSON and ORG entities of a document's bodies, filtered.

A person's title is stripped ("former President Jane Doe"); a name the gazetteer knows as a
place, a facility or a digit-bearing string is no person. An organisation's name is cut
from its "(ACR)" and extended by "of <Country>"; portfolios of a title ("Interior Ministry
Secretary X"), wire credits ("(Reuters) -"), sites where something happens ("at the X
University") and places mislabelled ORG are dropped. Headlines are skipped: Title Case fools
the model (entities.py finds established names there instead).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span as SpacySpan

from .documents import ParsedItem
from .entities_acronyms import defined_acronyms
from .entities_lexicon import (
    APPOSITION_ROLES,
    FAMILY_WORDS,
    LAW_HEADS,
    NATIONAL_BODIES,
    OFFICE_TITLES,
    ORG_HEADS,
    ORG_NOUNS,
    ORG_STOPWORDS,
    PARTICLES,
    PERSON_NOUNS,
    PORTFOLIO_ROLES,
    REGION_HEADS,
    ROLE_WORDS,
    SITE_LAST_WORDS,
    SITE_NOUNS,
    SITE_PREPS,
    TITLES,
    TRAILING_JOINERS,
)
from .gazetteer import fold, load_gazetteer
from .place_precision import located, overrides_label, person_role
from .place_precision_lexicon import HONORIFICS, SPEECH_VERBS
from .places_lexicon import FACILITY_HEADS, NOT_PLACE_WORDS, OTHER_HEADS, STREET_WORDS
from .places_mentions import coordinated_with_place
from .places_resolve import DocumentContext, is_known_place, split_list, strip_name

ACRONYM_AFTER = re.compile(r"^\s*\(([A-Z][A-Za-z]*[A-Z])\)")
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,9}$")
DASHES = (" - ", " – ", " — ")
CREDIT_AFTER = re.compile(r"^\)\s*[-–—]")
# "Ana Soto, a 21-year-old student", "Juan Pérez, the director of": a person the
# model often misses, told by the apposition that follows the name.
NAME_WORD = r"[A-Z][a-zà-ÿ’']+(?:-[A-Z]?[a-zà-ÿ’']+)*"
APPOSITIVE = re.compile(
    rf"(?<![\w’'-])({NAME_WORD}(?: {NAME_WORD}){{1,3}}), (?:a|an|the) "
    r"(?:\d{1,3}-year-old\b|([a-z]+)(?: ([a-z]+))?\b)"
)
# "Army chief General Waqar-Uz-Zaman announced": a name an office title introduces, which
# the model missed (followed by a lower-case word or punctuation, so not "General Assembly").
TITLED = re.compile(
    rf"(?<![\w’'-])({'|'.join(sorted(t.capitalize() for t in OFFICE_TITLES))}) "
    rf"({NAME_WORD}(?: {NAME_WORD}){{0,2}})(?= [a-z]|[,.;:])"
)
# "marched on X, her official residence": an apposition that makes X a building or site.
SITE_APPOSITION = re.compile(
    r", (?:the|a|an|her|his|its|their) (?:[a-z-]+ ){0,2}(?:"
    + "|".join(sorted(SITE_NOUNS))
    + r")(?=[,.;:]| (?:of|in|on|near|where|which|that)\b)"
)
# Tags of a sentence word the tagger glues before a name ("Replied State Department"); a
# participle read as a proper noun ("United Nations") is tagged NNP and stays.
GLUED_TAGS = frozenset({"VBD", "VBZ", "VBG", "VBN", "RB"})
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


def strip_title(text: str, start: int) -> tuple[str, int]:
    """ "former President Jane Doe" -> "Jane Doe" (offset kept)."""
    words = text.split(" ")
    while len(words) > 1 and words[0].casefold() in TITLES:
        start += len(words[0]) + 1
        words = words[1:]
    return " ".join(words), start


def _person_ok(
    name: str,
    ctx: DocumentContext,
    titled: bool = False,
    in_place: bool = False,
    person: bool = False,
) -> bool:
    """``titled``: a title stood before the name ("President Bush"): a person unless the
    name is a country; else a name known as a place is one when it is a country,
    region or large city, or the sentence uses it as a place (``overrides_label``)."""
    if not name or not name[0].isupper() or any(c.isdigit() for c in name):
        return False
    if ACRONYM.match(name):
        return False
    if titled and len(name.split()) == 1:
        entries = load_gazetteer().lookup(name, alternates=False)
        return not any(e.kind == "country" for e in entries)
    if overrides_label(name, ctx.countries, in_place, "PERSON", person):
        return False
    if fold(name) in ORG_STOPWORDS:
        return False  # "wrote on Twitter": site boilerplate and platforms are no people
    if name.split()[0].casefold() in FACILITY_HEADS:
        return False  # "Plaza Dos de Mayo" is a place
    return True


def collect_mentions(items: list[ParsedItem], ctx: DocumentContext) -> DocumentActors:
    found = DocumentActors()
    for index, parsed in enumerate(items):
        text = parsed.item.text
        # "Federation of Metal Workers (FETRAMET)": the name whole; "(ACR)" is no mention
        defined = defined_acronyms(parsed)
        spans = [(d.start, d.acronym_start + len(d.acronym) + 1) for d in defined]
        for d in defined:
            found.orgs.append(Found(index, d.name, d.start, d.name, d.acronym))
        for name, start in _appositive_people(parsed, ctx):
            found.people.append(Found(index, name, start, name))
        for k, ent in enumerate(parsed.ents):
            if ent.start_char < parsed.body_start:
                continue
            if any(s < ent.end_char and ent.start_char < e for s, e in spans):
                continue  # part of a defined name, taken whole above
            name, start = strip_name(ent.text, ent.start_char)
            joined = _joined_next(parsed.ents, k, text)
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
                name, end = _with_particle(ent, name, start)
                if end > ent.end_char:
                    spans.append((ent.end_char, end))  # "Daniel arap [Moi]": one name
                kind = _not_person(ent, name)
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
                name, start = _without_country(ent, name, start)
                bare, bare_start = strip_title(name, start)
                titled = bare != name or _title_before(ent)
                name, start = bare, bare_start
                tokens = parsed.tokens
                in_place = located(tokens, ent.start, ent.end - 1, text, ent.end_char)
                person = person_role(tokens, ent.start, ent.end - 1)
                if _person_ok(name, ctx, titled, in_place, person) and not SITE_APPOSITION.match(
                    text, ent.end_char
                ):
                    found.people.append(Found(index, name, start, name))
            elif ent.label_ == "ORG":
                name, start = _org_clean(ent, name, start)
                if _person_after_noun(ent, name) and _person_ok(name, ctx):
                    found.people.append(Found(index, name, start, name))  # "astronaut X Y"
                    continue
                name, start = _joined(name, start, text)
                if start < ent.start_char:  # a name NER cut in two: the part before goes
                    cut = range(start, ent.start_char)
                    found.orgs = [o for o in found.orgs if o.item != index or o.start not in cut]
                name, start, acronym = _org_name(name, start, text, ctx)
                if fold(name) in ORG_STOPWORDS or len(name) < 2 or _fragment(ent, name, text):
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


def _joined_next(ents: tuple[SpacySpan, ...], k: int, text: str) -> int | None:
    """An ORG ending in "and" or "&" ("Valley Federal Savings and") that the next ORG
    continues ("Loan Association"): the end of the whole name."""
    ent = ents[k]
    if ent.label_ != "ORG" or k + 1 >= len(ents) or ent[-1].lower_ not in ("and", "&", "amp"):
        return None
    nxt = ents[k + 1]
    if nxt.label_ == "ORG" and nxt.start_char == ent.end_char + 1:
        return nxt.end_char
    return None


def _with_particle(ent: SpacySpan, name: str, start: int) -> tuple[str, int]:
    """ "Daniel arap [Moi]": NER stops at a lower-case particle inside a name; the name runs
    on over the capitalised word after it. (name, end offset)."""
    doc, end = ent.doc, ent.end_char
    last = ent[-1]
    if last.is_lower and last.lower_ in PARTICLES and ent.end < len(doc):
        nxt = doc[ent.end]
        if nxt.is_title and nxt.idx == last.idx + len(last.text) + 1:
            end = nxt.idx + len(nxt.text)
            return ent.doc.text[start:end], end
    return name, end


def _people(ent: SpacySpan, words: list[str]) -> bool:
    """ "Rwanda Hutus": a country and a plural proper noun, not an organisation's head
    word ("Kenya Airways"), name a people."""
    return (
        len(words) == 2
        and ent[-1].tag_ == "NNPS"
        and words[1].casefold() not in ORG_HEADS
        and _country(words[0])
    )


def _country(word: str) -> bool:
    return any(e.kind == "country" for e in load_gazetteer().lookup(word, alternates=False))


def _without_country(ent: SpacySpan, name: str, start: int) -> tuple[str, int]:
    """ "ambassador to [Kenya] Ruth Hallam": a country after a preposition, glued before a
    full name, is no part of it."""
    words = name.split(" ")
    if len(words) < 3 or ent.start == 0 or ent.doc[ent.start - 1].lower_ not in ("to", "of", "in"):
        return name, start
    if _country(words[0]):
        return " ".join(words[1:]), start + len(words[0]) + 1
    return name, start


def _not_person(ent: SpacySpan, name: str) -> str | None:
    """Why a PERSON is none: "org" for a company or body ("Ben Franklin Stores Inc", "the
    Maariv newspaper"), "other" for a family ("the Jaffe family"), a building ("Millard
    Fillmore Suburban Hospital"), a nationality ("Kuwaiti", "Anti-Castro") or a sentence's
    first word that is no proper noun ("Rescued on Nov. 25, ...")."""
    doc = ent.doc
    words = name.split()
    last = words[-1].casefold() if words else ""
    if last in TRAILING_JOINERS or not words[-1][-1:].isalnum() or fold(name) in TITLES:
        return "other"  # "A.L. Williams amp [Co]", "Ernesto ``", "Sgt": no whole name
    following = doc[ent.end] if ent.end < len(doc) else None
    previous = doc[ent.start - 1] if ent.start else None
    if any(t is not None and t.lower_ in ("amp", "&") for t in (previous, following)):
        return "other"  # "Booz-Allen amp [Hamilton]", "[X Y] amp Partners": a firm's name
    if last in ORG_HEADS or (following is not None and following.lower_ in ORG_NOUNS):
        return "org"
    if following is not None and following.lower_ in FAMILY_WORDS:
        return "other"
    if len(words) > 1 and last in SITE_LAST_WORDS | FACILITY_HEADS:
        return "other"
    if _nationality(name) or _people(ent, words):
        return "other"  # "Kuwaiti", "Rwanda Hutus": a nationality or a people
    if len(ent) == 1 and ent.root.dep_ in ("compound", "amod") and ent.root.head.tag_ == "NNS":
        return "other"  # "Hutu security forces": a people's name as a modifier
    if len(ent) == 1 and ent[0].is_sent_start and not ent[0].tag_.startswith("NNP"):
        return "other"
    return None


def _person_after_noun(ent: SpacySpan, name: str) -> bool:
    """ "Hungarian astronaut Bertalan Farkas": two or three capitalised words right after
    a noun of occupation, none an organisation's head word, are a person's name."""
    words = name.split()
    if not 2 <= len(words) <= 3 or ent.start == 0 or any(w.casefold() in ORG_HEADS for w in words):
        return False
    if not all(w.istitle() for w in words):
        return False
    if BYLINE_AFTER.match(ent.doc.text, ent.end_char):
        return True  # "Andy Pasztor contributed to this article": a byline
    before = ent.doc[ent.start - 1]
    return before.is_lower and before.lower_ in PERSON_NOUNS


# "Standard amp Poor's Corp.": the "&" of a firm's name, which a lost HTML entity leaves as
# "amp", cuts NER's span; the capitalised words before it belong to the name.
JOINED_BEFORE = re.compile(r"(?:[A-Z][\w'.-]*,? ){1,3}(?:amp|&) $")


# "X Y amp Partners", "X Y & Co.": the rest of a firm's name after a person's.
FIRM_AFTER = re.compile(r" (?:amp|&) [A-Z][\w'-]*(?:,? [A-Z][\w'-]*){0,3}")


FIRM_BEFORE = re.compile(r"(?:[A-Z][\w'.-]*, )+$")


def _joined(name: str, start: int, text: str) -> tuple[str, int]:
    match = JOINED_BEFORE.search(text[max(0, start - 60) : start])
    if match is None:
        return name, start
    first = start - (len(match.group(0)))
    return strip_name(text[first : start + len(name)], first)


def _nationality(name: str) -> bool:
    """A demonym or nationality alone ("Kuwaiti", "Hutus", "Anti-Castro"): no actor."""
    words = name.split()
    if len(words) == 1 and name.casefold().startswith(("anti-", "pro-")):
        return True  # "Pro-Life Virginia" stays a body
    return len(words) == 1 and load_gazetteer().demonym_country(name) is not None


def _org_clean(ent: SpacySpan, name: str, start: int) -> tuple[str, int]:
    """An ORG cut to its name: the first line only ("X Corp.\n\n"), without a leading
    sentence word the tagger glued on ("Replied State Department")."""
    name = name.split("\n")[0].rstrip(" .,;:") if "\n" in name else name
    while len(name.split()) > 1 and name.split()[-1].casefold() in TRAILING_JOINERS:
        name = name.rsplit(" ", 1)[0].rstrip(" ,")  # "Valley Federal Savings and"
    words = list(ent)
    while (
        len(words) > 2  # "Savin Corp.": a one-word rest is no name
        and words[0].idx == start
        and (words[0].tag_ in GLUED_TAGS or (words[0].is_sent_start and _speech(words[0].lower_)))
        and (words[1].is_title or words[1].lower_ == "the")  # not "First of America"
    ):
        cut = words[1].idx - start
        name, start = strip_name(name[cut:], start + cut)  # "Later [the] State Department"
        words = [w for w in words[1:] if w.idx >= start]
    return name, start


def _speech(word: str) -> bool:
    """ "replied", "said", "adds": a verb of speech (by its stem), which opens a sentence
    before its subject ("Replied State Department spokesman X")."""
    stems = {word, word[:-1], word[:-2], word[:-3] + "y"}
    return bool(stems & SPEECH_VERBS) or word in ("said", "says", "told")


# A byline: "X Y contributed to this article", "..., X Y reports.", "I'm X Y reporting".
BYLINE_AFTER = re.compile(r" (?:contributed to this|reports\b|reporting\b)")


def _fragment(ent: SpacySpan, name: str, text: str) -> bool:
    """A piece of a longer name: an unbalanced parenthesis ("Japan) Inc"), a dateline in
    capitals before a wire credit ("HAMILTON (AP) --"), the office of a title ("Secretary
    of [State]"), or a nationality alone ("Kuwaiti")."""
    if name.count("(") != name.count(")"):
        return True
    if name.isupper() and (ent.start_char == 0 or text[ent.start_char - 1] == "\n"):
        end = ent.start_char + len(ent.text.split(" (")[0])
        after = text[end : end + 14]
        if re.match(r"\s*\([A-Z][A-Za-z]+\)\s*[-–—_]", after):
            return True  # "HAMILTON (AP) --", "UNITED NATIONS (AP) _": a dateline
        if re.match(r"(?:,|\(| [-–—_])", after) and load_gazetteer().lookup(name.title()):
            return True  # "NICOSIA, Cyprus", "MIAMI _": a dateline
    if len(ent) == 1 and not ent[0].tag_.startswith("NNP") and ent[0].is_sent_start:
        return True  # "Elected ...", "Please ...": a sentence's first word
    if len(name.split()) > 1 and fold(name.split()[-1]) in STREET_WORDS | {"boulevard"}:
        return True  # "Unity Boulevard": a street
    if len(name.split()) == 1 and fold(name).endswith("ism"):
        return True  # "Communism": a doctrine
    if fold(name) in (FACILITY_HEADS | SITE_LAST_WORDS | {"court", "state"}) - {"church"}:
        return True  # "Embassy employees", "the Court": a generic word alone
    doc = ent.doc
    if (
        len(ent) == 1
        and ent.start > 1
        and doc[ent.start - 1].lower_ == "of"
        and doc[ent.start - 2].lower_ in ROLE_WORDS
    ):
        return True
    words = name.split()
    if _people(ent, words):
        return True  # "Rwanda Hutus": a people
    return _nationality(name)


def _title_before(ent: SpacySpan) -> bool:
    """ "President Bush" where NER marks only "Bush"."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_.strip("()") in HONORIFICS


def _appositive_people(parsed: ParsedItem, ctx: DocumentContext) -> list[tuple[str, int]]:
    """Names an age or a role in apposition, or an office title before them, marks as
    people, where NER saw no entity."""
    text, out = parsed.item.text, []
    for m in TITLED.finditer(text, parsed.body_start):
        name, start = m.group(2), m.start(2)
        if _taken(parsed, start, len(name)):
            continue
        words = name.split()
        if any(fold(w) in NOT_PLACE_WORDS | TITLES for w in words):
            continue
        if _person_ok(name, ctx, titled=True):
            out.append((name, start))
    for m in APPOSITIVE.finditer(text, parsed.body_start):
        roles = {m.group(2), m.group(3)} - {None}
        if roles and not roles & APPOSITION_ROLES:
            continue
        name, start = m.group(1), m.start(1)
        words = name.split()
        while words and (words[0].lower() in STOP_WORDS or words[0].casefold() in TITLES):
            start += len(words[0]) + 1
            words = words[1:]  # "In Lima", "General X": not part of the name
        name = " ".join(words)
        if len(words) < 2 or any(fold(w) in NOT_PLACE_WORDS for w in words):
            continue
        if _taken(parsed, start, len(name)):
            continue
        if _person_ok(name, ctx):
            out.append((name, start))
    return out


def _place_name(name: str, ctx: DocumentContext) -> bool:
    """A known place; an acronym only as a country or region ("DRC", "UK"), never as a
    town whose name it spells ("UN" is no Indian town Un)."""
    if ACRONYM.match(name):
        return any(e.kind in ("country", "admin1") for e in load_gazetteer().lookup(name))
    return is_known_place(name, ctx.countries)


def _taken(parsed: ParsedItem, start: int, length: int) -> bool:
    """NER took the span already (a person, an organisation, a place)."""
    end = start + length
    return any(e.start_char < end and start < e.end_char for e in parsed.ents if e.label_ != "DATE")


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
