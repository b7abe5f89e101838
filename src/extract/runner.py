"""Batch runs: inputs under paths -> OUT/events.jsonl and OUT/run.json."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .documents import Document, Rejection
from .models import SCHEMA_VERSION, Record
from .nlp import extractor_info, load_pipeline
from .output import atomic_write_json, atomic_write_lines
from .pipeline import PreparedDocument, prepare, process
from .readers import read_inputs
from .review import apply_reviews, read_reviews
from .settings import Settings


@dataclass
class RunSummary:
    documents_read: int = 0
    documents_processed: int = 0
    items: int = 0
    records: int = 0
    rejected: list[Rejection] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "schema_version": SCHEMA_VERSION,
            "documents_read": self.documents_read,
            "documents_processed": self.documents_processed,
            "documents_rejected": len(self.rejected),
            "items": self.items,
            "records": self.records,
            "rejected": [
                {"path": r.path, "line": r.line, "doc_id": r.doc_id, "reason": r.reason}
                for r in self.rejected
            ],
        }


def _report_rejection(summary: RunSummary, rejection: Rejection) -> None:
    summary.rejected.append(rejection)
    where = rejection.path + (f":{rejection.line}" if rejection.line else "")
    print(f"extract: rejected {where}: {rejection.reason}", file=sys.stderr)


def run(paths: list[Path], out_dir: Path, settings: Settings) -> RunSummary:
    """Process every input under ``paths``; records sorted by (doc_id, item_index)."""
    nlp = load_pipeline(settings.spacy_pipeline)
    extractor = extractor_info(nlp)
    summary = RunSummary()

    def prepared() -> Iterator[PreparedDocument]:
        for found in read_inputs(paths):
            summary.documents_read += 1
            if isinstance(found, Rejection):
                _report_rejection(summary, found)
                continue
            assert isinstance(found, Document)
            result = prepare(found)
            if isinstance(result, Rejection):
                _report_rejection(summary, result)
            else:
                yield result

    records: list[Record] = []
    for prep, doc_records in process(prepared(), nlp, extractor, settings.batch_size):
        summary.documents_processed += 1
        summary.items += len(prep.items)
        records.extend(doc_records)
    records.sort(key=lambda r: (r.doc_id, r.item_index))
    summary.records = len(records)
    summary.rejected.sort(key=lambda r: (r.path, r.line or 0))
    records = apply_reviews(records, read_reviews(out_dir))  # REVIEW HOOK (issue 6): keep last
    atomic_write_lines(out_dir / "events.jsonl", (r.model_dump_json() for r in records))
    atomic_write_json(out_dir / "run.json", summary.as_dict())
    return summary
