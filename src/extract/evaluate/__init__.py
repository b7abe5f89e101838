"""``extract eval``: run the pipeline on gold-annotated inputs and score what it extracts.

Three sets, each scored by its own module (the definitions are in their docstrings):

- ``seed`` (``seed.py``): the inputs in ``corpus/`` against ``corpus/gold/*.gold.json``.
- ``te3_train`` (``te3.py``): TempEval-3 DATE timexes, when the dev sets are present.
- ``acled_africa2016`` (``acled.py``): ACLED event date, place, country, fatalities
  and event type.

The dev sets are read where they are (``../shared/devsets`` next to the repository by
default) and never copied. The figures are deterministic: the same code and data give the
same table and JSON, byte for byte.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..documents import Document, Rejection
from ..readers import read_inputs
from ..settings import Settings
from ..workers import make_chunks, process_chunk
from .acled import TEXT_CEILINGS, score_acled
from .scores import PRF, Figure, Mean, Ratio
from .seed import load_gold, score_seed
from .te3 import score_te3

__all__ = ["Evaluation", "evaluate", "default_devsets"]

Obj = dict[str, Any]
TE3, ACLED = "te3_train", "acled_africa2016"
# The day the ACLED export file was last changed (devsets/acled_africa2016/README.md, commit
# aca6a7d): the collection date of that dump, its only honest anchor for year-less dates.
ACLED_DUMP_DATE = "2016-07-11"


@dataclass
class Evaluation:
    """Figures per set and metric, and the problems met while scoring (items not paired...)."""

    figures: dict[str, dict[str, Figure]] = field(default_factory=dict)
    problems: dict[str, list[str]] = field(default_factory=dict)
    sizes: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "figures": {
                name: {metric: figure.as_dict() for metric, figure in metrics.items()}
                for name, metrics in self.figures.items()
            },
            "sizes": self.sizes,
            "problems": self.problems,
        }

    def table(self) -> str:
        """Plain-text table: P / R / F1 (tp fp fn) for matching figures, value (n) otherwise."""
        lines = [f"{'set':<17} {'figure':<25} {'P':>6} {'R':>6} {'F1':>6}  counts"]
        for name, metrics in self.figures.items():
            for metric, fig in metrics.items():
                if isinstance(fig, PRF):
                    cells = f"{fig.precision:6.3f} {fig.recall:6.3f} {fig.f1:6.3f}"
                    detail = f"tp={fig.tp} fp={fig.fp} fn={fig.fn}"
                elif isinstance(fig, Ratio):
                    cells = f"{'':6} {'':6} {fig.value:6.3f}"
                    kind = "ceiling, text only" if metric in TEXT_CEILINGS else "accuracy"
                    detail = f"{fig.hits}/{fig.total} ({kind})"
                else:
                    cells = f"{'':6} {'':6} {fig.value:6.3f}"
                    detail = f"n={fig.count} (mean absolute error)"
                lines.append(f"{name:<17} {metric:<25} {cells}  {detail}")
        for name, size in self.sizes.items():
            lines.append(f"size: {name}: {size}")
        for name, problems in self.problems.items():
            for problem in problems:
                lines.append(f"problem: {name}: {problem}")
        return "\n".join(lines)


def default_devsets(repo_root: Path) -> Path:
    return repo_root.parent / "shared" / "devsets"


def read_jsonl(path: Path) -> list[Obj]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def run_records(paths: list[Path], settings: Settings) -> tuple[list[Obj], list[str]]:
    """The pipeline over paths exactly as ``extract run`` parses a chunk (one process), with
    rejected and failed documents reported as problems instead of run.json entries."""
    problems: list[str] = []
    documents: list[tuple[str, Document]] = []
    for found in read_inputs(paths):
        if isinstance(found, Rejection):
            problems.append(f"{found.doc_id or found.path}: rejected: {found.reason}")
        else:
            documents.append((found.doc_id, found))
    records: list[Obj] = []
    for chunk in make_chunks(documents):
        for result in process_chunk(chunk, settings):
            if result.rejected:
                problems.append(f"{result.doc_id}: {result.rejected}")
            records.extend(json.loads(line) for line in result.lines)
    records.sort(key=lambda r: (r["doc_id"], r["item_index"]))
    return records, problems


def evaluate(
    corpus: Path,
    gold_dir: Path,
    devsets: Path | None = None,
    settings: Settings | None = None,
    sets: tuple[str, ...] = ("seed", TE3, ACLED),
    progress: Callable[[str], None] | None = None,
) -> Evaluation:
    """Score the seed (when gold_dir has gold) and each dev set found under ``devsets``."""
    settings = settings or Settings()
    result = Evaluation()
    say = progress or (lambda _message: None)

    golds = load_gold(gold_dir) if gold_dir.is_dir() else []
    if "seed" in sets and golds:
        started = time.monotonic()
        records, crashes = run_records([corpus], settings)
        result.figures["seed"], problems = score_seed(records, golds)
        result.problems["seed"] = crashes + problems
        items = sum(len(g["items"]) for g in golds)
        result.sizes["seed"] = f"{len(golds)} gold documents, {items} gold items"
        say(f"seed: {corpus} scored in {time.monotonic() - started:.1f}s")

    for name in (TE3, ACLED):
        folder = devsets / name if devsets else None
        if name not in sets or folder is None or not (folder / "inputs.jsonl").is_file():
            continue
        started = time.monotonic()
        set_settings = settings
        if name == ACLED and settings.reference_date is None:
            # ACLED notes carry no published date and no year ("on 2 July"): a data team
            # running such a dump declares the day it was made, as --reference-date does.
            set_settings = replace(settings, reference_date=ACLED_DUMP_DATE)
            say(f"{name}: --reference-date {ACLED_DUMP_DATE} (the day the export was made)")
        records, crashes = run_records([folder / "inputs.jsonl"], set_settings)
        golds = read_jsonl(folder / "gold.jsonl")
        if name == TE3:
            figures, problems = score_te3(read_jsonl(folder / "inputs.jsonl"), golds, records)
        else:
            texts = {row["id"]: row["text"] for row in read_jsonl(folder / "inputs.jsonl")}
            figures, problems = score_acled(golds, records, texts)
        result.figures[name], result.problems[name] = figures, crashes + problems
        result.sizes[name] = f"{len(golds)} gold documents, {len(records)} records"
        say(f"{name}: {folder} scored in {time.monotonic() - started:.1f}s")
    return result


def floor_value(figure: Figure) -> float:
    """The number a floor is compared with: F1, accuracy, or the mean error (a ceiling)."""
    if isinstance(figure, PRF):
        return figure.f1
    if isinstance(figure, Ratio | Mean):
        return figure.value
    raise TypeError(figure)
