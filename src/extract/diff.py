"""Run-to-run diff: records added, removed and changed (field by field) between two outputs.

Records pair by their stable ``record_id``. Inside a record, list elements pair by the
characters they cover (a date, count or trigger by its span, an entity by its first
mention), so one new date does not shift every later one; unpaired elements are added
or removed. Paths use the new run's indices ("dates[0].value"), the old run's for removals.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .errors import UsageError

MISSING = "∅"  # shown for a value that does not exist on one side


@dataclass(frozen=True)
class Change:
    path: str
    old: Any
    new: Any
    kind: str = "changed"  # changed | added | removed

    def line(self) -> str:
        if self.kind == "added":
            return f"{self.path} added {_show(self.new)}"
        if self.kind == "removed":
            return f"{self.path} removed {_show(self.old)}"
        return f"{self.path} {_show(self.old)} → {_show(self.new)}"


@dataclass(frozen=True)
class RecordRef:
    record_id: str
    doc_id: str
    item_index: int
    headline: str | None


@dataclass(frozen=True)
class ChangedRecord(RecordRef):
    changes: list[Change] = field(default_factory=list)


@dataclass
class RunDiff:
    old_records: int
    new_records: int
    added: list[RecordRef]
    removed: list[RecordRef]
    changed: list[ChangedRecord]

    def summary(self) -> str:
        values = sum(len(c.changes) for c in self.changed)
        return (
            f"{len(self.added)} added, {len(self.removed)} removed, {len(self.changed)} changed "
            f"({values} values) of {self.old_records} → {self.new_records} records"
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "summary": self.summary(),
            "old_records": self.old_records,
            "new_records": self.new_records,
            "added": [asdict(r) for r in self.added],
            "removed": [asdict(r) for r in self.removed],
            "changed": [asdict(r) for r in self.changed],
        }

    def text(self) -> str:
        lines = []
        for r in self.added:
            lines.append(f"+ {r.record_id} {r.doc_id}#{r.item_index} {r.headline or ''}".rstrip())
        for r in self.removed:
            lines.append(f"- {r.record_id} {r.doc_id}#{r.item_index} {r.headline or ''}".rstrip())
        for c in self.changed:
            lines.append(f"~ {c.record_id} {c.doc_id}#{c.item_index} {c.headline or ''}".rstrip())
            lines.extend(f"    {change.line()}" for change in c.changes)
        lines.append(f"diff: {self.summary()}")
        return "\n".join(lines) + "\n"


def _show(value: Any) -> str:
    if isinstance(value, str) and value != MISSING:
        return value if value and " " not in value else json.dumps(value, ensure_ascii=False)
    if value is None:
        return "null"
    if value == MISSING:
        return MISSING
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def load_records(out_dir: Path) -> dict[str, dict[str, Any]]:
    path = out_dir / "events.jsonl"
    if not path.is_file():
        raise UsageError(f"no events.jsonl in {out_dir}")
    records: dict[str, dict[str, Any]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            records[record["record_id"]] = record
    return records


def _key(element: Any) -> Any:
    """What a list element is about: the characters it covers."""
    if isinstance(element, dict):
        if "start" in element and "end" in element:
            return (element["start"], element["end"])
        if isinstance(element.get("trigger"), dict):
            return ("trigger", element["trigger"]["start"], element["trigger"]["end"])
        mentions = element.get("mentions")
        if isinstance(mentions, list) and mentions:
            return ("mention", mentions[0]["start"], mentions[0]["end"])
    return None


def _pair(old: list[Any], new: list[Any]) -> list[tuple[int | None, int | None]]:
    """Index pairs (old, new); by key when keys are unique on both sides, else by position."""
    old_keys, new_keys = [_key(x) for x in old], [_key(x) for x in new]
    keyed = (
        None not in old_keys
        and None not in new_keys
        and len(set(old_keys)) == len(old_keys)
        and len(set(new_keys)) == len(new_keys)
    )
    if not keyed:
        n = max(len(old), len(new))
        return [(i if i < len(old) else None, i if i < len(new) else None) for i in range(n)]
    where_old = {k: i for i, k in enumerate(old_keys)}
    pairs: list[tuple[int | None, int | None]] = [
        (where_old.get(k), j) for j, k in enumerate(new_keys)
    ]
    new_set = set(new_keys)
    pairs += [(i, None) for i, k in enumerate(old_keys) if k not in new_set]
    return pairs


def compare(old: Any, new: Any, path: str = "") -> list[Change]:
    """Leaf-level changes between two JSON values."""
    if isinstance(old, dict) and isinstance(new, dict):
        out = []
        for k in list(old) + [k for k in new if k not in old]:
            sub = f"{path}.{k}" if path else k
            out += compare(old.get(k, MISSING), new.get(k, MISSING), sub)
        return out
    if isinstance(old, list) and isinstance(new, list):
        out = []
        for i, j in _pair(old, new):
            if i is None and j is not None:
                out.append(Change(f"{path}[{j}]", MISSING, new[j], "added"))
            elif j is None and i is not None:
                out.append(Change(f"{path}[{i}]", old[i], MISSING, "removed"))
            elif i is not None and j is not None:
                out += compare(old[i], new[j], f"{path}[{j}]")
        return out
    return [] if old == new else [Change(path, old, new)]


def _ref(record: dict[str, Any]) -> RecordRef:
    return RecordRef(
        record["record_id"], record["doc_id"], record["item_index"], record.get("headline")
    )


def _order(record: dict[str, Any]) -> tuple[str, int]:
    return (record["doc_id"], record["item_index"])


def diff_runs(old_dir: Path, new_dir: Path) -> RunDiff:
    """What changed from OLD_DIR/events.jsonl to NEW_DIR/events.jsonl."""
    old, new = load_records(old_dir), load_records(new_dir)
    added = [_ref(r) for r in sorted(new.values(), key=_order) if r["record_id"] not in old]
    removed = [_ref(r) for r in sorted(old.values(), key=_order) if r["record_id"] not in new]
    changed = []
    for record in sorted(new.values(), key=_order):
        before = old.get(record["record_id"])
        if before is not None:
            changes = compare(before, record)
            if changes:
                ref = _ref(record)
                changed.append(ChangedRecord(**asdict(ref), changes=changes))
    return RunDiff(len(old), len(new), added, removed, changed)
