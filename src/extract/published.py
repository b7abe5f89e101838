"""The published date a plain-text article states on its own publication line.

"Published 9 March 2023", "Published: March 9, 2023 10:42 GMT", "Posted on Thursday 9 March
2023", "First published on Thu 9 Mar 2023 14.02 GMT", "Updated 9 Mar 2023": cleaning drops
such a line as chrome (clean.is_chrome), so its date is read here first. Only the top of the
document counts (the blocks before the first headline, the headline, and the chrome and at
most one standfirst right after it): a date in the body is an event's, not the article's.
A "Published"/"Posted" line wins over an "Updated"/"Modified" one (the published date is
the first publication); an update line is used only when the top has no publication line.
The date is read with the date grammar (dates_lexicon.DATE_FINDER) and must be a full day
with its year; a numeric date ("03/09/2023") is left alone, its day/month order unknown.
"""

from __future__ import annotations

from .clean import byline_timestamp, is_chrome, normalize_unicode, normalize_whitespace
from .dates_lexicon import DATE_FINDER
from .dates_resolve import Candidate, resolve
from .patterns import PUBLICATION_LABELS, TIMESTAMP_BLOCK
from .split import short_unpunctuated

DAY_KINDS = ("iso", "full")  # grammar forms that can state a day with its year


def line_date(line: str) -> str | None:
    """The first full day (with its year) on one timestamp line, as YYYY-MM-DD."""
    for m in DATE_FINDER.finditer(line):
        if m.lastgroup not in DAY_KINDS:
            continue
        candidate = Candidate(m.start(), m.end(), m.group(0), m.lastgroup, m.groupdict(), None)
        resolved = resolve(candidate, None, None, None)
        if resolved.value is not None and resolved.resolution == "explicit":
            return resolved.value.isoformat()
    return None


def _top_blocks(text: str) -> list[str]:
    """The blocks where a publication line may stand, in order (see the module docstring)."""
    top: list[str] = []
    headline_seen, bodies = False, 0
    for block in normalize_whitespace(normalize_unicode(text)).split("\n\n"):
        if TIMESTAMP_BLOCK.match(block) or is_chrome(block):
            top.append(byline_timestamp(block) or block)  # "By X Published 8 March 2024"
        elif short_unpunctuated(block):  # a headline, a site or section title
            if bodies:
                break  # the next item's headline
            headline_seen = True
        else:  # a paragraph: a standfirst may sit between the headline and the line
            bodies += 1
            if bodies > 1 or not headline_seen:
                break
    return top


def publication_date(text: str) -> str | None:
    """YYYY-MM-DD from the document's first publication line, else its first update line,
    else None. Callers use it only when the document has no published date from metadata
    (a JSONL ``published`` field, an HTML page's meta tags): metadata wins."""
    updated: str | None = None
    for block in _top_blocks(text):
        match = TIMESTAMP_BLOCK.match(block)
        if match is None:
            continue
        day = line_date(block[match.end("label") :])
        if day is None:
            continue
        if match.group("label").lower() in PUBLICATION_LABELS:
            return day
        updated = updated or day
    return updated
