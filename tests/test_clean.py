"""Cleaning: small str -> str steps; the whole chain is idempotent."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.clean import (
    clean_text,
    drop_navigation,
    drop_promotions,
    drop_repeated_blocks,
    normalize_unicode,
    normalize_whitespace,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cafe\u0301", "Café"),
        ("zero\u200bwidth", "zerowidth"),
        ("a\r\nb\rc", "a\nb\nc"),
    ],
)
def test_normalize_unicode(text, expected):
    assert normalize_unicode(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("  one   two \n\n\n three\tfour  ", "one two\n\nthree four"),
        ("wrapped line\ncontinues here\n\nnext para", "wrapped line continues here\n\nnext para"),
        (
            "no blank lines\nso each line\nis a block",
            "no blank lines\n\nso each line\n\nis a block",
        ),
        ("\u00a0spaced\u00a0out\u00a0", "spaced out"),
    ],
)
def test_normalize_whitespace(text, expected):
    assert normalize_whitespace(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Skip to content\n\nBody.", "Body."),
        ("Share this\n\nBody.\n\nRead more", "Body."),
        (
            "Skip to content of the report, said officials.",
            "Skip to content of the report, said officials.",
        ),
    ],
)
def test_drop_navigation(text, expected):
    assert drop_navigation(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Strike Spreads\n\nWorkers walked out.\n\nSign Up To Our Daily Digest\n\n"
            "Get the news in your inbox every day.",
            "Strike Spreads\n\nWorkers walked out.",
        ),
        (
            "Urgent End Of Year Fundraising Campaign\n\nDonations keep us alive.\n\n"
            "Miners Block Roads\n\nMiners blocked roads on Monday.",
            "Miners Block Roads\n\nMiners blocked roads on Monday.",
        ),
        # A news headline that merely mentions donations is news, not a promo.
        (
            "Union Asks For Donations To Strike Fund\n\nThe union asked members to give.",
            "Union Asks For Donations To Strike Fund\n\nThe union asked members to give.",
        ),
    ],
)
def test_drop_promotions(text, expected):
    assert drop_promotions(text) == expected


def test_drop_repeated_blocks_keeps_the_first_copy():
    text = "Keep independent media alive.\n\nNews body.\n\nKeep independent media alive."
    assert drop_repeated_blocks(text) == "Keep independent media alive.\n\nNews body."


piece = st.sampled_from(
    list("abcXYZ .!?\n\t’é\u200b\u00a0") + ["Sign Up", "Share", "\r\n", "Fundraising Campaign"]
)
block = st.lists(piece, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(block, max_size=8).map("\n\n".join))
def test_cleaning_is_idempotent(text):
    once = clean_text(text)
    assert clean_text(once) == once


@settings(max_examples=200, deadline=None)
@given(st.lists(block, max_size=8).map("\n\n".join))
def test_cleaned_blocks_are_stripped_and_separated_by_one_blank_line(text):
    cleaned = clean_text(text)
    assert "\n\n\n" not in cleaned
    for part in cleaned.split("\n\n") if cleaned else []:
        assert part == part.strip() and part
