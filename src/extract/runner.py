"""Batch runs: inputs under paths -> OUT/events.jsonl and OUT/run.json, incrementally.

1. scan: read every input once, key each document (content + pipeline fingerprint);
2. parse: documents without a result in OUT/state/ go through the workers (local processes or
   Dask) in chunks; each result is saved to OUT/state/ as soon as it arrives;
3. merge: results are concatenated in doc_id order into events.jsonl (``write_events``), and
   state no current document needs is deleted.
A killed run leaves only whole state files, so the next run resumes where it stopped, and
events.jsonl is byte-identical to a full run's whatever the worker count or history.
"""

from __future__ import annotations

import json
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .documents import Document, Rejection
from .models import SCHEMA_VERSION, Record
from .output import atomic_write_json, atomic_write_lines
from .progress import make_progress
from .readers import read_inputs
from .review import ReviewEntry, apply_reviews, read_reviews
from .settings import Settings
from .state import DocResult, State, document_key, fingerprint
from .workers import CHUNK_DOCS, Chunk, make_chunks, run_local

MAX_PENDING_WRITES = 4  # chunks of results waiting for the state writer


@dataclass
class RunSummary:
    documents_read: int = 0
    documents_processed: int = 0
    items: int = 0
    records: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    fingerprint: str = ""
    # What this run did, not what it produced: kept out of run.json so it stays deterministic.
    documents_parsed: int = 0
    documents_reused: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "schema_version": SCHEMA_VERSION,
            "documents_read": self.documents_read,
            "documents_processed": self.documents_processed,
            "documents_rejected": len(self.rejected),
            "items": self.items,
            "records": self.records,
            "fingerprint": self.fingerprint,
            "rejected": [
                {"path": r.path, "line": r.line, "doc_id": r.doc_id, "reason": r.reason}
                for r in self.rejected
            ],
        }


@dataclass(frozen=True)
class Entry:
    """A document found by the scan: where it is and its state key."""

    doc_id: str
    key: str
    path: str
    line: int | None


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def run(
    paths: list[Path],
    out_dir: Path,
    settings: Settings,
    workers: int | None = None,
    force: bool = False,
    quiet: bool = True,
    engine: str = "local",
    scheduler: str | None = None,
    chunk_docs: int = CHUNK_DOCS,
) -> RunSummary:
    """Process every input under ``paths``; records sorted by (doc_id, item_index).

    ``chunk_docs`` (documents parsed together) is for tests; output never depends on it.
    """
    state = State(out_dir)
    summary = RunSummary(fingerprint=fingerprint(settings))
    with state.lock():
        state.prune_tmp()
        entries: dict[str, Entry] = {}
        for found in read_inputs(paths):
            summary.documents_read += 1
            if isinstance(found, Rejection):
                summary.rejected.append(found)
                continue
            key = document_key(found, summary.fingerprint)
            entries[found.doc_id] = Entry(found.doc_id, key, found.path or "", found.line)
        todo = {e.key for e in entries.values() if force or not state.has(e.key)}
        summary.documents_reused = len(entries) - len(todo)
        if todo:
            summary.documents_parsed = _parse(
                paths,
                todo,
                state,
                settings,
                workers or default_workers(),
                quiet,
                engine,
                scheduler,
                summary.fingerprint,
                chunk_docs,
            )
        write_events(out_dir, _merged_lines(entries, state, summary))
        summary.rejected.sort(key=lambda r: (r.path, r.line or 0))
        atomic_write_json(out_dir / "run.json", summary.as_dict())
        state.prune({e.key for e in entries.values()})
    for rejection in summary.rejected:
        where = rejection.path + (f":{rejection.line}" if rejection.line else "")
        print(f"extract: rejected {where}: {rejection.reason}", file=sys.stderr)
    return summary


def _parse(
    paths: list[Path],
    todo: set[str],
    state: State,
    settings: Settings,
    workers: int,
    quiet: bool,
    engine: str,
    scheduler: str | None,
    fingerprint_: str,
    chunk_docs: int,
) -> int:
    """Send the documents whose keys are in ``todo`` through the engine; save each result."""

    def keyed() -> Iterator[tuple[str, Document]]:
        for found in read_inputs(paths):
            if isinstance(found, Document):
                key = document_key(found, fingerprint_)
                if key in todo:
                    todo.discard(key)  # a second copy of the same key needs no second parse
                    yield key, found

    total = len(todo)
    chunks: Iterable[Chunk] = make_chunks(keyed(), chunk_docs)
    workers = min(workers, -(-total // chunk_docs))  # no process pool for a single chunk
    if engine == "dask":
        from .engine_dask import run_dask

        results = run_dask(chunks, settings, scheduler, workers)
    else:
        results = run_local(chunks, settings, workers)
    progress = make_progress(total, quiet)
    parsed = 0
    # State files are written by a thread: file system calls release the GIL, so the writes
    # overlap with parsing the next chunk. At most a few chunks wait, to bound memory.
    with ThreadPoolExecutor(max_workers=1) as writer:
        pending: deque[Future[None]] = deque()
        try:
            for chunk_results in results:
                pending.append(writer.submit(_save, state, chunk_results))
                while len(pending) > MAX_PENDING_WRITES or (pending and pending[0].done()):
                    pending.popleft().result()  # re-raises a failed write
                parsed += len(chunk_results)
                progress.update(len(chunk_results))
            while pending:
                pending.popleft().result()
        finally:
            progress.close()
    return parsed


def _save(state: State, chunk_results: list[DocResult]) -> None:
    for result in chunk_results:
        state.write(result)


def _merged_lines(entries: dict[str, Entry], state: State, summary: RunSummary) -> Iterator[str]:
    """Every record line in (doc_id, item_index) order, counting as it goes."""
    for doc_id in sorted(entries):
        entry = entries[doc_id]
        header, lines = state.read(entry.key)  # one document's lines at a time
        if header.rejected is not None:
            summary.rejected.append(Rejection(entry.path, header.rejected, entry.line, doc_id))
            continue
        summary.documents_processed += 1
        summary.items += header.items
        summary.records += header.records
        yield from lines


def write_events(out_dir: Path, lines: Iterable[str]) -> None:
    """The single place the final, sorted record stream is written.

    Reviewers' decisions (OUT/reviews.jsonl) are applied over the fresh records here, so they
    survive every re-run; state keeps the machine's records.
    """
    reviews = read_reviews(out_dir)
    if reviews:
        lines = _reviewed(lines, reviews)
    atomic_write_lines(out_dir / "events.jsonl", lines)


def _reviewed(lines: Iterable[str], reviews: list[ReviewEntry]) -> Iterator[str]:
    reviewed_ids = {r.record_id for r in reviews}
    for line in lines:
        if json.loads(line)["record_id"] in reviewed_ids:
            [record] = apply_reviews([Record.model_validate_json(line)], reviews)
            line = record.model_dump_json()
        yield line


__all__ = ["DocResult", "RunSummary", "run", "write_events"]
