"""Dates: candidate spans (own grammar + spaCy NER), resolved against one reference date.

Reference date = the published date, else the latest fully specified date in the document.
A year-less date takes the occurrence nearest the reference in the direction the sentence's
tense points; a weekday fixes the year. Anything that cannot be anchored stays null with a
reason; nothing is guessed. dateparser (one configured parser, English, RELATIVE_BASE = the
reference date) reads only the forms the grammar does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from spacy.tokens import Doc

from .dates_lexicon import (
    APPOSITION_WORDS,
    DATE_FINDER,
    DATE_WORD,
    DATING_PREPOSITIONS,
    DURATION_BEFORE,
    FREQUENCY_BEFORE,
    FUTURE_AUX,
    FUTURE_BEFORE,
    FUTURE_PREPOSITIONS,
    FUTURE_VERBS,
    MODAL_MONTHS,
    MONTHS,
    NAME_AFTER_MONTH,
    NOT_A_DATE,
    NUMBER_WORDS,
    PAST_PREPOSITIONS,
    TENSE_PATH_DEPS,
    WEEKDAYS,
)
from .documents import ParsedItem
from .models import DateValue

NO_REFERENCE = "no reference date: no published date and no fully specified date in the document"
NO_YEAR = "no year in the text and " + NO_REFERENCE


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


def _word_before(text: str, start: int) -> str:
    match = re.search(r"([A-Za-z']+)\W*$", text[max(0, start - 20) : start])
    return match.group(1).lower() if match else ""


def _keep(doc: Doc, m: re.Match[str], ner: list[tuple[int, int, str]]) -> bool:
    """Filter grammar matches that are not dates in their context."""
    kind, text, start = m.lastgroup, m.group(0), m.start()
    in_ner = [t for s, e, t in ner if s <= start < e]
    if in_ner and NOT_A_DATE.search(in_ner[0]):  # "every Friday", "the 1990s"
        return False
    before = _word_before(doc.text, start)
    if before in FREQUENCY_BEFORE:
        return False  # "each July", "every Friday": frequencies
    month = next((m.group(k) for k in ("m1", "m2", "m3", "m4", "m5", "m6") if m.group(k)), None)
    if month and not month[0].isupper():
        return False  # "this march", "may": words, not months
    if kind in ("relunit", "weekday", "relmonth") and DURATION_BEFORE.search(
        doc.text[max(0, start - 10) : start]
    ):
        return False  # "the last week", "for the next month": durations
    if kind == "month" and text.lower() in MODAL_MONTHS:
        if before not in DATING_PREPOSITIONS or NAME_AFTER_MONTH.match(doc.text[m.end() :]):
            return False
    if kind in ("month", "year"):
        if m.group("mod5") or m.group("mod6") or text.lower().startswith("fiscal"):
            return True
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
        elif doc.char_span(start, m.end(), alignment_mode="expand")[0].ent_type_ in (
            "MONEY",
            "CARDINAL",
            "QUANTITY",
            "PERCENT",
        ):
            return False
    return True


def _tense(doc: Doc, start: int, end: int) -> str | None:
    """Which way the date's clause points: past, future, or None (present or unknown)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    if FUTURE_BEFORE.search(doc.text[max(0, start - 20) : start]):
        return "future"
    if token.dep_ == "pobj" and token.head.lower_ in PAST_PREPOSITIONS:
        return "past"
    if token.dep_ == "pobj" and token.head.lower_ in FUTURE_PREPOSITIONS:
        return "future"
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            break
        if token.head.i == token.i or token.dep_ not in TENSE_PATH_DEPS:
            return None  # the date modifies a noun ("the Dec 7 coup"), not a verb
        token = token.head
    else:
        return None
    verb = token
    for _ in range(3):
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in FUTURE_AUX for a in aux) or verb.lemma_ in FUTURE_VERBS:
            return "future"
        if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
            return "past"
        if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux):
            return "past"
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            break
        if verb.head.lower_ == "going" or verb.head.lemma_ == "be":
            return "future"  # "going to meet", "is to resume"
        verb = verb.head
    return None


def find_candidates(parsed: ParsedItem) -> list[Candidate]:
    """Grammar matches first; NER DATE spans the grammar does not read fill the gaps."""
    doc = parsed.doc
    ner = [(e.start_char, e.end_char, e.text) for e in doc.ents if e.label_ == "DATE"]
    out: list[Candidate] = []
    read: list[tuple[int, int]] = []  # every grammar match, kept or not
    for m in DATE_FINDER.finditer(doc.text):
        read.append(m.span())
        if m.lastgroup and _keep(doc, m, ner):
            tense = _tense(doc, m.start(), m.end())
            out.append(Candidate(m.start(), m.end(), m.group(0), m.lastgroup, m.groupdict(), tense))
    for s, e, text in ner:
        if any(a < e and s < b for a, b in read):
            continue  # the grammar read this span (and kept or rejected it)
        if NOT_A_DATE.search(text) or not DATE_WORD.search(text):
            continue  # durations, ages, frequencies, "their homes day"
        out.append(Candidate(s, e, text, "ner", {}, _tense(doc, s, e)))
    out.sort(key=lambda c: c.start)
    following: list[Candidate | None] = [*out[1:], None]
    return [
        c
        for c, nxt in zip(out, following[: len(out)], strict=True)
        if not _apposed(doc.text, c, nxt)
    ]


def _apposed(text: str, c: Candidate, nxt: Candidate | None) -> bool:
    """'today, January 19': the relative word only restates the date after it."""
    return (
        nxt is not None
        and c.text.lower() in APPOSITION_WORDS
        and nxt.kind in ("full", "iso")
        and re.fullmatch(r",?\s+", text[c.end : nxt.start]) is not None
    )


# --- resolution -------------------------------------------------------------------------


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
    return ahead if tense == "future" or rel == "coming" else back


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


def _resolve(c: Candidate, ref: date | None, anchor: date | None, prev: date | None) -> Resolved:
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
        d = _nearest_weekday(_weekday(g["wd2"]), ref, c.tense, rel)
        return Resolved(d, "day", "relative" if rel in ("last", "next") else "reference")
    if kind == "reldays":
        if "day " in low and ("before" in low or "after" in low):
            step = -1 if "before" in low else 1
            if "yesterday" in low or "tomorrow" in low:
                return Resolved(ref + timedelta(days=2 * step), "day", "relative")
            if prev is None:
                return Resolved(None, reason="relative to an event, not to a stated date")
            return Resolved(prev + timedelta(days=step), "day", "relative")
        offset = {"yesterday": -1, "tomorrow": 1}.get(low, 0)
        return Resolved(ref + timedelta(days=offset), "day", "relative" if offset else "reference")
    if kind == "ago":
        n = NUMBER_WORDS.get((g["n"] or "").lower()) or int(g["n"] or 0)
        unit = (g["u1"] or "").lower()
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


def _iso(value: date, precision: str) -> str:
    if precision == "day":
        return value.isoformat()
    if precision == "week":
        year, week, _ = value.isocalendar()
        return f"{year}-W{week:02d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return f"{value.year:04d}"


def reference_date(published: str | None, candidates: list[Candidate]) -> date | None:
    """published, else the latest fully specified date (explicit, or fixed by its weekday)."""
    if published:
        return date.fromisoformat(published[:10])
    full = [_resolve(c, None, None, None) for c in candidates if c.kind in ("iso", "full")]
    days = [r.value for r in full if r.value and r.resolution == "explicit"]
    years = [int(y) for c in candidates for k in ("y2", "y3") if (y := c.groups.get(k))]
    anchor = max(days) if days else date(max(years), 7, 1) if years else None
    if anchor is not None:
        fixed = [_resolve(c, None, anchor, None) for c in candidates if c.groups.get("wd1")]
        days += [r.value for r in fixed if r.value and r.resolution == "weekday"]
    return max(days) if days else None


def extract_dates(items: list[ParsedItem], published: str | None) -> list[list[DateValue]]:
    """Dates of every item of one document, resolved against one reference date."""
    per_item = [find_candidates(p) for p in items]
    ref = reference_date(published, [c for cands in per_item for c in cands])
    out: list[list[DateValue]] = []
    for parsed, cands in zip(items, per_item, strict=True):
        text = parsed.doc.text
        values: list[DateValue] = []
        for i, c in enumerate(cands):
            prev = next(
                (date.fromisoformat(v.value) for v in reversed(values) if v.precision == "day"),
                None,
            )
            nxt = cands[i + 1] if i + 1 < len(cands) else None
            if nxt is not None and nxt.start - c.end <= 6 and c.kind == "reldays":
                after = _resolve(nxt, ref, ref, None)  # "the day before the December 7 coup"
                prev = after.value if after.precision == "day" else None
            elif c.kind == "reldays" and re.match(r"\s*[A-Za-z]", text[c.end : c.end + 3]):
                prev = None  # "the day before the election": anchored to an event
            r = _resolve(c, ref, ref, prev)
            value = _iso(r.value, r.precision) if r.value and r.precision else None
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


def event_date(parsed: ParsedItem, dates: list[DateValue]) -> DateValue | None:
    """The date of the item's main event: a date of the headline, else of the lede (the first
    body sentence), not inside a relative clause ("the coup that ... on December 7" is
    background). Day or week precision first, then the first in text order. None when the
    headline and lede carry no date: a later date usually belongs to another event."""
    doc = parsed.doc
    body = parsed.body_start
    # spaCy may run a headline into the first sentence: cut the regions at body_start.
    lede_end = next((s.end_char for s in doc.sents if s.end_char > body), len(doc.text))
    for start, end in ((0, body), (body, lede_end)):
        inside = [d for d in dates if start <= d.start < end and not _in_relative_clause(doc, d)]
        if inside:
            return min(inside, key=lambda d: (d.precision not in ("day", "week"), d.start))
    return None


def _in_relative_clause(doc: Doc, d: DateValue) -> bool:
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    token = span.root if span is not None else None
    while token is not None and token.head.i != token.i:
        if token.dep_ == "relcl":
            return True
        token = token.head
    return False
