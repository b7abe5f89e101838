"""Precision, recall, F1 and the multiset matching every scorer shares.

Micro-averaging: a scorer adds the true positives, false positives and false negatives of
every item (or document) into one ``PRF`` and the ratios are taken once, at the end.
Conventions for empty denominators: precision is 1.0 when nothing was predicted, recall is
1.0 when there was nothing to find, so an empty prediction on an empty gold scores 1.0.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class PRF:
    """Counts of one measurement; precision/recall/f1 derive from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True)
class Ratio:
    """A plain proportion (accuracy), with the counts behind it; 1.0 over nothing."""

    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 1.0

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.hits + other.hits, self.total + other.total)

    def as_dict(self) -> dict[str, float | int]:
        return {"value": round(self.value, 4), "hits": self.hits, "total": self.total}


@dataclass(frozen=True)
class Mean:
    """A mean of non-negative errors (mean absolute error), with its count."""

    total: float = 0.0
    count: int = 0

    @property
    def value(self) -> float:
        return self.total / self.count if self.count else 0.0

    def __add__(self, other: Mean) -> Mean:
        return Mean(self.total + other.total, self.count + other.count)

    def as_dict(self) -> dict[str, float | int]:
        return {"value": round(self.value, 4), "count": self.count}


Figure = PRF | Ratio | Mean


def match_multiset(predicted: Iterable[Hashable], gold: Iterable[Hashable]) -> PRF:
    """Each gold key can be matched once per occurrence: TP = size of the multiset
    intersection, FP = predictions left over, FN = gold left over. Callers build keys
    so that an unknown value cannot match a known one."""
    pred = Counter(predicted)
    want = Counter(gold)
    tp = sum((pred & want).values())
    return PRF(tp, sum(pred.values()) - tp, sum(want.values()) - tp)


def fold(name: str | None) -> str:
    """Accent- and case-insensitive form of a name; punctuation kept, spaces normalised.
    Straight and curly apostrophes are the same character here."""
    if name is None:
        return ""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'").replace("‘", "'"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())
