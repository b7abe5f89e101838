"""Dates, event dates, counts and event types on probe documents nobody tuned for.

tests/fixtures/probe_facts/ holds three inputs in the forms users feed us, written from real
events: a plain-text listing page with no publication date (Kenya's 2024 finance-bill
protests), an HTML article with publication metadata whose casualty figures are revised over
the text (the 2024 Crocus City Hall attack), a JSONL dump of four wire items (France 2023,
Argentina 2024, Georgia 2024, Bangladesh 2024), and a plain-text article whose byline and
publication line share a block (the 2024 Kuriga school kidnapping), and a second listing
page with no publication date (Sri Lanka, 2022).
"""

from __future__ import annotations

import pytest

from .conftest import ROOT, records_by_item

PROBE = ROOT / "tests" / "fixtures" / "probe_facts"
KENYA = "kenya_listing.txt"
CROCUS = "crocus_attack.html"
KURIGA = "kuriga_article.txt"
LANKA = "srilanka_listing.txt"


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    return records_by_item(PROBE, tmp_path_factory.mktemp("probe-facts"))


# (doc, item, date span, value, resolution)
DATES = [
    (CROCUS, 0, "Friday evening", "2024-03-22", "reference"),
    (CROCUS, 0, "Sunday, March 24", "2024-03-24", "weekday"),
    ("ge_tbilisi", 0, "Thursday", "2024-11-28", "reference"),
    ("bd_quota", 0, "Thursday", "2024-07-18", "reference"),  # "vowed to ... on Thursday"
    ("fr_pensions_0307", 0, "January", "2023-01", "reference"),
    (KENYA, 1, "Thursday, June 20", "2024-06-20", "weekday"),
    # no publication date: a bare weekday after the day the item states is read from it
    (KENYA, 5, "Wednesday", "2024-07-03", "relative"),
    (KENYA, 6, "June 22", "2024-06-22", "reference"),
    (KENYA, 6, "23", "2024-06-23", "reference"),  # "the weekend of June 22 to 23"
    (KENYA, 8, "Early July", "2024-07", "reference"),
    (KENYA, 9, "late August", "2024-08", "reference"),
    # "By Staff Reporter" and "Published 8 March 2024" on two lines: the publication date
    (KURIGA, 0, "Thursday morning", "2024-03-07", "reference"),
    (KURIGA, 0, "February 29", "2024-02-29", "reference"),
    # no publication date: the latest stated day (July 13, 2022) is a lower bound of the
    # writing day, so a past "July 20" a week later is that July
    (LANKA, 4, "July 20", "2022-07-20", "reference"),
    (LANKA, 4, "Two days later", "2022-07-22", "relative"),
    (LANKA, 2, "Thursday", "2022-07-14", "relative"),  # after "Wednesday, July 13"
    (LANKA, 2, "the next day", "2022-07-15", "relative"),
    (LANKA, 3, "May 9", "2022-05-09", "reference"),
]


@pytest.mark.parametrize("doc, item, text, value, resolution", DATES)
def test_dates(records, doc, item, text, value, resolution):
    dates = [(d["text"], d["value"], d["resolution"]) for d in records[(doc, item)]["dates"]]
    assert (text, value, resolution) in dates


# (doc, item, span that must not be a date): a year closing a name, a weekend the date
# after it already says
NOT_DATES = [(KENYA, 1, "2024"), (KENYA, 3, "2024"), (KENYA, 6, "the weekend")]


@pytest.mark.parametrize("doc, item, text", NOT_DATES)
def test_not_dates(records, doc, item, text):
    assert text not in [d["text"] for d in records[(doc, item)]["dates"]]


# (doc, item, event_date span, value)
EVENT_DATES = [
    (CROCUS, 0, "Friday evening", "2024-03-22"),  # not the page's timestamp line
    ("ge_tbilisi", 0, "Dec 2", "2024-12-02"),  # not the "since ... on Thursday" clause
    # not the headline's unanchored "A Day After". Its value (2024-07-17, read from the
    # document's latest full date, DESIGN's rule with no publication date) is not the real
    # day (June 26), so only the span is checked.
    (KENYA, 3, "Wednesday", None),
    (KENYA, 5, "Tuesday, July 2", "2024-07-02"),
    (KENYA, 2, "Tuesday, June 25", "2024-06-25"),
    ("bd_quota", 0, "Tuesday", "2024-07-16"),
]


@pytest.mark.parametrize("doc, item, text, value", EVENT_DATES)
def test_event_date(records, doc, item, text, value):
    event_date = records[(doc, item)]["event_date"]
    assert event_date["text"] == text
    if value is not None:
        assert event_date["value"] == value


# (doc, item, span, value, low, high, qualifier, category, part_of as the span it points to)
COUNTS = [
    (CROCUS, 0, "at least 40", 40, 40, None, "at_least", "killed", None),
    (CROCUS, 0, "115", 115, 115, 115, "exact", "killed", None),  # "raised the death toll to"
    (CROCUS, 0, "133", 133, 133, 133, "exact", "killed", None),
    (CROCUS, 0, "three", 3, 3, 3, "exact", "killed", "133"),  # "133, including three children"
    (CROCUS, 0, "107", 107, 107, 107, "exact", "injured", "More than 140"),  # "107 of them"
    (CROCUS, 0, "four", 4, 4, 4, "exact", "detained", "11"),
    ("fr_pensions_0307", 0, "3.5 million", 3_500_000, 3_500_000, 3_500_000, "exact",
     "participants", None),  # "put the figure at 3.5 million"
    ("ar_cgt_strike", 0, "600,000", 600_000, 600_000, 600_000, "exact", "participants", None),
    ("bd_quota", 0, "Three", 3, 3, 3, "exact", "killed", "At least six"),  # "of the dead"
    (KENYA, 1, "Some 5,000", 5000, None, None, "approx", "participants", None),
    (KENYA, 1, "dozens", 12, 12, 99, "vague", "detained", None),
    (KENYA, 2, "160", 160, 160, 160, "exact", "injured", "More than 300"),  # "160 of them"
    (KENYA, 4, "Between 20 and 30", 20, 20, 30, "approx", "killed", "39"),
    (KENYA, 4, "two", 2, 2, 2, "exact", "killed", "Between 20 and 30"),  # "two of them minors"
    (KENYA, 5, "three", 3, 3, 3, "exact", "killed", None),  # "the day's toll to three"
    (KENYA, 8, "50", 50, 50, 50, "exact", "killed", None),
    (KURIGA, 0, "at least 287", 287, 287, None, "at_least", "other", None),
    (KURIGA, 0, "137", 137, 137, 137, "exact", "other", None),  # "the number of ... at 137"
    (KURIGA, 0, "One", 1, 1, 1, "exact", "killed", None),
    (LANKA, 1, "three", 3, 3, 3, "exact", "injured", "At least 55"),
    (LANKA, 3, "more than 200", 200, 201, None, "at_least", "injured", None),
    (LANKA, 4, "two", 2, 2, 2, "exact", "detained", "nine"),
]  # fmt: skip


@pytest.mark.parametrize("doc, item, text, value, low, high, qualifier, category, part_of", COUNTS)
def test_counts(records, doc, item, text, value, low, high, qualifier, category, part_of):
    counts = records[(doc, item)]["counts"]
    [count] = [c for c in counts if c["text"] == text]
    got = (count["value"], count["low"], count["high"], count["qualifier"], count["category"])
    assert got == (value, low, high, qualifier, category)
    parent = None if count["part_of"] is None else counts[count["part_of"]]["text"]
    assert parent == part_of


def test_byline_and_timestamp_lines_give_the_publication_date(records):
    record = records[(KURIGA, 0)]
    assert record["source"]["published"] == "2024-03-08"
    assert record["headline"] == "Gunmen Abduct Scores Of Pupils From Nigerian School"
    assert "Published" not in record["text"]


def test_since_date_does_not_date_a_count(records):
    """ "the toll since June 18 had risen to 50": June 18 starts the period."""
    [count] = [c for c in records[(KENYA, 8)]["counts"] if c["text"] == "50"]
    assert count["date"] is None


# (doc, item, PLOVER event, mode, trigger, ACLED sub-event type or None to skip)
EVENTS = [
    (KENYA, 1, "PROTEST", "demo", "March", None),  # "Thousands March In Nairobi"
    (KENYA, 8, "ASSAULT", "abduct", "abducted", "Abduction/forced disappearance"),
    (CROCUS, 0, "ASSAULT", "firearms", "Gunmen", "Attack"),
    (CROCUS, 0, "COERCE", "arrest", "detained", "Arrests"),
    (KURIGA, 0, "ASSAULT", "abduct", "Abduct", "Abduction/forced disappearance"),
    ("ar_cgt_strike", 0, "PROTEST", "strike", "strike", "Peaceful protest"),
    ("fr_pensions_0307", 0, "PROTEST", "demo", "marched", None),
]


@pytest.mark.parametrize("doc, item, event, mode, trigger, sub_event", EVENTS)
def test_event_types(records, doc, item, event, mode, trigger, sub_event):
    found = {
        (e["event"], e["mode"]): (e["trigger"]["text"], e["acled_sub_event_type"])
        for e in records[(doc, item)]["event_types"]
    }
    assert (event, mode) in found
    assert found[(event, mode)][0] == trigger
    if sub_event is not None:
        assert found[(event, mode)][1] == sub_event


def test_abduction_in_a_with_clause_is_no_riot(records):
    """ "with 59 people abducted": the people were abducted, they did not riot."""
    triggers = {e["trigger"]["text"]: e["mode"] for e in records[(KENYA, 8)]["event_types"]}
    assert triggers.get("abducted") == "abduct"


# The same rules on single sentences: (text, published, count span, value, category,
# part_of as the span it points to, date value)
SENTENCE_COUNTS = [
    ("Police said 12 people died, while the opposition put the toll at 30.", None,
     "30", 30, "killed", None, None),
    ("At least 1,000 people were arrested, among them 50 journalists.", None,
     "50", 50, "detained", "At least 1,000", None),
    ("Two protesters were killed on Monday and a third on Tuesday.", "2024-06-26",
     "a", 1, "killed", None, "2024-06-25"),
    ("The number of those detained has risen to 1,200, the ministry said.", None,
     "1,200", 1200, "detained", None, None),
    ("Security forces shot dead 11 protesters on Monday night.", "2024-06-26",
     "11", 11, "killed", None, "2024-06-24"),
    ("Four people, two of them children, died in the fire.", None,
     "two", 2, "killed", "Four", None),
    ("Riot police detained a dozen protesters on Monday evening.", "2024-06-26",
     "a dozen", 12, "detained", None, "2024-06-24"),
    ("Scores of students were hurt, and over a hundred were detained.", None,
     "over a hundred", 100, "detained", None, None),
    ("The dead included two children and a police officer.", None,
     "a", 1, "killed", None, None),
    ("Fifty people were killed. Eleven children were among the dead.", None,
     "Eleven", 11, "killed", "Fifty", None),
    ("The march, the third in as many weeks, drew an estimated 50,000 people.", None,
     "an estimated 50,000", 50000, "participants", None, None),
]  # fmt: skip


# (text, span, value, low, high, qualifier, category)
COUNT_FORMS = [
    ("Half a dozen protesters were arrested.", "Half a dozen", 6, 6, 6, "exact", "detained"),
    ("A handful of demonstrators were detained.", "A handful", 3, 3, 9, "vague", "detained"),
    ("A 5,000-strong march crossed the city.", "5,000", 5000, 5000, 5000, "exact", "participants"),
    ("Half a million people rallied.", "Half a million", 500_000, 500_000, 500_000, "exact",
     "participants"),
    ("Over a hundred people were detained.", "Over a hundred", 100, 101, None, "at_least",
     "detained"),
    # ours: the vague word's least reading times the scale, up to the order of magnitude
    ("Several hundred protesters marched on parliament.", "Several hundred", 300, 300, 999,
     "vague", "participants"),
    ("Many hundreds were arrested.", "Many hundreds", 100, 100, 999, "vague", "detained"),
]  # fmt: skip


@pytest.mark.parametrize("text, span, value, low, high, qualifier, category", COUNT_FORMS)
def test_count_forms(records_of, text, span, value, low, high, qualifier, category):
    [record] = records_of(text)
    assert [(c.text, c.value, c.low, c.high, c.qualifier, c.category) for c in record.counts] == [
        (span, value, low, high, qualifier, category)
    ]


def test_the_dead_is_a_group_not_one_person(records_of):
    [record] = records_of("The dead included two children.")
    assert [(c.text, c.value, c.category) for c in record.counts] == [("two", 2, "killed")]


@pytest.mark.parametrize("text, published, span, value, category, part_of, day", SENTENCE_COUNTS)
def test_sentence_counts(records_of, text, published, span, value, category, part_of, day):
    [record] = records_of(text, published=published)
    [count] = [c for c in record.counts if c.text == span]
    assert (count.value, count.category) == (value, category)
    parent = None if count.part_of is None else record.counts[count.part_of].text
    assert parent == part_of
    assert (count.date.value if count.date else None) == day


# (text, published, date span, value or None when the span must not be a date)
SENTENCE_DATES = [
    ("The opposition called for a new rally this Saturday.", "2024-12-02",
     "this Saturday", "2024-12-07"),
    ("Protesters rallied this Sunday in Tbilisi.", "2024-12-02", "this Sunday", "2024-12-01"),
    ("The opposition called for calm on Saturday.", "2024-12-02", "Saturday", "2024-11-30"),
    ("Police called off the search Saturday.", "2024-12-02", "Saturday", "2024-11-30"),
    ("Parliament passed the Finance Bill 2024 on Tuesday.", "2024-06-26", "2024", None),
    ("Officials defended the Vision 2030 plan.", "2024-06-26", "2030", None),
    ("That 1978 resolution was never applied.", "2024-06-26", "1978", "1978"),
    ("Protests peaked in 2019, police said.", "2024-06-26", "2019", "2019"),
    ("Unions held rallies on June 22-23.", "2024-06-26", "23", "2024-06-23"),
    ("Police said the clashes took place between 5 and 7 June.", "2024-06-26", "5", "2024-06-05"),
    ("Talks were held on June 22-23, 2023.", "2024-06-26", "June 22", "2023-06-22"),
    ("Talks were held on June 22-23, 2023.", "2024-06-26", "23", "2023-06-23"),
    ("Talks were held on June 22-23, 2023.", "2024-06-26", "2023", None),  # read with "23"
    ("The protest on 25/06/2024 turned violent.", None, "25/06/2024", "2024-06-25"),
    ("Protesters gathered this morning after clashes last night.", "2024-06-26",
     "this morning", "2024-06-26"),
    ("Protesters gathered this morning after clashes last night.", "2024-06-26",
     "last night", "2024-06-25"),
]  # fmt: skip


@pytest.mark.parametrize("text, published, span, value", SENTENCE_DATES)
def test_sentence_dates(records_of, text, published, span, value):
    [record] = records_of(text, published=published)
    found = {d.text: d.value for d in record.dates}
    if value is None:
        assert span not in found
    else:
        assert found[span] == value


def test_tear_gas_at_protesters_attests_a_protest(records_of):
    [record] = records_of(
        "Police fired tear gas at protesters last Friday.", published="2024-06-26"
    )
    assert [
        (e.event, e.mode, e.trigger.text, e.acled_sub_event_type) for e in record.event_types
    ] == [("PROTEST", "demo", "protesters", "Protest with intervention")]


def test_a_range_is_dated_by_its_stated_end(records_of):
    """ "between 17 and 21 June": the event date is the end that carries the month."""
    [record] = records_of("Fighting raged between 17 and 21 June in the north.", "2016-07-01")
    assert record.event_date is not None
    assert (record.event_date.text, record.event_date.value) == ("21 June", "2016-06-21")


# (text, published, PLOVER event, mode, trigger, ACLED sub-event type)
SENTENCE_EVENTS = [
    # the crowd a dispersal is aimed at attests a protest
    ("Police used water cannon to disperse protesters outside parliament.", None,
     "PROTEST", "demo", "protesters", "Protest with intervention"),
    # "police said" is a source: no state actor killed anyone in this clash
    ("At least six people were killed on Tuesday as students protesting against quotas "
     "clashed with rival activists, police said.", "2024-07-17",
     "ASSAULT", None, "killed", None),
]  # fmt: skip


@pytest.mark.parametrize("text, published, event, mode, trigger, sub_event", SENTENCE_EVENTS)
def test_sentence_events(records_of, text, published, event, mode, trigger, sub_event):
    [record] = records_of(text, published=published)
    found = {(e.event, e.mode): e for e in record.event_types}
    assert found[(event, mode)].trigger.text == trigger
    assert found[(event, mode)].acled_sub_event_type == sub_event


# (headline and body, published, event_date span, value)
SENTENCE_EVENT_DATES = [
    ("Thousands March Again\n\nThousands marched through the capital on Sunday, a week after "
     "police killed two protesters on March 5.", "2023-03-15", "Sunday", "2023-03-12"),
    ("Farmers Block Highway\n\nUpdated 3:42 PM EST, Tue March 14, 2023\n\nHundreds of "
     "farmers blocked the main highway on Monday.", "2023-03-15", "Monday", "2023-03-13"),
    ("Rights Group Reports\n\nOn Monday, July 1, 2024, the commission said protests would "
     "resume on Saturday.", None, "Monday, July 1, 2024", "2024-07-01"),
]  # fmt: skip


@pytest.mark.parametrize("text, published, span, value", SENTENCE_EVENT_DATES)
def test_sentence_event_dates(records_of, text, published, span, value):
    [record] = records_of(text, published=published)
    assert record.event_date is not None
    assert (record.event_date.text, record.event_date.value) == (span, value)


def test_no_publication_date_future_weekday_reads_forward(records_of):
    """With no publication date, "would resume on Saturday" after "Monday, July 1, 2024"."""
    [record] = records_of(
        "Rights Group Reports\n\nOn Monday, July 1, 2024, the commission said protests would "
        "resume on Saturday."
    )
    assert ("Saturday", "2024-07-06") in [(d.text, d.value) for d in record.dates]


def test_walked_off_the_job_and_treated_with_partitive(records_of):
    [strike] = records_of(
        "About 45,000 dockworkers walked off the job at 36 ports early Tuesday after talks "
        "over wages broke down.",
        published="2024-10-02",
    )
    assert [(c.text, c.category) for c in strike.counts][0] == ("About 45,000", "participants")
    # "talks broke down" is no police intervention
    assert {e.acled_sub_event_type for e in strike.event_types if e.event == "PROTEST"} == {
        "Peaceful protest"
    }
    [clash] = records_of(
        "Two people were shot dead and dozens wounded when police clashed with protesters on "
        "Thursday. The Red Cross said it had treated 43 people, 12 of them for gunshot wounds.",
        published="2024-06-27",
    )
    counts = [(c.text, c.category, c.part_of) for c in clash.counts]
    assert counts[2:] == [("43", "injured", None), ("12", "injured", 2)]
