"""Score dates against TempEval-3 (``te3_train``): TimeML DATE timexes with their values.

Gold: the timexes of type DATE whose value is a calendar date the record contract can
express: ``^\\d{4}(-\\d\\d(-\\d\\d)?|-W\\d\\d)?$`` (year, month, day or ISO week). Every other
gold timex (PRESENT_REF/PAST_REF/FUTURE_REF, values with X, quarters and seasons, and all
TIME, DURATION and SET timexes) is *excluded*: a prediction overlapping an excluded timex
is ignored (neither TP nor FP), because the contract has no value for it.

Predictions: every ``dates[]`` entry of every record of the document, its span mapped back
to the input text with ``align``. A prediction that overlaps no gold timex at all is a
false positive. Matching is one-to-one, gold in text order, each gold taking the first
unused prediction that qualifies:

- ``span_strict``: identical start and end.
- ``span_lenient``: any character overlap.
- ``value`` (the issue's "DATE value F1"): TP = a prediction with a non-null value that
  overlaps a gold DATE whose value is exactly equal. Precision is over predictions that
  have a value (a null value is an abstention, not a claim), recall over the scored gold.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .align import Aligner, AlignmentError
from .scores import PRF, Figure, Ratio

Obj = dict[str, Any]
CALENDAR_VALUE = re.compile(r"^\d{4}(-\d\d(-\d\d)?|-W\d\d)?$")


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    value: str | None

    def overlaps(self, other: Timex) -> bool:
        return self.start < other.end and other.start < self.end


def scored(timex: Obj) -> bool:
    return timex["type"] == "DATE" and bool(CALENDAR_VALUE.match(timex["value"]))


def _match(gold: list[Timex], pred: list[Timex], ok: Callable[[Timex, Timex], bool]) -> int:
    used: set[int] = set()
    for g in gold:
        for k, p in enumerate(pred):
            if k not in used and ok(g, p):
                used.add(k)
                break
    return len(used)


def score_document(gold: list[Obj], pred: list[Timex]) -> dict[str, PRF]:
    """Span and value figures of one document's predictions against its gold timexes."""
    wanted = [Timex(t["start"], t["end"], t["value"]) for t in gold if scored(t)]
    excluded = [Timex(t["start"], t["end"], t["value"]) for t in gold if not scored(t)]
    kept = sorted(
        (
            p
            for p in pred
            if any(p.overlaps(g) for g in wanted) or not any(p.overlaps(x) for x in excluded)
        ),
        key=lambda p: (p.start, p.end),
    )
    strict = _match(wanted, kept, lambda g, p: (g.start, g.end) == (p.start, p.end))
    lenient = _match(wanted, kept, Timex.overlaps)
    valued = [p for p in kept if p.value is not None]
    value = _match(wanted, valued, lambda g, p: g.overlaps(p) and g.value == p.value)
    n_gold, n_pred = len(wanted), len(kept)
    return {
        "span_strict": PRF(strict, n_pred - strict, n_gold - strict),
        "span_lenient": PRF(lenient, n_pred - lenient, n_gold - lenient),
        "value": PRF(value, len(valued) - value, n_gold - value),
    }


def predictions(raw: str, records: list[Obj]) -> list[Timex]:
    """The records' dates (items in order) as spans of the raw input text."""
    aligner = Aligner(raw)
    out: list[Timex] = []
    for record in sorted(records, key=lambda r: r["item_index"]):
        alignment = aligner.item(record["text"])
        for d in record["dates"]:
            span = alignment.span(d["start"], d["end"])
            if span is not None:
                out.append(Timex(span[0], span[1], d.get("value")))
    return out


def score_te3(
    inputs: list[Obj], golds: list[Obj], records: list[Obj]
) -> tuple[dict[str, Figure], list[str]]:
    texts = {i["id"]: i["text"] for i in inputs}
    by_doc: dict[str, list[Obj]] = {}
    for r in records:
        by_doc.setdefault(r["doc_id"], []).append(r)
    totals = {"span_strict": PRF(), "span_lenient": PRF(), "value": PRF()}
    problems: list[str] = []
    aligned = Ratio()
    for gold in golds:
        doc_id = gold["id"]
        try:
            pred = predictions(texts[doc_id], by_doc.get(doc_id, []))
            aligned += Ratio(1, 1)
        except AlignmentError as exc:
            problems.append(f"{doc_id}: {exc}")
            pred, aligned = [], aligned + Ratio(0, 1)
        for name, prf in score_document(gold["timexes"], pred).items():
            totals[name] += prf
    figures: dict[str, Figure] = {"value": totals["value"]}
    figures["span_strict"] = totals["span_strict"]
    figures["span_lenient"] = totals["span_lenient"]
    figures["documents_aligned"] = aligned
    return figures, problems
