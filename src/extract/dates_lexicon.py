"""Word lists and patterns for dates, kept as data apart from the logic in dates.py.

Everything here is generic English; nothing names an article's content.
"""

from __future__ import annotations

import re

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "thurs": 3, "tues": 1,
}  # fmt: skip
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

_MONTH = (
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?)"
)
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?!s)\b|thurs\.|tues\.)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:%.,]\d)"
_YEAR = r"(?:1[6-9]|20)\d\d(?![\d%-])"
_MOD = r"(?:early|mid|late|the\s+(?:beginning|end|middle|start)\s+of|(?:beginning|end)\s+of)"
_NUM = r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_UNIT = r"(?:day|week|month|year)s?"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
# Between a weekday and its date: "Saturday, January 28", "Wednesday [22 June]", "Tuesday (21 June)"
_WD_SEP = r"(?:,?\s+|\s*[\[(]\s*)"

# Spelled-out years, as broadcast transcripts write them: "nineteen ninety-six", "the year
# two thousand". "two thousand" alone is a count, so it needs "the year" before it.
UNIT_WORDS = "one two three four five six seven eight nine".split()
TEEN_WORDS = (
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
)
TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_UNITW, _TEENW, _TENSW = ("|".join(words) for words in (UNIT_WORDS, TEEN_WORDS, TENS_WORDS))
_SPELLED_YEAR = (
    rf"(?:(?:eighteen|nineteen)[\s-]+(?:(?:{_TENSW})(?:[\s-]+(?:{_UNITW}))?|{_TEENW}"
    rf"|oh[\s-]+(?:{_UNITW}))(?![\s-]+(?:hundred|thousand|{_UNITW}|{_TENSW})\b)"
    rf"|the\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?:{_TEENW}|{_UNITW}))?)\b"
)

# Speed: the first thing an alternative below can start with. Checked by a lookahead at
# each word start, it rejects most words at once instead of trying all the alternatives
# (4x faster, same matches). A new alternative must add its first word here.
_STARTS = (
    r"(?=\d|an?\b|the\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|mon|tue|wed|thu|fri|sat|sun|early|mid|late|beginning|end|day|today|yesterday"
    r"|tomorrow|tonight|earlier|later|this|last|next|coming|fiscal|eighteen|nineteen"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
)

# Every form the grammar reads. Each alternative is a named group so the resolver knows the kind.
DATE_FINDER = re.compile(
    rf"\b{_STARTS}(?:"
    rf"(?P<iso>(?:1[6-9]|20)\d\d-[01]\d-[0-3]\d)"
    rf"|(?P<numeric>(?:[01]?\d/[0-3]?\d|(?:3[01]|[12]\d)/[01]?\d)/(?:\d\d)?\d\d)"
    rf"|(?P<full>(?:(?P<wd1>{_WEEKDAY}){_WD_SEP}(?:the\s+)?)?(?:(?P<mod1>{_MOD})[\s-]+)?"
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})|(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH}))"
    rf"(?:,?\s+(?P<y1>{_YEAR}))?)"
    rf"|(?P<monthyear>(?:(?P<mod2>{_MOD})[\s-]+)?(?P<m3>{_MONTH}),?\s+(?:of\s+)?(?P<y2>{_YEAR}))"
    rf"|(?P<spelled>(?:(?P<m7>{_MONTH})\s+)?(?P<sy>{_SPELLED_YEAR}))"
    rf"|(?P<reldays>(?:the\s+|one\s+|a\s+)?day\s+(?:before|after)(?:\s+yesterday|\s+tomorrow)?"
    r"|the\s+(?:following|next|previous)\s+day|today|yesterday|tomorrow|tonight"
    r"|this\s+(?:morning|afternoon|evening)|last\s+night)"
    rf"|(?P<ago>(?P<n>{_NUM})\s+(?P<u1>{_UNIT})\s+(?P<dir>ago|earlier|later))"
    rf"|(?P<relunit>(?:(?P<mod3>{_MOD}|earlier|later)\s+)?(?P<rel1>this|last|next|coming)"
    rf"\s+(?P<u2>week|month|year|weekend))"
    rf"|(?P<weekend>the\s+weekend)"
    rf"|(?P<relmonth>(?:(?P<mod4>{_MOD})\s+)?(?P<rel2>this|last|next)\s+(?P<m4>{_MONTH})(?!\s*\d))"
    rf"|(?P<weekday>(?:(?P<rel3>this|last|next|coming|early|late|earlier|later)\s+)?"
    rf"(?P<wd2>{_WEEKDAY}){_PART}(?:\s+(?P<wkrel>last|next|this)\s+week\b)?"
    rf"(?!{_WD_SEP}(?:the\s+)?(?:\d|{_MONTH})))"
    rf"|(?P<monthrel>(?:(?P<mod7>{_MOD})[\s-]+)?(?P<m6>{_MONTH}),?\s+(?:of\s+)?(?P<rel4>this|last|next)\s+year)"
    rf"|(?P<month>(?:(?P<mod5>{_MOD})[\s-]+)?(?P<m5>{_MONTH}))"
    rf"|(?P<year>(?:(?P<mod6>{_MOD})[\s-]+|fiscal\s+)?(?P<y3>{_YEAR}))"
    r")",
    re.IGNORECASE,
)

# The other end of a day range: "June 22-23", "June 22 to 24, 2024" (after a month-first
# date), "5 and 7 June", "5-7 June" (before a day-first one). Each end is its own date.
RANGE_TAIL = re.compile(
    rf"(?:\s*[-–]\s*|\s+(?:to|through|until|till)\s+|\s+and\s+(?=\d+(?:st|nd|rd|th)?(?:[,.;]|$)))"
    rf"(?P<day>{_DAY})\b(?!\s*(?:{_MONTH}))(?:,?\s+(?P<year>{_YEAR}))?",
    re.IGNORECASE,
)
RANGE_HEAD = re.compile(
    rf"\b(?P<day>{_DAY})(?:\s*[-–]\s*|\s+(?:to|through|until|till|and)\s+)$", re.IGNORECASE
)

# A bare month or year is a date only in a dating context (NER says DATE, or one of these
# words precedes it): "May" the modal, "1,988" the number and "March" the verb are not.
DATING_PREPOSITIONS = frozenset(
    "in on since by until till through from to of during before after between last this "
    "next early late mid around into throughout".split()
)
MODAL_MONTHS = frozenset({"may", "march"})
# A year right after a capitalised name word is part of the name ("the Finance Bill 2024",
# "Vision 2030", "Euro 2024"), unless that word dates it (a season, a month, "Fiscal").
NAME_BEFORE_YEAR = re.compile(r"\b([A-Z][a-z]+)[ \t]$")
DATING_NAME_WORDS = frozenset(
    "spring summer autumn fall winter fiscal christmas easter ramadan class".split()
)
# "March from the Four Corners", "March for Life": an event's name, not the month.
NAME_AFTER_MONTH = re.compile(r"^\s+(?:for|from|of|on|against|to|and)\b", re.IGNORECASE)
# Before a capitalised "Today", "Day after", "This Week": a name's first word or an opening
# quote ("USA Today", "Thanksgiving Day", ABC's "This Week").
# A word ending in a full stop ("Corp. Yesterday,") ends a sentence, not a name.
NAME_BEFORE = re.compile(r"(?:\b[A-Z][A-Za-z']*[ \t]+|[\"“‘][ \t]*)$")
# "today, January 19": the relative word is in apposition to the date that follows.
APPOSITION_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight"})

# "the day before" is relative to the previous date; "before the election" is not a date.
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "would"})
# A date attached to one of these verbs (or an xcomp under them) lies ahead.
FUTURE_VERBS = frozenset(
    "plan schedule expect set due intend aim hope propose slate vow pledge promise "
    "threaten prepare".split()
)
# "called for a rally this Saturday", "appealed for calm this weekend": "this Saturday"
# hanging on a call for something dates what is called for, which lies ahead.
CALL_VERBS = frozenset("call appeal press push".split())
PAST_PREPOSITIONS = frozenset({"since", "ago"})
FUTURE_PREPOSITIONS = frozenset({"until", "till", "by", "through"})
# "as soon as Tuesday", "as early as next week": ahead of the reference.
FUTURE_BEFORE = re.compile(r"\bas\s+(?:soon|early|late)\s+as\s+$", re.IGNORECASE)
# Dependency labels a date may climb through to reach the verb whose tense it takes.
TENSE_PATH_DEPS = frozenset(
    "prep pobj npadvmod advmod appos compound nummod pcomp conj cc nmod dep punct".split()
)
FREQUENCY_BEFORE = frozenset({"each", "every", "per"})

# An NER DATE span that the grammar does not read is kept only if it holds a date word;
# and never when it is a duration, frequency, age or vague period.
DATE_WORD = re.compile(
    rf"\b(?:{_MONTH}|{_WEEKDAY}|today|yesterday|tomorrow)|\b{_YEAR}", re.IGNORECASE
)
NOT_A_DATE = re.compile(
    r"year-old|years?\s+old|\b(?:daily|weekly|monthly|annual(?:ly)?|every|each|per)\b"
    r"|\b(?:for|over|within)\s+(?:the\s+)?(?:past|last|next|first)\b"
    r"|^(?:the\s+)?(?:past|last|next|first|coming)\s+(?:\d+|[a-z]+)\s+(?:days|weeks|months|years)"
    r"|\b\d+s\b|'\d\ds\b",
    re.IGNORECASE,
)
# Immediately before a grammar match, these words make it a duration or not a date at all.
# "for next year" and "for Friday's ceremony" are dates: "for" alone does not make a duration.
DURATION_BEFORE = re.compile(r"\b(?:the|over|within|every|each)\s+$", re.IGNORECASE)
