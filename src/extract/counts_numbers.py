"""Number phrases for counts.py: "56", "seven", "two hundred", "tens of thousands", "several",
"a minor", "no one", with their qualifier ("more than 50") and the test that keeps years, ages,
dates, durations, money and labels out ("50 days", "55-year-old", "Camp 1")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from . import counts_lexicon as L

DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
DECIMAL = re.compile(r"^\d+\.\d+$")
RANGE = re.compile(r"^(\d+)[-–](\d+)$")
EVENT_CATEGORIES = frozenset({"killed", "injured", "detained"})
# The functions below take an item's tokens as a list (``ParsedItem.tokens``), not the Doc:
# they index it token by token, and doc[i] builds a new Token object on every access.
Tokens = list[Token]


@dataclass
class Phrase:
    """A number phrase: tokens [start, end) of the doc, with the number's reading."""

    start: int
    end: int
    value: int | None
    low: int | None
    high: int | None
    qualifier: str
    kind: str  # number · vague (tens, hundreds) · fuzzy (several, many) · one (a noun) · zero


def _word_number(doc: Tokens, i: int) -> tuple[int, int] | None:
    """("two hundred and fifty", "twenty-one", "2 million") from token i: (value, end)."""
    total, current, j, seen = 0, 0, i, False
    while j < len(doc):
        low = doc[j].lower_
        if low in L.UNITS and not (seen and current % 10 and L.UNITS[low] < 100):
            current += L.UNITS[low]
        elif DIGITS.match(low) and not seen:
            current = int(low.replace(",", ""))
        elif DECIMAL.match(low) and not seen and j + 1 < len(doc) and doc[j + 1].lower_ in L.SCALES:
            current = float(low)  # type: ignore[assignment]  # "1.5 million"
        elif low in L.SCALES and seen:
            current, scale = current or 1, L.SCALES[low]
            if scale >= 1000:
                total, current = total + int(current * scale), 0
            else:
                current = int(current * scale)
        elif low == "dozen" and seen:
            current *= 12
        elif low in ("-", "and") and seen and j + 1 < len(doc) and doc[j + 1].lower_ in L.UNITS:
            if low == "and" and doc[j - 1].lower_ not in L.SCALES:
                break
        else:
            break
        seen = True
        j += 1
    return (int(total + current), j) if seen else None


def _qualifier(doc: Tokens, start: int) -> tuple[str, int, bool]:
    """The qualifier phrase ending right before token start: (qualifier, new start, strict)."""
    for width in range(L.MAX_QUALIFIER, 0, -1):
        if start - width < 0:
            continue
        words = tuple(t.lower_ for t in doc[start - width : start])
        if words in L.QUALIFIERS:
            return L.QUALIFIERS[words], start - width, words in L.STRICT
    return "exact", start, False


# Speed: phrase_at is tried at every token. A phrase starts with a digit or one of these
# words (the first test of each branch below), so the other tokens are skipped cheaply.
_FIRST_WORDS = frozenset(
    [*L.MAGNITUDES, *L.VAGUE_WORDS, *L.NUMBER_OF_NOUNS, *L.UNITS, "none", "nobody", "no"]
    + ["a", "an", "another", "the"]
)


def may_start_phrase(low: str) -> bool:
    """False when ``phrase_at`` is None for a token whose ``lower_`` is ``low``."""
    return low in _FIRST_WORDS or low[:1].isdigit()


def phrase_at(doc: Tokens, i: int) -> Phrase | None:
    token = doc[i]
    low = token.lower_
    prev = doc[i - 1].lower_ if i else ""
    if low in L.MAGNITUDES and prev not in ("of", "the"):  # "tens of thousands"
        value, lo, hi = L.MAGNITUDES[low]
        end = i + 1
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in L.MAGNITUDES:
            mult = L.MAGNITUDES[doc[end + 1].lower_][0]
            value, lo, hi, end = value * mult, lo * mult, (hi + 1) * mult - 1, end + 2
        return Phrase(i, end, value, lo, hi, "vague", "vague")
    if low in L.VAGUE_WORDS and token.pos_ in ("ADJ", "NUM", "DET", "PRON", "NOUN"):
        if low == "few" and prev != "a" or prev in ("how", "as", "so", "too"):
            return None
        start = i - (low == "few")
        nxt = _next(doc, i)
        if nxt in L.MAGNITUDES:  # "many hundreds": the magnitude's reading
            return Phrase(start, i + 2, *L.MAGNITUDES[nxt], "vague", "vague")
        scale = L.SCALES.get(nxt)
        least = L.VAGUE_WORDS[low][1]
        if scale and least:  # "several hundred" = 300 (ours: the word's least reading)..999
            return Phrase(
                start, i + 2, least * scale, least * scale, 10 * scale - 1, "vague", "vague"
            )
        fuzzy = L.VAGUE_WORDS[low]
        return Phrase(start, i + 1, *fuzzy, "vague", "fuzzy")
    if low in L.NUMBER_OF_NOUNS and prev in ("a", "an", "unknown", "undetermined", "unspecified"):
        if _next(doc, i) == "of" or prev != "a":
            start = i - 1 if prev in ("a", "an") else max(i - 2, 0)
            return Phrase(start, i + 1, 10, None, None, "vague", "fuzzy")
    zero_det = low == "no" and (token.dep_ == "det" or _next(doc, i) == "one")
    if low in ("none", "nobody") or zero_det:
        end = i + 2 if _next(doc, i) == "one" else i + 1
        return Phrase(i, end, 0, 0, 0, "exact", "zero")
    if low == "a" and _next(doc, i) in L.ARTICLE_NUMBERS and token.dep_ in ("det", "quantmod"):
        # "a dozen protesters", "over a hundred were detained", "half a dozen"
        value = L.ARTICLE_NUMBERS[doc[i + 1].lower_]
        if prev == "half":
            return _qualified(doc, i - 1, i + 2, value // 2)
        return _qualified(doc, i, i + 2, value)
    if low in ("a", "an") and _next(doc, i) in L.VAGUE_NOUNS:  # "a handful of protesters"
        return Phrase(i, i + 2, *L.VAGUE_NOUNS[doc[i + 1].lower_], "vague", "fuzzy")
    if low in ("a", "an", "another", "the") and token.dep_ == "det":
        return Phrase(i, i + 1, 1, 1, 1, "exact", "one")
    match = RANGE.match(low)
    if match:
        lo, hi = int(match.group(1)), int(match.group(2))
        if lo < hi:
            return Phrase(i, i + 1, lo, lo, hi, "approx", "number")
        return None
    parsed = _word_number(doc, i)
    if parsed is None:
        return None
    value, end = parsed
    # "between 10 and 20", "10 to 20", "10-20": a range; the value is its low end (ACLED).
    if end + 1 < len(doc) and doc[end].lower_ in ("and", "to", "-", "–"):
        second = _word_number(doc, end + 1)
        if second and second[0] > value and (doc[end].lower_ != "and" or prev == "between"):
            start = i - 1 if prev == "between" else i
            return Phrase(start, second[1], value, value, second[0], "approx", "number")
    return _qualified(doc, i, end, value)


def _qualified(doc: Tokens, i: int, end: int, value: int) -> Phrase:
    """The number at tokens [i, end) with the qualifier before it ("more than 50")."""
    qualifier, start, strict = _qualifier(doc, i)
    lo_: int | None = value
    hi_: int | None = value
    if qualifier == "at_least":
        lo_, hi_ = value + strict, None
    elif qualifier == "at_most":
        lo_, hi_ = None, value - strict
    elif qualifier == "approx":
        lo_, hi_ = None, None
    return Phrase(start, end, value, lo_, hi_, qualifier, "number")


def _next(doc: Tokens, i: int) -> str:
    return doc[i + 1].lower_ if i + 1 < len(doc) else ""


_NAME_ENTS = frozenset({"ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "GPE", "LOC"})


def is_not_count(doc: Tokens, phrase: Phrase, obj: Token | None) -> bool:
    """Durations, ages, dates, years, money, percentages, times, labels and "one of the"."""
    first, last = doc[phrase.start], doc[phrase.end - 1]
    if last.ent_type_ in ("MONEY", "PERCENT", "TIME", "ORDINAL"):
        return True
    after = doc[phrase.end].lower_ if phrase.end < len(doc) else ""
    after2 = doc[phrase.end + 1].lower_ if phrase.end + 1 < len(doc) else ""
    before = doc[phrase.start - 1].lower_ if phrase.start else ""
    if after in L.NON_COUNT_NOUNS or (after in ("-", "–") and after2 in L.NON_COUNT_NOUNS):
        return True
    if obj is not None and obj.lower_ in L.NON_COUNT_NOUNS:
        return True
    if after in L.MONTHS or before in L.MONTHS or before in L.NON_COUNT_BEFORE:
        return True
    if before in L.CURRENCY_SYMBOLS:
        return True
    if last.ent_type_ in _NAME_ENTS and (obj is None or obj.ent_type_ == last.ent_type_):
        return True  # "Camp 1", "7 Division", "the Four Corners"
    if after in ("and", "-", "to") and after2 and phrase.end + 2 < len(doc):
        if doc[phrase.end + 2].lower_ in L.MONTHS:  # "on 17 and 21 June"
            return True
    text = first.text
    if phrase.kind == "number" and len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100:
        # "the 1998 vehicle": NER reads a year
        return (
            obj is None or obj.pos_ != "NOUN" or obj.lower_ in L.MONTHS or first.ent_type_ == "DATE"
        )
    return phrase.kind in ("number", "one") and first.lower_ == "one" and after == "of"


def bare_singular(token: Token) -> Phrase | None:
    """A singular noun with no determiner, patient of a harm verb: "Farmer killed", "kill X"."""
    if token.tag_ != "NN" or token.dep_ not in ("nsubjpass", "nsubj", "dobj"):
        return None
    if token.head.lemma_.lower() not in _HARM or token.ent_type_:
        return None
    if any(c.dep_ in ("det", "poss", "nummod", "quantmod") for c in token.children):
        return None
    return Phrase(token.i, token.i + 1, 1, 1, 1, "exact", "one")


# Not "shoot": "shooting tear gas" shoots a thing, not a person.
_HARM = frozenset().union(*(L.PATIENT_VERBS[c] for c in EVENT_CATEGORIES)) - L.SHOOT_VERBS
