"""Reviewer decisions: append-only reviews.jsonl, applied over fresh extraction, kept across runs."""

from __future__ import annotations

import json
import shutil
from datetime import datetime

import pytest

from extract.cli import main
from extract.errors import UsageError
from extract.models import Record
from extract.review import (
    ReviewEntry,
    apply_reviews,
    machine_record,
    parse_path,
    read_reviews,
    review_statuses,
)
from extract.runner import run
from extract.settings import Settings

from .conftest import SEED


def entry(record_id: str, action: str, field=None, value=None, who="ann") -> ReviewEntry:
    return ReviewEntry(record_id, action, who, "2023-02-01T10:00:00+00:00", field, value)


@pytest.fixture(scope="module")
def seed_records(corpus_run) -> list[Record]:
    _, raw, _ = corpus_run
    return [Record.model_validate(r) for r in raw]


@pytest.mark.parametrize(
    "path, expected",
    [
        ("counts[0].value", ["counts", 0, "value"]),
        ("event_date", ["event_date"]),
        ("event_date.value", ["event_date", "value"]),
        ("places[2].country_code", ["places", 2, "country_code"]),
        ("counts[1].date.value", ["counts", 1, "date", "value"]),
    ],
)
def test_parse_path(path, expected):
    assert parse_path(path) == expected


@pytest.mark.parametrize(
    "path",
    ["text", "record_id", "dates[0].start", "dates[0].text", "people[0].mentions", "counts[x]", ""],
)
def test_parse_path_refuses(path):
    with pytest.raises(UsageError):
        parse_path(path)


def test_set_keeps_machine_value_beside_reviewed_one(seed_records):
    record = next(r for r in seed_records if r.dates and r.dates[0].value)
    machine = record.dates[0].value
    reviews = [
        entry(record.record_id, "set", "dates[0].value", "1999-01-01"),
        entry(record.record_id, "accept", who="bob"),
    ]
    out = apply_reviews(seed_records, reviews)
    reviewed = next(r for r in out if r.record_id == record.record_id)
    assert reviewed.dates[0].value == "1999-01-01"
    assert reviewed.review is not None
    assert reviewed.review.status == "accepted" and reviewed.review.reviewer == "bob"
    change = reviewed.review.changes[0]
    assert (change.field, change.machine_value, change.reviewed_value) == (
        "dates[0].value",
        machine,
        "1999-01-01",
    )
    # only the reviewed record changes; applying twice changes nothing more
    assert [r for r in out if r.record_id != record.record_id] == [
        r for r in seed_records if r.record_id != record.record_id
    ]
    assert apply_reviews(out, reviews) == out
    assert machine_record(reviewed) == record


def test_latest_decision_wins_and_bad_reviews_are_listed(seed_records):
    first, second = seed_records[0].record_id, seed_records[1].record_id
    reviews = [
        entry(first, "accept"),
        entry(first, "reject", who="bob"),
        entry(second, "set", "counts[99].value", 3),
        entry(second, "set", "dates[0].precision", "fortnight"),
        entry("0" * 16, "accept"),
    ]
    out = apply_reviews(seed_records, reviews)
    assert out[0].review is not None and out[0].review.status == "rejected"
    assert out[1].review is None  # nothing applicable to it
    statuses = [(s.line, s.status) for s in review_statuses(seed_records, reviews)]
    assert statuses == [
        (1, "applied"),
        (2, "applied"),
        (3, "not applicable"),
        (4, "not applicable"),
        (5, "orphan"),
    ]


def test_review_before_rerun_is_still_applied_after_it(tmp_path, capsys):
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    shutil.copy(SEED, inputs / SEED.name)
    run([inputs], out, Settings())
    records = [json.loads(x) for x in (out / "events.jsonl").read_text().splitlines()]
    target = next(r for r in records if r["counts"])
    other = next(r for r in records if r is not target and r["record_id"] != target["record_id"])
    machine = target["counts"][0]["value"]
    rid = target["record_id"]

    argv = ["review", str(out), rid, "--set", "counts[0].value=999", "--reviewer", "ann"]
    assert main([*argv, "--note", "checked the source"]) == 0
    assert main(["review", str(out), other["record_id"], "--reject", "--reviewer", "bob"]) == 0
    assert main(["review", str(out), rid, "--set", "counts[0].text=x", "--reviewer", "a"]) == 2
    assert main(["review", str(out), "f" * 16, "--accept", "--reviewer", "a"]) == 2
    lines = (out / "reviews.jsonl").read_text().splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert (first["record_id"], first["action"], first["field"], first["value"]) == (
        rid,
        "set",
        "counts[0].value",
        999,
    )
    assert datetime.fromisoformat(first["timestamp"]).tzinfo is not None

    def reviewed() -> dict[str, dict]:
        text = (out / "events.jsonl").read_text()
        return {r["record_id"]: r for r in map(json.loads, text.splitlines())}

    for _ in range(2):  # applied at once by `review`, and again by every re-run
        now = reviewed()
        assert now[rid]["counts"][0]["value"] == 999
        assert now[rid]["review"] == {
            "status": "edited",
            "reviewer": "ann",
            "note": "checked the source",
            "changes": [
                {"field": "counts[0].value", "machine_value": machine, "reviewed_value": 999}
            ],
        }
        assert now[other["record_id"]]["review"]["status"] == "rejected"
        run([inputs], out, Settings())
    assert main(["validate", str(out / "events.jsonl")]) == 0

    # The reviewed item's text changes: its record is gone, the review stays and is listed.
    seed_text = (inputs / SEED.name).read_text(encoding="utf-8")
    sentence = target["text"][target["headline"] and len(target["headline"]) + 2 :][:40]
    assert seed_text.count(sentence) == 1
    (inputs / SEED.name).write_text(seed_text.replace(sentence, sentence + " (updated)"))
    run([inputs], out, Settings())
    assert rid not in reviewed()
    assert len(read_reviews(out)) == 2
    capsys.readouterr()
    assert main(["review", str(out), "--list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 2
    assert rid in listed[0] and "\torphan (record not in this run" in listed[0]
    assert other["record_id"] in listed[1] and "\tapplied" in listed[1]
