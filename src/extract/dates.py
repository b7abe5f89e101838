"""Dates: candidate spans (own grammar + spaCy NER: ``dates_candidates.py``), resolved
against one reference date.

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

from .dates_candidates import find_candidates
from .dates_event import event_date
from .dates_resolve import Candidate, Resolved, iso, resolve, weekday_near
from .documents import ParsedItem
from .models import DateValue

__all__ = ["event_date", "extract_dates", "find_candidates", "reference_date"]


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
