"""The audit report's data and page, without a browser (see test_report_browser.py)."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from extract.cli import main
from extract.models import Record, iter_spans
from extract.report import build_data, embed_json, render

TEXT = "Police arrested 224 people in Puno on Jan. 19, 2023; 5 more at the Lima Police HQ."
EXTRACTOR = {
    "package_version": "0",
    "spacy_version": "3.8",
    "spacy_pipeline": "p",
    "spacy_pipeline_version": "3.8",
}


def span(text: str, needle: str) -> dict:
    start = text.index(needle)
    return {"text": needle, "start": start, "end": start + len(needle)}


def sample_record() -> Record:
    date = {**span(TEXT, "Jan. 19, 2023"), "value": "2023-01-19", "precision": "day"}
    date["resolution"] = "explicit"
    place = {
        "name": "Puno",
        "kind": "city",
        "country_code": "PE",
        "admin1": "Puno",
        "lat": -15.8402,
        "lon": -70.0219,
        "precision": 1,
        "gazetteer_id": "geonames:3931276",
        "mentions": [span(TEXT, "Puno")],
    }
    lima = {**place, "name": "Lima", "admin1": "Lima", "gazetteer_id": None, "lat": None}
    lima |= {"lon": None, "precision": None, "mentions": [span(TEXT, "Lima")]}
    count = {
        **span(TEXT, "224"),
        "value": 224,
        "low": 224,
        "high": 224,
        "qualifier": "exact",
        "object": span(TEXT, "people"),
        "category": "detained",
        "part_of": None,
        "date": None,
    }
    five = {**count, **span(TEXT, "5"), "value": 5, "low": 5, "high": 5, "part_of": 0}
    five |= {"object": None, "date": {**date, "value": None, "reason": "no reference date"}}
    trigger = {"event": "COERCE", "mode": "arrest", "trigger": span(TEXT, "arrested")}
    trigger |= {"acled_event_type": "Strategic developments", "acled_sub_event_type": "Arrests"}
    return Record.model_validate(
        {
            "record_id": "r1",
            "doc_id": "d",
            "item_index": 0,
            "source": {
                "path": None,
                "url": None,
                "title": None,
                "published": None,
                "content_hash": "0",
            },
            "headline": None,
            "text": TEXT,
            "dates": [date],
            "event_date": date,
            "places": [place, lima],
            "people": [],
            "organisations": [
                {"name": "Lima Police", "acronym": "LP", "mentions": [span(TEXT, "Lima Police HQ")]}
            ],
            "counts": [count, five],
            "event_types": [trigger],
            "extractor": EXTRACTOR,
        }
    )


@pytest.fixture
def sample_dir(tmp_path):
    record = sample_record()
    (tmp_path / "events.jsonl").write_text(record.model_dump_json() + "\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "path, title, rows",
    [
        (
            "dates[0]",
            "Date: 2023-01-19 · day · explicit",
            [["value", "2023-01-19"], ["precision", "day"], ["resolution", "explicit"]],
        ),
        ("event_date", "Event date: 2023-01-19 · day · explicit", None),
        (
            "places[0].mentions[0]",
            "Place: Puno · city · PE",
            [
                ["name", "Puno"],
                ["kind", "city"],
                ["country", "PE (Peru)"],
                ["admin1", "Puno"],
                ["coordinates", "-15.8402, -70.0219"],
                ["precision", "1 town"],
                ["gazetteer", "geonames:3931276"],
                ["mentions", "1"],
            ],
        ),
        ("places[1].mentions[0]", "Place: Lima · city · PE", None),
        ("organisations[0].mentions[0]", "Organisation: Lima Police (LP)", None),
        (
            "counts[0]",
            "Count: 224 · exact · detained",
            [
                ["value", "224"],
                ["range", "224–224"],
                ["qualifier", "exact"],
                ["category", "detained"],
                ["object", "people"],
                ["part of", "—"],
                ["background", "no"],
                ["date", "—"],
            ],
        ),
        ("counts[0].object", "Counted object: object of '224' (detained)", None),
        ("counts[1].date", "Date: null — no reference date", None),
        (
            "event_types[0].trigger",
            "Event trigger: COERCE/arrest · ACLED Strategic developments / Arrests",
            [["PLOVER", "COERCE/arrest"], ["ACLED", "Strategic developments / Arrests"]],
        ),
    ],
)
def test_span_titles_and_details(sample_dir, path, title, rows):
    (entry,) = build_data(sample_dir)["records"]
    spans = {s["p"]: s for s in entry["spans"]}
    assert spans[path]["t"] == title
    if rows is not None:
        assert spans[path]["d"] == rows


def test_nested_count_rows(sample_dir):
    (entry,) = build_data(sample_dir)["records"]
    rows = dict(next(s for s in entry["spans"] if s["p"] == "counts[1]")["d"])
    assert rows["part of"] == "counts[0]: 224 (224 detained)"
    assert rows["date"] == "null — no reference date (Jan. 19, 2023)"
    unresolved = next(s for s in entry["spans"] if s["p"] == "counts[1].date")
    assert unresolved["d"] == [
        ["value", "null (unresolved)"],
        ["reason", "no reference date"],
        ["role", "date of counts[1]"],
    ]


def test_every_span_of_the_run_is_in_the_data(corpus_run):
    out, raw, run_info = corpus_run
    data = build_data(out)
    records = [Record.model_validate(r) for r in raw]
    assert [r["id"] for r in data["records"]] == [r.record_id for r in records]
    for entry, record in zip(data["records"], records, strict=True):
        expected = [(p, s.start, s.end) for p, s in iter_spans(record)]
        assert [(s["p"], s["s"], s["e"]) for s in entry["spans"]] == expected
    summary = data["summary"]
    assert (summary["documents_read"], summary["records"]) == (1, 15)
    assert summary["spans_total"] == sum(len(iter_spans(r)) for r in records)
    coverage = {c["field"]: c["records"] for c in summary["coverage"]}
    assert coverage["counts"] == sum(1 for r in raw if r["counts"])
    assert coverage["places"] == sum(1 for r in raw if r["places"])
    nulls = [d for r in raw for d in r["dates"] if d["value"] is None]
    assert summary["unresolved_dates"] == len(nulls)
    assert summary["reviews"]["unreviewed"] == 15


@pytest.mark.parametrize(
    "text",
    ["</script><script>alert(1)</script>", "<!-- <script>", "a\u2028b\u2029c", "&lt; & >"],
)
def test_embedded_json_cannot_break_out(text):
    embedded = embed_json({"text": text})
    assert not re.search(r"[<>&\u2028\u2029]", embedded)
    assert json.loads(embedded) == {"text": text}


def test_page_is_self_contained(corpus_run):
    page = render(build_data(corpus_run[0]))
    assert page.count("<script") == 2 and page.count("</script>") == 2
    assert not re.search(r"\b(src|href)=|https?://|@import|url\(", page)
    assert "Content-Security-Policy" in page and "script-src 'sha256-" in page


def test_report_cli_with_diff_and_reviews(corpus_run, tmp_path):
    out, raw, _ = corpus_run
    new = tmp_path / "new"
    shutil.copytree(out, new)
    rid = raw[0]["record_id"]
    assert main(["review", str(new), rid, "--accept", "--reviewer", "ann"]) == 0
    with (new / "reviews.jsonl").open("a") as handle:  # a review whose record is gone
        handle.write(json.dumps({"record_id": "0" * 16, "action": "accept", "reviewer": "bob",
                                 "timestamp": "2023-01-01T00:00:00+00:00"}) + "\n")  # fmt: skip
    target = tmp_path / "audit.html"
    assert main(["report", str(new), "--out", str(target), "--diff", str(out)]) == 0
    page = target.read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="report-data">(.*?)</script>', page).group(1))
    assert data["summary"]["reviews"]["accepted"] == 1
    assert data["records"][0]["review"]["status"] == "accepted"
    assert data["records"][0]["diff"] == ["review null → " + json.dumps(
        {"status": "accepted", "reviewer": "ann", "note": None, "changes": []}, sort_keys=True
    )]  # fmt: skip
    assert data["diff"]["summary"] == "0 added, 0 removed, 1 changed (1 values) of 15 → 15 records"
    (orphan,) = data["unsettled_reviews"]
    assert (orphan["record_id"], orphan["status"]) == ("0" * 16, "orphan")
    assert main(["report", str(tmp_path / "missing")]) == 2
    assert main(["report", str(new)]) == 0 and (new / "report.html").is_file()
