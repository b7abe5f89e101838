"""One reading per span: a name taken both as a place and as a person or organisation is
given to one of them, with the evidence the whole document holds.

1. A place the gazetteer resolved wins over a person mention that is not a full
   (multi-word) name: "a speech in Kandahar" (tagged PERSON) is the capital.
2. An unknown place loses to a person the document establishes: by a surname of a full
   name ("Soto's case" after "Ana Soto, a 21-year-old"), by a title of office before one of
   its mentions ("Prime Minister Sheikh X" makes "X's government" a person's), or when the
   place holds the full name with more ("to General Juan Pérez"); otherwise the unknown place
   stays and the "person" goes ("at Baquero stations", "the city of Sheikh Y").
3. An unknown place loses to an organisation mention that the document links to a longer
   name or an acronym ("director at Amnesty" after "Amnesty International (AI)"); a lone
   one-word organisation loses to the place ("captured Kitobo").
4. A resolved place (not a country or region) named as a one-word organisation mention
   that opens the longer name it stands for ("Ralston said" after "Ralston Purina Co.")
   is the company throughout the document, not the town.
"""

from __future__ import annotations

from .entities import Actors
from .entities_lexicon import HONORIFICS, TITLES
from .models import Organisation, Person, Place, Span


def _overlaps(a: Span, spans: list[Span]) -> bool:
    return any(a.start < b.end and b.start < a.end for b in spans)


def reconcile_names(
    places: list[list[Place]], actors: list[Actors], texts: list[str]
) -> tuple[list[list[Place]], list[Actors]]:
    """Places and actors per item (``texts``: the items' texts), each span left to one
    reading (rules above)."""
    titled = {
        p.name
        for item, text in zip(actors, texts, strict=True)
        for p in item.people
        for m in p.mentions
        if _after_title(text, m.start)
    }
    short_forms = {
        m.text.casefold()
        for item in actors
        for o in item.organisations
        for m in o.mentions
        if _short_form(m.text, o.name)
    }
    out_places: list[list[Place]] = []
    out_actors: list[Actors] = []
    for item_places, item_actors in zip(places, actors, strict=True):
        resolved = [s for p in item_places if p.precision is not None for s in p.mentions]
        unknown = [s for p in item_places if p.precision is None for s in p.mentions]
        drop_place: list[Span] = []
        people: list[Person] = []
        for person in item_actors.people:
            full = len(person.name.split()) > 1
            kept = []
            for m in person.mentions:
                if _overlaps(m, resolved) and not (full and m.text == person.name):
                    continue  # rule 1
                if _overlaps(m, unknown):
                    surname = full and m.text == person.name.split()[-1]
                    if not (
                        surname
                        or person.name in titled
                        or _inside(m, unknown, full and m.text == person.name)
                    ):
                        continue  # rule 2: nothing establishes the "person"
                    drop_place.append(m)
                kept.append(m)
            if kept:
                people.append(person.model_copy(update={"mentions": kept}))
        orgs: list[Organisation] = []
        drop_resolved = [  # rule 4
            m
            for p in item_places
            if p.precision is not None and p.kind not in ("country", "admin1")
            for m in p.mentions
            if m.text.casefold() in short_forms
        ]
        for org in item_actors.organisations:
            kept = []
            for m in org.mentions:
                if _overlaps(m, unknown):
                    if org.acronym or m.text != org.name:
                        drop_place.append(m)  # rule 3
                    elif len(m.text.split()) == 1:
                        continue
                kept.append(m)
            if kept:
                orgs.append(org.model_copy(update={"mentions": kept}))
        out_places.append(_without(item_places, drop_place, drop_resolved))
        out_actors.append(Actors(people=people, organisations=orgs))
    return out_places, out_actors


def _after_title(text: str, start: int) -> bool:
    """A mention behind a title of office ("Prime Minister Sheikh X", "General X"); an
    honorific alone is no evidence ("the city of Sheikh Y")."""
    for word in reversed(text[max(0, start - 60) : start].split()):
        word = word.casefold()
        if word not in TITLES:
            return False
        if word not in HONORIFICS:
            return True
    return False


def _inside(mention: Span, places: list[Span], full: bool) -> bool:
    """The unknown place holds the person's name and more: a title before it ("General
    Juan Pérez"), or any text around a full name ("Fisheries Minister Ana
    Soto"): a name run the place finder read too far."""
    for p in places:
        if p.start <= mention.start and mention.end <= p.end and p.text != mention.text:
            before = p.text[: mention.start - p.start].split()
            office = any(w.casefold() not in HONORIFICS for w in before)
            if full or (
                p.end == mention.end and office and all(w.casefold() in TITLES for w in before)
            ):
                return True
    return False


def _short_form(text: str, name: str) -> bool:
    """ "Ralston" for "Ralston Purina Co": a one-word mention that opens the longer name of
    the organisation it stands for."""
    words = name.split()
    return len(text.split()) == 1 and len(words) > 1 and words[0].casefold() == text.casefold()


def _without(
    places: list[Place], taken: list[Span], taken_resolved: list[Span] | None = None
) -> list[Place]:
    """Places less the mentions another reading took (unknown places; resolved ones only
    by ``taken_resolved``); a place left bare is gone."""
    out = []
    for p in places:
        gone = taken if p.precision is None else (taken_resolved or [])
        if gone:
            mentions = [m for m in p.mentions if not _overlaps(m, gone)]
            if not mentions:
                continue
            p = p.model_copy(update={"mentions": mentions})
        out.append(p)
    return out
