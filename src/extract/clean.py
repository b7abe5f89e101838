"""Cleaning as small composable ``str -> str`` functions, then one that chains them.

The output is blocks (paragraphs or headlines) separated by one blank line, with site
boilerplate removed. Cleaning is idempotent: clean_text(clean_text(x)) == clean_text(x).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from .patterns import (
    BYLINE_BLOCK,
    BYLINE_NAME_SEPARATOR,
    CALL_TO_ACTION_HEADING,
    CHROME_BLOCK,
    DATELINE_BLOCK,
    NAVIGATION_BLOCK,
    TIMESTAMP_BLOCK,
)
from .split import looks_like_headline

INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
SPACES = re.compile(r"[^\S\n]+")
BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
# A word broken at a hard line end: "demon-\nstrators" (the hyphen is kept: "anti-\nabortion").
BROKEN_WORD = re.compile(r"(?<=[^\W\d_]-)[^\S\n]*\n[^\S\n]*(?=[a-z])")


def _cp1252_controls() -> dict[int, str]:
    table = {}
    for byte in range(0x80, 0xA0):
        try:
            table[byte] = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: no cp1252 character
            continue
    return table


# C1 control characters in news text are Windows-1252 bytes read as Latin-1 somewhere
# upstream ("Benghazi\x92s" is "Benghazi’s"): they are given back their characters.
CP1252_CONTROLS = _cp1252_controls()


def normalize_unicode(text: str) -> str:
    """NFC, one kind of line end, no invisible characters, odd spaces made plain, C1
    controls read as the Windows-1252 characters they were."""
    text = unicodedata.normalize("NFC", text.translate(CP1252_CONTROLS)).translate(INVISIBLE)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def normalize_whitespace(text: str) -> str:
    """Blocks split at blank lines; lines inside a block joined; runs of spaces made one.

    A text with no blank line at all has one block per line.
    """
    text = BROKEN_WORD.sub("", text.strip())
    raw_blocks = BLANK_LINE.split(text) if BLANK_LINE.search(text) else text.split("\n")
    blocks = (SPACES.sub(" ", " ".join(b.split("\n"))).strip() for b in raw_blocks)
    return "\n\n".join(b for b in blocks if b)


def is_byline(block: str) -> bool:
    """'By Jane Doe', 'By JANE DOE and JOHN ROE, Associated Press', 'By Staff Reporter',
    'By Reuters'; not the Title Case headline 'By Train, Thousands Head To The Capital'.
    Names of one word ('Reuters', 'AFP', 'Train') are a byline only all together and with at
    most a one-word outlet or a date after them: a one-word "name" followed by more words is
    a headline's opening phrase ('By Land And Sea, Migrants Keep Coming')."""
    match = BYLINE_BLOCK.match(block)
    if match is None:
        return False
    names = BYLINE_NAME_SEPARATOR.split(match.group("names"))
    separators = BYLINE_NAME_SEPARATOR.findall(match.group("names"))
    tail = (match.group("tail") or "").strip(" ,|–—-")
    if _byline_names(names, tail):
        return True
    # "By JANE DOE and JOHN ROE, Reuters": the last "name" after a comma may be the outlet
    return (
        bool(separators)
        and separators[-1].strip() == ","
        and _byline_names(names[:-1], f"{names[-1]} {tail}".strip())
    )


def _byline_names(names: list[str], tail: str) -> bool:
    if len(tail.split()) >= 3 and tail.endswith((".", "!", "?")):
        return False  # "By Late Tuesday, Congress had voted.": a sentence
    words = [len(name.split()) for name in names]
    if min(words) >= 2:
        return True
    short_tail = len(tail.split()) <= 1 or any(ch.isdigit() for ch in tail)
    return max(words) == 1 and short_tail


# "By Staff Reporter Published 8 March 2024": a byline and a timestamp line, joined into one
# block when the text put them on two lines with no blank line between.
_TIMESTAMP_START = re.compile(
    r"\s(?=(?:last\s+)?(?:updated|published|posted|first published|modified)\b)", re.IGNORECASE
)


def byline_timestamp(block: str) -> str | None:
    """The timestamp part of a block that is a byline followed by a timestamp line."""
    for m in _TIMESTAMP_START.finditer(block):
        stamp = block[m.end() :]
        if is_byline(block[: m.start()]) and TIMESTAMP_BLOCK.match(stamp):
            return stamp
    return None


def is_chrome(block: str) -> bool:
    """Site chrome ('Skip to content', 'Share on Facebook', 'Related: ...', 'Tags: ...',
    'Photo: Reuters', '© 2023 ...'), a byline or a timestamp line. Bylines and timestamps
    are dropped too: a reporter is no actor of the event, and a publication time standing in
    the lede would pass for the event's date."""
    return bool(
        NAVIGATION_BLOCK.match(block)
        or CHROME_BLOCK.match(block)
        or is_byline(block)
        or TIMESTAMP_BLOCK.match(block)
        or byline_timestamp(block) is not None
    )


def drop_navigation(text: str) -> str:
    """Blocks that are site chrome, bylines or timestamps (see is_chrome)."""
    return "\n\n".join(b for b in text.split("\n\n") if not is_chrome(b))


def join_datelines(text: str) -> str:
    """A wire dateline on its own line ('NAIROBI, Kenya (AP) _') opens the next paragraph,
    as it does in print; alone it would pass for a headline."""
    blocks = text.split("\n\n")
    joined: list[str] = []
    for i, block in enumerate(blocks):
        if joined and DATELINE_BLOCK.match(joined[-1]) and i > 0:
            joined[-1] = f"{joined[-1]} {block}"
        else:
            joined.append(block)
    return "\n\n".join(joined)


def drop_promotions(text: str) -> str:
    """A headline-like call to action ('Sign Up To Our Daily Digest', 'End Of Year
    Fundraising Campaign') and the blocks under it, up to the next headline."""
    kept: list[str] = []
    in_promo = False
    for block in text.split("\n\n"):
        if looks_like_headline(block):
            in_promo = bool(CALL_TO_ACTION_HEADING.search(block))
        if not in_promo:
            kept.append(block)
    return "\n\n".join(kept)


def drop_repeated_blocks(text: str) -> str:
    """Later copies of a block (a promo or pull quote printed twice); the first stays."""
    seen: set[str] = set()
    kept = []
    for block in text.split("\n\n"):
        if block not in seen or looks_like_headline(block):
            kept.append(block)
        seen.add(block)
    return "\n\n".join(kept)


CLEANERS: tuple[Callable[[str], str], ...] = (
    normalize_unicode,
    normalize_whitespace,
    drop_navigation,
    join_datelines,
    drop_promotions,
    drop_repeated_blocks,
)


def clean_text(text: str) -> str:
    for step in CLEANERS:
        text = step(text)
    return text
