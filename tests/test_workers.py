"""The worker's vocabulary bound: words are kept up to PERMANENT_LEXEMES, then each chunk
is parsed in a memory zone and adds nothing; records do not depend on which happened."""

from __future__ import annotations

from extract import workers
from extract.documents import Document
from extract.settings import Settings
from extract.workers import Chunk, process_chunk


def _chunk(tag: str, words: int = 40) -> Chunk:
    # Made-up words, so every chunk brings words the vocabulary has never seen.
    text = " ".join(f"Zq{tag}x{i}" for i in range(words)) + ". Police arrested 12 people."
    doc = Document(f"doc-{tag}", text, False, "0" * 64)
    return Chunk([(f"key-{tag}", doc)])


def test_vocabulary_stops_growing_once_it_holds_the_bound(nlp, monkeypatch):
    monkeypatch.setattr(workers, "PERMANENT_LEXEMES", len(nlp.vocab) + 10)
    settings = Settings()
    before = len(nlp.vocab.strings)
    process_chunk(_chunk("a"), settings)  # below the bound: its 40 new words are kept
    kept = len(nlp.vocab.strings)
    assert kept >= before + 40
    for tag in ("b", "c", "d"):
        process_chunk(_chunk(tag), settings)  # past the bound: parsed in a memory zone
        assert len(nlp.vocab.strings) == kept


def test_records_are_the_same_inside_and_outside_a_memory_zone(nlp, monkeypatch):
    settings = Settings()
    chunk = _chunk("same")
    monkeypatch.setattr(workers, "PERMANENT_LEXEMES", 0)  # always a zone
    zoned = process_chunk(chunk, settings)
    monkeypatch.setattr(workers, "PERMANENT_LEXEMES", 10**9)  # never a zone
    kept = process_chunk(chunk, settings)
    assert [r.lines for r in zoned] == [r.lines for r in kept]
    assert '"value":12' in kept[0].lines[0].replace(" ", "")
