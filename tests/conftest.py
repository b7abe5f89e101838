"""Shared fixtures: the spaCy pipeline (loaded once) and one real run over corpus/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.documents import Document, ParsedItem
from extract.models import Record
from extract.nlp import extractor_info, load_pipeline
from extract.pipeline import build_records, prepare
from extract.runner import run
from extract.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = CORPUS / "000_0093a7903720f4f3.txt"
DEVSETS = ROOT.parent / "shared" / "devsets"


def records_by_item(folder: Path, out: Path) -> dict[tuple[str, int], dict]:
    """A real `extract run` over ``folder`` into ``out``: records by (doc_id, item_index)."""
    run([folder], out, Settings())
    lines = (out / "events.jsonl").read_text(encoding="utf-8").splitlines()
    return {(r["doc_id"], r["item_index"]): r for r in map(json.loads, lines)}


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline(Settings().spacy_pipeline)


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory):
    """One real `extract run corpus/`: (out dir, records as dicts, run.json)."""
    out = tmp_path_factory.mktemp("corpus-run")
    run([CORPUS], out, Settings())
    lines = (out / "events.jsonl").read_text(encoding="utf-8").splitlines()
    return out, [json.loads(line) for line in lines], json.loads((out / "run.json").read_text())


@pytest.fixture(scope="session")
def records_of(nlp):
    """Records for an ad-hoc text: records_of("text", published="2023-01-28")."""

    def make(text: str, published: str | None = None, doc_id: str = "test") -> list[Record]:
        document = Document(
            doc_id=doc_id, text=text, is_html=False, content_hash="0" * 64, published=published
        )
        prepared = prepare(document)
        assert not hasattr(prepared, "reason"), prepared
        docs = list(nlp.pipe(item.text for item in prepared.items))
        return build_records(prepared, docs, extractor_info(nlp))

    return make


@pytest.fixture(scope="session")
def parse(nlp):
    """A ParsedItem for one plain text (no headline)."""
    from extract.documents import Item

    def make(text: str) -> ParsedItem:
        item = Item(index=0, start=0, end=len(text), text=text, headline=None)
        return ParsedItem(item=item, doc=nlp(text), body_start=0)

    return make
