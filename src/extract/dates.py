"""Dates: candidate spans (own grammar + spaCy NER), resolved against one reference date.

Reference date = the published date, else the latest fully specified date in the document.
A year-less date takes the occurrence nearest the reference in the direction the sentence's
tense points; a weekday fixes the year. Anything that cannot be anchored stays null with a
reason; nothing is guessed. dateparser (one configured parser, English, RELATIVE_BASE = the
reference date) reads only the forms the grammar does not.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from .dates_event import event_date
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
from .dates_resolve import Candidate, Resolved, iso, resolve, weekday_near
from .dates_tense import tense_of
from .documents import ParsedItem
from .models import DateValue

__all__ = ["event_date", "extract_dates", "find_candidates", "reference_date"]


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


def reference_date(
    published: str | None, candidates: list[Candidate], fallback: str | None = None
) -> date | None:
    """published, else the latest fully specified date (explicit, or fixed by its weekday),
    else the run's declared fallback (``--reference-date``: e.g. the day a dump was made)."""
    if published:
        return date.fromisoformat(published[:10])
    full = [resolve(c, None, None, None) for c in candidates if c.kind in ("iso", "full")]
    days = [r.value for r in full if r.value and r.resolution == "explicit"]
    years = [int(y) for c in candidates for k in ("y2", "y3") if (y := c.groups.get(k))]
    anchor = max(days) if days else date(max(years), 7, 1) if years else None
    if anchor is not None:
        fixed = [resolve(c, None, anchor, None) for c in candidates if c.groups.get("wd1")]
        days += [r.value for r in fixed if r.value and r.resolution == "weekday"]
    if days:
        return max(days)
    return date.fromisoformat(fallback) if fallback else None


def extract_dates(
    items: list[ParsedItem], published: str | None, fallback_reference: str | None = None
) -> list[list[DateValue]]:
    """Dates of every item of one document, resolved against one reference date."""
    per_item = [find_candidates(p) for p in items]
    every = [c for cands in per_item for c in cands]
    ref = reference_date(published, every, fallback_reference)
    # a reference read from the text is a lower bound of the writing day (a declared
    # fallback, the day a dump was made, is an upper bound)
    stated_ref = published is None and ref is not None and reference_date(None, every) == ref
    out: list[list[DateValue]] = []
    for parsed, cands in zip(items, per_item, strict=True):
        text = parsed.item.text
        values: list[DateValue] = []
        for i, c in enumerate(cands):
            prev = next(
                (
                    date.fromisoformat(v.value)
                    for v in reversed(values)
                    if v.value and v.precision == "day"
                ),
                None,
            )
            nxt = cands[i + 1] if i + 1 < len(cands) else None
            if _after_previous(c):  # "the following day", "two days later": the date before
                last = values[-1].value if values and values[-1].precision == "day" else None
                prev = date.fromisoformat(last) if last else None
            elif nxt is not None and nxt.start - c.end <= 6 and c.kind == "reldays":
                after = resolve(nxt, ref, ref, None)  # "the day before the December 7 coup"
                prev = after.value if after.precision == "day" else None
            elif c.kind == "reldays" and re.match(r"\s*[A-Za-z]", text[c.end : c.end + 3]):
                prev = None  # "the day before the election": anchored to an event
            stated = _stated_day(values) if published is None and _bare_weekday(c) else None
            r = weekday_near(c, stated) if stated else resolve(c, ref, ref, prev)
            if stated_ref and ref is not None and r.value is not None:
                r = _just_after(c, ref, r)
            value = iso(r.value, r.precision) if r.value and r.precision else None
            if r.value is None and c.kind == "ner":
                continue  # an NER span nobody can read is not kept as a date
            values.append(
                DateValue(
                    text=c.text,
                    start=c.start,
                    end=c.end,
                    value=value,
                    precision=r.precision if value else None,  # type: ignore[arg-type]
                    resolution=r.resolution if value else None,  # type: ignore[arg-type]
                    reason=None if value else r.reason,
                )
            )
        out.append(values)
    return out


# With no publication date the reference is the latest full date the text states: the
# article was written on or after it. "elected on July 20" a week after a stated "July 13,
# 2022" is that July, not the year before.
JUST_AFTER_DAYS = 62


def _just_after(c: Candidate, ref: date, r: Resolved) -> Resolved:
    if c.kind not in ("full", "month") or c.tense != "past" or r.resolution != "reference":
        return r
    ahead = resolve(replace(c, tense="future"), ref, ref, None)
    if ahead.value is not None and (ahead.value - ref).days <= JUST_AFTER_DAYS:
        return ahead
    return r


def _bare_weekday(c: Candidate) -> bool:
    return c.kind == "weekday" and not c.groups.get("rel3") and not c.groups.get("wkrel")


def _stated_day(values: list[DateValue]) -> date | None:
    """The last day the item states in full ("Tuesday, July 2", "July 11, 2024"): with no
    publication date, a listing's items are weeks apart and a bare weekday after such a day
    is read from it, not from the document's latest date."""
    for v in reversed(values):
        if v.value and v.precision == "day" and v.resolution in ("explicit", "weekday"):
            return date.fromisoformat(v.value)
    return None


def _after_previous(c: Candidate) -> bool:
    low = c.text.lower()
    return (c.kind == "reldays" and low.endswith(" day")) or (
        c.kind == "ago" and low.endswith("later")
    )
