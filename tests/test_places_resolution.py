"""Resolution of true place names on general wire news: countries are never towns, regions
beat small same-named towns, admin1 names from ISO codes, news-style state abbreviations,
and named buildings."""

from __future__ import annotations

import pytest

from extract.gazetteer import load_gazetteer


def resolved(records_of, text: str) -> dict[str, tuple[str, str, str | None, str | None]]:
    """Mention text -> (name, kind, country_code, admin1) for every place of the record."""
    record = records_of(text)[0]
    return {
        m.text: (p.name, p.kind, p.country_code, p.admin1)
        for p in record.places
        for m in p.mentions
    }


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # A country's name is the country, even in an article set in the US (whose towns
        # bear or are known by these names).
        (
            "CHICAGO (AP) - Farmers in Iowa said grain exports to Egypt fell this year.",
            "Egypt",
            ("Egypt", "country", "EG", None),
        ),
        (
            "Officials in Ohio and Michigan met envoys from Turkey on Tuesday.",
            "Turkey",
            ("Turkey", "country", "TR", None),
        ),
        (
            "The senator from Texas flew to Jordan after a stop in Dallas.",
            "Jordan",
            ("Jordan", "country", "JO", None),
        ),
        (
            "Truckers in Arizona said the border with Mexico was closed for hours.",
            "Mexico",
            ("Mexico", "country", "MX", None),
        ),
        (
            "Students in Boston collected books for schools in Canada.",
            "Canada",
            ("Canada", "country", "CA", None),
        ),
        (
            "Exporters in Seattle shipped apples to Greece and Poland last year.",
            "Poland",
            ("Poland", "country", "PL", None),
        ),
        # Kosovo has cities in geonames though ISO 3166-1 lacks it.
        (
            "Refugees from Kosovo reached the border on Monday.",
            "Kosovo",
            ("Kosovo", "country", "XK", None),
        ),
        # A national capital, not a small town of that name in the article's country.
        (
            "DETROIT (AP) - Ford shares rose in London on Friday, traders in Michigan said.",
            "London",
            ("London", "city", "GB", "England"),
        ),
        # ... a smaller capital does not outrank the same-named towns of the article's country.
        (
            "MANILA (AP) - Police in San Jose said the suspects fled toward Batangas.",
            "San Jose",
            ("San Jose", "city", "PH", "Mimaropa (Region IV-B)"),
        ),
        # A continent, or a part of one, lies in no one country, and is no town.
        (
            "Markets fell across Asia on Monday, officials in Chicago said.",
            "Asia",
            ("Asia", "other", None, None),
        ),
        (
            "Aid from Chicago went to East Africa on Monday.",
            "East Africa",
            ("East Africa", "other", None, None),
        ),
        # Short English forms.
        (
            "Peacekeepers from the U.K. arrived in Bosnia on Monday.",
            "Bosnia",
            ("Bosnia and Herzegovina", "country", "BA", None),
        ),
        (
            "Exports from Ohio to North America rose.",
            "North America",
            ("North America", "other", None, None),
        ),
        # An alternate spelling of a small US town never beats a capital's own name.
        (
            "Diplomats in Atlanta said the talks would resume in Madrid next week.",
            "Madrid",
            ("Madrid", "city", "ES", "Madrid, Comunidad de"),
        ),
    ],
)
def test_countries_and_main_names_are_not_towns(records_of, text, mention, expected):
    assert resolved(records_of, text)[mention] == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # A first-level region over a same-named town abroad, in an article on that
        # town's country.
        (
            "Rafters who left Cuba on Sunday reached Florida on Thursday, Havana radio said.",
            "Florida",
            ("Florida", "admin1", "US", "Florida"),
        ),
        # ... and over a small same-named town of its own country that lies elsewhere.
        (
            "The storm moved from California into Nevada overnight.",
            "California",
            ("California", "admin1", "US", "California"),
        ),
        (
            "The storm moved from California into Nevada overnight.",
            "Nevada",
            ("Nevada", "admin1", "US", "Nevada"),
        ),
        (
            "Farmers in Indiana sold their corn early, a dealer in Chicago said.",
            "Indiana",
            ("Indiana", "admin1", "US", "Indiana"),
        ),
        # When the document names the region's country, over a large town abroad too.
        (
            "Snow closed schools in Toronto and across Ontario, Canada, on Monday.",
            "Ontario",
            ("Ontario", "admin1", "CA", "Ontario"),
        ),
        # The text says town: the town.
        (
            "The boat landed near the town of Florida in Cuba.",
            "Florida",
            ("Florida", "city", "CU", "Camagüey"),
        ),
        # A region's namesake capital still wins (the Lima rule), and a large city known
        # by its state's name as an alternate spelling ranks as Lima does.
        ("Protests continued in Lima on Saturday.", "Lima", ("Lima", "city", "PE", "Lima")),
        (
            "Shares rose in New York on Friday.",
            "New York",
            ("New York City", "city", "US", "New York"),
        ),
    ],
)
def test_region_over_same_named_town(records_of, text, mention, expected):
    assert resolved(records_of, text)[mention] == expected


@pytest.mark.parametrize(
    "name, country, admin1",
    [
        ("Chicago", "US", "Illinois"),
        ("San Francisco", "US", "California"),
        ("Philadelphia", "US", "Pennsylvania"),
        ("Baltimore", "US", "Maryland"),
        ("St. Louis", "US", "Missouri"),
        ("Cleveland", "US", "Ohio"),
        ("Glasgow", "GB", "Scotland"),
        ("Nairobi", "KE", "Nairobi City"),
        ("Kampala", "UG", "Central"),
        ("Kano", "NG", "Kano"),
        ("Lima", "PE", "Lima"),
    ],
)
def test_city_admin1_names(name, country, admin1):
    """A city's admin1: the ISO subdivision its geonames code names where codes are ISO
    (US, GB, UG), else the region named after the city whose code it shares (Kano)."""
    biggest = max(
        (
            e
            for e in load_gazetteer().lookup(name)
            if e.kind == "city" and e.country_code == country
        ),
        key=lambda e: e.population,
    )
    assert biggest.admin1 == admin1


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "BUFFALO, N.Y. (AP) - A man from Reno, Nev., was arrested here on Tuesday.",
            {
                "N.Y.": ("New York", "admin1", "US", "New York"),
                "Reno": ("Reno", "city", "US", "Nevada"),
                "Nev.": ("Nevada", "admin1", "US", "Nevada"),
            },
        ),
        (
            "He had lived in Birmingham, Ala., and Portland, Ore., before moving on.",
            {
                "Birmingham": ("Birmingham", "city", "US", "Alabama"),
                "Ala.": ("Alabama", "admin1", "US", "Alabama"),
                "Portland": ("Portland", "city", "US", "Oregon"),
                "Ore.": ("Oregon", "admin1", "US", "Oregon"),
            },
        ),
        # The abbreviation chooses the city: Springfield of Illinois, Portland of Maine.
        (
            "The rally in Springfield, Ill., drew thousands, and one in Portland, Maine, more.",
            {
                "Springfield": ("Springfield", "city", "US", "Illinois"),
                "Ill.": ("Illinois", "admin1", "US", "Illinois"),
                "Portland": ("Portland", "city", "US", "Maine"),
                "Maine": ("Maine", "admin1", "US", "Maine"),
            },
        ),
        (
            "Fans drove from Hartford, Conn., and Tampa, Fla., for the game.",
            {
                "Hartford": ("Hartford", "city", "US", "Connecticut"),
                "Conn.": ("Connecticut", "admin1", "US", "Connecticut"),
                "Tampa": ("Tampa", "city", "US", "Florida"),
                "Fla.": ("Florida", "admin1", "US", "Florida"),
            },
        ),
        # A postal code counts only after a city of that state.
        (
            "The company moved from Austin, TX to Denver last year.",
            {"Austin": ("Austin", "city", "US", "Texas"), "TX": ("Texas", "admin1", "US", "Texas")},
        ),
        # A country after a town chooses the town.
        (
            "The boat left Cardenas, Cuba, on Sunday.",
            {
                "Cardenas": ("Cárdenas", "city", "CU", "Matanzas"),
                "Cuba": ("Cuba", "country", "CU", None),
            },
        ),
    ],
)
def test_state_abbreviations_and_qualified_cities(records_of, text, expected):
    got = resolved(records_of, text)
    assert {k: got.get(k) for k in expected} == expected


def test_abbreviation_needs_a_name_before_it(records_of):
    """ "Mass." ending a sentence after a lower-case word is no state."""
    got = resolved(records_of, "The family went to Mass. They prayed in Boston.")
    assert "Mass." not in got and got["Boston"][3] == "Massachusetts"


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # A building's name the gazetteer knows as a town: at that place when it lies in
        # the national capital's region, else unlocated.
        (
            "Thousands of marchers walked from the Lincoln Memorial to Capitol Hill in Washington.",
            "Capitol Hill",
            ("Capitol Hill", "facility", "US", "District of Columbia"),
        ),
        (
            # not Casablanca, whose alternate names include "White House"
            "Protesters gathered outside the White House on Monday.",
            "White House",
            ("White House", "facility", None, None),
        ),
    ],
)
def test_named_buildings(records_of, text, mention, expected):
    assert resolved(records_of, text)[mention] == expected
