"""Date candidates: the spans of an item that may be dates, before any is resolved.

The date grammar (``dates_lexicon.DATE_FINDER``) reads first; spaCy's DATE entities fill
only the spans the grammar did not read. A grammar match is dropped where its context says
it is no date: a frequency ("every Friday"), a duration ("for the next month"), a month
that is a word ("may"), a year closing a name ("Vision 2030"), a relative word inside a
name ("USA Today"), a restatement of the date after it ("today, January 19"). The bare day
at the other end of a range ("June 22-23") becomes a candidate of its own. Kept apart from
``dates.py``, which resolves the candidates against the document's reference date.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .dates_lexicon import (
    APPOSITION_WORDS,
    DATE_FINDER,
    DATE_WORD,
    DATING_NAME_WORDS,
    DATING_PREPOSITIONS,
    DURATION_BEFORE,
    FREQUENCY_BEFORE,
    MODAL_MONTHS,
    NAME_AFTER_MONTH,
    NAME_BEFORE,
    NAME_BEFORE_YEAR,
    NOT_A_DATE,
    RANGE_HEAD,
    RANGE_TAIL,
)
from .dates_resolve import Candidate
from .dates_tense import tense_of
from .documents import ParsedItem

__all__ = ["find_candidates"]


def _word_before(text: str, start: int) -> str:
    match = re.search(r"([A-Za-z']+)\W*$", text[max(0, start - 20) : start])
    return match.group(1).lower() if match else ""


def _keep(doc: Doc, m: re.Match[str], ner: list[tuple[int, int, str]]) -> bool:
    """Filter grammar matches that are not dates in their context."""
    kind, text, start = m.lastgroup, m.group(0), m.start()
    in_ner = [t for s, e, t in ner if s <= start < e]
    if in_ner and NOT_A_DATE.search(in_ner[0]):  # "every Friday", "the 1990s"
        return False
    before = _word_before(m.string, start)
    if before in FREQUENCY_BEFORE:
        return False  # "each July", "every Friday": frequencies
    month = next(
        (m.group(k) for k in ("m1", "m2", "m3", "m4", "m5", "m6", "m7") if m.group(k)), None
    )
    if month and not month[0].isupper():
        return False  # "this march", "may": words, not months
    if kind == "weekday" and not m.group("rel3"):
        pass  # "the Tuesday deadline", "the Friday explosions": a day, not a span of time
    elif kind in ("relunit", "weekday", "relmonth") and DURATION_BEFORE.search(
        m.string[max(0, start - 10) : start]
    ):
        return False  # "the last week", "for the next month": durations
    if kind == "ago" and text.lower().endswith("later"):
        span = doc.char_span(start, m.end(), alignment_mode="expand")
        if span is not None and span.root.head.lemma_ == "be":
            return False  # "the deadline would be seven days later": a span of time, no event
    if kind == "month" and text.lower() in MODAL_MONTHS:
        if before not in DATING_PREPOSITIONS or NAME_AFTER_MONTH.match(m.string[m.end() :]):
            return False
    if kind in ("month", "year"):
        if m.group("mod5") or m.group("mod6") or text.lower().startswith("fiscal"):
            return True
        if kind == "year" and _year_in_name(m):
            return False
        if in_ner:
            return True
        if before not in DATING_PREPOSITIONS:
            return False
        if kind == "month":
            token = doc.char_span(start, m.end(), alignment_mode="expand")
            if not text[0].isupper() or len(text.rstrip(".")) == 3:
                return False
            if text.lower() in MODAL_MONTHS and token is not None and token.root.pos_ != "PROPN":
                return False
        else:
            span = doc.char_span(start, m.end(), alignment_mode="expand")
            if span is not None and span[0].ent_type_ in NUMBER_ENTITIES:
                return False
    return True


NUMBER_ENTITIES = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT"})


def _year_in_name(m: re.Match[str]) -> bool:
    """ "the Finance Bill 2024", "Vision 2030": a year closing a capitalised name."""
    before = NAME_BEFORE_YEAR.search(m.string, max(0, m.start() - 30), m.start())
    if before is None:
        return False
    word = before.group(1).lower()
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    lead = m.string[line_start : before.start(1)]
    if not lead.strip() or lead.istitle() or re.search(r"[.!?:;][\"'”’)]*\s+$", lead):
        return False  # a sentence's first word ("That 1978 resolution"), a Title Case headline
    return word not in DATING_NAME_WORDS and word not in DATING_PREPOSITIONS


def find_candidates(parsed: ParsedItem) -> list[Candidate]:
    """Grammar matches first; NER DATE spans the grammar does not read fill the gaps."""
    doc, text = parsed.doc, parsed.item.text  # doc.text is rebuilt on every access
    ner = [(e.start_char, e.end_char, e.text) for e in parsed.ents if e.label_ == "DATE"]
    out: list[Candidate] = []
    read: list[tuple[int, int]] = []  # every grammar match, kept or not
    for m in DATE_FINDER.finditer(text):
        read.append(m.span())
        if m.start() >= parsed.body_start and _in_name(text, m):
            continue
        if m.lastgroup and _keep(doc, m, ner):
            tense = tense_of(doc, text, m.start(), m.end())
            out.append(Candidate(m.start(), m.end(), m.group(0), m.lastgroup, m.groupdict(), tense))
    for s, e, ent in ner:
        if any(a < e and s < b for a, b in read):
            continue  # the grammar read this span (and kept or rejected it)
        if NOT_A_DATE.search(ent) or not DATE_WORD.search(ent):
            continue  # durations, ages, frequencies, "their homes day"
        out.append(Candidate(s, e, ent, "ner", {}, tense_of(doc, text, s, e)))
    ends = _range_ends(text, out)
    years = {c.end for c in ends if c.groups.get("y1")}  # "June 22-23, 2024": the year is read
    out = [c for c in out if not (c.kind == "year" and _range_year(text, c, years))] + ends
    out.sort(key=lambda c: c.start)
    following: list[Candidate | None] = [*out[1:], None]
    return [
        c
        for c, nxt in zip(out, following[: len(out)], strict=True)
        if not _apposed(text, c, nxt) and not _weekend_of(text, c, nxt)
    ]


def _weekend_of(text: str, c: Candidate, nxt: Candidate | None) -> bool:
    """ "the weekend of June 22 to 23": the date after it says which weekend."""
    return (
        c.kind == "weekend"
        and nxt is not None
        and re.fullmatch(r"\s+of\s+", text[c.end : nxt.start]) is not None
    )


def _range_ends(text: str, found: list[Candidate]) -> list[Candidate]:
    """The bare day at the other end of a range ("June 22-23", "5 and 7 June"), read in the
    month (and year) of the date it leans on."""
    out: list[Candidate] = []
    for c in found:
        if c.kind != "full" or c.groups.get("wd1"):
            continue
        g = c.groups
        if g.get("m1") and not g.get("y1"):
            m = RANGE_TAIL.match(text, c.end)
            if m and int(re.sub(r"\D", "", m.group("day"))) > int(
                re.sub(r"\D", "", g["d1"] or "0")
            ):
                if m.group("year"):
                    c.groups = {**g, "y1": m.group("year")}  # "June 22-23, 2024": both ends
                new = {**g, "d1": m.group("day"), "y1": m.group("year")}
                s, e = m.span("day")
                out.append(Candidate(s, e, text[s:e], "full", new, c.tense))
        elif g.get("m2"):
            m = RANGE_HEAD.search(text, max(0, c.start - 16), c.start)
            if m and int(re.sub(r"\D", "", m.group("day"))) < int(
                re.sub(r"\D", "", g["d2"] or "0")
            ):
                s, e = m.span("day")
                new = {**g, "d2": m.group("day")}
                out.append(Candidate(s, e, text[s:e], "full", new, c.tense))
    return out


def _day_number(text: str | None) -> int:
    return int(re.sub(r"\D", "", text or "") or 0)


def _range_year(text: str, c: Candidate, range_ends: set[int]) -> bool:
    return any(re.fullmatch(r",?\s+", text[e : c.start]) for e in range_ends if e <= c.start)


def _in_name(text: str, m: re.Match[str]) -> bool:
    """'USA Today', 'Thanksgiving Day after...', '"This Week"': a capitalised relative word
    after a capitalised word or an opening quote, in the body (headlines are Title Case),
    is part of a name."""
    if m.lastgroup not in ("reldays", "relunit", "weekend") or not m.group(0)[0].isupper():
        return False
    if m.lastgroup == "relunit" and not m.group("u2")[0].isupper():
        return False  # "This week": a sentence start
    return NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None


def _apposed(text: str, c: Candidate, nxt: Candidate | None) -> bool:
    """'today, January 19': the relative word only restates the date after it."""
    return (
        nxt is not None
        and c.text.lower() in APPOSITION_WORDS
        and nxt.kind in ("full", "iso")
        and re.fullmatch(r",?\s+", text[c.end : nxt.start]) is not None
    )
