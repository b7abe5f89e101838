"""Dates, event date: which of an item's dates is the date of its main event.

A date of the headline, else of the lede, not in a relative or "since" clause, not a
dateline's or a page timestamp's filing date; a resolved date beats an unanchored one.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .documents import ParsedItem
from .models import DateValue


def event_date(parsed: ParsedItem, dates: list[DateValue]) -> DateValue | None:
    """The date of the item's main event: a date of the headline, else of the lede (the first
    body sentence), not inside a relative clause ("the coup that ... on December 7" is
    background). Day or week precision first, then the first in text order. With a headline,
    None when the headline and lede carry no date: a later date usually belongs to another
    event. Without one, later sentences and then relative clauses are searched too."""
    doc = parsed.doc
    body = parsed.body_start
    # spaCy may run a headline into the first sentence: cut the regions at body_start. A
    # dateline ("KHARTOUM (AP) -") or a lone opening quote mark split off as a "sentence" is
    # no lede: the lede runs on until it holds a few words.
    lede_end, words = len(parsed.item.text), 0
    for sent in doc.sents:
        if sent.end_char <= body:
            continue
        words += sum(t.is_alpha and t.idx >= body for t in sent)
        if words >= LEDE_MIN_WORDS:
            lede_end = sent.end_char
            break
    regions = [(0, body), (body, lede_end)]
    if body == 0:
        # No headline: a short report's one event is dated wherever its date stands.
        regions.append((lede_end, len(parsed.item.text)))
    unread: DateValue | None = None  # "A Day After Deadly Clashes": kept if nothing better
    for start, end in regions:
        inside = [d for d in dates if start <= d.start < end and not _in_relative_clause(doc, d)]
        if not any(d.value for d in inside):
            unread = unread or next(iter(inside), None)
            continue
        inside = [d for d in inside if d.value]
        filed = [d for d in inside if _in_dateline(parsed.item.text, body, d)]
        if filed and len(inside) > len(filed):
            # "OUAGADOUGOU, April 10 (AFP) - ... on Saturday": the dateline dates the filing
            inside = [d for d in inside if d not in filed]
        if inside:
            earlier = _earlier_than_main(doc, inside)
            # "today's fighting ... on 22 June": a calendar date beats a deictic word
            return min(
                inside,
                key=lambda d: (
                    d.precision not in ("day", "week"),
                    # "on Sunday, a week after police killed two on March 5": the main clause
                    d.start in earlier,
                    # a range's bare day ("17" of "17 to 21 June") only if nothing else
                    d.text.isdigit(),
                    not any(ch.isdigit() for ch in d.text),
                    d.start,
                ),
            )
    if body == 0:  # "killed in an airstrike that targeted his house 22 June"
        days = [d for d in dates if d.value is not None and d.precision == "day"]
        return days[0] if days else unread
    return unread


LEDE_MIN_WORDS = 6
# "PARIS, March 14 (Reuters) -", "NAIROBI, June 25 —": a date closing a dateline.
DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?[-–—]\s")


# A line that holds nothing but a date and filing words: a page's timestamp ("Saturday 23
# March 2024", "Updated 3:42 PM EST"), which dates the filing, not the event.
TIMESTAMP_REST = re.compile(
    r"(?:[\W\d_]|\b(?:published|updated|posted|last|on|at|gmt|utc|[ap]\.?m\.?|[a-z]{2,4}t"
    r"|mon|tue|wed|thu|fri|sat|sun)\b)*",
    re.IGNORECASE,
)


def _in_dateline(text: str, body: int, d: DateValue) -> bool:
    if d.start - body > 40:
        return False
    if DATELINE_AFTER.match(text, d.end) is not None:
        return True
    line_start = text.rfind("\n", 0, d.start) + 1
    line_end = text.find("\n", d.end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[line_start : d.start] + " " + text[d.end : line_end]
    return TIMESTAMP_REST.fullmatch(rest) is not None


# An adverbial clause opened by one of these tells what came before the reported event.
EARLIER_MARKS = frozenset({"after", "since", "following"})


def _earlier_than_main(doc: Doc, dates: list[DateValue]) -> set[int]:
    """Starts of the dates in an "after"/"since" clause whose main verb has a date of its
    own: "marched on Sunday, a week after police killed two on March 5"."""
    verbs = {d.start: _verb(doc, d) for d in dates}
    out: set[int] = set()
    for d in dates:
        clause = _earlier_clause(doc, d)
        if clause is None:
            continue
        main = clause.head.head if clause.dep_ == "pcomp" else clause.head  # "after killing"
        if any(v is not None and v == main for v in verbs.values()):
            out.add(d.start)
    return out


def _verb(doc: Doc, d: DateValue) -> Token | None:
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    token = span.root if span is not None else None
    for _ in range(4):
        if token is None or token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _earlier_clause(doc: Doc, d: DateValue) -> Token | None:
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    token = span.root if span is not None else None
    while token is not None and token.head.i != token.i:
        if token.dep_ in ("advcl", "pcomp") and (
            any(c.dep_ == "mark" and c.lower_ in EARLIER_MARKS for c in token.children)
            or (token.dep_ == "pcomp" and token.head.lower_ in EARLIER_MARKS)
        ):
            return token
        token = token.head
    return None


def _in_relative_clause(doc: Doc, d: DateValue) -> bool:
    """Inside a relative clause, or a "since" clause ("protests since the government
    suspended talks on Thursday"): background to the reported event."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    token = span.root if span is not None else None
    while token is not None and token.head.i != token.i:
        if token.dep_ == "relcl":
            return True
        if token.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "since" for c in token.children
        ):
            return True
        token = token.head
    return False
