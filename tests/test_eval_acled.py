"""ACLED place matching: normalised and fuzzy names, the place's admin1 field, and the two
text ceilings (evaluate/acled.py)."""

from __future__ import annotations

import pytest

from extract.evaluate import Evaluation
from extract.evaluate.acled import name_key, names_match, place_hit, score_acled
from extract.evaluate.scores import Ratio

LEVELS = ("location", "admin2", "admin1")


@pytest.mark.parametrize(
    "name, key",
    [
        ("Ado-Ekiti", "adoekiti"),
        ("Ado Ekiti", "adoekiti"),
        ("Ma'arib", "maarib"),
        ("Al-Fasher", "fasher"),
        ("El Arish 1", "arish1"),
        ("Sidi Bou Zid", "sidibouzid"),
        ("Bouïra", "bouira"),
        ("Alger", "alger"),  # "al" only as a separate word
    ],
)
def test_name_key(name, key):
    assert name_key(name) == key


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("Awaday", "Aweday", True),  # substitution
        ("Ouergha", "Ouargha", True),
        ("Chogwe", "Chongwe", True),  # insertion
        ("Pietermartizburg", "Pietermaritzburg", True),  # two neighbours swapped
        ("Menufiya", "Menoufia", True),  # 8+ letters, ratio 0.88
        ("Northern Sinai", "North Sinai", True),
        ("Kereinik", "Al Kereinik", True),  # article
        ("Ado-Ekiti", "ADO EKITI", True),
        ("Kano", "Kana", False),  # under 5 letters: exact only
        ("Tunis", "Tunisia", False),  # two edits
        ("Niger", "Nigeria", False),
        ("Benin", "Benue", False),
        ("East Darfur", "West Darfur", False),  # first letters differ
        ("North Kivu", "South Kivu", False),
        ("Khartoum", "Khartoum North", False),  # ratio 0.76
        (None, "Kano", False),
    ],
)
def test_names_match(a, b, expected):
    assert names_match(a, b) is expected


GOLD = {
    "id": "E",
    "country": "Ethiopia",
    "admin1": "Oromia",
    "admin2": "Misraq Harerge",
    "location": "Aweday",
    "latitude": 9.35,
    "longitude": 41.78,
}


def _pl(name, admin1=None, code="ET"):
    return {"name": name, "admin1": admin1, "country_code": code, "lat": None, "lon": None}


@pytest.mark.parametrize(
    "places, levels, expected",
    [
        ([_pl("Awaday")], ("location",), True),  # fuzzy name
        ([_pl("Awaday")], LEVELS, True),
        ([_pl("Shashamane", "Oromia")], LEVELS, True),  # its admin1 field is the gold admin1
        ([_pl("Shashamane", "Oromiya")], LEVELS, True),  # ... a spelling of it
        ([_pl("Shashamane", "Oromia")], ("location",), False),  # location stays strict
        ([_pl("Shashamane", "Amhara")], LEVELS, False),
        ([_pl("Oromia")], ("location", "admin2"), False),  # admin1 not asked for
        ([_pl("Harar")], LEVELS, False),
    ],
)
def test_place_hit_levels(places, levels, expected):
    assert place_hit(places, GOLD, levels) is expected


def _gold(id_, country, admin1, admin2, location):
    return {
        "id": id_,
        "event_date": "2016-06-20",
        "country": country,
        "admin1": admin1,
        "admin2": admin2,
        "location": location,
        "latitude": None,
        "longitude": None,
        "fatalities": 0,
        "same_text_ids": [],
        "date_stated_in_text": False,
        "event_type": "Riots/Protests",
    }


CEILING_CASES = [
    # (gold, text, named in text, country evidence)
    (_gold("A", "Ethiopia", "Oromia", "Misraq Harerge", "Aweday"), "Protest in Awaday.", 1, 1),
    (_gold("B", "Kenya", "Mandera", "Mandera", "El Wak"), "Kenyan police arrest two.", 0, 1),
    (_gold("C", "Libya", "Surt", "Surt", "Sirte"), "Fighting in Libya went on.", 0, 1),
    (_gold("D", "Nigeria", "Kano", "Kano", "Kano"), "Clashes in Kana village.", 0, 0),
    (_gold("E", "Somalia", "Bay", "Baydhabo", "Baidoa"), "A bayonet attack.", 0, 0),
    (_gold("F", "Somalia", "Bay", "Baydhabo", "Baidoa"), "Shelling of Baidoa's market.", 1, 1),
    (_gold("G", "Nigeria", "Ekiti", "Ado Ekiti", "Ado-Ekiti"), "Ado Ekiti march.", 1, 1),
]


@pytest.mark.parametrize("gold, text, named, evidence", CEILING_CASES)
def test_ceilings_per_row(gold, text, named, evidence):
    figures, _ = score_acled([gold], [], {gold["id"]: text})
    assert figures["place_named_in_text"] == Ratio(named, 1)
    assert figures["country_evidence_in_text"] == Ratio(evidence, 1)


def test_ceilings_over_a_tiny_gold():
    golds = [gold for gold, *_ in CEILING_CASES]
    texts = {gold["id"]: text for gold, text, *_ in CEILING_CASES}
    figures, problems = score_acled(golds, [], texts)
    assert figures["place_named_in_text"] == Ratio(3, 7)
    assert figures["country_evidence_in_text"] == Ratio(5, 7)
    assert figures["place"] == Ratio(0, 7)  # the ceilings do not read the records
    assert len(problems) == 7  # "no record" for each
    without, _ = score_acled(golds, [], None)
    assert "place_named_in_text" not in without and "country_evidence_in_text" not in without


def test_table_labels_the_ceilings():
    table = Evaluation(
        figures={"acled_africa2016": {"place": Ratio(1, 2), "place_named_in_text": Ratio(3, 4)}}
    ).table()
    assert "1/2 (accuracy)" in table and "3/4 (ceiling, text only)" in table


def _et(acled_type, sub):
    return {"event": "X", "mode": None, "acled_event_type": acled_type, "acled_sub_event_type": sub}


def _rec(doc_id, item, *types):
    return {
        "doc_id": doc_id,
        "item_index": item,
        "event_date": None,
        "places": [],
        "counts": [],
        "event_types": list(types),
    }


CLASH, REGAIN = _et("Battles", "Armed clash"), _et("Battles", "Government regains territory")
ARREST, VAC = _et("Strategic developments", "Arrests"), _et("Violence against civilians", "Attack")
EXCESSIVE = _et("Protests", "Excessive force against protesters")
PEACEFUL, NO_ACLED = _et("Protests", "Peaceful protest"), _et(None, None)
SHELLING = _et("Explosions/Remote violence", "Shelling/artillery/missile attack")

EVENT_TYPE_CASES = [
    # (gold event_type, records of the note, primary right, any right)
    ("Battle-No change of territory", [_rec("1", 0, CLASH)], 1, 1),
    ("Battle-Government regains territory", [_rec("2", 0, CLASH)], 1, 1),  # battle family
    ("Battle-No change of territory", [_rec("3", 0, REGAIN, ARREST)], 1, 1),
    ("Strategic development", [_rec("4", 0, CLASH, ARREST)], 0, 1),  # arrest not primary
    ("Violence against civilians", [_rec("5", 0, EXCESSIVE)], 1, 1),  # old schema: VAC
    ("Riots/Protests", [_rec("6", 0, NO_ACLED, PEACEFUL)], 1, 1),  # first with a type
    ("Riots/Protests", [_rec("7", 0, NO_ACLED)], 0, 0),  # no ACLED type: a miss
    ("Remote violence", [], 0, 0),  # no record: a miss
    ("Remote violence", [_rec("9", 1, SHELLING), _rec("9", 0, VAC)], 0, 1),  # item 0 first
    ("Riots/Protests", [_rec("10", 1, PEACEFUL), _rec("10", 0)], 1, 1),  # item 0 has none
]


def test_event_type_figures_over_a_tiny_gold():
    golds = []
    records = []
    for i, (gold_type, recs, _, _) in enumerate(EVENT_TYPE_CASES, start=1):
        golds.append(
            _gold(str(i), "Somalia", "Bay", "Baydhabo", "Baidoa") | {"event_type": gold_type}
        )
        records.extend(recs)
    figures, _ = score_acled(golds, records)
    assert figures["event_type"] == Ratio(sum(c[2] for c in EVENT_TYPE_CASES), 10) == Ratio(6, 10)
    assert (
        figures["event_type_any"] == Ratio(sum(c[3] for c in EVENT_TYPE_CASES), 10) == Ratio(8, 10)
    )


@pytest.mark.parametrize("case", EVENT_TYPE_CASES)
def test_event_type_per_note(case):
    gold_type, recs, primary, any_type = case
    doc_id = recs[0]["doc_id"] if recs else "x"
    gold = _gold(doc_id, "Somalia", "Bay", "Baydhabo", "Baidoa") | {"event_type": gold_type}
    figures, _ = score_acled([gold], recs)
    assert figures["event_type"] == Ratio(primary, 1)
    assert figures["event_type_any"] == Ratio(any_type, 1)
