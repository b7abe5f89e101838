"""Names that are not places (place_precision.py): people the document names, titles,
calendar words, events and laws, acronyms, companies, and NER labels of person or
organisation overridden only by a strong gazetteer hit or a place context."""

from __future__ import annotations

import pytest


def places_and_people(records_of, text: str) -> tuple[set[str], set[str]]:
    record = records_of(text)[0]
    places = {m.text for p in record.places for m in p.mentions}
    people = {p.name for p in record.people}
    return places, people


@pytest.mark.parametrize(
    "text, places, not_places, people",
    [
        (  # a surname of a person named in full is that person wherever it stands
            "Relatives of Marisol Gonzalez met officials in Chicago on Monday. Gonzalez "
            "said she would stay in Chicago until the hearing.",
            {"Chicago"},
            {"Gonzalez"},
            {"Marisol Gonzalez"},
        ),
        (  # a title before a one-word name makes it a person
            "President Clinton met union leaders in Detroit on Friday. Clinton promised "
            "new jobs for Michigan.",
            {"Detroit", "Michigan"},
            {"Clinton"},
            {"Clinton"},
        ),
        (  # a titled full name found by the place-context rule is a person, not a place
            "Lawyers for the family wrote to Attorney General Walter Brennan in Boston.",
            {"Boston"},
            {"Attorney General Walter Brennan"},
            {"Walter Brennan"},
        ),
        (  # kin before a name
            "The boy's mother Elizabeth drowned when the boat sank near Key West.",
            {"Key West"},
            {"Elizabeth"},
            set(),
        ),
        (  # a state after a person-like name keeps it a place
            "Tom Irving, a retired teacher, said from his home in Irving, Texas, that he "
            "had seen nothing.",
            {"Irving", "Texas"},
            set(),
            {"Tom Irving"},
        ),
    ],
)
def test_people_are_not_places(records_of, text, places, not_places, people):
    got_places, got_people = places_and_people(records_of, text)
    assert places <= got_places
    assert not (not_places & got_places)
    assert people <= got_people


@pytest.mark.parametrize(
    "text, places, not_places",
    [
        (  # calendar words
            "Flights to Bombay begin from March 30 and a third leaves each Thursday from August 6.",
            {"Bombay"},
            {"March", "August"},
        ),
        (  # events, laws, vehicles and markets
            "Claims from Hurricane Hugo cut profits, and the shares fell in New York Stock "
            "Exchange composite trading in New York.",
            {"New York"},
            {"Hurricane Hugo", "New York Stock Exchange"},
        ),
        (
            "He was charged under the Clinic Entrances Act after a shooting in Buffalo.",
            {"Buffalo"},
            {"Clinic Entrances Act"},
        ),
        (
            "Troops sent to Saudi Arabia joined Operation Desert Shield last month.",
            {"Saudi Arabia"},
            {"Operation Desert Shield"},
        ),
        (  # an acronym inside a sentence is no town of that name
            "Poland and Hungary can now take part in NATO strategy planning.",
            {"Poland", "Hungary"},
            {"NATO"},
        ),
        (  # a company by its context
            "Ford and General Motors bought rival stakes in Jaguar, the British carmaker.",
            set(),
            {"Jaguar"},
        ),
        (
            "Ukraine's president planned to visit Russian gas giant Gazprom in Moscow.",
            {"Moscow"},
            {"Gazprom"},
        ),
        (  # deities and generic words alone
            "We pray to God that there will be no war, a resident of Baghdad said.",
            {"Baghdad"},
            {"God"},
        ),
        (  # an organisation NER labels ORG stays one without a place context
            "A Justice official said on Thursday that talks with Cuba had resumed.",
            {"Cuba"},
            {"Justice"},
        ),
        (  # a continent is no town of that name
            "It was another bad financial week for Asia, with stocks down in Singapore.",
            {"Singapore"},
            set(),
        ),
    ],
)
def test_non_places(records_of, text, places, not_places):
    got, _ = places_and_people(records_of, text)
    assert places <= got
    assert not (not_places & got)


def test_continent_is_not_resolved_to_a_town(records_of):
    record = records_of("It was another bad financial week for Asia and for Europe.")[0]
    asia = [p for p in record.places if p.name == "Asia"]
    assert all(p.precision is None and p.kind == "other" for p in asia)


@pytest.mark.parametrize(
    "text, places",
    [
        # A region NER labels PERSON stays a place (a known place is never a person).
        (
            "Protesters blocked roads in Ayacucho and Huancavelica on Monday.",
            {"Ayacucho", "Huancavelica"},
        ),
        # A dateline in capitals is a place, not an acronym.
        ("MANILA, Philippines (AP) _ The president condemned the bombings.", {"MANILA"}),
        # A bare place name in a list stays a place.
        ("Clashes were reported in Kano, Kaduna and Jos.", {"Kano", "Kaduna", "Jos"}),
    ],
)
def test_places_stay(records_of, text, places):
    got, _ = places_and_people(records_of, text)
    assert places <= got
