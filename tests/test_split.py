"""Splitting: items in document order, never overlapping; lone titles are no items."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.clean import clean_text
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
