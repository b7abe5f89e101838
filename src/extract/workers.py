"""Chunks of documents -> DocResults, in this process or in a pool of processes.

A chunk is a run of consecutive documents cut by size alone, never by the number of workers,
so every document meets spaCy in the same batch whatever N is. Each process loads the model
once (``load_pipeline`` is cached). The vocabulary is bounded: the first PERMANENT_LEXEMES
words a process meets are kept (their lexemes and the tokenizer's cache, as in a bare
``nlp.pipe``: a corpus's common words are made once); once the vocabulary holds that many, each
chunk is parsed inside ``nlp.memory_zone()``, which drops what the chunk added, so the string
store stops growing however long the run.
"""

from __future__ import annotations

import itertools
import multiprocessing
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .documents import Document, Rejection
from .settings import Settings
from .state import DocResult

if TYPE_CHECKING:  # spaCy loads only when something is parsed (a no-op re-run never does)
    from spacy.language import Language

CHUNK_DOCS = 32
# spaCy's working memory while it parses a batch grows with the batch's characters (~3 MB per
# 1,000), so a chunk (one batch) is cut at about this many characters too: a worker's peak then
# stays put over a long run instead of rising whenever long documents happen to meet.
CHUNK_CHARS = 20_000
# Lexemes kept for the life of a worker (a few MB). Inside a memory zone spaCy neither keeps new
# lexemes nor caches tokenizations, which costs ~2% of parse time: zones start past this bound.
PERMANENT_LEXEMES = 50_000

# Guards the shared model when several threads of one process (a threaded Dask worker) parse.
_NLP_LOCK = threading.Lock()


@dataclass(frozen=True)
class Chunk:
    """Documents to parse together, each with its state key."""

    documents: list[tuple[str, Document]]


def make_chunks(
    keyed: Iterable[tuple[str, Document]], max_docs: int = CHUNK_DOCS
) -> Iterator[Chunk]:
    """Cut the stream into chunks of at most ``max_docs`` documents or about CHUNK_CHARS chars."""
    batch: list[tuple[str, Document]] = []
    chars = 0
    for key, document in keyed:
        batch.append((key, document))
        chars += len(document.text)
        if len(batch) >= max_docs or chars >= CHUNK_CHARS:
            yield Chunk(batch)
            batch, chars = [], 0
    if batch:
        yield Chunk(batch)


def process_chunk(chunk: Chunk, settings: Settings) -> list[DocResult]:
    """Prepare, parse and extract one chunk; records come back as serialised JSON lines.

    One ``nlp.pipe`` over the chunk's items in order, then
    ``build_records`` per document: a document an extractor fails on is rejected with the
    error as its reason instead of stopping the batch.
    """
    from .nlp import extractor_info, load_pipeline
    from .pipeline import PreparedDocument, build_records, prepare

    results: list[DocResult] = []
    parsed: list[tuple[str, PreparedDocument]] = []
    for key, document in chunk.documents:
        try:
            outcome = prepare(document)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
            results.append(DocResult(document.doc_id, key, 0, [], _failure(exc)))
            continue
        if isinstance(outcome, Rejection):
            results.append(DocResult(document.doc_id, key, 0, [], outcome.reason))
        else:
            parsed.append((key, outcome))
    if not parsed:
        return results
    nlp = load_pipeline(settings.spacy_pipeline)
    extractor = extractor_info(nlp)
    texts = [item.text for _, prep in parsed for item in prep.items]
    with _NLP_LOCK, _vocabulary_bound(nlp):
        # Records are built as soon as a document's items are parsed, so a chunk never holds
        # more parsed Docs than one spaCy batch plus one document.
        docs = nlp.pipe(texts, batch_size=settings.batch_size)
        for key, prep in parsed:
            doc_id, n = prep.document.doc_id, len(prep.items)
            mine = list(itertools.islice(docs, n))
            try:
                lines = [
                    r.model_dump_json()
                    for r in build_records(prep, mine, extractor, settings.reference_date)
                ]
            except Exception as exc:  # noqa: BLE001 - reported in run.json, see above
                results.append(DocResult(doc_id, key, n, [], _failure(exc)))
            else:
                results.append(DocResult(doc_id, key, n, lines))
    return results


def _vocabulary_bound(nlp: Language) -> AbstractContextManager[object]:
    """A memory zone once the vocabulary is full; before, the chunk's words are kept.
    (``len(vocab)`` counts every lexeme ever made, so once past the bound it stays past.)"""
    return nlp.memory_zone() if len(nlp.vocab) >= PERMANENT_LEXEMES else nullcontext()


def _failure(exc: Exception) -> str:
    first = str(exc).strip().splitlines()
    return f"internal error: {type(exc).__name__}: {' / '.join(first[:3])[:300]}"


def _warm_up(settings: Settings) -> None:
    """Pool initializer: load the model once per worker process, before the first chunk."""
    from .nlp import load_pipeline

    load_pipeline(settings.spacy_pipeline)


def run_local(
    chunks: Iterable[Chunk], settings: Settings, workers: int
) -> Iterator[list[DocResult]]:
    """Results chunk by chunk (in completion order); at most 2 chunks per worker in flight."""
    if workers <= 1:
        for chunk in chunks:
            yield process_chunk(chunk, settings)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_warm_up, initargs=(settings,)
    ) as pool:
        pending: set[Future[list[DocResult]]] = set()
        source = iter(chunks)
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < 2 * workers:
                following = next(source, None)
                if following is None:
                    exhausted = True
                else:
                    pending.add(pool.submit(process_chunk, following, settings))
            if pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
