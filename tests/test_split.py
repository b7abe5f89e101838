"""Splitting: items in document order, never overlapping; lone titles are no items."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.clean import clean_text
from extract.readers import decode
from extract.split import looks_like_headline, split_items


@pytest.mark.parametrize(
    "block, expected",
    [
        ("Peru: General Strike Enters Day Three", True),
        ("‘So They Can See Us’: Peru’s National Protest Advances To Lima", True),
        ("Tens Of Thousands On The Streets Of Peru In National Strike", True),
        ("Online donations are back!", False),
        ("Keep independent media alive.", False),
        ("The police fired tear gas at protesters in the capital on Monday", False),
        ("Police fired tear gas at the crowd. Two people were hurt.", False),
        (
            "A Title That Goes On And On With Far Too Many Words To Be A Headline Of Any News Site At All Now",
            False,
        ),
    ],
)
def test_looks_like_headline(block, expected):
    assert looks_like_headline(block) is expected


@pytest.mark.parametrize(
    "text, headlines, titles",
    [
        # a plain article: one item without headline
        ("Police arrested 12 people.\n\nThey were released on Monday.", [None], []),
        # headline + paragraphs: one item
        (
            "Strike Ends In Lima\n\nWorkers returned.\n\nTalks continue.",
            ["Strike Ends In Lima"],
            [],
        ),
        # a listing page: page title, then headline/paragraph pairs
        (
            "World\n\nStrike Ends\n\nWorkers returned.\n\nRoads Reopen\n\nTraffic flows again.",
            ["Strike Ends", "Roads Reopen"],
            ["World"],
        ),
        # a trailing heading with no body is no item
        ("Strike Ends\n\nWorkers returned.\n\nMore Stories", ["Strike Ends"], ["More Stories"]),
        # sentence-case headlines (most wire services and papers write them so)
        (
            "Rail workers walk out across France over pension reform\n\nPARIS (Reuters) - Trains stopped on Tuesday.",
            ["Rail workers walk out across France over pension reform"],
            [],
        ),
        (
            "Latest news\n\nDock Workers Strike in Antwerp\n\nThe port closed.\n\nFarmers block roads\n\nTractors came.",
            ["Dock Workers Strike in Antwerp", "Farmers block roads"],
            ["Latest news"],
        ),
        # a line that introduces what follows, or a bracketed note, is body
        (
            "The newspaper said in an editorial on Monday, Oct. 26:\n\nThe murder was a crime.",
            [None],
            [],
        ),
        ("(Undated)\n\nThe boy will remain in the country.", [None], []),
        # the last line of a text is never a headline
        ("Police arrested 12 people.\n\nReporting continues", [None], []),
    ],
)
def test_split_items(text, headlines, titles):
    split = split_items(text)
    assert [i.headline for i in split.items] == headlines
    assert split.titles == titles
    for item in split.items:
        assert text[item.start : item.end] == item.text
        if item.headline:
            assert item.text.startswith(item.headline + "\n\n")


def test_html_headings_replace_the_heuristic():
    text = "Lowercase heading from html\n\nBody one.\n\nSecond Heading\n\nBody two."
    split = split_items(text, headings=frozenset({"Lowercase heading from html"}))
    assert [i.headline for i in split.items] == ["Lowercase heading from html"]
    assert split.items[0].text.endswith("Body two.")


word = st.sampled_from(["Strike", "Police", "fired", "gas.", "Lima", "the", "Two", "died!", "In"])
paragraph = st.lists(word, min_size=1, max_size=12).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(paragraph, max_size=12).map("\n\n".join))
def test_items_in_document_order_and_never_overlap(raw):
    text = clean_text(raw)
    items = split_items(text).items
    for item in items:
        assert 0 <= item.start < item.end <= len(text)
        assert text[item.start : item.end] == item.text
    for before, after in zip(items, items[1:], strict=False):
        assert before.end <= after.start
    assert [i.index for i in items] == list(range(len(items)))


FIXTURES = Path(__file__).parent / "fixtures" / "inputs"


@pytest.mark.parametrize(
    "name, headline, first_words, last_words, dropped",
    [
        # ALL-CAPS headline, CRLF, tab, no-break space, curly quotes, soft hyphen, a credit line
        ("wire_allcaps_crlf.txt", "DOCKWORKERS STRIKE IN VALPARAISO OVER PENSION CUTS",
         "VALPARAISO, Chile (Reuters) — Dockworkers at Chile’s", "was held up.",
         ["\r", "\t", "\u00a0", "\u00ad", "Reporting by"]),
        # hard-wrapped at 72 columns; the dateline alone on its line opens the first paragraph
        ("wire_wrapped.txt", "Students Occupy University Campus In Asuncion",
         "ASUNCION, Paraguay (AP) -- About 300 students occupied the main campus of the "
         "national university on Monday", "on Friday.", ["university\non", "demon- "]),
        # no blank lines at all: a paragraph a line, no headline
        ("one_per_line.txt", None, "Residents of three villages", "according to local police.",
         []),
        # a short first line that is a sentence, not a headline
        ("short_first_line.txt", None, "Good morning.", "suspended Sunday's matches.", []),
        # byline, publication line, photo credit, inline related link, copyright dropped;
        # a sentence about donations kept
        ("byline_text.txt", "Nurses Stage Walkout Over Unpaid Wages", "Hundreds of nurses",
         "the union said.", ["Carla Mendes", "Published", "Photo", "Related", "Copyright"]),
    ],
)  # fmt: skip
def test_plain_text_fixtures(name, headline, first_words, last_words, dropped):
    raw = decode((FIXTURES / name).read_bytes())
    (item,) = split_items(clean_text(raw)).items
    assert item.headline == headline
    body = item.text[len(headline) + 2 :] if headline else item.text
    assert body.startswith(first_words)
    assert body.endswith(last_words)
    for chrome in dropped:
        assert chrome not in item.text


def test_one_per_line_text_keeps_each_line_a_block():
    raw = (FIXTURES / "one_per_line.txt").read_text(encoding="utf-8")
    assert len(clean_text(raw).split("\n\n")) == 4
