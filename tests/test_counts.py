"""Counts from the parse: value, qualifier, range, category, counted noun, subsets."""

from __future__ import annotations

import pytest

from extract.counts import extract_counts
from extract.models import DateValue

# (text, [(span text, value, low, high, qualifier, category, object, part_of), ...])
CASES = [
    (
        "56 people, including seven minors, were killed and 912 people were injured.",
        [
            ("56", 56, 56, 56, "exact", "killed", "people", None),
            ("seven", 7, 7, 7, "exact", "killed", "minors", 0),
            ("912", 912, 912, 912, "exact", "injured", "people", None),
        ],
    ),
    (
        "Two people were killed and 18 were wounded during a mortar attack.",
        [
            ("Two", 2, 2, 2, "exact", "killed", "people", None),
            ("18", 18, 18, 18, "exact", "injured", None, None),
        ],
    ),
    (
        "More than 50 Peruvians have been killed by police.",
        [("More than 50", 50, 51, None, "at_least", "killed", "Peruvians", None)],
    ),
    (
        "Tens of thousands of Peruvians marched in Lima.",
        [("Tens of thousands", 10000, 10000, 99999, "vague", "participants", "Peruvians", None)],
    ),
    (
        "The police used tear gas, leaving a minor dead in the city.",
        [("a", 1, 1, 1, "exact", "killed", "minor", None)],
    ),
    (
        "3 policemen, 2 militia members and 1 soldier were killed in the attack.",
        [
            ("3", 3, 3, 3, "exact", "killed", "policemen", None),
            ("2", 2, 2, 2, "exact", "killed", "members", None),
            ("1", 1, 1, 1, "exact", "killed", "soldier", None),
        ],
    ),
    (
        "Protesters blocked highways at 46 points across the country.",
        [("46", 46, 46, 46, "exact", "blockades", "points", None)],
    ),
    (
        "Police arrested 224 people on Friday.",
        [("224", 224, 224, 224, "exact", "detained", "people", None)],
    ),
    ("A soldier was killed in the ambush.", [("A", 1, 1, 1, "exact", "killed", "soldier", None)]),
    ("Protesters killed a policeman.", [("a", 1, 1, 1, "exact", "killed", "policeman", None)]),
    ("Police killed 3 protesters.", [("3", 3, 3, 3, "exact", "killed", "protesters", None)]),
    (
        "Gunmen attacked the village, killing 20 and injuring others.",
        [("20", 20, 20, 20, "exact", "killed", None, None)],
    ),
    (
        "Up to 30 people were detained.",
        [("Up to 30", 30, None, 30, "at_most", "detained", "people", None)],
    ),  # fmt: skip
    (
        "Between 10 and 20 protesters were injured.",
        [("Between 10 and 20", 10, 10, 20, "approx", "injured", "protesters", None)],
    ),
    (
        "Twenty-one people and two hundred soldiers were killed.",
        [
            ("Twenty-one", 21, 21, 21, "exact", "killed", "people", None),
            ("two hundred", 200, 200, 200, "exact", "killed", "soldiers", None),
        ],
    ),
    (
        "Hundreds of people gathered outside the station.",
        [("Hundreds", 100, 100, 999, "vague", "participants", "people", None)],
    ),
    ("The attack left 5 dead.", [("5", 5, 5, 5, "exact", "killed", "dead", None)]),
    ("The bodies of 4 men were found.", [("4", 4, 4, 4, "exact", "killed", "men", None)]),
    ("There were 3 fatalities.", [("3", 3, 3, 3, "exact", "killed", "fatalities", None)]),
    ("No one was killed in the blast.", [("No one", 0, 0, 0, "exact", "killed", None, None)]),
    ("A civilian died in the shelling.", [("A", 1, 1, 1, "exact", "killed", "civilian", None)]),
    ("One person was shot dead.", [("One", 1, 1, 1, "exact", "killed", "person", None)]),
    (
        "Police arrested several people.",
        [("several", 3, 3, 9, "vague", "detained", "people", None)],
    ),
    (
        "The government responded with violence, killing approximately 50 protesters.",
        [("approximately 50", 50, None, None, "approx", "killed", "protesters", None)],
    ),
    (
        "Government forces repel an attack on the town, at least four dead, 21 arrested.",
        [
            ("at least four", 4, 4, None, "at_least", "killed", "dead", None),
            ("21", 21, 21, 21, "exact", "detained", None, None),
        ],
    ),
    (
        "Soldiers shot dead a student member of the union.",
        [("a", 1, 1, 1, "exact", "killed", "member", None)],
    ),
    (
        "Two armed men on motorcycles killed two gendarmes and wounded a soldier.",
        [
            ("Two", 2, 2, 2, "exact", "other", "men", None),  # the actors: not killed
            ("two", 2, 2, 2, "exact", "killed", "gendarmes", None),
            ("a", 1, 1, 1, "exact", "injured", "soldier", None),
        ],
    ),
    (
        "The curfew applies in 7 regions of Peru.",
        [("7", 7, 7, 7, "exact", "other", "regions", None)],
    ),
    # protesting subjects: "went on strike", "staged a sit-in", "joined"
    (
        "Hundreds of nurses went on strike across the region.",
        [("Hundreds", 100, 100, 999, "vague", "participants", "nurses", None)],
    ),
    (
        "About 800 workers staged a sit-in outside the factory.",
        [("About 800", 800, None, None, "approx", "participants", "workers", None)],
    ),
    (
        "Nearly 2 lakh farmers joined the rally.",
        [("Nearly 2 lakh", 200000, None, None, "approx", "participants", "farmers", None)],
    ),
    # "taken to hospital" is injured; "were charged" is detained
    (
        "Two journalists were taken to hospital after the blast.",
        [("Two", 2, 2, 2, "exact", "injured", "journalists", None)],
    ),
    (
        "Five students were charged with arson.",
        [("Five", 5, 5, 5, "exact", "detained", "students", None)],
    ),
    # "among the dead": a subset of the count before it
    (
        "Nine people died in the attack. Four children were among the dead.",
        [
            ("Nine", 9, 9, 9, "exact", "killed", "people", None),
            ("Four", 4, 4, 4, "exact", "killed", "children", 0),
        ],
    ),
]

# A conjoined verb with its own subject or object does not lend its category; "X of a Y"
# counts X, not Y.
CONJ_AND_OF = [
    (
        "Two trucks were burned and nine soldiers were killed in the ambush.",
        [("Two", 2, "other", "trucks"), ("nine", 9, "killed", "soldiers")],
    ),
    (
        "Three buses were torched and dozens of passengers killed near the border.",
        [("Three", 3, "other", "buses"), ("dozens", 12, "killed", "passengers")],
    ),
    ("Police stopped a robbery and killed a suspect.", [("a", 1, "killed", "suspect")]),
    (
        "The daughter of a local trader was abducted and killed.",
        [("The", 1, "killed", "daughter")],
    ),
]


@pytest.mark.parametrize("text, expected", CONJ_AND_OF)
def test_conjoined_verbs_and_of_phrases(parse, text, expected):
    assert [(r[0], r[1], r[5], r[6]) for r in _rows(parse, text)] == expected


# Never counts: durations, ages, years, dates, ordinals, money, percentages, "one of the".
NOT_COUNTS = [
    "Castillo was imprisoned for 18 months without due process.",
    "In the past 50 days of social protests, the strike entered its sixth consecutive day.",
    "In just six weeks the movement grew.",
    "The 55-year-old man was one of the first protesters.",
    "The march of 2000 demanded his departure on December 7, 2022.",
    "Prices rose 5 percent and the union paid $300 on 21 June.",
    "Clashes on 17 and 21 June displaced families.",
    "Several members of the cabinet will be investigated.",
    "\u201cWe are here,\u201d said one protester.",
    "The villagers held a vigil for the victims.",
    "The scheme will cost Rs 5 lakh crore over a decade.",
    "The 2015 model had no brakes.",
]


def _rows(parse, text):
    counts = extract_counts(parse(text), [])
    for c in counts:
        assert text[c.start : c.end] == c.text
    return [
        (
            c.text,
            c.value,
            c.low,
            c.high,
            c.qualifier,
            c.category,
            c.object.text if c.object else None,
            c.part_of,
        )
        for c in counts
    ]


@pytest.mark.parametrize("text, expected", CASES)
def test_counts(parse, text, expected):
    assert _rows(parse, text) == expected


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_not_counts(parse, text):
    assert _rows(parse, text) == []


def test_fatalities_add_up_over_a_list(parse):
    text = "3 policemen, 2 militia members and 1 soldier were killed."
    counts = extract_counts(parse(text), [])
    assert sum(c.value or 0 for c in counts if c.category == "killed" and c.part_of is None) == 6


def _date(text: str, part: str, value: str) -> DateValue:
    start = text.index(part)
    return DateValue(
        text=part, start=start, end=start + len(part), value=value, precision="day",
        resolution="relative",
    )  # fmt: skip


def test_elliptic_figures_take_the_category_and_their_own_date(parse):
    text = (
        "According to the government, as of today, protesters have blocked off highways at 46 "
        "points across the country. This is up from 37 yesterday, and 25 the day before."
    )
    dates = [
        _date(text, "today", "2023-01-28"),
        _date(text, "yesterday", "2023-01-27"),
        _date(text, "the day before", "2023-01-26"),
    ]
    counts = extract_counts(parse(text), dates)
    rows = [
        (c.value, c.category, c.object and c.object.text, c.date and c.date.value) for c in counts
    ]
    assert rows == [
        (46, "blockades", "points", "2023-01-28"),
        (37, "blockades", None, "2023-01-27"),
        (25, "blockades", None, "2023-01-26"),
    ]


def test_headline_repeat_is_listed_once(records_of):
    text = (
        "Police Brutality Leaves A Minor Dead In Cusco\n\n"
        "On Thursday, the police used tear gas and firearms, leaving a minor dead and more than "
        "50 people injured in the city of Cusco."
    )
    (record,) = records_of(text, published="2023-01-27")
    rows = [(c.value, c.category, c.low) for c in record.counts]
    assert rows == [(1, "killed", 1), (50, "injured", 51)]
    assert all(
        c.start >= len("Police Brutality Leaves A Minor Dead In Cusco") for c in record.counts
    )


# (text, [(value, category, background), ...]): tolls of another, earlier event or running
# totals are kept, flagged background; the reported event's own toll is not.
BACKGROUND = [
    (
        "The rebellion, which has killed more than 9,000 people since 2011, spread north.",
        [(9000, "killed", True)],
    ),
    (
        "Traders rallied against a recent wave of robberies that killed four shopkeepers.",
        [(4, "killed", True)],
    ),
    (
        "Fighting resumed after an earlier raid in which a farmer was killed.",
        [(1, "killed", True)],
    ),
    (
        "Youths burned a depot linked to March's ambush which killed at least 12 guards.",
        [(12, "killed", True)],
    ),
    (
        "Three villagers were killed on Monday because a herder was shot dead earlier.",
        [(3, "killed", False), (1, "killed", True)],
    ),
    (
        "Gunmen killed 14 people in the market on 3 May, which wounded 20 others.",
        [(14, "killed", False), (20, "injured", False)],
    ),
    ("Police have killed 6 protesters in the capital.", [(6, "killed", False)]),
]


@pytest.mark.parametrize("text, expected", BACKGROUND)
def test_background_tolls_are_flagged(parse, text, expected):
    counts = extract_counts(parse(text), [])
    assert [(c.value, c.category, c.background) for c in counts] == expected


def test_acled_fatalities_leave_background_tolls_out(parse):
    from extract.evaluate.acled import fatalities

    text = (
        "Two soldiers were killed in the clash. The militia, which has killed hundreds of "
        "people so far, denied it."
    )
    counts = [c.model_dump() for c in extract_counts(parse(text), [])]
    assert [(c["value"], c["background"]) for c in counts] == [(2, False), (100, True)]
    assert fatalities(counts) == 2
