"""Reviewer decisions: OUT/reviews.jsonl (append-only) applied over fresh extraction.

A review names a record by its stable ``record_id`` and either accepts it, rejects it, or
sets one value by its field path (``counts[0].value``, ``event_date``). Decisions are applied
in file order each time events.jsonl is written, so they survive re-runs; the machine's
value stays beside the reviewed one in ``record.review.changes``. A review whose record is
gone (or whose path no longer applies) is never dropped: ``status_of_reviews`` lists it.
Reviews are human decisions, so each line carries a wall-clock timestamp; records do not.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from .errors import UsageError
from .models import Record, Review, ReviewChange

REVIEWS_FILE = "reviews.jsonl"
Action = Literal["accept", "reject", "set"]
# Fields a reviewer may set: the extracted values, never the text or identity of a record.
EDITABLE = ("dates", "event_date", "places", "people", "organisations", "counts", "event_types")
_STEP = re.compile(r"\.?([A-Za-z_]\w*)|\[(\d+)\]")


@dataclass(frozen=True)
class ReviewEntry:
    """One line of reviews.jsonl."""

    record_id: str
    action: Action
    reviewer: str
    timestamp: str
    field: str | None = None
    value: Any = None
    note: str | None = None


@dataclass(frozen=True)
class ReviewStatus:
    entry: ReviewEntry
    line: int
    status: Literal["applied", "orphan", "not applicable"]
    reason: str | None = None


def parse_path(path: str) -> list[str | int]:
    """``counts[0].value`` -> ["counts", 0, "value"]; UsageError when malformed."""
    steps: list[str | int] = []
    pos = 0
    while pos < len(path):
        m = _STEP.match(path, pos)
        if m is None or (m.group(1) and pos > 0 and not m.group(0).startswith(".")):
            raise UsageError(f"bad field path {path!r}")
        steps.append(m.group(1) if m.group(1) else int(m.group(2)))
        pos = m.end()
    if not steps or steps[0] not in EDITABLE:
        raise UsageError(f"field must start with one of {', '.join(EDITABLE)}: {path!r}")
    if steps[-1] in ("text", "start", "end", "mentions", "trigger"):
        raise UsageError(f"{path!r} is a span of the source text and cannot be set")
    return steps


def _get(obj: Any, steps: list[str | int]) -> Any:
    for step in steps:
        obj = obj[step]
    return obj


def _get_or_none(obj: Any, steps: list[str | int]) -> Any:
    try:
        return _get(obj, steps)
    except (KeyError, IndexError, TypeError):
        return None


def _set(obj: Any, steps: list[str | int], value: Any) -> None:
    parent = _get(obj, steps[:-1])
    last = steps[-1]
    if isinstance(last, int):
        if not isinstance(parent, list) or not 0 <= last < len(parent):
            raise KeyError(last)
    elif not isinstance(parent, dict) or last not in parent:
        raise KeyError(last)
    parent[last] = value


def parse_value(text: str) -> Any:
    """JSON when it parses (null, 12, "x", {...}), else the plain string."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def read_reviews(out_dir: Path) -> list[ReviewEntry]:
    """All reviews of OUT in file order; none when there is no reviews file."""
    path = out_dir / REVIEWS_FILE
    if not path.is_file():
        return []
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                entries.append(ReviewEntry(**json.loads(line)))
            except (json.JSONDecodeError, TypeError) as exc:
                raise UsageError(f"{path}:{number}: not a review: {exc}") from exc
    return entries


def append_review(out_dir: Path, entry: ReviewEntry) -> None:
    """Append one line; the file is never rewritten."""
    line = json.dumps(asdict(entry), ensure_ascii=False, sort_keys=True)
    with (out_dir / REVIEWS_FILE).open("a", encoding="utf-8", newline="\n") as handle:
        handle.write(line + "\n")


def new_entry(
    record_id: str,
    action: Action,
    reviewer: str,
    field: str | None = None,
    value: Any = None,
    note: str | None = None,
) -> ReviewEntry:
    # The one wall-clock time of the product: when a human made the decision.
    now = datetime.now(UTC).isoformat(timespec="seconds")
    return ReviewEntry(record_id, action, reviewer, now, field, value, note)


def machine_record(record: Record) -> Record:
    """The record as extraction wrote it: undo an applied review (so applying is idempotent)."""
    if record.review is None:
        return record
    data = record.model_dump(mode="json")
    for change in reversed(record.review.changes):
        _set(data, parse_path(change.field), change.machine_value)
    data["review"] = None
    return Record.model_validate(data)


def _apply_one(
    record: Record, entries: list[tuple[int, ReviewEntry]], statuses: dict[int, ReviewStatus]
) -> Record:
    machine = record.model_dump(mode="json")
    data = copy.deepcopy(machine)
    changes: dict[str, ReviewChange] = {}
    decision: ReviewEntry | None = None
    last: ReviewEntry | None = None
    for line, entry in entries:
        if entry.action == "set":
            try:
                assert entry.field is not None
                steps = parse_path(entry.field)
                trial = copy.deepcopy(data)
                _set(trial, steps, entry.value)
                Record.model_validate(trial)
            except (UsageError, KeyError, IndexError, TypeError, AssertionError) as exc:
                statuses[line] = ReviewStatus(entry, line, "not applicable", f"bad path: {exc}")
                continue
            except ValidationError as exc:
                reason = f"invalid value: {exc.errors()[0]['msg']}"
                statuses[line] = ReviewStatus(entry, line, "not applicable", reason)
                continue
            data = trial
            changes[entry.field] = ReviewChange(
                field=entry.field,
                machine_value=_get_or_none(machine, steps),
                reviewed_value=entry.value,
            )
        else:
            decision = entry
        last = entry
        statuses[line] = ReviewStatus(entry, line, "applied")
    if last is None:
        return record
    status = {"accept": "accepted", "reject": "rejected"}[decision.action] if decision else "edited"
    data["review"] = Review(
        status=status,  # type: ignore[arg-type]
        reviewer=last.reviewer,
        note=last.note,
        changes=list(changes.values()),
    ).model_dump(mode="json")
    return Record.model_validate(data)


def review_statuses(records: list[Record], reviews: list[ReviewEntry]) -> list[ReviewStatus]:
    """Every review with what became of it: applied, orphan (record gone) or not applicable."""
    statuses: dict[int, ReviewStatus] = {}
    _apply_all(records, reviews, statuses)
    return [statuses[line] for line in sorted(statuses)]


def _apply_all(
    records: list[Record], reviews: list[ReviewEntry], statuses: dict[int, ReviewStatus]
) -> list[Record]:
    by_record: dict[str, list[tuple[int, ReviewEntry]]] = {}
    for line, entry in enumerate(reviews, 1):
        by_record.setdefault(entry.record_id, []).append((line, entry))
    out = []
    for record in records:
        machine = machine_record(record)
        entries = by_record.pop(record.record_id, [])
        out.append(_apply_one(machine, entries, statuses) if entries else machine)
    for entries in by_record.values():
        for line, entry in entries:
            reason = "record not in this run (its item text changed or its document is gone)"
            statuses[line] = ReviewStatus(entry, line, "orphan", reason)
    return out


def apply_reviews(records: list[Record], reviews: list[ReviewEntry]) -> list[Record]:
    """Records with reviews applied in file order; idempotent, order of records kept."""
    return _apply_all(records, reviews, {})
