"""HTML to text blocks: page furniture dropped, headings kept apart as item headlines.

What is dropped: scripts, menus, forms, and every element whose class or id names page
chrome (cookie banners, ads, share bars, newsletter and donation boxes, bylines, captions
and credits, related links, comments, tags), hidden elements, and blocks that are nothing
but a link (lists of other stories). What is kept: the text of the article, as blocks.

Which headings are item headlines: on a page of one article (a single heading of the top
level that has text under it, and not several <article>s), the subheadings below it are
kept as body blocks, so the article is one item; on a listing page (a site-wide <h1> over
<h2>/<h3> headlines, or several <article>s) every heading with text under it is an item.
On a page with no <h1>-<h6> at all, an element with a title-like class (<div
class="title">) or a block that is all bold is a heading; with neither, ``headings`` is
None and the splitter's plain-text rule decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from .patterns import (
    BLOCK_HTML_TAGS,
    CHROME_CLASS_WORDS,
    DATE_CLASS_WORDS,
    DROPPED_HTML_ROLES,
    DROPPED_HTML_TAGS,
    HEADING_HTML_TAGS,
    HEADLINE_CLASS_WORDS,
    KEPT_HTML_CONTAINERS,
    PUBLICATION_LABELS,
    TIMESTAMP_BLOCK,
)
from .published import line_date

CLASS_WORD = re.compile(r"[a-z]+")
ISO_DAY_PREFIX = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
PUBLISHED_META = ("article:published_time", "datepublished", "date", "dc.date", "pubdate")
LINK_BLOCK_TAGS = frozenset({"li", "p", "dd", "dt", "td"})
BOLD_TAGS = frozenset({"strong", "b"})
BOLD_MARK = "data-extract-bold-heading"


@dataclass(frozen=True)
class HtmlText:
    text: str  # blocks separated by blank lines
    title: str | None
    headings: frozenset[str] | None  # block texts that are item headlines; None: no markup says
    published: str | None = None  # YYYY-MM-DD from the page's metadata


@dataclass
class _Heading:
    block: int  # index of the heading's block
    level: int  # 1-6; 2 for a class-named title, 3 for a bold block
    article: Tag | None  # the <article> holding it


@dataclass
class _Blocks:
    blocks: list[str] = field(default_factory=list)
    headings: list[_Heading] = field(default_factory=list)
    buffer: list[str] = field(default_factory=list)

    def flush(self, level: int = 0, article: Tag | None = None) -> None:
        text = " ".join("".join(self.buffer).split())
        self.buffer.clear()
        if text:
            if level:
                self.headings.append(_Heading(len(self.blocks), level, article))
            self.blocks.append(text)

    def walk(self, node: Tag, article: Tag | None = None) -> None:
        breaks = 0  # consecutive <br>: two or more end a paragraph
        for child in node.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                if str(child).strip():
                    breaks = 0
                self.buffer.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            if child.name == "br":
                breaks += 1
                self.buffer.append(" ")
                if breaks == 2:
                    self.flush()
                continue
            breaks = 0
            level = _heading_level(child)
            if level:
                self.flush()
                self.buffer.append(child.get_text(" "))
                self.flush(level, article)
            elif child.name in BLOCK_HTML_TAGS:
                self.flush()
                self.walk(child, child if child.name == "article" else article)
                self.flush()
            else:
                self.walk(child, article)


def _heading_level(tag: Tag) -> int:
    if tag.name in HEADING_HTML_TAGS:
        return int(tag.name[1])
    if tag.get(BOLD_MARK):
        return 3
    if tag.name in BLOCK_HTML_TAGS and _class_words(tag) & HEADLINE_CLASS_WORDS:
        if not tag.find(BLOCK_HTML_TAGS - {"div"}):  # a title, not a wrapper of paragraphs
            return 2
    return 0


def _class_words(tag: Tag) -> set[str]:
    attrs = getattr(tag, "attrs", None) or {}
    classes = attrs.get("class") or []
    names = " ".join([*classes, str(attrs.get("id") or "")]) if classes or attrs.get("id") else ""
    return set(CLASS_WORD.findall(names.lower()))


def _is_chrome(tag: Tag) -> bool:
    if tag.name in KEPT_HTML_CONTAINERS or tag.find(["h1", "article", "main"]):
        return False  # a wrapper of the article itself, whatever its class says
    attrs = tag.attrs or {}
    if attrs.get("hidden") is not None or attrs.get("aria-hidden") == "true":
        return True
    if "display:none" in str(attrs.get("style", "")).replace(" ", ""):
        return True
    return bool(_class_words(tag) & CHROME_CLASS_WORDS)


def _is_link_list_item(tag: Tag) -> bool:
    """A list item or paragraph that is nothing but a link: another story, not this one."""
    if tag.name not in LINK_BLOCK_TAGS:
        return False
    text = tag.get_text(" ", strip=True)
    linked = " ".join(a.get_text(" ", strip=True) for a in tag.find_all("a"))
    return bool(text) and len(linked) >= len(text) - 1


def _promote_bold_blocks(soup: Tag) -> None:
    """<p><strong>Headline</strong></p> or <div><b>Headline</b></div>: a heading in markup
    that has no <h1>-<h6>, one level below a class-named title."""
    for tag in soup.find_all(["p", "div"]):
        children = [c for c in tag.children if not (isinstance(c, str) and not c.strip())]
        if len(children) == 1 and isinstance(children[0], Tag) and children[0].name in BOLD_TAGS:
            text = children[0].get_text(" ", strip=True)
            if text and len(text.split()) <= 20 and not text.endswith((".", ":", ",")):
                tag[BOLD_MARK] = "3"


def _published(soup: BeautifulSoup) -> str | None:
    for meta in soup.find_all("meta"):
        key = str(meta.get("property") or meta.get("name") or meta.get("itemprop") or "")
        if key.lower() in PUBLISHED_META:
            match = ISO_DAY_PREFIX.match(str(meta.get("content") or ""))
            if match:
                return match.group(1)
    for script in soup.find_all("script", type="application/ld+json"):
        match = re.search(r'"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})', script.get_text())
        if match:
            return match.group(1)
    time = soup.find("time", datetime=ISO_DAY_PREFIX)
    if isinstance(time, Tag):
        match = ISO_DAY_PREFIX.match(str(time.get("datetime")))
        return match.group(1) if match else None
    return _shown_date(soup)


def _shown_date(soup: BeautifulSoup) -> str | None:
    """The date a page shows in a <time> or date-classed element ("post-date": "March 9,
    2023"), read before cleaning drops the element as chrome. The first such element with a
    full day wins, an update stamp ("Updated ...") only when no other has one."""
    updated: str | None = None
    for tag in soup.find_all(True):
        if tag.name != "time" and not _class_words(tag) & DATE_CLASS_WORDS:
            continue
        text = " ".join(tag.get_text(" ").split())
        if len(text) > 80:  # a container of the article, not its date stamp
            continue
        day = line_date(text)
        if day is None:
            continue
        label = TIMESTAMP_BLOCK.match(text)
        if label is None or label.group("label").lower() in PUBLICATION_LABELS:
            return day
        updated = updated or day
    return updated


def _item_headings(collector: _Blocks) -> frozenset[str]:
    """Headings that open items; a single article's subheadings stay body blocks."""
    blocks, heads = collector.blocks, collector.headings
    heading_at = {h.block for h in heads}
    with_body = [h for h in heads if h.block + 1 < len(blocks) and h.block + 1 not in heading_at]
    if not with_body:
        return frozenset()
    top = min(h.level for h in with_body)
    leads = [h for h in with_body if h.level == top]
    articles = {id(h.article) for h in heads if h.article is not None}
    kept = heads
    if len(leads) == 1 and len(articles) <= 1:
        lead = leads[0]
        kept = [
            h
            for h in heads
            if h.block <= lead.block
            or h.level <= top
            or (lead.article is not None and h.article is not lead.article)
        ]
    return frozenset(blocks[h.block] for h in kept)


def html_to_text(html: str) -> HtmlText:
    soup = BeautifulSoup(html, "lxml")
    title_tag = soup.find("title")
    title = " ".join(title_tag.get_text(" ").split()) if isinstance(title_tag, Tag) else None
    published = _published(soup)
    for tag in soup.find_all("header"):
        if not tag.find("h1") or tag.find("nav"):  # the site's masthead, not the article's
            tag.decompose()
    for tag in soup.find_all(DROPPED_HTML_TAGS):
        tag.decompose()
    for tag in soup.find_all(role=list(DROPPED_HTML_ROLES)):
        tag.decompose()
    for tag in soup.find_all(True):
        if not tag.decomposed and (_is_chrome(tag) or _is_link_list_item(tag)):
            tag.decompose()
    if not soup.find(HEADING_HTML_TAGS):
        _promote_bold_blocks(soup)
    collector = _Blocks()
    collector.walk(soup.body if soup.body is not None else soup)
    collector.flush()
    headings = _item_headings(collector) if collector.headings else None
    return HtmlText(
        text="\n\n".join(collector.blocks),
        title=title or None,
        headings=headings,
        published=published,
    )
