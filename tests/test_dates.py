"""Dates: real sentences through real spaCy and the real resolver."""

from __future__ import annotations

import pytest

from extract.dates import event_date, extract_dates
from extract.documents import Item, ParsedItem


def dates_of(parse, text: str, published: str | None) -> list[tuple[str, str | None, str | None]]:
    values = extract_dates([parse(text)], published)[0]
    return [(d.text, d.value, d.resolution) for d in values]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a weekday fixes the year; with no published date it is the reference date itself
        (
            "He was declared dead on Saturday, January 28, after police shot him.",
            None,
            [("Saturday, January 28", None, None)],
        ),
        (
            "He was declared dead on Saturday, January 28, after police shot him in December 2022.",
            None,
            [
                ("Saturday, January 28", "2023-01-28", "weekday"),
                ("December 2022", "2022-12", "explicit"),
            ],
        ),
        (
            "He was declared dead on Saturday, January 28, after police shot him.",
            "2023-02-03",
            [("Saturday, January 28", "2023-01-28", "weekday")],
        ),
        # the tense points the direction: future
        (
            "The foreign ministers will meet on April 7 in Brussels.",
            "2013-03-22",
            [("April 7", "2013-04-07", "reference")],
        ),
        # past
        (
            "Thousands marched on December 7 against the government.",
            "2013-03-22",
            [("December 7", "2012-12-07", "reference")],
        ),
        # a bare weekday: the nearest such day, the reference day included
        (
            "Police detained 224 people on Friday.",
            "2023-01-27",
            [("Friday", "2023-01-27", "reference")],
        ),
        (
            "Police detained 224 people on Friday.",
            "2023-01-28",
            [("Friday", "2023-01-27", "reference")],
        ),
        ("The union will strike on Friday.", "2023-01-28", [("Friday", "2023-02-03", "reference")]),
        # precision as the text gives it
        (
            "The talks collapsed in early December.",
            "2013-01-10",
            [("early December", "2012-12", "reference")],
        ),
        ("The treaty was signed in 1998.", None, [("1998", "1998", "explicit")]),
        ("Sales rose last week.", "2023-01-25", [("last week", "2023-W03", "relative")]),
        (
            "Dec 7, 2022: lawmakers vote to remove him.",
            None,
            [("Dec 7, 2022", "2022-12-07", "explicit")],
        ),
        # relative days
        (
            "Protesters blocked 46 points, up from 37 yesterday, and 25 the day before.",
            "2023-01-28",
            [("yesterday", "2023-01-27", "relative"), ("the day before", "2023-01-26", "relative")],
        ),
        (
            "One day before the December 7 coup, the ambassador met the minister.",
            "2023-01-28",
            [
                ("One day before", "2022-12-06", "relative"),
                ("December 7", "2022-12-07", "reference"),
            ],
        ),
        # "today" in apposition restates the date that follows
        (
            "A national strike called for today, January 19, brought thousands to Lima.",
            "2023-01-28",
            [("January 19", "2023-01-19", "reference")],
        ),
        (
            "Charges cover the months of December 2022 and January 2023.",
            None,
            [("December 2022", "2022-12", "explicit"), ("January 2023", "2023-01", "explicit")],
        ),
        # the weekend is one ISO week, unless the reference day is itself in a weekend
        ("The weekend saw many arrests.", "2023-01-30", [("The weekend", "2023-W04", "relative")]),
        ("The weekend saw many arrests.", "2023-01-28", [("The weekend", None, None)]),
        # relative to the date before it: a day, or null when that date is no day
        (
            "Clashes broke out on Friday. Two soldiers died the following day.",
            "2023-06-05",
            [
                ("Friday", "2023-06-02", "reference"),
                ("the following day", "2023-06-03", "relative"),
            ],
        ),
        (
            "He was arrested on May 2, 2024. Three days later he was freed.",
            None,
            [
                ("May 2, 2024", "2024-05-02", "explicit"),
                ("Three days later", "2024-05-05", "relative"),
            ],
        ),
        (
            "Talks stalled in March. Two days later, unions walked out.",
            "2024-05-09",
            [("March", "2024-03", "reference"), ("Two days later", None, None)],
        ),
        # a weekday in a named week
        (
            "The strike began on Tuesday last week.",
            "2024-05-09",
            [("Tuesday last week", "2024-04-30", "relative")],
        ),
    ],
)
def test_dates(parse, text, published, expected):
    assert dates_of(parse, text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "by"/"until"/"through" point ahead, unless a perfect puts the clause in the past
        ("The ministers must reply by March 3.", "2015-06-10", [("March 3", "2016-03-03")]),
        (
            "The firm had bought 90,000 shares through Sept. 29.",
            "2011-10-30",
            [("Sept. 29", "2011-09-29")],
        ),
        (
            "Until Friday, the police had named no suspect.",
            "2015-06-10",
            [("Friday", "2015-06-05")],
        ),
        # a bare past participle is past: the nearest April behind, not the one ahead
        (
            "Sales of the printers introduced in April fell sharply.",
            "2014-10-26",
            [("April", "2014-04")],
        ),
        # an infinitive does not take its verb's past: "agreed to buy ... in February"
        (
            "The company agreed to buy the mill for $5 million in February.",
            "2014-10-30",
            [("February", "2015-02")],
        ),
        # a participle joined to a past verb is past: no "is to resume" future from "were"
        (
            "Four soldiers were killed and ten others wounded in fighting on 22 June.",
            "2016-07-11",
            [("22 June", "2016-06-22")],
        ),
        # "for" alone makes no duration, nor "the" before a bare weekday
        (
            "Analysts cut their forecasts for next year.",
            "2014-10-30",
            [("next year", "2015")],
        ),
        (
            "Holders tendered 98% of the shares by the Tuesday deadline.",
            "2014-10-30",
            [("Tuesday", "2014-10-28")],
        ),
    ],
)
def test_tense_and_context(parse, text, published, expected):
    assert [(t, v) for t, v, _ in dates_of(parse, text, published)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The plant closed in nineteen eighty-four.", [("nineteen eighty-four", "1984")]),
        ("It was founded in nineteen oh five.", [("nineteen oh five", "1905")]),
        ("The debt is due by the year two thousand.", [("the year two thousand", "2000")]),
        (
            "Output peaked in March nineteen seventy-three.",
            [("March nineteen seventy-three", "1973-03")],
        ),
        ("Some nineteen hundred people were evacuated.", []),
    ],
)
def test_spelled_out_years(parse, text, expected):
    assert [(t, v) for t, v, _ in dates_of(parse, text, "2004-05-06")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "She was interviewed on the radio show Morning Today about the strike.",
        'The minister told ABC\'s "This Week" that talks would go on.',
        "He was found on Veterans Day after a long search.",
    ],
)
def test_capitalised_relative_words_in_names(parse, text):
    assert dates_of(parse, text, "2004-05-06") == []


@pytest.mark.parametrize(
    "text",
    [
        "55-year-old Víctor Santisteban was declared dead.",
        "Massive mobilizations have occurred daily for the past week.",
        "Castillo was imprisoned for 18 months without due process.",
        "In the past 50 days of social protests, 56 people were killed.",
        "In just six weeks, more than 50 Peruvians have been killed.",
        "The population was obliged to stay in their homes day and night.",
        "Orangemen march each July from their church.",
        "The March for Life drew thousands.",
        "Prices may rise if the army decides to march.",
        "The deadline for an appeal would be seven days later.",
    ],
)
def test_not_dates(parse, text):
    assert dates_of(parse, text, "2023-01-28") == []


@pytest.mark.parametrize(
    "text, reason",
    [
        ("Police entered the campus this Saturday.", "no reference date"),
        ("Three troops were killed on 2 July in clashes near the port.", "no year in the text"),
        ("The strike began yesterday.", "no reference date"),
    ],
)
def test_unanchored_dates_are_null_with_reason(parse, text, reason):
    (value,) = extract_dates([parse(text)], None)[0]
    assert value.value is None and value.precision is None and value.resolution is None
    assert value.reason is not None and reason in value.reason


def test_reference_is_latest_full_date_in_document(parse):
    items = [
        parse("On December 7, 2022 he was removed from office."),
        parse("Protests continued on Saturday, January 28 across the country."),
        parse("Police arrested dozens on Friday."),
    ]
    dates = extract_dates(items, None)
    assert [(d.text, d.value) for d in dates[2]] == [("Friday", "2023-01-27")]


def test_reference_is_never_the_wall_clock(parse):
    # No published date and no full date: nothing resolves to "now".
    assert [d.value for d in extract_dates([parse("It happened today.")], None)[0]] == [None]


@pytest.mark.parametrize(
    "headline, body, published, expected",
    [
        (
            "Police Intervene At University",
            "The police entered the campus this Saturday and arrested students. "
            "On Friday, unions had met.",
            "2023-01-28",
            "this Saturday",
        ),
        # background in a relative clause is not the event
        (
            "Protests Against The Coup",
            "The people reject the coup that removed the president on December 7. "
            "Police detained 30 on Friday.",
            "2023-01-28",
            None,
        ),
        (
            None,
            "Three Libyan government troops were killed on 2 July in clashes in Sirte.",
            None,
            "2 July",
        ),
        # no headline: a short report's date counts wherever it stands, a calendar date first
        (
            None,
            "Clashes resumed in the north. Four soldiers were wounded in today's fighting on 22 June.",
            "2016-07-11",
            "22 June",
        ),
        (
            None,
            "A commander was killed in an airstrike that targeted his house in the town 22 June.",
            "2016-07-11",
            "22 June",
        ),
        # with a headline, a later sentence's date belongs to another event
        (
            "Strike Continues",
            "The general strike is on its sixth day. Police detained 224 people on Friday.",
            "2023-01-28",
            None,
        ),
        # a dateline's date is the filing date: the event's own day in the lede wins
        (
            "Attack Kills Ten",
            "NIAMEY, May 3 (Reuters) - Gunmen killed ten villagers on Thursday, officials said.",
            "2024-05-03",
            "Thursday",
        ),
        # a dateline or an opening quote mark split off by the parser is no lede
        (
            "Clashes in the North",
            "BAMAKO (AFP) - Eight soldiers were killed on Sunday in an ambush, the army said.",
            "2024-05-07",
            "Sunday",
        ),
        (
            "Governor Defends Ban",
            '"This is for everyone\'s safety," Governor Ada Obi told reporters on Tuesday.',
            "2024-05-08",
            "Tuesday",
        ),
    ],
)
def test_event_date(nlp, headline, body, published, expected):
    text = f"{headline}\n\n{body}" if headline else body
    item = Item(0, 0, len(text), text, headline)
    parsed = ParsedItem(item, nlp(text), len(headline) + 2 if headline else 0)
    chosen = event_date(parsed, extract_dates([parsed], published)[0])
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    "text, fallback, expected",
    [
        # a weekday with its date in brackets: the weekday fixes the year
        (
            "A sergeant was killed in Arish, a security source said Wednesday [22 June].",
            "2016-07-11",
            [("Wednesday [22 June", "2016-06-22", "weekday")],
        ),
        # the run's declared reference date anchors year-less dates of a document without one
        (
            "Three troops were killed on 2 July.",
            "2016-07-11",
            [("2 July", "2016-07-02", "reference")],
        ),
        ("Three troops were killed on 2 July.", None, [("2 July", None, None)]),
        # a document's own full date still comes first
        (
            "Troops were killed on 2 July. The talks of March 3, 2015 failed.",
            "2016-07-11",
            [("2 July", "2014-07-02", "reference"), ("March 3, 2015", "2015-03-03", "explicit")],
        ),
    ],
)
def test_fallback_reference_and_bracketed_weekday(parse, text, fallback, expected):
    values = extract_dates([parse(text)], None, fallback)[0]
    assert [(d.text, d.value, d.resolution) for d in values] == expected
