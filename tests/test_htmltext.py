"""HTML input: furniture dropped, headings become item headlines."""

from __future__ import annotations

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
