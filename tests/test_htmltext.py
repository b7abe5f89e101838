"""HTML input: furniture dropped, headings become item headlines."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.documents import Document
from extract.htmltext import html_to_text
from extract.pipeline import prepare

PAGE = """<!doctype html><html><head><title>Protest news</title>
<style>p { color: red }</style><script>var x = "Skip";</script></head>
<body><header><a href="/">Home</a> <nav>World | Sport</nav></header>
<main><h1>Protest news</h1>
<article><h2>Miners Block Highway</h2><p>Miners blocked the highway on
Monday.</p><p>Police   watched.</p></article>
<article><h2>Teachers march in capital</h2><div>Thousands of teachers marched.</div></article>
</main><form><input name=q><button>Search</button></form>
<footer>© 2023 News Co. All rights reserved.</footer></body></html>"""


def test_html_blocks_and_headings():
    html = html_to_text(PAGE)
    assert html.title == "Protest news"
    assert html.text.split("\n\n") == [
        "Protest news",
        "Miners Block Highway",
        "Miners blocked the highway on Monday.",
        "Police watched.",
        "Teachers march in capital",
        "Thousands of teachers marched.",
    ]
    assert html.headings == {"Protest news", "Miners Block Highway", "Teachers march in capital"}


def test_html_page_splits_into_items_by_heading():
    prepared = prepare(Document("page.html", PAGE, True, "0" * 64))
    assert [i.headline for i in prepared.items] == [
        "Miners Block Highway",
        "Teachers march in capital",
    ]
    assert prepared.items[0].text == (
        "Miners Block Highway\n\nMiners blocked the highway on Monday.\n\nPolice watched."
    )
    assert prepared.title == "Protest news"


FIXTURES = Path(__file__).parent / "fixtures" / "inputs"


@pytest.mark.parametrize(
    "name, headlines, first_words, last_words, published, dropped",
    [
        # one article amid site chrome: one item, the <h1> its headline; the <h2> subheading
        # stays in the body; byline, timestamp, caption, credit, share bar, cookie banner,
        # ads, inline related links, newsletter, tags, copyright, comments, donation box gone
        (
            "article_news.html",
            ["Farmers block highway in southern Ecuador over fuel prices"],
            ["LOJA, Ecuador (AP) — Hundreds"],
            ["maize grower."],
            "2023-03-14",
            [
                "cookies", "Marta Quispe", "Updated", "Share", "Photo", "Reuters",
                "Advertisement", "Related", "READ MORE", "newsletter", "Tags", "Copyright",
                "Comments", "countryside", "Donate", "independent journalism", "Follow us",
                "Truckers strike",
            ],
        ),
        # a live blog: the site <h1>s are titles; every <h2>/<h3> with text is an item
        (
            "liveblog.html",
            [
                "Teachers walk out in Cochabamba",
                "Police clear bridge in Puno region",
                "Miners march on the capital",
            ],
            ["Thousands of teachers", "Police used tear gas", "Several hundred miners"],
            ["were closed.", "prosecutor said.", "by Friday."],
            None,
            ["cookies", "Advertisement", "Share", "Related coverage", "Strike called", "©"],
        ),
        # no semantic tags: <div class="title"> headline, <br><br> paragraphs, a bold
        # subheading kept in the body
        (
            "divsoup.html",
            ["Fishermen protest oil spill off the coast"],
            ["Dozens of fishermen"],
            ["at least six months."],
            "2023-03-02",  # shown in its date-classed element
            ["Luis Paredes", "March 2, 2023", "News", "Opinion", "Copyright"],
        ),
    ],
)  # fmt: skip
def test_html_fixture_pages(name, headlines, first_words, last_words, published, dropped):
    page = (FIXTURES / name).read_text(encoding="utf-8")
    prepared = prepare(Document(name, page, True, "0" * 64))
    assert [i.headline for i in prepared.items] == headlines
    assert prepared.document.published == published
    for item, first, last in zip(prepared.items, first_words, last_words, strict=True):
        body = item.text[len(item.headline) + 2 :]
        assert body.startswith(first) and body.endswith(last)
    everything = "\n\n".join(i.text for i in prepared.items)
    for chrome in dropped:
        assert chrome not in everything


def test_single_article_keeps_subheadings_and_donation_news():
    page = (FIXTURES / "article_news.html").read_text(encoding="utf-8")
    (item,) = prepare(Document("a", page, True, "0" * 64)).items
    assert "\n\nTalks planned\n\n" in item.text
    assert "collected donations from members" in item.text
    assert "The port" not in item.text


@pytest.mark.parametrize(
    "html, blocks",
    [
        ("<div>One.<br><br>Two.<br>Still two.</div>", ["One.", "Two. Still two."]),
        ("<ul><li><a href=/a>Other story</a></li><li>Real point, 5 hurt.</li></ul>",
         ["Real point, 5 hurt."]),
        ('<div class="page-with-ads"><h1>T</h1><p>Body.</p></div>', ["T", "Body."]),
        ('<p hidden>Secret</p><p aria-hidden="true">X</p><p>Shown.</p>', ["Shown."]),
        ('<article><header><h1>Head</h1></header><p>Body.</p></article>', ["Head", "Body."]),
        ('<header><h1>Site</h1><nav>Menu</nav></header><p>Body.</p>', ["Body."]),
    ],
)  # fmt: skip
def test_html_blocks_table(html, blocks):
    assert html_to_text(f"<html><body>{html}</body></html>").text.split("\n\n") == blocks


def test_html_without_headings_leaves_the_choice_to_the_splitter():
    assert html_to_text("<div>Para one.</div><div>Para two.</div>").headings is None


@pytest.mark.parametrize(
    "html, published",
    [
        ('<h1>T</h1><div class="post-date">March 9, 2023</div><p>Body.</p>', "2023-03-09"),
        ("<h1>T</h1><time>Thursday 9 March 2023 14:02 GMT</time><p>Body.</p>", "2023-03-09"),
        ('<span class="entry-date">Updated 10 March 2023</span>'
         '<span class="byline-date">Published 9 March 2023</span>', "2023-03-09"),
        ('<span class="date">Updated 10 March 2023</span><p>Body.</p>', "2023-03-10"),
        ('<meta property="article:published_time" content="2023-01-02T10:00">'
         '<div class="date">March 9, 2023</div>', "2023-01-02"),  # metadata wins
        ('<div class="date">03/09/2023</div><p>Body.</p>', None),  # day/month order unknown
        ('<div class="date">March 2023</div><p>Body.</p>', None),  # not a full day
        ('<p>Protests began on March 9, 2023.</p>', None),  # a date in the body is an event's
    ],
)  # fmt: skip
def test_published_from_a_shown_date(html, published):
    assert html_to_text(f"<html><body>{html}</body></html>").published == published
