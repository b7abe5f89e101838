"""Word lists and patterns for cleaning and splitting, kept as data apart from the logic."""

from __future__ import annotations

import re

# HTML elements that are page furniture, never article text.
DROPPED_HTML_TAGS = [
    "script", "style", "noscript", "template", "nav", "header", "footer", "form",
    "aside", "iframe", "svg", "button", "select", "input", "textarea", "head",
]  # fmt: skip
DROPPED_HTML_ROLES = ("navigation", "banner", "contentinfo", "search", "complementary")
HEADING_HTML_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
BLOCK_HTML_TAGS = frozenset(
    "address article blockquote dd details div dl dt fieldset figcaption figure hr li main "
    "ol p pre section summary table tbody thead tfoot tr td th ul body html".split()
)

# Whole blocks that are site navigation or chrome, matched case-insensitively.
NAVIGATION_BLOCK = re.compile(
    r"^(skip to (main )?content|skip navigation|main menu|menu|search|share( this)?( article)?"
    r"|tweet|print|email|advertisement|related( articles| stories)?|read more|continue reading"
    r"|back to top|previous|next|home|log ?in|sign ?in|register|cookie settings"
    r"|accept( all)?( cookies)?)[.:!]?$",
    re.IGNORECASE,
)

# A headline that opens a promotional section (fundraising, newsletter, subscription).
CALL_TO_ACTION_HEADING = re.compile(
    r"^(sign ?up|subscribe|donate|support (us|our \w+)|join (us|our)|follow us)\b"
    r"|\b(newsletters?|daily digest|fundraising (campaign|appeal|drive)|donate( now)?"
    r"|subscribe( now)?|support us)[.!:]?$",
    re.IGNORECASE,
)

# A headline line ends without sentence punctuation (a closing quote or colon may follow words).
HEADLINE_MAX_WORDS = 20
SENTENCE_FINAL = (".", "!", "?", ";", ",", "…")

# Lower-case words that may appear inside a Title Case headline.
TITLE_SMALL_WORDS = frozenset(
    "a an and as at but by de del for from in into la las los nor of on or per the to "
    "vs via with y".split()
)
