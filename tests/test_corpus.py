"""End to end on corpus/: the seed gives 15 records with real, checkable values."""

from __future__ import annotations

import json

import jsonschema

from extract.models import Record, iter_spans

from .conftest import ROOT


def test_seed_gives_fifteen_records_and_no_boilerplate(corpus_run):
    _, records, summary = corpus_run
    seed = [r for r in records if r["doc_id"] == "000_0093a7903720f4f3.txt"]
    assert len(seed) == 15
    assert [r["item_index"] for r in seed] == list(range(15))
    assert seed[0]["headline"] == "‘So They Can See Us’: Peru’s National Protest Advances To Lima"
    assert seed[14]["headline"] == "Peru: General Strike Enters Day Three"
    assert seed[0]["source"]["title"] == "Peru"  # the lone page title is no item
    for record in seed:
        for junk in (
            "Skip to content",
            "Fundraising",
            "Sign Up",
            "Online donations",
            "Daily Digest",
        ):
            assert junk not in record["text"]
    assert summary["documents_processed"] == summary["documents_read"] == 1
    assert summary["records"] == 15 and summary["rejected"] == []


def test_detained_224_is_a_count_of_224(corpus_run):
    _, records, _ = corpus_run
    [record] = [r for r in records if "224 people were detained" in r["text"]]
    detained = [c for c in record["counts"] if c["value"] == 224]
    assert len(detained) == 1
    assert detained[0]["category"] == "detained"
    assert detained[0]["object"]["text"] == "people"


def test_weekday_fixes_the_year(corpus_run):
    _, records, _ = corpus_run
    [record] = [r for r in records if "Saturday, January 28" in r["text"]]
    [date] = [d for d in record["dates"] if d["text"] == "Saturday, January 28"]
    assert (date["value"], date["precision"], date["resolution"]) == (
        "2023-01-28",
        "day",
        "weekday",
    )


def test_every_span_offset_is_exact(corpus_run):
    _, records, _ = corpus_run
    spans = 0
    for raw in records:
        record = Record.model_validate(raw)
        for path, span in iter_spans(record):
            assert record.text[span.start : span.end] == span.text, path
            spans += 1
    assert spans > 100


def test_records_valid_against_committed_schema_with_independent_validator(corpus_run):
    _, records, _ = corpus_run
    schema = json.loads((ROOT / "schemas" / "record.schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    for record in records:
        errors = sorted(validator.iter_errors(record), key=lambda e: list(e.path))
        assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]
    broken = dict(records[0], counts=[{"value": "many"}])
    assert list(validator.iter_errors(broken))


def test_same_input_gives_byte_identical_output(corpus_run, tmp_path):
    from extract.runner import run
    from extract.settings import Settings

    out, _, _ = corpus_run
    run([ROOT / "corpus"], tmp_path, Settings())
    assert (tmp_path / "events.jsonl").read_bytes() == (out / "events.jsonl").read_bytes()
    assert (tmp_path / "run.json").read_bytes() == (out / "run.json").read_bytes()


def test_record_ids_are_stable_hashes_of_doc_and_text(corpus_run):
    from extract.pipeline import record_id

    _, records, _ = corpus_run
    assert len({r["record_id"] for r in records}) == len(records)
    for r in records:
        assert r["record_id"] == record_id(r["doc_id"], r["text"])
