"""Places: list splitting, possessives, the city/region rule, unknown places, NER overrides."""

from __future__ import annotations

import pytest

from extract.gazetteer import fold, load_gazetteer


def places_of(records_of, text: str) -> list[tuple[str, str, str | None]]:
    record = records_of(text)[0]
    return [(p.name, p.kind, p.country_code) for p in record.places]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The strike spread through Peru, with the greatest presence in the departments of "
            "Apurimac, Arequipa, Ayacucho and Puno.",
            {
                ("Apurímac", "admin1"),
                ("Arequipa", "admin1"),
                ("Ayacucho", "admin1"),
                ("Puno", "admin1"),
            },
        ),
        (
            "Protests continued in Peru’s capital Lima on Saturday.",
            {("Peru", "country"), ("Lima", "city")},
        ),
        (
            "Police killed a minor in the city of Cusco, Peru, on Thursday.",
            {("Cusco", "city"), ("Peru", "country")},
        ),
        (
            "The indigenous region of Puno in Peru is the center of the strike.",
            {("Puno", "admin1"), ("Peru", "country")},
        ),
    ],
)
def test_places_split_stripped_and_resolved(records_of, text, expected):
    got = {(name, kind) for name, kind, _ in places_of(records_of, text)}
    assert expected <= got


def test_possessive_span_is_exact(records_of):
    record = records_of("Protests in Peru’s capital intensify as marchers arrive.")[0]
    peru = next(p for p in record.places if p.name == "Peru")
    assert [(m.text, record.text[m.start : m.end]) for m in peru.mentions] == [("Peru", "Peru")]
    assert peru.precision == 4 and peru.country_code == "PE"


def test_region_has_capital_coordinates_and_precision_3(records_of):
    record = records_of("Thousands marched in the region of Cusco in Peru.")[0]
    cusco = next(p for p in record.places if p.name == "Cusco")
    assert (cusco.kind, cusco.precision) == ("admin1", 3)
    assert cusco.lat == pytest.approx(-13.53, abs=0.1) and cusco.lon == pytest.approx(
        -71.97, abs=0.1
    )


def test_known_place_is_never_a_person(records_of):
    record = records_of(
        "In Peru, the police detained dozens in Ayacucho and Huancavelica after the protests."
    )[0]
    names = {p.name for p in record.places}
    assert {"Ayacucho", "Huancavelica"} <= names
    assert not {p.name for p in record.people} & {"Ayacucho", "Huancavelica"}


def test_unknown_place_kept_with_null_precision(records_of):
    record = records_of("Protesters gathered in Plaza Dos de Mayo in Lima, Peru.")[0]
    plaza = next(p for p in record.places if p.name == "Plaza Dos de Mayo")
    assert (plaza.kind, plaza.precision, plaza.lat) == ("facility", None, None)


def test_demonym_is_not_a_place(records_of):
    record = records_of("The Peruvian authorities responded with violence in Peru.")[0]
    assert [p.name for p in record.places] == ["Peru"]


def test_dominant_country_breaks_ties(records_of):
    record = records_of("Clashes in Peru spread from Lima to Puno.")[0]
    assert {p.country_code for p in record.places} == {"PE"}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Peru: Police Brutality Leaves A Minor Dead In Cusco\n\n"
            "Police used tear gas in the city of Cusco, Peru.",
            {"Peru", "Cusco"},
        ),
    ],
)
def test_headline_places_come_from_the_body(records_of, text, expected):
    record = records_of(text)[0]
    headline_names = {
        p.name for p in record.places for m in p.mentions if m.start < len(record.headline or "")
    }
    assert headline_names == expected


def test_gazetteer_loads_once_and_folds_accents():
    gaz = load_gazetteer()
    assert gaz is load_gazetteer()
    assert fold("Perú") == "peru"
    assert any(e.country_code == "PE" and e.kind == "country" for e in gaz.lookup("Perú"))


@pytest.mark.parametrize(
    "text, expected",
    [
        # NER tags nothing or mislabels the name; the locative context and gazetteer find it.
        (
            "In Rusape, angry residents barricaded roads with huge stones and logs.",
            ("Rusape", "city", "ZW"),
        ),
        (
            "Unidentified gunmen attack and kill a government official in Gaalkacyo.",
            ("Gaalkacyo", "city", "SO"),
        ),
        # One spelling edit from a gazetteer name.
        ("Suspected cadres kill a party member in Chogwe, Zambia.", ("Chongwe", "city", "ZM")),
        # "<Name> District" resolves to the district the gazetteer knows.
        ("Students destroyed property in Soroti District.", ("Soroti", "other", "UG")),
        # Unknown names in a place context are kept; a demonym alone gives them no country
        # (troops are often foreign), but it locates the item as a fallback place.
        ("Kenyan forces kill four members of al Shabaab in Milimani.", ("Milimani", "other", None)),
        ("Kenyan forces kill four members of al Shabaab in Milimani.", ("Kenya", "country", "KE")),
        ("Gunmen attack farmers in Um Arda.", ("Um Arda", "other", None)),
        # A facility names its own country.
        (
            "University of Zambia workers go on strike over payment of salaries.",
            ("University of Zambia", "facility", "ZM"),
        ),
        # Only a demonym locates the item: its country is the fallback place.
        ("Tunisian air force bombed the mountains on Thursday.", ("Tunisia", "country", "TN")),
    ],
)
def test_context_detection(records_of, text, expected):
    assert expected in places_of(records_of, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Protesters arrived in the capital on the Pacific coast.", "Pacific coast"),
        ("The indigenous Aymara region of Puno is the center of opposition.", "Aymara"),
        ("Marchers came from the Four Corners of Peru.", "Four Corners"),
        ("The US ambassador in Peru, Lisa Kenna, is a CIA veteran.", "Lisa Kenna"),
        ("In areas located in 7 regions of Peru, gatherings are prohibited.", "In"),
        ("Militants shot and seriously injured a civilian in Tur.", "Tours"),
        ("Somali government forces clashed with militants in Peru.", "Somali"),
        # "us" is a pronoun; the country is written "US"
        (
            "So They Can See Us: Marchers Reach Nairobi\n\nMarchers reached Nairobi.",
            "United States",
        ),
        ("So They Can See Us: Marchers Reach Nairobi\n\nMarchers reached Nairobi.", "Us"),
        ("Police in Nairobi told us to leave.", "United States"),
    ],
)
def test_not_places(records_of, text, absent):
    assert absent not in {name for name, _, _ in places_of(records_of, text)}


def test_conjoined_with_places_and_named_sites(records_of):
    got = places_of(
        records_of,
        "Protests continue across Peru. The roads connecting Puno to Arequipa, Cusco, "
        "and the Amazon, are among those currently blocked. "
        "Police entered the Universidad Nacional Mayor de San Marcos in Lima.",
    )
    assert ("Amazon", "other", "PE") in got
    assert ("Universidad Nacional Mayor de San Marcos", "facility", "PE") in got


@pytest.mark.parametrize(
    "word, code",
    [("Kenyan", "KE"), ("Sudanese", "SD"), ("Peruvian", "PE"), ("Somali", "SO"), ("Nigerian", "NG"),
     ("Congolese", "CD"), ("Togolese", "TG"), ("South Sudanese", "SS"), ("South African", "ZA"),
     ("Sierra Leonean", "SL"), ("Central African", None), ("African", None),
     ("Indigenous", None), ("Christian", None)],
)  # fmt: skip
def test_demonyms(word, code):
    assert load_gazetteer().demonym_country(word) == code


@pytest.mark.parametrize(
    "text, expected",
    [
        # An unknown local unit is named without its type word; its span keeps both.
        ("Three people died in Kambolo district on Sunday.", ("Kambolo", "other", None)),
        # A place named by its item's region lies in that region's country.
        (
            "Residents of Mbalari village in Borno State protested.",
            ("Mbalari", "other", "NG"),
        ),
        # "<Name> border town": a modifier between the name and the place noun.
        ("Bandits struck Lalemba border town at dawn.", ("Lalemba", "other", None)),
        # The object of a verb of seizure.
        ("Rebels overran Kibirizi after a day of fighting.", ("Kibirizi", "other", None)),
    ],
)
def test_unknown_local_places(records_of, text, expected):
    assert expected in places_of(records_of, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # Known places inside the names of institutions, when nothing else locates the item.
        (
            "Rockets hit the Mombasa General Hospital car park overnight.",
            {("Mombasa", "city", "KE")},
        ),
        ("Strikers shut the Kisumu Water Company offices.", {("Kisumu", "city", "KE")}),
        # The parts of a hyphenated route; the small town is confirmed by the large one.
        (
            "Soldiers patrolled the Maiduguri-Damboa road after the ambush.",
            {("Maiduguri", "city", "NG"), ("Damboa", "city", "NG")},
        ),
        # A demonym inside an organisation's name locates an item that names no place.
        (
            "The Ghanaian Armed Forces deployed troops to quell the unrest.",
            {("Ghana", "country", "GH")},
        ),
    ],
)
def test_places_inside_other_names(records_of, text, expected):
    assert set(places_of(records_of, text)) == expected


@pytest.mark.parametrize(
    "text, absent_country",
    [
        # A continent's name is no city's old spelling, nor a misspelt city.
        ("Students gathered at Africa Hall to protest the fees.", "TN"),
        ("Students gathered at Africa Hall to protest the fees.", "CL"),
        # An ordinary word heading a unit's name is not a town of that name.
        ("Members of the Mobile Forces set up roadblocks overnight.", "US"),
    ],
)
def test_no_far_away_guesses(records_of, text, absent_country):
    assert absent_country not in {code for _, _, code in places_of(records_of, text)}


def test_unknown_name_span_keeps_type_word(records_of):
    record = records_of("A mortar shell landed in Kambolo district overnight.")[0]
    place = next(p for p in record.places if p.name == "Kambolo")
    assert [m.text for m in place.mentions] == ["Kambolo district"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Coordinated names before a plural place noun are all kept, "of" after it or not.
        (
            "Rebels seized positions in the Bukoriro and Lutende areas of Mweso territory.",
            {("Bukoriro", "other", None), ("Lutende", "other", None), ("Mweso", "other", None)},
        ),
        # Strong contexts read a name NER took for a person or organisation as a place:
        # "control of X", the object of a verb whose object is a site, "<motion verb> to X",
        # an apposition to a place noun.
        (
            "Militants took control of Dhoobley Weyn after the troops withdrew.",
            {("Dhoobley Weyn", "other", None)},
        ),
        (
            "The army, backed by militias, retake Bir Hadda after heavy fighting.",
            {("Bir Hadda", "other", None)},
        ),
        ("Soldiers were deployed to Bor Kanga to restore order.", {("Bor Kanga", "other", None)}),
        (
            "Aircraft struck a militia position Bulo Xarar overnight.",
            {("Bulo Xarar", "other", None)},
        ),
        # A known name (here one edit from one) after "the" stays a place when a place noun
        # follows it.
        (
            "Police set up roadblocks in the Eldorett area on Monday.",
            {("Eldoret", "city", "KE")},
        ),
        # "<Name> Island": the gazetteer knows the bare name; the span keeps the whole.
        (
            "Fishermen clashed with police on Bubaque Island on Monday.",
            {("Bubaque", "city", "GW")},
        ),
        # A one-token demonym NER labelled GPE is no unknown place.
        (
            "Militants fired mortar rounds at an Ugandan military base in Birkeed village.",
            {("Birkeed", "other", None), ("Uganda", "country", "UG")},
        ),
    ],
)
def test_strong_place_contexts(records_of, text, expected):
    assert set(places_of(records_of, text)) == expected


def test_bare_name_span_keeps_the_word(records_of):
    record = records_of("Fishermen clashed with police on Bubaque Island on Monday.")[0]
    assert [m.text for p in record.places for m in p.mentions] == ["Bubaque Island"]


@pytest.mark.parametrize(
    "text, absent",
    [
        # A person after a verb that can take a person ("attacked"), or a noun after a
        # determiner, is not read as a site.
        ("Gunmen attacked Ahmed Warsame outside his home.", "Ahmed Warsame"),
        ("A letter was sent to Amina Osman last week.", "Amina Osman"),
    ],
)
def test_people_in_verb_contexts_stay_people(records_of, text, absent):
    assert absent not in {name for name, _, _ in places_of(records_of, text)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # An English compass word for ISO's French one; no region "North" of another country.
        (
            "Militia fighters attacked an army post near Bweremana in North Kivu.",
            {("Bweremana", "other", "CD"), ("Nord-Kivu", "admin1", "CD")},
        ),
        (
            "Miners clashed with guards in Kalehe, South Kivu, on Friday.",
            {("Kalehe", "other", "CD"), ("Sud-Kivu", "admin1", "CD")},
        ),
        # The Arabic form, matched loosely, named in English as written; the region's
        # country then decides a same-named town ("Rafah" is also in Gaza).
        (
            "Gunmen ambushed a patrol outside Rafah, North Sinai, late on Sunday.",
            {("Rafaḩ", "city", "EG"), ("North Sinai", "admin1", "EG")},
        ),
        (
            "Hotel workers in South Sinai went on strike over unpaid wages.",
            {("South Sinai", "admin1", "EG")},
        ),
    ],
)
def test_compass_words_translated(records_of, text, expected):
    assert set(places_of(records_of, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A name before a group noun is a town only when the town is large or in a country
        # the document names; an unknown name before an armed group's noun (herdsmen,
        # militia, rebels) is that group's name, not a place.
        (
            "Police arrived in Wad Kabo after clashes between Abala herdsmen and farmers.",
            {("Wad Kabo", "other", None)},
        ),
        (
            "Police arrived in Wad Kabo after an Abala herder was killed.",
            {("Wad Kabo", "other", None)},
        ),
        (
            "Herders clashed with Kano youths in Kano, Nigeria.",
            {("Kano", "city", "NG"), ("Nigeria", "country", "NG")},
        ),
    ],
)
def test_group_names_are_not_far_towns(records_of, text, expected):
    assert set(places_of(records_of, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A demonym naming territory is the country as a place, beside the places named.
        (
            "Soldiers from the DRC were arrested on Burundian soil last week.",
            {("Democratic Republic of the Congo", "country", "CD"), ("Burundi", "country", "BI")},
        ),
        (
            "Fishing boats from Kenya were seized in Tanzanian waters.",
            {("Kenya", "country", "KE"), ("Tanzania", "country", "TZ")},
        ),
        # A demonym of two words is read whole, in the fallback too.
        (
            "South Sudanese troops shelled rebel positions overnight.",
            {("South Sudan", "country", "SS")},
        ),
        (
            "Congolese soldiers were deployed to Kambolo after the raid.",
            {("Kambolo", "other", None), ("Democratic Republic of the Congo", "country", "CD")},
        ),
        # Not twice: the country is located already.
        (
            "A soldier found on Kenyan soil near Busia was shot by police.",
            {("Busia", "city", "KE")},
        ),
    ],
)
def test_demonym_territory(records_of, text, expected):
    assert set(places_of(records_of, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A region written with its type word, NER-labelled an organisation, is a place.
        (
            "The governor of Oyo State condemned the attack.",
            {("Oyo", "admin1", "NG")},
        ),
        # A large city after "the" that modifies a noun is the city ("the Four Corners of
        # Peru" is not).
        (
            "A spokesman for the Harare police denied the report.",
            {("Harare", "city", "ZW")},
        ),
    ],
)
def test_region_type_word_and_city_modifiers(records_of, text, expected):
    assert set(places_of(records_of, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A town in a country with a division of its name (its likely seat) beats a larger
        # town of that name elsewhere, unless that one is large.
        ("Clashes erupted in the town of Arta on Monday.", {("Arta", "city", "DJ")}),
        ("Protesters gathered in Guadalajara on Monday.", {("Guadalajara", "city", "MX")}),
    ],
)
def test_division_seat_towns(records_of, text, expected):
    assert set(places_of(records_of, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A spelling variant of a region: a demonym's country that holds no such name does
        # not veto it ("Ethiopian soldiers" often serve abroad).
        ("Ethiopian soldiers were ambushed in Mudugh on Friday.", {("Mudug", "admin1", "SO")}),
    ],
)
def test_spelling_variants_beyond_demonyms(records_of, text, expected):
    assert set(places_of(records_of, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A large city beginning an unknown name is that city only when the document names
        # no other country (a demonym opening an organisation's name counts).
        (
            "Workers of the Zambian Electricity Company protested in Melbourne Park.",
            {("Melbourne Park", "facility", None), ("Zambia", "country", "ZM")},
        ),
        (
            "Fans gathered in Melbourne Park before the final.",
            {("Melbourne Park", "facility", "AU"), ("Melbourne", "city", "AU")},
        ),
    ],
)
def test_big_city_inside_a_name(records_of, text, expected):
    assert set(places_of(records_of, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A division's abbreviation after a name is its type word, not an acronym.
        (
            "Gunmen attacked a convoy in Ikenne-Ogere LGA on Friday.",
            ("Ikenne-Ogere", "other", None),
        ),
        # A plural division word shared by a list: each name is looked up without it.
        (
            "The ceasefire covers Blue Nile and South Kordofan States.",
            ("South Kordofan", "admin1", "SD"),
        ),
    ],
)
def test_division_words_after_names(records_of, text, expected):
    assert expected in places_of(records_of, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the <Name> side of X", "<distance> from X", "the hospital of X".
        ("Troops advanced on the eastern side of Gadarfa on Monday.", ("Gadarfa", "other", None)),
        ("Gunmen raided a camp 2km from Umbaru Dakka at night.", ("Umbaru Dakka", "other", None)),
        ("Nurses protested in the hospital of Kolabri over pay.", ("Kolabri", "other", None)),
        # A name ending in a division word, after "the".
        (
            "Two farmers died in the Koransa Hills North District on Monday.",
            ("Koransa Hills North", "other", None),
        ),
        # A possessive inside a settlement's name.
        (
            "Protesters gathered at Sir Dunmore's Ford Village at dawn.",
            ("Sir Dunmore's Ford", "other", None),
        ),
    ],
)
def test_more_place_contexts(records_of, text, expected):
    assert expected in places_of(records_of, text)


def test_list_neighbour_of_a_labelled_place(records_of):
    names = {
        name
        for name, _, _ in places_of(
            records_of, "Troops cleared Maiduguri and Bulabrin of militants."
        )
    }
    assert names == {"Maiduguri", "Bulabrin"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # The place opening an institution's name, when nothing else locates the item.
        (
            "Police beat supporters who had come to Kawempo Chief Magistrate Court.",
            {("Kawempo", "other", None)},
        ),
        # An organisation's acronym, then its branch's place.
        ("Armed men looted the offices of MSF Bambari overnight.", {("Bambari", "city", "CF")}),
        # A building named after someone is no place; a located item keeps its places only.
        ("Workers closed the entrance at Kelvoro House overnight.", set()),
        (
            "Students of Mzuzo State University marched in Bulawayo.",
            {("Bulawayo", "city", "ZW")},
        ),
        # The object of a verb after an acronym opening the sentence.
        ("SPLA shell Gadarfa. Two died.", {("Gadarfa", "other", None)}),
    ],
)
def test_institution_and_branch_places(records_of, text, expected):
    assert set(places_of(records_of, text)) == expected
