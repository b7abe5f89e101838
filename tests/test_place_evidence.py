"""Where an item's places lie: evidence from regions named as modifiers, islands, names
qualified by an unknown region, divisions the gazetteer lacks, weak alternate names, and
which places an unknown name inherits its country from."""

from __future__ import annotations

from collections import Counter

import pytest

from extract.gazetteer import GazetteerEntry
from extract.place_evidence import division_after, island_name, unknown_qualifier
from extract.places_resolve import loose_alternate, usable_candidates


def places_of(records_of, text: str) -> set[tuple[str, str, str | None]]:
    return {(p.name, p.kind, p.country_code) for p in records_of(text)[0].places}


@pytest.mark.parametrize(
    "text, expected",
    [
        # A region named only as a modifier picks the same-name town of its country.
        (
            "A soldier from the North Sinai police units was wounded by gunfire near Rafah "
            "on Monday.",
            {("North Sinai", "admin1", "EG"), ("Rafaḩ", "city", "EG")},
        ),
        # Without it, the larger namesake wins.
        ("A soldier was wounded by gunfire near Rafah on Monday.", {("Rafaḩ", "city", "PS")}),
    ],
)
def test_region_named_as_a_modifier(records_of, text, expected):
    assert places_of(records_of, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # An island is no far town of its name; a demonym then gives the country.
        (
            "Protesters said that Tiran and Sanafir islands must stay Egyptian.",
            {("Tiran", "other", None), ("Sanafir", "other", None), ("Egypt", "country", "EG")},
        ),
        # Nor is it found again inside the name by a later pass.
        ("Fishermen were detained off Tiran island by a patrol boat.", {("Tiran", "other", None)}),
    ],
)
def test_islands_are_not_towns(records_of, text, expected):
    assert places_of(records_of, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Qualified by a region the gazetteer does not know: not Uganda's district.
        (
            "Youths blocked a road in Kotido district, Borana Welega, on Friday.",
            {("Kotido", "other", None)},
        ),
        # Qualified by a known one, or not at all: the district's town.
        (
            "Youths blocked a road in Kotido district, Uganda, on Friday.",
            {("Kotido", "city", "UG"), ("Uganda", "country", "UG")},
        ),
        ("Youths blocked a road in Kotido district on Friday.", {("Kotido", "city", "UG")}),
    ],
)
def test_name_qualified_by_an_unknown_region(records_of, text, expected):
    assert places_of(records_of, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A division the gazetteer lacks is not its seat town, nor evidence of its country.
        (
            "Schools closed in Kenema province after the floods.",
            {("Kenema province", "other", None)},
        ),
        ("Schools closed in Kenema after the floods.", {("Kenema", "city", "SL")}),
        # A division named by its word puts the item at region level.
        (
            "Traders protested in Gwale district, Kano, on Monday.",
            {("Gwale", "other", "NG"), ("Kano", "admin1", "NG")},
        ),
        ("Traders protested in Kano on Monday.", {("Kano", "city", "NG")}),
    ],
)
def test_divisions_by_their_word(records_of, text, expected):
    assert places_of(records_of, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The place of another event does not locate the unknown one.
        (
            "Kenyan jets struck a militant camp at Bulo Gaduud in response to a raid in "
            "Mandera, Kenya.",
            {("Bulo Gaduud", "other", None), ("Mandera", "city", "KE"), ("Kenya", "country", "KE")},
        ),
        (
            "Kenyan jets struck a militant camp at Bulo Gaduud near Mandera, Kenya.",
            {("Bulo Gaduud", "other", "KE"), ("Mandera", "city", "KE"), ("Kenya", "country", "KE")},
        ),
    ],
)
def test_unknown_names_inherit_from_the_scene_only(records_of, text, expected):
    assert places_of(records_of, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Tombo" is an alternate of a small town whose name runs on (Tombokro): no match,
        # and so no country for the other unknown names.
        (
            "Herders raided the villages of Ukpa in Tombo on Sunday.",
            {("Ukpa", "other", None), ("Tombo", "other", None)},
        ),
        # A small foreign town by an alternate spelling (Camalú, Mexico): no match.
        (
            "Youths of Kamalu village burned houses after a land dispute.",
            {("Kamalu", "other", None)},
        ),
        # An alternate that is no spelling of the town's name (a US town's old name).
        ("Protesters stoned cars in New Hanover on Tuesday.", {("New Hanover", "other", None)}),
    ],
)
def test_weak_alternate_names(records_of, text, expected):
    assert places_of(records_of, text) == expected


def _town(name: str, population: int, code: str = "CH") -> GazetteerEntry:
    return GazetteerEntry(name, "city", code, None, 0.0, 0.0, 1, f"t:{name}", population)


@pytest.mark.parametrize(
    "name, entry, countries, kept",
    [
        # A hamlet named by a generic word, even in a country the document names.
        ("Court", _town("Court", 1300), Counter(), False),
        ("Court", _town("Court", 1300), Counter({"CH": 1}), False),
        # A hamlet by its own main name is kept; by an alternate only where named.
        ("Okpara", _town("Okpara", 2000, "NG"), Counter(), True),
        ("Okpala", _town("Okpara", 2000, "NG"), Counter(), False),
        ("Okpala", _town("Okpara", 2000, "NG"), Counter({"NG": 1}), True),
        # A town known by an alternate spelling only from ALTERNATE_TOWN.
        ("Kamalo", _town("Kamalu", 9000, "MX"), Counter(), False),
        ("Kamalo", _town("Kamalu", 30_000, "MX"), Counter(), True),
        # A large city keeps its alternates.
        ("Mogadiscio", _town("Mogadishu", 2_000_000, "SO"), Counter(), True),
    ],
)
def test_usable_candidates(name, entry, countries, kept):
    assert (usable_candidates((entry,), name, countries) == (entry,)) is kept


@pytest.mark.parametrize(
    "key, main, loose",
    [
        ("tombo", "tombokro", True),  # syllables cut off
        ("dibaya", "dibaya-lubwe", False),  # the first word of a compound: a short form
        ("crawford", "pine bush", True),  # no spelling of it
        ("mogadiscio", "mogadishu", False),  # a spelling variant
        ("kisumu", "kisumu", False),
    ],
)
def test_loose_alternate(key, main, loose):
    assert loose_alternate(key, main) is loose


@pytest.mark.parametrize(
    "text, name, island, qualifier, division",
    [
        ("fishing off Tiran island today", "Tiran", True, False, None),
        ("the Tiran and Sanafir islands", "Tiran", True, False, None),
        ("in Amuru district, Borana Welega, on", "Amuru", False, True, 17),
        ("in Amuru district, Uganda, on", "Amuru", False, False, 17),
        ("the Hausa region of Kano", "Hausa", False, False, None),
    ],
)
def test_context_helpers(text, name, island, qualifier, division):
    end = text.index(name) + len(name)
    assert island_name(text, end) is island
    assert unknown_qualifier(text, end) is qualifier
    assert division_after(text, end) == division


@pytest.mark.parametrize(
    "text, expected",
    [
        # A name placed in a region is no town of that name elsewhere; it lies there.
        (
            "Residents of Colchester in the Eastern Cape blocked the main road.",
            {("Colchester", "other", "ZA"), ("Eastern Cape", "admin1", "ZA")},
        ),
        ("Residents of Colchester blocked the main road.", {("Colchester", "city", "GB")}),
        (
            "Farmers protested in Paris, Texas, on Monday.",
            {("Paris", "city", "US"), ("Texas", "admin1", "US")},
        ),
        # A list is no containment: each region stays itself.
        (
            "Protests spread to Kenya, Uganda and Tanzania.",
            {
                ("Kenya", "country", "KE"),
                ("Uganda", "country", "UG"),
                ("Tanzania", "country", "TZ"),
            },
        ),
        (
            "Rioters burned tyres in Orlando, Florida.",
            {("Orlando", "city", "US"), ("Florida", "admin1", "US")},
        ),
    ],
)
def test_name_placed_in_a_region(records_of, text, expected):
    assert places_of(records_of, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # NER reads the name after a region's possessive as a person; the gazetteer knows
        # it (by an alternate spelling) in that region's country.
        (
            "Gunmen shot a trader in North Sinai's Al Arish on Friday.",
            {("North Sinai", "admin1", "EG"), ("Arīsh", "city", "EG")},
        ),
        (
            "Masked men shot a teacher in North Sinai's Al Arish as she left school.",
            {("North Sinai", "admin1", "EG"), ("Arīsh", "city", "EG")},
        ),
    ],
)
def test_name_owned_by_a_region(records_of, text, expected):
    assert places_of(records_of, text) == expected


@pytest.mark.parametrize(
    "text, name, code",
    [
        ("Residents of Colchester in the Eastern Cape marched.", "Colchester", "ZA"),
        ("Miners fought in Lenga, in Lualaba province, on Monday.", "Lenga", "CD"),
        ("Riots in Paris, Texas.", "Paris", "US"),
        ("Riots in Orlando, Florida.", "Orlando", None),  # Florida is also a town elsewhere
        ("Traders in Kano, Kaduna and Zaria closed shop.", "Kano", None),  # a list
        ("Vendors fought in Mabvuku, Harare, on Monday.", "Mabvuku", "ZW"),  # a town too
        ("Traders fought in Kisenyi market of Kampala.", "Kisenyi", "UG"),
        ("Fans met in Berlin, Paris and Rome.", "Berlin", None),  # a list
    ],
)
def test_container_country(text, name, code):
    from extract.place_evidence import container_country

    assert container_country(text, text.index(name) + len(name)) == code


@pytest.mark.parametrize(
    "text, expected",
    [
        # One edit from a town of 20,000+ in one country (a name of 7+ letters): that town.
        ("Bandits robbed a bus near Marsabitt overnight.", {("Marsabit", "city", "KE")}),
        # Two neighbours swapped.
        ("Traders protested in Pietermartizburg on Monday.", {("Pietermaritzburg", "city", "ZA")}),
        # A 6-letter name one edit from a town under 50,000 abroad: no guess (Kiboga, UG).
        ("Militiamen raided Kiboba village overnight.", {("Kiboba", "other", None)}),
        # Names of several words too.
        ("Youths protested in Port Harcort on Monday.", {("Port Harcourt", "city", "NG")}),
        ("Traders marched in Dar es Salam on Monday.", {("Dar es Salaam", "city", "TZ")}),
        # A variant keeps its first letter: no Wacha (Ethiopia) for an unknown Bwacha.
        ("Rioters damaged a car in Bwacha.", {("Bwacha", "other", None)}),
    ],
)
def test_near_miss_spellings(records_of, text, expected):
    assert places_of(records_of, text) == expected


def test_near_misses_keep_the_first_letter():
    from extract.gazetteer import fold, load_gazetteer

    assert "wacha" not in {fold(e.name) for e in load_gazetteer().near_misses("Bwacha")}
    assert "kitale" in {fold(e.name) for e in load_gazetteer().near_misses("Kitalle")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # A compass part of a known town is that town (the span keeps the compass word).
        (
            "Angry residents of an informal settlement in Kisumu East took to the streets.",
            {("Kisumu", "city", "KE")},
        ),
        ("Tenants in Mombasa North protested against rent rises.", {("Mombasa", "city", "KE")}),
        # Names the gazetteer knows whole stay whole.
        (
            "Fighting was reported in South Sudan and West Darfur.",
            {("South Sudan", "country", "SS"), ("West Darfur", "admin1", "SD")},
        ),
    ],
)
def test_compass_part_of_a_town(records_of, text, expected):
    assert places_of(records_of, text) == expected


def test_compass_part_keeps_its_span(records_of):
    place = records_of("Tenants in Mombasa North protested against rent rises.")[0].places[0]
    assert [m.text for m in place.mentions] == ["Mombasa North"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A town named by a generic word is no place of the item (Police, Poland).
        (
            "Activists marched in Harare before officers bundled them into Police trucks.",
            {("Harare", "city", "ZW")},
        ),
        # A demonym before a common noun is a people, not a region of that name (Ethiopia's
        # Somali region); the country it points to stands in when nothing else is named.
        (
            "Fighting broke out between Somali government forces and militants overnight.",
            {("Somalia", "country", "SO")},
        ),
        (
            "Two soldiers died near the Somali border with Kenya.",
            {("Kenya", "country", "KE")},
        ),
    ],
)
def test_generic_words_and_demonyms_are_no_places(records_of, text, expected):
    assert places_of(records_of, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A suburb placed in a city: not a far town of the same name.
        (
            "Supporters were assaulted in Highfields, Harare, on Sunday.",
            {("Highfields", "other", "ZW"), ("Harare", "city", "ZW")},
        ),
    ],
)
def test_name_placed_in_a_town(records_of, text, expected):
    assert places_of(records_of, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # At region level, a town named like its region by a spelling the region lacks
        # ("Cuzco": ISO's region is Cusco) is the region...
        (
            "Farmers marched in the regions of Cuzco, Loreto and Ucayali on Monday.",
            {("Cusco", "admin1", "PE"), ("Loreto", "admin1", "PE"), ("Ucayali", "admin1", "PE")},
        ),
        # ... but not outside it, nor when the text says city.
        ("Tourists were stranded in Cuzco on Monday.", {("Cusco", "city", "PE")}),
        (
            "Farmers marched in the regions of Loreto and Ucayali and in the city of Cuzco.",
            {("Loreto", "admin1", "PE"), ("Ucayali", "admin1", "PE"), ("Cusco", "city", "PE")},
        ),
    ],
)
def test_region_spelt_as_its_seat(records_of, text, expected):
    assert places_of(records_of, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A local division named with its type, which NER reads as an organisation.
        (
            "Gunmen attacked a village of Igabi Local Government Area of Kaduna State on Sunday.",
            {("Igabi", "city", "NG"), ("Kaduna", "admin1", "NG")},
        ),
        (
            "Gunmen attacked Dusa village in Ikwo Local Government Area on Sunday.",
            {("Dusa", "other", None), ("Ikwo", "other", None)},
        ),
    ],
)
def test_local_government_areas(records_of, text, expected):
    assert places_of(records_of, text) == expected
