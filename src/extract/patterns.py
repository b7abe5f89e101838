"""Word lists and patterns for cleaning and splitting, kept as data apart from the logic."""

from __future__ import annotations

import re

# HTML elements that are page furniture, never article text.
# <header> is kept when it holds the article's <h1> and no menu (see htmltext).
DROPPED_HTML_TAGS = [
    "script", "style", "noscript", "template", "nav", "footer", "form", "figcaption",
    "aside", "iframe", "svg", "button", "select", "input", "textarea", "head", "dialog",
]  # fmt: skip
DROPPED_HTML_ROLES = (
    "navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alertdialog",
)  # fmt: skip
HEADING_HTML_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Containers never dropped for their class: a "page-with-ads" <body> is still the page.
KEPT_HTML_CONTAINERS = frozenset({"html", "body", "main", "article"})

# Words of an element's class or id (split at non-letters) that mark page chrome:
# consent banners, ads, share bars, newsletter and donation boxes, bylines, captions,
# related links, comments, tags. Whole words only: "ad" drops "ad-slot", not "header".
CHROME_CLASS_WORDS = frozenset(
    """
    cookie cookies consent gdpr onetrust cmp
    ad ads adslot adunit advert adverts advertisement advertising sponsored sponsor dfp
    promo promotion newsletter newsletters subscribe subscription signup paywall
    share sharing sharebar social socials
    breadcrumb breadcrumbs byline bylines author authors timestamp date pubdate
    caption captions credit credits figcaption
    related recommended recirc outbrain taboola trending mostread
    comment comments disqus
    tags tag topics keywords
    donate donation donations fundraising
    copyright skip skiplink sidebar widget popup modal overlay toolbar menu navbar masthead
    """.split()
)
# A class word that makes a block a headline on pages without <h1>-<h6>.
HEADLINE_CLASS_WORDS = frozenset({"title", "headline", "heading", "hed", "headings"})
BLOCK_HTML_TAGS = frozenset(
    "address article blockquote dd details div dl dt fieldset figcaption figure hr li main "
    "ol p pre section summary table tbody thead tfoot tr td th ul body html".split()
)

# Whole blocks that are site navigation or chrome, matched case-insensitively.
NAVIGATION_BLOCK = re.compile(
    r"^(skip to (main )?content|skip navigation|main menu|menu|search"
    r"|share( this)?( article| story)?"
    r"|tweet|print|email|advertisement|sponsored( content)?|related( articles| stories| content)?"
    r"|read more|continue reading|more stories|most read|trending( now)?|back to top|previous"
    r"|next|home|log ?in|sign ?in|register|cookie settings|manage cookies|close|comments?"
    r"|(view|show|load|read) (all )?comments|(\d+ )?comments?( \(\d+\))?|donate( now)?"
    r"|subscribe( now)?|sign ?up|accept( all)?( cookies)?|reject( all)?|image|photo|video"
    r"|(share|post) (on|to|via) (facebook|twitter|x|whatsapp|linkedin|email|reddit)"
    r"|((share on )?(facebook|twitter|x|whatsapp|linkedin|email|reddit|telegram|copy link)"
    r"[ ,|/]*){2,})[.:!]?$",
    re.IGNORECASE,
)

# Blocks of chrome recognised by how they begin or what they say, each kept short so that a
# news sentence mentioning donations, subscriptions or cookies is never matched: the whole
# block must be the chrome (word limits), and most openers need a colon or dash after them.
CHROME_BLOCK = re.compile(
    r"^(?:"
    # inline links to other stories
    r"(related|read more|read also|also read|see also|more on this|recommended|more"
    r"|further reading)\s*[:|»>–—-]\s*\S[^\n]{0,150}"
    # tag and category lists (no sentence end: "Filed under seal, the suit..." is news)
    r"|((tags|tagged|topics|categories|category|keywords)\s*:|filed under:?)\s*[^.!?\n]{1,150}"
    # image credits
    r"|[(\[]?(photo|image|picture|video|graphic|illustration|credit|source|file photo)"
    r"( by| credit)?\s*:\s*[^\n]{1,80}"
    r"|[(\[]?(photo|image|picture) by [^\n]{1,80}"
    # legal footers
    r"|(copyright\s*(©|\(c\)|\d{4})|\(c\)\s*\d{4}|©)[^\n]{0,300}"
    r"|all rights reserved\.?[^\n]{0,200}"
    r"|this (article|story|piece) (was|is) (originally|first) published[^\n]{0,200}"
    r"|(this|the) (article|story|material|content) may not be (re)?published[^\n]{0,200}"
    # calls to action
    r"|(click|tap) here to [^\n]{1,120}"
    r"|follow us on [^\n]{1,100}"
    r"|(sign up|subscribe) (to|for) (our|the) [^\n]{0,40}(newsletter|digest|briefing|alerts?)"
    r"[^\n]{0,150}"
    r"|(support|fund) (independent|quality|our) (journalism|reporting|media|news)[^\n]{0,200}"
    r"|we use cookies[^\n]{0,300}"
    r"|this (site|website) uses cookies[^\n]{0,300}"
    r"|by (continuing to (browse|use)|using) (this|our) (site|website)[^\n]{0,200}"
    r"|(additional )?(reporting|writing|editing|compiled|produced) by [^.!?\n]{1,150}\.?"
    r"|(have|got) a (news )?tip\?[^\n]{0,150}"
    r")$",
    re.IGNORECASE,
)

# A byline: "By <name>" where a name is one to four capitalised words (particles such as
# "de" or "van" between them), several names joined by "and", "&" or commas, optionally
# "in <Place>" and a short ", Outlet" / "| Outlet" / "- Role" tail:
# "By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press", "By Staff Reporter",
# "By Dan Ruiz in Lima", "By The Associated Press". A capitalised small word ("To", "On")
# ends a name: it marks a Title Case headline, as does a one-word "name" before a long
# tail ("By Train, Thousands Head To The Capital"), which clean.is_byline rules out.
_BYLINE_SMALL = r"(?i:a|an|the|of|to|in|on|at|for|with|from|into|over|after|as|and|or)"
_BYLINE_WORD = rf"(?!{_BYLINE_SMALL}(?:\s|,|$))[A-Z][\w.'’-]*"
_BYLINE_PARTICLE = r"(?:de|da|del|der|den|di|du|dos|van|von|la|le|bin|ibn|al|el)"
_BYLINE_NAME = rf"{_BYLINE_WORD}(?:\s+(?:{_BYLINE_PARTICLE}\s+)*{_BYLINE_WORD}){{0,3}}"
# Between two names of a byline: "Jane Doe, John Roe and Ana Ruiz", "Jane Doe & John Roe".
BYLINE_NAME_SEPARATOR = re.compile(r"\s*,\s*(?:(?i:and)\s+)?|\s+(?i:and)\s+|\s*&\s*")
BYLINE_BLOCK = re.compile(
    rf"^(?i:by)\s+(?:(?i:the)\s+)?"
    rf"(?P<names>{_BYLINE_NAME}(?:(?:{BYLINE_NAME_SEPARATOR.pattern}){_BYLINE_NAME})*)"
    rf"(?:\s+in\s+{_BYLINE_WORD}(?:\s+{_BYLINE_WORD}){{0,2}})?"
    r"(?P<tail>\s*[,|–—-]\s*[A-Z\d][\w.,:'’ -]{0,40})?$"
)
# A timestamp line: "Updated 3:42 PM EST, Tue January 24, 2023", "Published 24 Jan 2023".
# ``label`` tells a first publication ("published", "posted") from a later update.
TIMESTAMP_BLOCK = re.compile(
    r"^(?P<label>(last )?(updated|published|posted|first published|modified))\b( on| at)?:?\s"
    r"[^\n]{0,60}\b(1[89]|20)\d\d\b[^\n]{0,30}$",
    re.IGNORECASE,
)
# Class or id words of an HTML element that shows the page's date ("post-date", "entry-date").
DATE_CLASS_WORDS = frozenset({"date", "pubdate", "timestamp", "published", "posted", "dateline"})
# Labels of a timestamp line that give the first publication, not an update.
PUBLICATION_LABELS = frozenset({"published", "posted", "first published"})
# A wire dateline alone on its line: "NAIROBI, Kenya (AP) _", "UNITED NATIONS (AP) --".
DATELINE_BLOCK = re.compile(
    r"^[A-Z][A-Z .'’-]+(,\s*[A-Z][\w .'’-]+)?\s*(\([A-Za-z .]+\)\s*(--|_|—|–|-)?|(--|_|—|–))$"
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
SENTENCE_FINAL = (".", "!", "?", ";", ",", "…", ":")

# Lower-case words that may appear inside a Title Case headline.
TITLE_SMALL_WORDS = frozenset(
    "a an and as at but by de del for from in into la las los nor of on or per the to "
    "vs via with y".split()
)
