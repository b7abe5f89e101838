"""Corpora for the batch tests, built at run time from the seed article's real text."""

from __future__ import annotations

import json
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "corpus" / "000_0093a7903720f4f3.txt"


def seed_articles() -> list[str]:
    """The seed's paragraphs paired as headline + body: short real articles."""
    paragraphs = [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    paragraphs = paragraphs[2:]  # "Skip to content", the page title
    return [f"{paragraphs[i]}\n\n{paragraphs[i + 1]}" for i in range(0, len(paragraphs) - 1, 2)]


def write_corpus(root: Path) -> Path:
    """A mixed corpus: .txt, .jsonl (with published dates), .html, and two rejected inputs."""
    articles = seed_articles()
    (root / "txt").mkdir(parents=True)
    for i, text in enumerate(articles[:6]):
        (root / "txt" / f"article_{i:02d}.txt").write_text(text, encoding="utf-8")
    lines = [
        json.dumps({"id": f"feed-{i:02d}", "text": text, "published": "2023-01-30"})
        for i, text in enumerate(articles[6:12])
    ]
    lines.append("{not json")  # rejected by the reader, line 7
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    headline, body = articles[12].split("\n\n", 1)
    (root / "page.html").write_text(
        f"<html><body><nav>Home</nav><h1>{headline}</h1><p>{body}</p></body></html>",
        encoding="utf-8",
    )
    (root / "txt" / "empty.txt").write_text("", encoding="utf-8")  # rejected by the reader
    (root / "txt" / "title_only.txt").write_text("Skip to content", encoding="utf-8")  # by prepare
    return root


def write_replicated(path: Path, copies: int) -> Path:
    """One JSONL of ``copies`` rounds of the seed articles, each line with its own id."""
    articles = seed_articles()
    with path.open("w", encoding="utf-8") as handle:
        for round_ in range(copies):
            for i, text in enumerate(articles):
                handle.write(json.dumps({"id": f"r{round_:04d}-{i:02d}", "text": text}) + "\n")
    return path
