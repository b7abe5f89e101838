"""Split a cleaned document into news items (headline + body).

A plain article is one item; a page of headline/paragraph pairs is one item per pair; a
heading followed directly by another heading (a page or section title) is no item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .documents import Item
from .patterns import HEADLINE_MAX_WORDS, SENTENCE_FINAL, TITLE_SMALL_WORDS

BLOCK_SEPARATOR = re.compile(r"\n\n")
CLOSING_QUOTES = "\"'’”»)"


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class SplitDocument:
    items: list[Item]
    titles: list[str]  # lone headings: page and section titles, not items


def blocks_of(text: str) -> list[Block]:
    blocks, start = [], 0
    for match in BLOCK_SEPARATOR.finditer(text):
        if match.start() > start:
            blocks.append(Block(start, match.start(), text[start : match.start()]))
        start = match.end()
    if start < len(text):
        blocks.append(Block(start, len(text), text[start:]))
    return blocks


def short_unpunctuated(block: str) -> bool:
    """A short single line that starts like a title and ends without sentence punctuation."""
    words = block.split()
    return (
        "\n" not in block
        and 0 < len(words) <= HEADLINE_MAX_WORDS
        and not block.rstrip(CLOSING_QUOTES).endswith(SENTENCE_FINAL)
        and block.lstrip("‘'\"“¿¡")[:1].isupper()  # not "(Undated)", not a lower-case line
    )


def looks_like_headline(block: str) -> bool:
    """A short single line, no sentence-final punctuation, mostly capitalised words."""
    if not short_unpunctuated(block):
        return False
    words = block.split()
    content = [w for w in words if w.lower().strip("‘'\"“(") not in TITLE_SMALL_WORDS]
    capitalised = [w for w in content if w.lstrip("‘'\"“(¿¡")[:1].isupper()]
    return bool(content) and len(capitalised) >= 0.6 * len(content)


def _is_heading(blocks: list[Block], i: int) -> bool:
    """Title Case lines anywhere; a sentence-case one ("Rail workers walk out over pensions")
    when more text follows it, since body paragraphs end with sentence punctuation."""
    block = blocks[i].text
    return looks_like_headline(block) or (short_unpunctuated(block) and i + 1 < len(blocks))


def split_items(text: str, headings: frozenset[str] | None = None) -> SplitDocument:
    """Items in document order; ``headings`` (from HTML) replaces the headline heuristic."""
    blocks = blocks_of(text)
    is_heading = [
        (b.text in headings) if headings is not None else _is_heading(blocks, i)
        for i, b in enumerate(blocks)
    ]
    items: list[Item] = []
    titles: list[str] = []
    group: list[Block] = []
    has_headline = False

    def close() -> None:
        if group and (len(group) > 1 or not has_headline):
            start, end = group[0].start, group[-1].end
            headline = group[0].text if has_headline else None
            items.append(Item(len(items), start, end, text[start:end], headline))

    for i, block in enumerate(blocks):
        if is_heading[i]:
            followed_by_body = i + 1 < len(blocks) and not is_heading[i + 1]
            close()
            group, has_headline = [], False
            if followed_by_body:
                group, has_headline = [block], True
            else:
                titles.append(block.text)
        else:
            group.append(block)
    close()
    return SplitDocument(items=items, titles=titles)
