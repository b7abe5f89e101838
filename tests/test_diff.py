"""Run-to-run diff: records added, removed, changed field by field."""

from __future__ import annotations

import json
import shutil
from collections import Counter

import pytest

from extract import pipeline
from extract.cli import main
from extract.diff import compare, diff_runs
from extract.runner import run
from extract.settings import Settings

from .conftest import CORPUS


def date(start: int, end: int, value: str | None) -> dict:
    return {"text": "x" * (end - start), "start": start, "end": end, "value": value}


@pytest.mark.parametrize(
    "old, new, expected",
    [
        ({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 2]}, []),
        (
            {"dates": [date(0, 10, "2023-01-19")]},
            {"dates": [date(0, 10, None)]},
            ["dates[0].value 2023-01-19 → null"],
        ),
        # a date found before an old one pairs by span: the old one is unchanged, not shifted
        (
            {"dates": [date(20, 24, "2023")]},
            {"dates": [date(0, 4, "2022"), date(20, 24, "2023")]},
            ['dates[0] added {"end": 4, "start": 0, "text": "xxxx", "value": "2022"}'],
        ),
        (
            {"dates": [date(0, 4, "2022"), date(20, 24, "2023")]},
            {"dates": [date(20, 24, "2024")]},
            [
                "dates[0].value 2023 → 2024",
                'dates[0] removed {"end": 4, "start": 0, "text": "xxxx", "value": "2022"}',
            ],
        ),
        # entities pair by their first mention
        (
            {"people": [{"name": "Castillo", "mentions": [date(5, 9, None)]}]},
            {"people": [{"name": "Pedro Castillo", "mentions": [date(5, 9, None)]}]},
            ['people[0].name Castillo → "Pedro Castillo"'],
        ),
        (
            {"event_date": None},
            {"event_date": date(0, 4, "2022")},
            ['event_date null → {"end": 4, "start": 0, "text": "xxxx", "value": "2022"}'],
        ),
        ({"review": None}, {}, ["review null → ∅"]),
    ],
)
def test_compare(old, new, expected):
    assert [c.line() for c in compare(old, new)] == expected


def test_diff_after_one_rule_change_lists_exactly_the_changed_values(
    corpus_run, tmp_path, monkeypatch
):
    old_dir, old, _ = corpus_run
    # Change one rule: the most frequent PLOVER mode of the seed gets a new name.
    modes = Counter((e["event"], e["mode"]) for r in old for e in r["event_types"] if e["mode"])
    (event, mode), _ = modes.most_common(1)[0]
    original = pipeline.extract_event_types

    def renamed(parsed):
        return [
            e.model_copy(update={"mode": mode + "_v2"}) if (e.event, e.mode) == (event, mode) else e
            for e in original(parsed)
        ]

    monkeypatch.setattr(pipeline, "extract_event_types", renamed)
    new_dir = tmp_path / "new"
    run([CORPUS], new_dir, Settings())

    expected = {
        (r["record_id"], f"event_types[{i}].mode", mode, mode + "_v2")
        for r in old
        for i, e in enumerate(r["event_types"])
        if (e["event"], e["mode"]) == (event, mode)
    }
    result = diff_runs(old_dir, new_dir)
    got = {(c.record_id, x.path, x.old, x.new) for c in result.changed for x in c.changes}
    assert got == expected and len(expected) >= 3
    assert result.added == [] and result.removed == []
    values = len(expected)
    records = len({rid for rid, *_ in expected})
    summary = f"0 added, 0 removed, {records} changed ({values} values) of 15 → 15 records"
    assert result.summary() == summary

    # The CLI prints the same as text, and writes it as JSON.
    report = tmp_path / "diff.json"
    assert main(["diff", str(old_dir), str(new_dir), "--json", str(report)]) == 0
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["summary"] == summary
    assert {(c["record_id"], x["path"]) for c in data["changed"] for x in c["changes"]} == {
        (rid, path) for rid, path, *_ in expected
    }


def test_diff_cli_text_added_removed(corpus_run, tmp_path, capsys):
    old_dir, old, _ = corpus_run
    new_dir = tmp_path / "new"
    new_dir.mkdir()
    shutil.copy(old_dir / "run.json", new_dir)
    kept = old[1:]
    changed = json.loads(json.dumps(kept[0]))
    changed["headline"] = "Edited"
    added = dict(old[0], record_id="0" * 16)
    lines = [json.dumps(r) for r in [changed, *kept[1:], added]]
    (new_dir / "events.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    assert main(["diff", str(old_dir), str(new_dir)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert f"+ {'0' * 16} {old[0]['doc_id']}#0 {old[0]['headline']}" in out
    assert f"- {old[0]['record_id']} {old[0]['doc_id']}#0 {old[0]['headline']}" in out
    assert f"    headline {json.dumps(kept[0]['headline'], ensure_ascii=False)} → Edited" in out
    assert out[-1] == "diff: 1 added, 1 removed, 1 changed (1 values) of 15 → 15 records"


def test_diff_usage_error(tmp_path):
    assert main(["diff", str(tmp_path / "nope"), str(tmp_path)]) == 2
