"""A plain text's own publication line gives the document's published date (published.py),
used by prepare() when metadata gives none. Texts are invented."""

from __future__ import annotations

import pytest

from extract.documents import Document
from extract.pipeline import prepare
from extract.published import publication_date

LEDE = "Thousands of teachers marched on Tuesday in the capital."


@pytest.mark.parametrize(
    "text, expected",
    [
        (f"Teachers Strike Over Pay\n\nPublished 9 March 2023\n\n{LEDE}", "2023-03-09"),
        (f"Teachers Strike Over Pay\n\nPublished: March 9, 2023 10:42 GMT\n\n{LEDE}",
         "2023-03-09"),
        (f"Teachers Strike Over Pay\n\nPosted on Thursday 9 March 2023\n\n{LEDE}", "2023-03-09"),
        (f"Teachers Strike Over Pay\n\nFirst published on Thu 9 Mar 2023 14.02 GMT\n\n{LEDE}",
         "2023-03-09"),
        (f"Teachers Strike Over Pay\n\nPublished 2023-03-09T10:42:00Z\n\n{LEDE}", "2023-03-09"),
        (f"Teachers Strike Over Pay\n\nUpdated 3:42 PM EST, Tue January 24, 2023\n\n{LEDE}",
         "2023-01-24"),
        # before the headline, with a byline and site chrome around it
        (f"Skip to content\n\nPublished 9 Mar 2023\n\nTeachers Strike Over Pay\n\n"
         f"By Ana Ruiz\n\n{LEDE}", "2023-03-09"),
        # one line a row, no blank lines
        (f"Teachers Strike Over Pay\nBy Ana Ruiz\nPublished 9 March 2023\n{LEDE}", "2023-03-09"),
        # after a standfirst under the headline
        ("Teachers Strike Over Pay\n\nUnions say wages have not kept up with prices.\n\n"
         f"Published 9 March 2023\n\n{LEDE}", "2023-03-09"),
        # the first publication wins over a later update, in either order
        (f"Teachers Strike Over Pay\n\nUpdated 10 March 2023\n\nPublished 9 March 2023\n\n{LEDE}",
         "2023-03-09"),
        (f"Teachers Strike Over Pay\n\nPublished 9 March 2023\n\nLast updated: 11 Mar 2023\n\n"
         f"{LEDE}", "2023-03-09"),
        # an update line alone is used
        (f"Teachers Strike Over Pay\n\nUpdated 10 Mar 2023\n\n{LEDE}", "2023-03-10"),
        # no publication line
        (f"Teachers Strike Over Pay\n\n{LEDE}", None),
        # a date in the body is an event's, not the article's
        ("Teachers Strike Over Pay\n\nTeachers marched on 2 March 2023 in the capital.", None),
        ("Teachers Strike Over Pay\n\nPosted on March 3, 2023, the video showed police beating "
         "a man in the street.", None),
        # a publication line below the body, or under a later item's headline
        (f"Teachers Strike Over Pay\n\n{LEDE}\n\nThe union met on Friday.\n\n"
         "Published 9 March 2023", None),
        (f"Teachers Strike Over Pay\n\n{LEDE}\n\nNurses Join The Walkout\n\n"
         "Published 9 March 2023\n\nNurses stopped work.", None),
        # no full day with its year: nothing to take
        (f"Teachers Strike Over Pay\n\nPublished March 2023\n\n{LEDE}", None),
        (f"Teachers Strike Over Pay\n\nPublished 03/09/2023\n\n{LEDE}", None),
    ],
)  # fmt: skip
def test_publication_date(text, expected):
    assert publication_date(text) == expected


@pytest.mark.parametrize(
    "text, metadata, published, tuesday",
    [
        # the line's date anchors "on Tuesday" (9 March 2023 is a Thursday)
        (f"Teachers Strike Over Pay\n\nBy Ana Ruiz\n\nPublished 9 March 2023\n\n{LEDE}", None,
         "2023-03-09", "2023-03-07"),
        (f"Teachers Strike Over Pay\n\nPublished: March 9, 2023 10:42 GMT\n\n{LEDE}", None,
         "2023-03-09", "2023-03-07"),
        # metadata (the JSONL field) wins over the line
        (f"Teachers Strike Over Pay\n\nPublished 9 March 2023\n\n{LEDE}", "2023-03-20",
         "2023-03-20", "2023-03-14"),
        # no line, no metadata: no published date
        (f"Teachers Strike Over Pay\n\n{LEDE} The union said talks failed.", None, None, None),
    ],
)  # fmt: skip
def test_published_line_anchors_relative_dates(records_of, text, metadata, published, tuesday):
    (record,) = records_of(text, published=metadata)
    assert record.source.published == published
    assert "Published" not in record.text  # the line is chrome, out of the record text
    (day,) = [d for d in record.dates if d.text == "Tuesday"]
    assert day.value == tuesday
    assert day.resolution == ("reference" if tuesday else None)
    assert (day.reason is None) is (tuesday is not None)


@pytest.mark.parametrize(
    "meta, published",
    [
        ("", "2023-03-09"),  # a page without date metadata: the line gives the date
        ('<meta property="article:published_time" content="2023-03-20T08:00:00Z">', "2023-03-20"),
    ],
)
def test_published_line_in_html_without_metadata(meta, published):
    page = (
        f"<html><head>{meta}</head><body><article><h1>Teachers Strike Over Pay</h1>"
        f"<p>Published 9 March 2023</p><p>{LEDE}</p></article></body></html>"
    )
    prepared = prepare(Document("page.html", page, True, "0" * 64))
    assert prepared.document.published == published
    assert all("Published" not in item.text for item in prepared.items)
