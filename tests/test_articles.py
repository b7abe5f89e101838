"""Held-out style articles (tests/fixtures/articles: invented texts, one per region and style)
run through the real pipeline, checked against values read off the text by hand.

articles.jsonl holds ten wire-style articles with a published date; listing.txt is a page of
three short items with no published date. Each table row is one fact a reader of the text
would state; the rows cover what went wrong on first sight (see the QA report in git log).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import records_by_item

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    return records_by_item(ARTICLES, tmp_path_factory.mktemp("articles-run"))


def test_every_item_is_a_record(records):
    assert sorted(records) == sorted(
        [(a, 0) for a in ARTICLE_IDS] + [("listing.txt", i) for i in range(3)]
    )


ARTICLE_IDS = (
    "fr_strike sudan_clash uk_arrests kenya_protest india_protest peru_chile relative_dates "
    "non_counts quotes sahel_attack".split()
)

# (doc, item, date text, ISO value or None)
DATES = [
    ("fr_strike", 0, "Thursday", "2024-03-14"),
    ("fr_strike", 0, "March 21", "2024-03-21"),  # "would be held on March 21": future
    ("sudan_clash", 0, "Friday", "2023-06-02"),
    ("sudan_clash", 0, "April 15", "2023-04-15"),
    ("uk_arrests", 0, "Friday night", "2024-08-02"),
    ("uk_arrests", 0, "Monday", "2024-08-05"),  # "will appear ... on Monday", published Monday
    ("india_protest", 0, "Thursday", "2024-02-15"),  # "talks would resume on Thursday"
    ("peru_chile", 0, "next Wednesday", "2023-10-25"),
    ("relative_dates", 0, "Wednesday", "2024-05-08"),
    ("relative_dates", 0, "Tuesday last week", "2024-04-30"),
    ("relative_dates", 0, "earlier this month", "2024-05"),
    ("relative_dates", 0, "two days later", None),  # after "earlier this month": no day
    ("relative_dates", 0, "Monday night", "2024-05-06"),
    ("relative_dates", 0, "next month", "2024-06"),
    ("non_counts", 0, "Sunday", "2023-10-29"),
    ("non_counts", 0, "last year", "2022"),
    ("quotes", 0, "Saturday", "2024-01-13"),  # "since Saturday"
    ("sahel_attack", 0, "Saturday", "2022-04-09"),
    ("sahel_attack", 0, "the following day", "2022-04-10"),
    ("listing.txt", 1, "Tuesday, March 5, 2024", "2024-03-05"),
]


@pytest.mark.parametrize("doc, item, text, value", DATES)
def test_dates(records, doc, item, text, value):
    found = {d["text"]: d["value"] for d in records[(doc, item)]["dates"]}
    assert text in found, found
    assert found[text] == value


# Never dates: times, ages, durations.
NOT_DATES = [
    ("non_counts", 0, "4:30"),
    ("non_counts", 0, "14 hours"),
    ("non_counts", 0, "25 years old"),
    ("uk_arrests", 0, "aged 19"),
]


@pytest.mark.parametrize("doc, item, text", NOT_DATES)
def test_not_dates(records, doc, item, text):
    assert all(text not in d["text"] for d in records[(doc, item)]["dates"])


# (doc, item, event_date value): the dateline's filing date yields to the event's own day
EVENT_DATES = [
    ("fr_strike", 0, "2024-03-14"),
    ("sudan_clash", 0, "2023-06-02"),  # lede after a "KHARTOUM (AP) -" dateline sentence
    ("uk_arrests", 0, "2024-08-02"),
    ("india_protest", 0, "2024-02-13"),
    ("relative_dates", 0, "2024-05-09"),
    ("quotes", 0, "2024-01-15"),  # lede opening with a quotation
    ("sahel_attack", 0, "2022-04-09"),  # "OUAGADOUGOU, April 10 (AFP) - ... on Saturday"
    ("listing.txt", 2, "2024-03-06"),
]


@pytest.mark.parametrize("doc, item, value", EVENT_DATES)
def test_event_date(records, doc, item, value):
    assert (records[(doc, item)]["event_date"] or {}).get("value") == value


# (doc, item, text, value, category, qualifier)
COUNTS = [
    ("fr_strike", 0, "Tens of thousands", 10000, "participants", "vague"),
    ("fr_strike", 0, "more than 450,000", 450000, "participants", "at_least"),
    ("fr_strike", 0, "37", 37, "detained", "exact"),
    ("sudan_clash", 0, "At least 40", 40, "killed", "at_least"),
    ("sudan_clash", 0, "more than 100", 100, "injured", "at_least"),
    ("sudan_clash", 0, "eleven", 11, "killed", "exact"),  # "among the dead"
    ("uk_arrests", 0, "14", 14, "detained", "exact"),
    ("uk_arrests", 0, "Three", 3, "detained", "exact"),  # "were charged"
    ("uk_arrests", 0, "four", 4, "injured", "exact"),  # "taken to hospital"
    ("uk_arrests", 0, "About 200", 200, "participants", "approx"),
    ("kenya_protest", 0, "at least five", 5, "killed", "at_least"),
    ("kenya_protest", 0, "31", 31, "injured", "exact"),
    ("kenya_protest", 0, "50", 50, "detained", "exact"),
    ("india_protest", 0, "Thousands", 1000, "participants", "vague"),  # "began a march"
    ("india_protest", 0, "60", 60, "injured", "exact"),
    ("india_protest", 0, "24", 24, "injured", "exact"),
    ("peru_chile", 0, "Twelve", 12, "detained", "exact"),
    ("peru_chile", 0, "two", 2, "injured", "exact"),
    ("relative_dates", 0, "about 5,000", 5000, "participants", "approx"),  # "held a vigil"
    ("non_counts", 0, "Nine", 9, "killed", "exact"),
    ("non_counts", 0, "23", 23, "injured", "exact"),
    ("quotes", 0, "22", 22, "detained", "exact"),
    ("sahel_attack", 0, "twelve", 12, "killed", "exact"),
    ("sahel_attack", 0, "Three", 3, "killed", "exact"),
    ("listing.txt", 1, "Two", 2, "killed", "exact"),
    ("listing.txt", 2, "eight", 8, "detained", "exact"),
]


@pytest.mark.parametrize("doc, item, text, value, category, qualifier", COUNTS)
def test_counts(records, doc, item, text, value, category, qualifier):
    found = [c for c in records[(doc, item)]["counts"] if c["text"] == text]
    assert found, [c["text"] for c in records[(doc, item)]["counts"]]
    assert (found[0]["value"], found[0]["category"], found[0]["qualifier"]) == (
        value,
        category,
        qualifier,
    )


def test_subset_of_the_dead(records):
    counts = records[("sudan_clash", 0)]["counts"]
    eleven = next(c for c in counts if c["text"] == "eleven")
    assert counts[eleven["part_of"]]["text"] == "At least 40"


def test_headline_restating_the_body_is_not_counted_twice(records):
    # "Dozens Killed" restates "At least 40 civilians were killed"; "Fourteen Arrested" the 14
    assert [c["text"] for c in records[("sudan_clash", 0)]["counts"]][0] == "At least 40"
    assert "Fourteen" not in [c["text"] for c in records[("uk_arrests", 0)]["counts"]]


# Never counts: years, ages, times, money, percentages, phone numbers, scores, ordinals,
# durations, a vigil "held", Indian money in lakh crore.
NOT_COUNTS = [
    ("non_counts", 0, "1998"),
    ("non_counts", 0, "47"),
    ("non_counts", 0, "14"),
    ("non_counts", 0, "25"),
    ("non_counts", 0, "2021"),
    ("non_counts", 0, "15,000"),
    ("non_counts", 0, "12"),
    ("non_counts", 0, "0800"),
    ("non_counts", 0, "3-1"),
    ("non_counts", 0, "4:30"),
    ("uk_arrests", 0, "19"),
    ("india_protest", 0, "10"),
    ("relative_dates", 0, "a"),
    ("relative_dates", 0, "third"),
]


@pytest.mark.parametrize("doc, item, text", NOT_COUNTS)
def test_not_counts(records, doc, item, text):
    assert text not in [c["text"] for c in records[(doc, item)]["counts"]]


# (doc, item, people's canonical names): titles stripped, no fragments
PEOPLE = [
    ("fr_strike", 0, {"Sophie Binet", "Gabriel Attal"}),
    ("uk_arrests", 0, {"Helena Barron"}),  # "Chief Superintendent Helena Barron"
    ("kenya_protest", 0, {"Kithure Kindiki"}),  # "Interior Cabinet Secretary ..."
    ("india_protest", 0, {"Arjun Munda"}),  # not "Kisan Morcha"
    ("peru_chile", 0, {"Carolina Tohá", "José Ignacio Muñoz", "Nicolás Cataldo"}),
    ("quotes", 0, {"Linda Okafor", "Daniel Reyes", "Ahmed Karim"}),
]


@pytest.mark.parametrize("doc, item, names", PEOPLE)
def test_people(records, doc, item, names):
    assert {p["name"] for p in records[(doc, item)]["people"]} == names


# (doc, item, {organisation: acronym}) that must be there; and names that must not
ORGS = [
    ("kenya_protest", 0, {"Kenya National Commission on Human Rights": "KNCHR"}),
    ("kenya_protest", 0, {"Law Society of Kenya": "LSK"}),
    ("india_protest", 0, {"Samyukt Kisan Morcha": "SKM"}),
    ("sudan_clash", 0, {"Rapid Support Forces": "RSF"}),
    ("listing.txt", 1, {"Lagos State Emergency Management Agency": "LASEMA"}),
]


@pytest.mark.parametrize("doc, item, expected", ORGS)
def test_organisations(records, doc, item, expected):
    found = {o["name"]: o["acronym"] for o in records[(doc, item)]["organisations"]}
    for name, acronym in expected.items():
        assert found.get(name, "missing") == acronym, found


NOT_ORGS = [
    ("kenya_protest", 0, "Interior Cabinet"),  # a title's portfolio
    ("peru_chile", 0, "Interior"),
    ("peru_chile", 0, "Education"),
    ("peru_chile", 0, "Chile - Thousands"),  # dateline fragment
    ("india_protest", 0, "Shambhu"),  # "at the Shambhu border": a place
    ("fr_strike", 0, "Reuters"),  # the wire's credit in the dateline
    ("fr_strike", 0, "Place de la Nation"),  # "near the Place de la Nation": a site
    ("sudan_clash", 0, "AP"),
]


@pytest.mark.parametrize("doc, item, name", NOT_ORGS)
def test_not_organisations(records, doc, item, name):
    assert name not in {o["name"] for o in records[(doc, item)]["organisations"]}


# (doc, item, (event, mode, ACLED sub-event or None)) that must be there
EVENTS = [
    ("fr_strike", 0, ("PROTEST", "strike", "Protest with intervention")),
    ("fr_strike", 0, ("COERCE", "arrest", "Arrests")),
    ("kenya_protest", 0, ("PROTEST", "demo", "Excessive force against protesters")),
    ("india_protest", 0, ("PROTEST", "demo", "Protest with intervention")),
    ("sahel_attack", 0, ("ASSAULT", None, "Attack")),
    ("sudan_clash", 0, ("ASSAULT", None, "Armed clash")),
    ("relative_dates", 0, ("PROTEST", "strike", "Peaceful protest")),
    ("listing.txt", 2, ("COERCE", "arrest", "Arrests")),
]


@pytest.mark.parametrize("doc, item, expected", EVENTS)
def test_event_types(records, doc, item, expected):
    found = {
        (e["event"], e["mode"], e["acled_sub_event_type"])
        for e in records[(doc, item)]["event_types"]
    }
    assert expected in found, found


# Event types that must not be read: a month as a march, tear gas shells as shelling, a bus
# crash as an assault, a police raid as an attack on civilians.
NOT_EVENTS = [
    ("fr_strike", 0, "March"),
    ("listing.txt", 0, "March"),
    ("india_protest", 0, "shells"),
    ("non_counts", 0, "killed"),
    ("non_counts", 0, "Kills"),
    ("listing.txt", 2, "Raid"),
    ("listing.txt", 2, "raid"),
]


@pytest.mark.parametrize("doc, item, trigger", NOT_EVENTS)
def test_not_event_triggers(records, doc, item, trigger):
    assert trigger not in [e["trigger"]["text"] for e in records[(doc, item)]["event_types"]]
