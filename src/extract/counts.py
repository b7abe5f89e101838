"""Counts from the dependency parse: number, qualifier, counted noun and category."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .documents import ParsedItem
from .models import Count, DateValue, Span

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip
CATEGORY_LEMMAS = {
    "killed": {"kill", "die", "dead", "death", "murder", "shoot", "fatality", "body"},
    "injured": {"injure", "wound", "hurt", "injury", "wounded", "injured"},
    "detained": {"detain", "arrest", "imprison", "jail", "detention", "capture", "hold"},
    "participants": {"march", "protest", "gather", "demonstrate", "rally", "participate", "join"},
    "blockades": {"block", "blockade", "barricade", "roadblock"},
}
AT_LEAST = {"more than", "over", "at least", "upwards of"}
APPROX = {"about", "around", "approximately", "some", "nearly", "almost", "roughly"}
AT_MOST = {"up to", "fewer than", "less than", "at most"}
NOT_COUNT_ENTS = {"DATE", "TIME", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}


def _number(token: Token) -> int | None:
    text = token.text.replace(",", "")
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(token.lower_)


def _qualifier(span: SpacySpan) -> tuple[str, str]:
    """(qualifier, words) from up to two words before the number."""
    doc = span.doc
    for width in (2, 1):
        if span.start - width < 0:
            continue
        words = doc[span.start - width : span.start].text.lower()
        for qualifier, phrases in (
            ("at_least", AT_LEAST),
            ("approx", APPROX),
            ("at_most", AT_MOST),
        ):
            if words in phrases:
                return qualifier, words
    return "exact", ""


def _category(noun: Token) -> str:
    for token in [noun, *noun.ancestors, *noun.children]:
        for category, lemmas in CATEGORY_LEMMAS.items():
            if token.lemma_.lower() in lemmas or token.lower_ in lemmas:
                return category
    return "other"


def extract_counts(parsed: ParsedItem, dates: list[DateValue]) -> list[Count]:
    doc = parsed.doc
    counts: list[Count] = []
    for token in doc:
        if token.dep_ != "nummod" or token.ent_type_ in NOT_COUNT_ENTS:
            continue
        value = _number(token)
        if value is None:
            continue
        noun = token.head
        qualifier, _ = _qualifier(doc[token.i : token.i + 1])
        start_tok = token.i
        while (
            start_tok > 0
            and doc[start_tok - 1].dep_ in ("advmod", "quantmod")
            and doc[start_tok - 1].head == token
        ):
            start_tok -= 1
        span = doc[start_tok : token.i + 1]
        low = value + 1 if qualifier == "at_least" else value
        counts.append(
            Count(
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                value=value,
                low=low,
                high=None if qualifier in ("at_least", "approx") else value,
                qualifier=qualifier,  # type: ignore[arg-type]
                object=Span(text=noun.text, start=noun.idx, end=noun.idx + len(noun.text)),
                category=_category(noun),  # type: ignore[arg-type]
            )
        )
    return counts
