"""HTML to text blocks: page furniture dropped, headings kept apart as item headlines."""

from __future__ import annotations

from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from .patterns import BLOCK_HTML_TAGS, DROPPED_HTML_ROLES, DROPPED_HTML_TAGS, HEADING_HTML_TAGS


@dataclass(frozen=True)
class HtmlText:
    text: str  # blocks separated by blank lines
    title: str | None
    headings: frozenset[str]  # block texts that were HTML headings


@dataclass
class _Blocks:
    blocks: list[str] = field(default_factory=list)
    headings: set[str] = field(default_factory=set)
    buffer: list[str] = field(default_factory=list)

    def flush(self, heading: bool = False) -> None:
        text = " ".join("".join(self.buffer).split())
        self.buffer.clear()
        if text:
            self.blocks.append(text)
            if heading:
                self.headings.add(text)

    def walk(self, node: Tag) -> None:
        for child in node.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                self.buffer.append(str(child))
            elif isinstance(child, Tag):
                if child.name in HEADING_HTML_TAGS:
                    self.flush()
                    self.buffer.append(child.get_text(" "))
                    self.flush(heading=True)
                elif child.name in BLOCK_HTML_TAGS:
                    self.flush()
                    self.walk(child)
                    self.flush()
                else:
                    if child.name == "br":
                        self.buffer.append(" ")
                    self.walk(child)


def html_to_text(html: str) -> HtmlText:
    soup = BeautifulSoup(html, "lxml")
    title_tag = soup.find("title")
    title = " ".join(title_tag.get_text(" ").split()) if isinstance(title_tag, Tag) else None
    for tag in soup.find_all(DROPPED_HTML_TAGS):
        tag.decompose()
    for tag in soup.find_all(attrs={"role": list(DROPPED_HTML_ROLES)}):
        tag.decompose()
    collector = _Blocks()
    collector.walk(soup.body if soup.body is not None else soup)
    collector.flush()
    return HtmlText(
        text="\n\n".join(collector.blocks),
        title=title or None,
        headings=frozenset(collector.headings),
    )
