"""The quality gate: every figure of `extract eval` must stay at or above its pinned floor.

Floors live in tests/eval_floors.json and are only ever raised. The evaluation runs once
per session (the te3_train set is ~530k characters); the dev-set figures are skipped when
../shared/devsets is missing, the seed figures when corpus/gold has no gold file.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

from extract.evaluate import Evaluation, default_devsets, evaluate, floor_value
from extract.evaluate.scores import Mean

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "corpus" / "gold"
LIMITS = json.loads((Path(__file__).parent / "eval_floors.json").read_text(encoding="utf-8"))
FLOORS: dict[str, float] = LIMITS["floors"]
CEILINGS: dict[str, float] = LIMITS["ceilings"]


def _available(set_name: str) -> bool:
    if set_name == "seed":
        return any(GOLD.glob("*.gold.json"))
    return (default_devsets(ROOT) / set_name / "gold.jsonl").is_file()


@pytest.fixture(scope="session")
def evaluation() -> Evaluation:
    started = time.monotonic()
    result = evaluate(ROOT / "corpus", GOLD, default_devsets(ROOT))
    print(f"\nevaluation took {time.monotonic() - started:.1f}s", file=sys.stderr)
    return result


def _figure(evaluation: Evaluation, key: str) -> float:
    set_name, metric = key.split("/", 1)
    if not _available(set_name):
        pytest.skip(f"{set_name}: gold not present")
    assert metric in evaluation.figures[set_name], f"{key}: figure no longer produced"
    return floor_value(evaluation.figures[set_name][metric])


@pytest.mark.parametrize("key, floor", sorted(FLOORS.items()))
def test_figure_at_or_above_floor(evaluation: Evaluation, key: str, floor: float) -> None:
    value = _figure(evaluation, key)
    assert value >= floor, f"{key} dropped to {value:.4f}, below its floor {floor}"


@pytest.mark.parametrize("key, ceiling", sorted(CEILINGS.items()))
def test_error_at_or_below_ceiling(evaluation: Evaluation, key: str, ceiling: float) -> None:
    value = _figure(evaluation, key)
    assert value <= ceiling, f"{key} rose to {value:.4f}, above its ceiling {ceiling}"


def test_every_figure_has_a_limit(evaluation: Evaluation) -> None:
    """A new figure gets a floor (or, for an error, a ceiling) the day it appears."""
    for set_name, metrics in evaluation.figures.items():
        for metric, figure in metrics.items():
            limits = CEILINGS if isinstance(figure, Mean) else FLOORS
            assert f"{set_name}/{metric}" in limits, f"{set_name}/{metric} has no pinned limit"


def test_floors_are_two_decimal_shares() -> None:
    for key, floor in FLOORS.items():
        assert 0.0 <= floor <= 1.0 and round(floor, 2) == floor, key
