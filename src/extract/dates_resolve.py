"""Dates, resolution: a candidate's partial date completed from the reference date.

Year-less dates take the occurrence nearest the reference in the direction of the tense; a
weekday fixes the year; relative expressions are offsets from the reference. dateparser (one
configured parser per reference, English, never the wall clock) reads only the forms the
grammar in dates_lexicon does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from .dates_lexicon import MONTHS, NUMBER_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_WORDS, WEEKDAYS

NO_REFERENCE = "no reference date: no published date and no fully specified date in the document"
NO_YEAR = "no year in the text and " + NO_REFERENCE
NO_PREVIOUS = "relative to the date before it, which is not a stated day"


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    kind: str  # a DATE_FINDER group name, or "ner" for an NER span the grammar does not read
    groups: dict[str, str | None]
    tense: str | None  # "past", "future" or None (present or unknown)


@dataclass(frozen=True)
class Resolved:
    value: date | None
    precision: str | None = None
    resolution: str | None = None
    reason: str | None = None


@lru_cache(maxsize=16)
def _parser(reference: date | None) -> object:
    from dateparser.date import DateDataParser

    base = datetime.combine(reference or date(1900, 1, 1), datetime.min.time())
    return DateDataParser(
        languages=["en"],
        settings={"RELATIVE_BASE": base, "PREFER_DAY_OF_MONTH": "first"},
    )


@lru_cache(maxsize=4096)
def _dateparse(text: str, reference: date | None) -> tuple[date, str] | None:
    """dateparser on one span, cached per (text, reference)."""
    data = _parser(reference).get_date_data(text)  # type: ignore[attr-defined]
    if data.date_obj is None or data.period not in ("day", "week", "month", "year"):
        return None
    return data.date_obj.date(), data.period


def _month(name: str | None) -> int:
    return MONTHS[(name or "").lower().rstrip(".")]


def _weekday(name: str | None) -> int:
    return WEEKDAYS[(name or "").lower().rstrip(".")]


def _day(value: str | None) -> int:
    return int(re.sub(r"\D", "", value or "0"))


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _directed(options: list[date], key: date, tense: str | None) -> date | None:
    """The option nearest key, on the side the tense points (key itself allowed)."""
    if tense == "past":
        options = [o for o in options if o <= key] or options
    elif tense == "future":
        options = [o for o in options if o >= key] or options
    return min(options, key=lambda o: (abs((o - key).days), o)) if options else None


def _year_for(month: int, day: int | None, ref: date, tense: str | None) -> date | None:
    years = (ref.year - 1, ref.year, ref.year + 1)
    if day is None:  # month precision: compare months, the reference month counts as both
        key = ref.replace(day=1)
        return _directed([date(y, month, 1) for y in years], key, tense)
    return _directed([d for y in years if (d := _make(y, month, day))], ref, tense)


def _weekday_fit(month: int, day: int, weekday: int, anchor: date) -> date | None:
    """'Saturday, January 28': the year nearest the anchor whose calendar fits."""
    fits = [
        d
        for y in range(anchor.year - 6, anchor.year + 7)
        if (d := _make(y, month, day)) and d.weekday() == weekday
    ]
    return min(fits, key=lambda d: abs((d - anchor).days)) if fits else None


def _nearest_weekday(weekday: int, ref: date, tense: str | None, rel: str) -> date:
    back = ref - timedelta(days=(ref.weekday() - weekday) % 7)
    ahead = ref + timedelta(days=(weekday - ref.weekday()) % 7)
    if rel == "last":
        return back if back < ref else back - timedelta(days=7)
    if rel == "next":
        return ahead if ahead > ref else ahead + timedelta(days=7)
    if rel == "this":  # "this Saturday": that day of the reference's week, turned by tense
        d = ref + timedelta(days=weekday - ref.weekday())
        if tense == "past" and d > ref:
            return d - timedelta(days=7)
        return d + timedelta(days=7) if tense == "future" and d < ref else d
    return ahead if tense == "future" or rel == "coming" else back


def weekday_near(c: Candidate, anchor: date) -> Resolved:
    """A bare weekday after a stated day in the same report, with no publication date
    ("on Tuesday, July 2 ... died on Wednesday"): the occurrence nearest that day, the
    later one on a tie."""
    ahead = anchor + timedelta(days=(_weekday(c.groups["wd2"]) - anchor.weekday()) % 7)
    near = c.tense == "future" or (ahead - anchor).days <= 3  # "will resume on Tuesday"
    d = ahead if near else ahead - timedelta(days=7)
    return Resolved(d, "day", "relative")


def _shift(ref: date, unit: str, n: int) -> date:
    if unit.startswith("day"):
        return ref + timedelta(days=n)
    if unit.startswith("week"):
        return ref + timedelta(weeks=n)
    if unit.startswith("month"):
        months = ref.year * 12 + ref.month - 1 + n
        return date(months // 12, months % 12 + 1, 1)
    return date(ref.year + n, 1, 1)


def _unit_precision(unit: str) -> str:
    return {"day": "day", "week": "week", "month": "month"}.get(unit.rstrip("s"), "year")


def resolve(c: Candidate, ref: date | None, anchor: date | None, prev: date | None) -> Resolved:
    g, kind = c.groups, c.kind
    if kind == "iso":
        d = _make(*map(int, c.text.split("-")))
        return Resolved(d, "day", "explicit") if d else Resolved(None, reason="no such day")
    if kind == "full":
        month, day = _month(g["m1"] or g["m2"]), _day(g["d1"] or g["d2"])
        if g["y1"]:
            d = _make(int(g["y1"]), month, day)
            return Resolved(d, "day", "explicit") if d else Resolved(None, reason="no such day")
        if g["wd1"] and (anchor or ref):
            d = _weekday_fit(month, day, _weekday(g["wd1"]), ref or anchor)  # type: ignore[arg-type]
            if d:
                return Resolved(d, "day", "weekday")
        if ref is None:
            return Resolved(None, reason=NO_YEAR)
        d = _year_for(month, day, ref, c.tense)
        return Resolved(d, "day", "reference") if d else Resolved(None, reason="no such day")
    if kind == "monthyear":
        return Resolved(date(int(g["y2"] or 0), _month(g["m3"]), 1), "month", "explicit")
    if kind == "spelled":
        year = spelled_year(g["sy"] or "")
        if g["m7"]:
            return Resolved(date(year, _month(g["m7"]), 1), "month", "explicit")
        return Resolved(date(year, 1, 1), "year", "explicit")
    if kind == "year":
        return Resolved(date(int(g["y3"] or 0), 1, 1), "year", "explicit")
    if kind in ("numeric", "ner"):
        has_year = bool(re.search(r"\d{4}|/\d\d$", c.text))
        if ref is None and not has_year:
            return Resolved(None, reason=NO_REFERENCE)
        parsed = _dateparse(c.text, ref if not has_year else None)
        if parsed is None:
            return Resolved(None, reason="dateparser could not read this expression")
        return Resolved(parsed[0], parsed[1], "explicit" if has_year else "relative")
    if ref is None:
        return Resolved(None, reason=NO_YEAR if kind == "month" else NO_REFERENCE)
    return _resolve_relative(c, ref, prev)


def _resolve_relative(c: Candidate, ref: date, prev: date | None) -> Resolved:
    g, kind, low = c.groups, c.kind, c.text.lower()
    if kind == "month":
        return Resolved(_year_for(_month(g["m5"]), None, ref, c.tense), "month", "reference")
    if kind == "weekday":
        rel = (g["rel3"] or "").lower()
        week = (g["wkrel"] or "").lower()
        if week:  # "Tuesday last week": that weekday in the week before the reference's
            n = {"last": -1, "next": 1}.get(week, 0)
            monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=n)
            d = monday + timedelta(days=_weekday(g["wd2"]))
            return Resolved(d, "day", "relative" if n else "reference")
        d = _nearest_weekday(_weekday(g["wd2"]), ref, c.tense, rel)
        return Resolved(d, "day", "relative" if rel in ("last", "next") else "reference")
    if kind == "reldays":
        if low.endswith(" day"):  # "the following day": one day after the date before it
            if prev is None:
                return Resolved(None, reason=NO_PREVIOUS)
            step = -1 if "previous" in low else 1
            return Resolved(prev + timedelta(days=step), "day", "relative")
        if "day " in low and ("before" in low or "after" in low):
            step = -1 if "before" in low else 1
            if "yesterday" in low or "tomorrow" in low:
                return Resolved(ref + timedelta(days=2 * step), "day", "relative")
            if prev is None:
                return Resolved(None, reason="relative to an event, not to a stated date")
            return Resolved(prev + timedelta(days=step), "day", "relative")
        offset = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(" ".join(low.split()), 0)
        return Resolved(ref + timedelta(days=offset), "day", "relative" if offset else "reference")
    if kind == "ago":
        n = NUMBER_WORDS.get((g["n"] or "").lower()) or int(g["n"] or 0)
        unit = (g["u1"] or "").lower()
        if (g["dir"] or "").lower() == "later":  # "two days later": after the date before it
            if prev is None or not unit.startswith(("day", "week")):
                return Resolved(None, reason=NO_PREVIOUS)
            return Resolved(_shift(prev, unit, n), _unit_precision(unit), "relative")
        return Resolved(_shift(ref, unit, -n), _unit_precision(unit), "relative")
    if kind == "monthrel":
        n = {"last": -1, "next": 1}.get((g["rel4"] or "").lower(), 0)
        rel = "relative" if n else "reference"
        return Resolved(date(ref.year + n, _month(g["m6"]), 1), "month", rel)
    if kind == "relmonth":
        month, rel = _month(g["m4"]), (g["rel2"] or "").lower()
        this = date(ref.year, month, 1)
        if rel == "last" and month >= ref.month:
            this = date(ref.year - 1, month, 1)
        if rel == "next" and month <= ref.month:
            this = date(ref.year + 1, month, 1)
        return Resolved(this, "month", "reference" if rel == "this" else "relative")
    if kind in ("relunit", "weekend"):
        unit = (g["u2"] or "weekend").lower()
        n = {"last": -1, "next": 1, "coming": 1}.get((g["rel1"] or "this").lower(), 0)
        if unit == "weekend":
            return _weekend(ref, n, kind == "weekend", c.tense)
        return Resolved(_shift(ref, unit, n), unit, "relative" if n else "reference")
    return Resolved(None, reason="unrecognised date form")


def _weekend(ref: date, n: int, bare: bool, tense: str | None) -> Resolved:
    """A weekend is inside one ISO week; 'the weekend' on a Saturday or Sunday is ambiguous."""
    on_weekend = ref.weekday() >= 5
    if bare and on_weekend:
        return Resolved(None, reason="the reference date is in a weekend: this one or the last?")
    if bare:
        n = 0 if tense == "future" else -1
    elif not on_weekend and n == 0 and tense != "future":
        n = -1
    return Resolved(ref + timedelta(weeks=n), "week", "relative" if n else "reference")


def spelled_year(text: str) -> int:
    """'nineteen ninety-six' -> 1996, 'the year two thousand and one' -> 2001."""
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w not in ("the", "year", "and")]
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(_word_value(w) for w in words[2:])
    return _word_value(words[0]) * 100 + sum(_word_value(w) for w in words[1:] if w != "oh")


def _word_value(word: str) -> int:
    for base, words in ((1, UNIT_WORDS), (10, TEEN_WORDS)):
        if word in words:
            return base + words.index(word)
    return 20 + 10 * TENS_WORDS.index(word)


def iso(value: date, precision: str) -> str:
    if precision == "day":
        return value.isoformat()
    if precision == "week":
        year, week, _ = value.isocalendar()
        return f"{year}-W{week:02d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return f"{value.year:04d}"
