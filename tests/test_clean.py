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
    is_byline,
    normalize_unicode,
    normalize_whitespace,
)
from extract.split import split_items


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cafe\u0301", "Café"),
        ("zero\u200bwidth", "zerowidth"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("the port\x92s gates", "the port\u2019s gates"),  # a cp1252 byte read as Latin-1
        ("\x93Enough\x94 \x96 they said", "\u201cEnough\u201d \u2013 they said"),
        ("keep \x81 as it is", "keep \x81 as it is"),  # no cp1252 character for 0x81
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


@pytest.mark.parametrize(
    "block, chrome",
    [
        ("We use cookies to improve your experience. By continuing you accept them.", True),
        ("This website uses cookies.", True),
        ("Subscribe to our newsletter for the top stories every morning.", True),
        ("Sign up for the daily briefing", True),
        ("Share on Facebook", True),
        ("Facebook Twitter WhatsApp Email", True),
        ("Follow us on Instagram and TikTok", True),
        ("Copyright © 2023 Metro Daily", True),
        ("© 2023 Metro Daily. All rights reserved.", True),
        ("All rights reserved.", True),
        ("Click here to read the full report.", True),
        ("This article was originally published by The Conversation.", True),
        ("Support independent journalism", True),
        ("Donate", True),
        ("Related articles", True),
        ("Related: Doctors threaten strike over overtime", True),
        ("READ MORE: Why diesel prices keep rising", True),
        ("Tags: Ecuador, Protests, Fuel", True),
        ("Filed under: World, Americas", True),
        ("Comments", True),
        ("Comments (12)", True),
        ("Photo: Reuters", True),
        ("(Photo by Ana Soto/AFP)", True),
        ("By Jane Doe", True),
        ("BY JANE DOE and JOHN ROE, Associated Press", True),
        ("Updated 3:42 PM EST, Tue January 24, 2023", True),
        ("Reporting by Ana Soto; Editing by Mark Hill", True),
        # news that mentions the same words survives
        ("The union said it had collected donations from members to feed the strikers.", False),
        ("Subscribers to the water utility protested outside its offices on Monday.", False),
        ("Copyright infringement cases rose 20% last year, the court said.", False),
        ("Topics discussed at the summit included water rights.", False),
        ("Filed under the freedom of information law, the request was denied.", False),
        ("By the end of the day, police had arrested dozens of people.", False),
        ("Posted on March 3, 2023, the video showed police beating a man in the street.", False),
        ("Supporters donated food and blankets to the families of the detained.", False),
        ("The company said cookies and sweets were among the goods looted.", False),
        ("Follow-up talks are planned for Friday.", False),
        ("Share prices fell 4% after the strike was called.", False),
    ],
)
def test_chrome_blocks_are_dropped_and_news_survives(block, chrome):
    kept = clean_text(f"Strike Spreads To Ports\n\nDockers walked out.\n\n{block}")
    assert (block not in kept) is chrome


@pytest.mark.parametrize(
    "text, expected",
    [
        ("NAIROBI, Kenya (AP) _\n\nBombs exploded.", "NAIROBI, Kenya (AP) _ Bombs exploded."),
        ("UNITED NATIONS (AP) --\n\nThe council met.", "UNITED NATIONS (AP) -- The council met."),
        ("POLICE FIRE TEAR GAS\n\nPolice fired.", "POLICE FIRE TEAR GAS\n\nPolice fired."),
        ("the demon-\nstrators left", "the demon-strators left"),
        ("a Title-\nCase word\n\nPolice left.", "a Title- Case word\n\nPolice left."),
    ],
)
def test_datelines_and_broken_words(text, expected):
    assert clean_text(text) == expected


@pytest.mark.parametrize(
    "block, byline",
    [
        ("By Maria Lopez", True),
        ("By MARIA LOPEZ and JOHN DOE, Reuters", True),
        ("By Staff Reporter", True),
        ("By Reuters", True),
        ("By The Associated Press", True),
        ("By Jane Doe, John Roe and Ana Ruiz", True),
        ("By Dan Ruiz in Lima", True),
        ("By A. J. Smith, Associated Press Writer", True),
        ("By Ana María de la Cruz, El Comercio", True),
        ("By Reuters and AFP", True),
        ("By AFP | 9 March 2023", True),
        # Title Case headlines that open like a byline
        ("By Train, Thousands Head To The Capital", False),
        ("By Land And Sea, Migrants Keep Coming", False),
        ("By Boat, Migrants Reach Lampedusa", False),
        ("By Bus, Train And Foot, Farmers Reach Lima", False),
        ("By Night Militias Rule The Streets", False),
        ("By the end of the day, police had arrested dozens of people.", False),
        ("By Late Tuesday, Congress had voted to remove him.", False),
    ],
)
def test_bylines_dropped_and_headlines_that_start_with_by_kept(block, byline):
    assert is_byline(block) is byline
    kept = clean_text(f"{block}\n\nFarmers travelled to the capital on Tuesday.")
    assert (block not in kept) is byline


def test_headline_starting_with_by_opens_its_item():
    text = (
        "By Train, Thousands Head To The Capital\n\nBy Ana Ruiz\n\n"
        "Thousands of farmers travelled by train to join the protest."
    )
    (item,) = split_items(clean_text(text)).items
    assert item.headline == "By Train, Thousands Head To The Capital"
    assert "Ana Ruiz" not in item.text
