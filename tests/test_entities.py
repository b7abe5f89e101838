"""People and organisations: canonical names, titles, acronyms, headlines."""

from __future__ import annotations

import pytest

SEED_LIKE = (
    "Perú’s Prosecutor’s Office Initiates Investigation Against Boluarte\n\n"
    "The Peruvian Prosecutor’s Office ordered an investigation against the de facto president, "
    "Dina Boluarte, for the killings in Ayacucho. Boluarte and Prime Minister Alberto Otárola "
    "will be investigated. Otarola denied the charges."
)


def test_short_names_take_the_full_name(records_of):
    record = records_of(SEED_LIKE)[0]
    people = {p.name: [m.text for m in p.mentions] for p in record.people}
    assert set(people) == {"Dina Boluarte", "Alberto Otárola"}
    assert people["Dina Boluarte"] == ["Boluarte", "Dina Boluarte", "Boluarte"]
    assert people["Alberto Otárola"] == ["Alberto Otárola", "Otarola"]


def test_no_headline_fragments(records_of):
    record = records_of(SEED_LIKE)[0]
    names = [o.name for o in record.organisations] + [p.name for p in record.people]
    assert not any("Initiates" in n or "Investigation" in n for n in names)
    assert "Ayacucho" in {p.name for p in record.places}


@pytest.mark.parametrize(
    "text, name, acronym, mentions",
    [
        (
            "The Peruvian National Police (PNP) entered the university in Lima, Peru. "
            "Later the PNP detained 193 people.",
            "Peruvian National Police",
            "PNP",
            ["Peruvian National Police", "PNP"],
        ),
        (
            "According to the National Human Rights Coordinator of Peru (CNDDHH), 56 people "
            "were killed. The CNDDHH asked for an inquiry.",
            "National Human Rights Coordinator of Peru",
            "CNDDHH",
            ["National Human Rights Coordinator of Peru", "CNDDHH"],
        ),
    ],
)
def test_acronym_resolution(records_of, text, name, acronym, mentions):
    record = records_of(text)[0]
    org = next(o for o in record.organisations if o.name == name)
    assert org.acronym == acronym
    assert [m.text for m in org.mentions] == mentions


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Former President Pedro Castillo was arrested in Peru.", "Pedro Castillo"),
        ("Mrs. Dina Boluarte spoke in Lima, Peru.", "Dina Boluarte"),
        ("Detective Inspector Mark Hale said the men were arrested in Leeds.", "Mark Hale"),
    ],
)
def test_titles_stripped(records_of, text, expected):
    record = records_of(text)[0]
    assert [p.name for p in record.people] == [expected]
    mention = record.people[0].mentions[0]
    assert record.text[mention.start : mention.end] == expected


def test_places_are_not_people(records_of):
    record = records_of("Protesters marched from Ayacucho to Lima in Peru on Friday.")[0]
    assert record.people == []


@pytest.mark.parametrize(
    "text, name, acronym",
    [
        (
            "The US ambassador in Peru is a CIA veteran. The former CIA officer met ministers.",
            "Central Intelligence Agency",
            "CIA",
        ),
        (
            "The National Police of Peru (PNP) raided the campus in Lima. On Thursday, "
            "the Peruvian police used tear gas in Cusco.",
            "National Police of Peru",
            "PNP",
        ),
    ],
)
def test_canonical_organisations(records_of, text, name, acronym):
    orgs = {o.name: o for o in records_of(text)[0].organisations}
    assert orgs[name].acronym == acronym
    if "police" in text:
        assert "Peruvian police" in [m.text for m in orgs[name].mentions]


@pytest.mark.parametrize(
    "text, not_org",
    [
        (
            "A person staying at the residence of the San Marcos University in Lima, Peru, "
            "said so.",
            "San Marcos University",
        ),
        (
            "Protests continue across Peru. The roads connecting Puno to Arequipa, Cusco, "
            "and the Amazon, are among those currently blocked.",
            "Amazon",
        ),
    ],
)
def test_sites_are_not_organisations(records_of, text, not_org):
    assert not_org not in {o.name for o in records_of(text)[0].organisations}


def test_a_document_centred_on_a_territory_pycountry_lacks_does_not_crash(records_of):
    # geonames codes Kosovo's cities XK; pycountry has no XK country
    [record] = records_of(
        "Police in Pristina and Prizren arrested 12 people after clashes in Pristina."
    )
    assert "Pristina" in {p.name for p in record.places}


@pytest.mark.parametrize(
    "text, not_org",
    [
        # a portfolio in a title, a dateline fragment, a wire credit
        ("Health Minister Ana Ruiz said 40 nurses were hurt in Bogota.", "Health"),
        ("Interior Cabinet Secretary Jane Wambui spoke in Nairobi.", "Interior Cabinet"),
        ("ACCRA (Reuters) - Police arrested 12 traders in Accra on Monday.", "Reuters"),
        ("LIMA, Peru - Hundreds of miners marched in Lima on Monday.", "Peru - Hundreds"),
    ],
)
def test_fragments_are_not_organisations(records_of, text, not_org):
    assert not_org not in {o.name for o in records_of(text)[0].organisations}


def test_a_person_named_with_an_acronym_is_an_organisation(records_of):
    record = records_of(
        "The Samyukt Kisan Morcha (SKM), an alliance of farm unions, called a strike in Punjab."
    )[0]
    assert {o.name: o.acronym for o in record.organisations} == {"Samyukt Kisan Morcha": "SKM"}
    assert record.people == []
