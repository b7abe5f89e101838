"""Map offsets in a record's text back to offsets in the raw input text.

A record's ``text`` is a slice of the *cleaned* document: cleaning (``extract.clean``)
applies NFC, drops invisible characters, turns every run of whitespace inside a block
into one space, joins the lines of a block, separates blocks by one blank line and drops
whole boilerplate blocks; splitting (``extract.split``) then takes contiguous runs of
blocks as items (a headline is a block of the same text, so it aligns like the body).
The JSONL ``title`` is never part of a record's text, so nothing else needs aligning.

So the non-whitespace characters of each block of an item occur, in order and without
gaps, among the non-whitespace characters of the raw text (its "skeleton", taken after
NFC and without invisible characters). Each block is found in the skeleton at or after
the end of the previous one, and every character of the record maps to the raw
character(s) it came from; whitespace maps to nothing.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from ..clean import INVISIBLE


class AlignmentError(ValueError):
    """A record's text could not be found in the raw text it claims to come from."""


@dataclass
class Skeleton:
    """The raw text's non-whitespace characters and the raw [start, end) of each."""

    chars: str
    starts: list[int]
    ends: list[int]


def skeleton(raw: str) -> Skeleton:
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    while i < len(raw):
        j = i + 1  # a base character with its combining marks is normalised as one unit
        while j < len(raw) and unicodedata.combining(raw[j]):
            j += 1
        for char in unicodedata.normalize("NFC", raw[i:j]):
            if not char.isspace() and ord(char) not in INVISIBLE:
                chars.append(char)
                starts.append(i)
                ends.append(j)
        i = j
    return Skeleton("".join(chars), starts, ends)


@dataclass
class Aligner:
    """Aligns the items of one document, in order, to its raw text."""

    raw: str
    cursor: int = 0  # skeleton position after the last aligned block
    _skeleton: Skeleton = field(init=False)

    def __post_init__(self) -> None:
        self._skeleton = skeleton(self.raw)

    def item(self, text: str) -> ItemAlignment:
        """Align one item's text (the next one in document order)."""
        sk = self._skeleton
        starts: list[int | None] = [None] * len(text)
        ends: list[int | None] = [None] * len(text)
        offset = 0
        for block in text.split("\n\n"):
            positions = [offset + k for k, c in enumerate(block) if not c.isspace()]
            needle = "".join(text[p] for p in positions)
            found = sk.chars.find(needle, self.cursor)
            if found < 0:
                raise AlignmentError(f"block not found in raw text: {block[:60]!r}")
            for n, p in enumerate(positions):
                starts[p], ends[p] = sk.starts[found + n], sk.ends[found + n]
            self.cursor = found + len(needle)
            offset += len(block) + 2
        return ItemAlignment(starts, ends)


@dataclass
class ItemAlignment:
    starts: list[int | None]
    ends: list[int | None]

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """Raw [start, end) of record text[start:end], trimmed of whitespace; None if blank."""
        inside = [k for k in range(start, min(end, len(self.starts))) if self.starts[k] is not None]
        if not inside:
            return None
        first, last = self.starts[inside[0]], self.ends[inside[-1]]
        assert first is not None and last is not None
        return first, last
