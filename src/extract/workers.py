"""Chunks of documents -> DocResults, in this process or in a pool of processes.

A chunk is a run of consecutive documents cut by size alone, never by the number of workers,
so every document meets spaCy in the same batch whatever N is. Each process loads the model
once (``load_pipeline`` is cached) and parses each chunk inside ``nlp.memory_zone()``, so the
string store does not grow over a long run.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass

from .documents import Document, Rejection
from .settings import Settings
from .state import DocResult

CHUNK_DOCS = 32
CHUNK_CHARS = 200_000

# Guards the shared model when several threads of one process (a threaded Dask worker) parse.
_NLP_LOCK = threading.Lock()


@dataclass(frozen=True)
class Chunk:
    """Documents to parse together, each with its state key."""

    documents: list[tuple[str, Document]]


def make_chunks(keyed: Iterable[tuple[str, Document]]) -> Iterator[Chunk]:
    """Cut the stream into chunks of at most CHUNK_DOCS documents or about CHUNK_CHARS chars."""
    batch: list[tuple[str, Document]] = []
    chars = 0
    for key, document in keyed:
        batch.append((key, document))
        chars += len(document.text)
        if len(batch) >= CHUNK_DOCS or chars >= CHUNK_CHARS:
            yield Chunk(batch)
            batch, chars = [], 0
    if batch:
        yield Chunk(batch)


def process_chunk(chunk: Chunk, settings: Settings) -> list[DocResult]:
    """Prepare, parse and extract one chunk; records come back as serialised JSON lines."""
    from .nlp import extractor_info, load_pipeline
    from .pipeline import PreparedDocument, prepare, process

    results: list[DocResult] = []
    keys: dict[str, str] = {}
    prepared: list[PreparedDocument] = []
    for key, document in chunk.documents:
        outcome = prepare(document)
        if isinstance(outcome, Rejection):
            results.append(DocResult(document.doc_id, key, 0, [], outcome.reason))
        else:
            keys[document.doc_id] = key
            prepared.append(outcome)
    if not prepared:
        return results
    nlp = load_pipeline(settings.spacy_pipeline)
    extractor = extractor_info(nlp)
    with _NLP_LOCK, nlp.memory_zone():
        for prep, records in process(prepared, nlp, extractor, settings.batch_size):
            doc_id = prep.document.doc_id
            lines = [record.model_dump_json() for record in records]
            results.append(DocResult(doc_id, keys[doc_id], len(prep.items), lines))
    return results


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
                chunk = next(source, None)
                if chunk is None:
                    exhausted = True
                else:
                    pending.add(pool.submit(process_chunk, chunk, settings))
            if pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
