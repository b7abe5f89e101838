"""Score records against hand-written seed gold (``corpus/gold/*.gold.json``).

A gold file holds one document: ``doc_id`` and ``items`` (one per news item, by
``item_index``, with its ``headline``). Records are matched to gold items by
(doc_id, item_index) and the headline must be equal; a gold item without a matching
record is scored against empty predictions (all its gold is missed), and a record of a
gold document that has no gold item counts all its values as false positives.

Per field, per item, the predicted and gold values are turned into keys and matched as
multisets (each gold key matches at most one equal prediction), then the counts are
micro-averaged over all items:

- ``dates``: the ISO value. A null value never matches a value: a gold date kept with
  ``value: null`` (and a reason) is matched only by a predicted null date with the same
  surface text (accent/case-folded).
- ``event_date``: exact value. ``event_date_accuracy`` is the share of items whose
  predicted value equals the gold one, null included (both null = right);
  the P/R/F1 counts a predicted non-null value equal to the gold one as TP, any other
  predicted non-null value as FP, a gold non-null value not predicted as FN.
- ``places``: (canonical name folded, ISO country code). Folding = NFKD without accents,
  casefolded, spaces normalised, curly apostrophes straight.
- ``people``: folded canonical name. ``organisations``: folded canonical name.
- ``counts``: (value, category); a null value (e.g. "countless") matches only a null
  value with the same category and folded surface text.
- ``event_types``: (PLOVER event, mode).

Secondary, stricter figures: ``dates+precision`` (value, precision), ``places+kind``,
``organisations+acronym``, ``counts+qualifier+object`` (adds qualifier and the folded
object text), ``event_types+acled`` (adds ACLED event type and sub-event type).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Iterable
from pathlib import Path
from typing import Any

from .scores import PRF, Figure, Ratio, fold, match_multiset

Obj = dict[str, Any]
KeyFn = Callable[[Obj], Hashable]


def _date_key(d: Obj) -> Hashable:
    return d["value"] if d.get("value") is not None else ("null", fold(d.get("text")))


def _count_key(c: Obj) -> Hashable:
    if c.get("value") is not None:
        return (c["value"], c["category"])
    return (None, c["category"], fold(c.get("text")))


def _object_text(c: Obj) -> str | None:
    obj = c.get("object")
    if isinstance(obj, dict):  # a record's Span
        obj = obj.get("text")
    return fold(obj) if obj else None


# name -> (record/gold field, key of one value); the order is the report's order.
FIELDS: dict[str, tuple[str, KeyFn]] = {
    "dates": ("dates", _date_key),
    "places": ("places", lambda p: (fold(p["name"]), p.get("country_code"))),
    "people": ("people", lambda p: fold(p["name"])),
    "organisations": ("organisations", lambda o: fold(o["name"])),
    "counts": ("counts", _count_key),
    "event_types": ("event_types", lambda e: (e["event"], e.get("mode"))),
    "dates+precision": ("dates", lambda d: (_date_key(d), d.get("precision"))),
    "places+kind": ("places", lambda p: (fold(p["name"]), p.get("country_code"), p["kind"])),
    "organisations+acronym": ("organisations", lambda o: (fold(o["name"]), o.get("acronym"))),
    "counts+qualifier+object": (
        "counts",
        lambda c: (_count_key(c), c.get("qualifier"), _object_text(c)),
    ),
    "event_types+acled": (
        "event_types",
        lambda e: (
            e["event"],
            e.get("mode"),
            e.get("acled_event_type"),
            e.get("acled_sub_event_type"),
        ),
    ),
}
PRIMARY = ("dates", "event_date", "places", "people", "organisations", "counts", "event_types")


def load_gold(gold_dir: Path) -> list[Obj]:
    """Every ``*.gold.json`` under gold_dir, sorted by file name."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.gold.json"))]


def _event_date(item: Obj | None) -> str | None:
    ed = item.get("event_date") if item else None
    return ed.get("value") if ed else None


def _score_pairs(pairs: Iterable[tuple[Obj | None, Obj | None]]) -> dict[str, Figure]:
    figures: dict[str, PRF] = {name: PRF() for name in FIELDS}
    ed_prf, ed_acc = PRF(), Ratio()
    for record, gold in pairs:
        for name, (field, key) in FIELDS.items():
            predicted = [key(v) for v in (record or {}).get(field, [])]
            wanted = [key(v) for v in (gold or {}).get(field, [])]
            figures[name] += match_multiset(predicted, wanted)
        if gold is None:  # an extra record: its event date is a false positive
            ed_prf += PRF(fp=int(_event_date(record) is not None))
            continue
        pred, want = _event_date(record), _event_date(gold)
        ed_acc += Ratio(int(pred == want), 1)
        hit = pred is not None and pred == want
        ed_prf += PRF(
            int(hit), int(pred is not None and not hit), int(want is not None and not hit)
        )
    out: dict[str, Figure] = {}
    for name in FIELDS:
        out[name] = figures[name]
        if name == "dates":
            out["event_date"] = ed_prf
            out["event_date_accuracy"] = ed_acc
    return out


def score_seed(records: list[Obj], golds: list[Obj]) -> tuple[dict[str, Figure], list[str]]:
    """Figures over every gold document, and the problems found while pairing items."""
    by_key = {(r["doc_id"], r["item_index"]): r for r in records}
    pairs: list[tuple[Obj | None, Obj | None]] = []
    problems: list[str] = []
    for gold_doc in golds:
        doc_id = gold_doc["doc_id"]
        gold_items = {g["item_index"]: g for g in gold_doc["items"]}
        doc_records = {i: r for (d, i), r in by_key.items() if d == doc_id}
        for index in sorted(gold_items.keys() | doc_records.keys()):
            record, gold = doc_records.get(index), gold_items.get(index)
            if record is None:
                problems.append(f"{doc_id}#{index}: no record for this gold item")
            elif gold is None:
                problems.append(f"{doc_id}#{index}: record has no gold item")
            elif record.get("headline") != gold.get("headline"):
                problems.append(
                    f"{doc_id}#{index}: headline differs: record {record.get('headline')!r}"
                    f" != gold {gold.get('headline')!r}"
                )
                pairs.append((None, gold))  # items no longer line up: all gold missed
                pairs.append((record, None))
                continue
            pairs.append((record, gold))
    return _score_pairs(pairs), problems
