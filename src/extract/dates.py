"""Dates: candidate spans from NER, normalised by one configured dateparser.

Reference date = the published date, else the latest fully specified date in the document.
A value that cannot be anchored stays null with a reason; nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateparser.date import DateDataParser

from .documents import ParsedItem
from .models import DateValue

MONTHS = (
    "january february march april may june july august september october november december"
).split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
MONTH_RE = re.compile(r"\b(" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\.?\b", re.I)
WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)
YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
DAY_RE = re.compile(r"\b([0-3]?\d)(st|nd|rd|th)?\b")
# Not dates: durations, frequencies, ages, vague periods.
NOT_A_DATE = re.compile(
    r"year-old|years? old|\bdaily\b|\bweekly\b|\bmonthly\b|\bannual(ly)?\b|\bevery\b"
    r"|^(the )?(past|last|next|coming|first|second|few|several|\d+|[a-z]+-?) ?"
    r"(\d+ )?(days?|weeks?|months?|years?|decades?|hours?)$"
    r"|^(\w+ )?(days?|weeks?|months?|years?|decades?)$|\bago\b.*\bfor\b|^for ",
    re.I,
)
RELATIVE_WORDS = re.compile(
    r"\b(today|yesterday|tomorrow|tonight|now|ago|last|next|this|day before|day after)\b", re.I
)
FUTURE_TAGS = {"MD"}  # "will", "would" near the date mark the future


@dataclass(frozen=True)
class DateCandidate:
    item_index: int
    start: int
    end: int
    text: str
    future: bool


_PARSERS: dict[date, DateDataParser] = {}


def _parser(reference: date) -> DateDataParser:
    parser = _PARSERS.get(reference)
    if parser is None:
        parser = DateDataParser(
            languages=["en"],
            settings={
                "RELATIVE_BASE": datetime.combine(reference, datetime.min.time()),
                "PREFER_DATES_FROM": "past",
                "PREFER_DAY_OF_MONTH": "first",
            },
        )
        _PARSERS[reference] = parser
    return parser


def find_candidates(parsed: ParsedItem) -> list[DateCandidate]:
    out = []
    for ent in parsed.doc.ents:
        if ent.label_ != "DATE" or NOT_A_DATE.search(ent.text):
            continue
        if not (
            MONTH_RE.search(ent.text)
            or WEEKDAY_RE.search(ent.text)
            or YEAR_RE.search(ent.text)
            or RELATIVE_WORDS.search(ent.text)
        ):
            continue
        future = any(t.tag_ in FUTURE_TAGS for t in ent.sent if t.i < ent.start)
        out.append(DateCandidate(parsed.item.index, ent.start_char, ent.end_char, ent.text, future))
    return out


def _explicit_day(text: str) -> date | None:
    """A fully specified day (year, month and day in the text), else None."""
    if not (
        YEAR_RE.search(text) and MONTH_RE.search(text) and DAY_RE.search(YEAR_RE.sub("", text))
    ):
        return None
    data = _parser(date(2000, 1, 1)).get_date_data(text)
    return data.date_obj.date() if data.date_obj and data.period == "day" else None


def _weekday_fixed(text: str, reference: date | None) -> date | None:
    """'Saturday, January 28': the year near the reference whose calendar fits."""
    weekday = WEEKDAY_RE.search(text)
    month = MONTH_RE.search(text)
    day = DAY_RE.search(MONTH_RE.sub("", WEEKDAY_RE.sub("", text)))
    if not (weekday and month and day) or YEAR_RE.search(text):
        return None
    m = [x[:3] for x in MONTHS].index(month.group(1).lower()[:3]) + 1
    d = int(day.group(1))
    wd = WEEKDAYS.index(weekday.group(1).lower())
    years = range(reference.year - 3, reference.year + 4) if reference else range(1990, 2040)
    fits = []
    for y in years:
        try:
            if date(y, m, d).weekday() == wd:
                fits.append(date(y, m, d))
        except ValueError:
            continue
    if not fits:
        return None
    if reference is None:
        return fits[0] if len(fits) == 1 else None
    return min(fits, key=lambda c: abs((c - reference).days))


def reference_date(published: str | None, candidates: list[DateCandidate]) -> date | None:
    if published:
        return date.fromisoformat(published)
    days = [_explicit_day(c.text) for c in candidates]
    days += [_weekday_fixed(c.text, None) for c in candidates]
    known = [d for d in days if d is not None]
    return max(known) if known else None


def _iso(value: date, precision: str) -> str:
    if precision == "day":
        return value.isoformat()
    if precision == "week":
        year, week, _ = value.isocalendar()
        return f"{year}-W{week:02d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return f"{value.year:04d}"


def resolve(candidate: DateCandidate, reference: date | None, offset: int = 0) -> DateValue:
    text = candidate.text
    span = {"text": text, "start": candidate.start - offset, "end": candidate.end - offset}
    fixed = _weekday_fixed(text, reference)
    if fixed is not None:
        return DateValue(**span, value=fixed.isoformat(), precision="day", resolution="weekday")
    has_year = bool(YEAR_RE.search(text))
    relative = bool(RELATIVE_WORDS.search(text)) and not has_year
    if reference is None and not has_year:
        return DateValue(
            **span,
            value=None,
            precision=None,
            resolution=None,
            reason="no reference date: no published date and no full date in the document",
        )
    base = reference or date(2000, 1, 1)
    data = _parser(base).get_date_data(text)
    if data.date_obj is None:
        return DateValue(
            **span,
            value=None,
            precision=None,
            resolution=None,
            reason="dateparser could not read this expression",
        )
    value = data.date_obj.date()
    precision = data.period if data.period in ("day", "week", "month", "year") else "day"
    if not has_year and not relative and precision in ("day", "month") and reference:
        value = _nearest(value, reference, candidate.future, precision)
    resolution = "explicit" if has_year else "relative" if relative else "reference"
    if WEEKDAY_RE.search(text) and not MONTH_RE.search(text) and not relative:
        resolution = "reference"
        if candidate.future:
            value = reference + timedelta(days=(value.weekday() - reference.weekday()) % 7)
    return DateValue(
        **span, value=_iso(value, precision), precision=precision, resolution=resolution
    )


def _nearest(value: date, reference: date, future: bool, precision: str) -> date:
    """The occurrence of month(-day) nearest the reference, on the side the tense points."""
    options = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            options.append(value.replace(year=year))
        except ValueError:
            continue
    anchor = reference.replace(day=1) if precision == "month" else reference
    side = [o for o in options if (o >= anchor if future else o <= anchor)] or options
    return min(side, key=lambda o: abs((o - reference).days))


def extract_dates(items: list[ParsedItem], published: str | None) -> list[list[DateValue]]:
    """Dates of every item of one document, resolved against one reference date."""
    per_item = [find_candidates(p) for p in items]
    reference = reference_date(published, [c for cands in per_item for c in cands])
    return [[resolve(c, reference) for c in cands] for cands in per_item]


def event_date(dates: list[DateValue], body_start: int) -> DateValue | None:
    """The item's main event date: the first resolved day date, else the first resolved."""
    resolved = [d for d in dates if d.value is not None]
    for d in resolved:
        if d.precision == "day":
            return d
    return resolved[0] if resolved else None
