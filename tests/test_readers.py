"""Input stage: decoding, file walking, JSONL lines; every input processed or rejected."""

from __future__ import annotations

import json

import pytest

from extract.documents import Document, Rejection
from extract.errors import InputRejected
from extract.readers import check_html, decode, read_inputs


@pytest.mark.parametrize(
    "raw, expected",
    [
        (b"Lima, 19 January.", "Lima, 19 January."),
        ("\ufeffBOM first".encode(), "BOM first"),
        ("Perú’s capital, café, niño".encode("cp1252"), "Perú’s capital, café, niño"),
        (
            "Déclaration du ministère à Genève".encode("latin-1"),
            "Déclaration du ministère à Genève",
        ),
        ("UTF-16 text".encode("utf-16"), "UTF-16 text"),
    ],
)
def test_decode_reads_text_in_any_common_encoding(raw, expected):
    assert decode(raw) == expected


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b"", "empty file"),
        (b"  \n\t \n", "empty file"),
        (bytes(range(256)) * 4, "binary file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ],
)
def test_decode_refuses_empty_and_binary(raw, reason):
    with pytest.raises(InputRejected, match=reason):
        decode(raw)


@pytest.mark.parametrize(
    "html, ok",
    [
        ("<html><body><h1>T</h1><p>Text</p></body></html>", True),
        ("<p>Unclosed paragraph<p>Another", True),
        ('<html><body><p>Text</p><div class="x', False),
        ("<html><body><p>Text <!-- comment never closed", False),
        ("Just words, no markup at all", False),
    ],
)
def test_check_html_refuses_cut_off_markup(html, ok):
    if ok:
        check_html(html)
    else:
        with pytest.raises(InputRejected, match="broken HTML"):
            check_html(html)


def test_folder_walk_ids_are_relative_paths_and_order_is_stable(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second article body.")
    (tmp_path / "a.txt").write_text("First article body.")
    (tmp_path / ".hidden.txt").write_text("never read")
    (tmp_path / "notes.gold.json").write_text("{}")
    found = list(read_inputs([tmp_path]))
    assert [d.doc_id for d in found if isinstance(d, Document)] == ["a.txt", "b/two.txt"]
    assert not [r for r in found if isinstance(r, Rejection)]


def test_jsonl_lines_each_processed_or_rejected_with_line_number(tmp_path):
    lines = [
        json.dumps({"id": "ok1", "text": "Police arrested 12 people.", "published": "2023-01-20"}),
        "{not json",
        json.dumps({"id": "notext", "title": "No body"}),
        json.dumps({"id": "baddate", "text": "Body", "published": "20/01/2023"}),
        "",
        json.dumps({"id": "html1", "html": "<p>Marchers filled the square.</p>", "url": "u"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "ok1", "text": "Duplicate id."}),
    ]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    found = list(read_inputs([path]))
    docs = [d for d in found if isinstance(d, Document)]
    rejected = {r.line: r.reason for r in found if isinstance(r, Rejection)}
    assert [(d.doc_id, d.line, d.is_html, d.published) for d in docs] == [
        ("ok1", 1, False, "2023-01-20"),
        ("html1", 6, True, None),
    ]
    assert rejected[2].startswith("malformed JSON")
    assert rejected[3] == "missing 'text' or 'html' (a string)"
    assert "YYYY-MM-DD" in rejected[4]
    assert rejected[7] == "a JSONL line must be an object"
    assert rejected[8] == "duplicate doc_id 'ok1'"
    assert len(docs) + len(rejected) == 7  # the blank line is not a document


def test_unsupported_and_unreadable_files_are_rejected(tmp_path):
    (tmp_path / "data.csv").write_text("a,b")
    locked = tmp_path / "locked.txt"
    locked.write_text("secret")
    locked.chmod(0)
    found = list(read_inputs([tmp_path]))
    reasons = {r.path.rsplit("/", 1)[-1]: r.reason for r in found if isinstance(r, Rejection)}
    assert reasons["data.csv"] == "unsupported file type .csv"
    import os

    if os.geteuid() != 0:  # root reads anything
        assert reasons["locked.txt"].startswith("unreadable")
