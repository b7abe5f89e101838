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


@pytest.mark.parametrize(
    "raw, expected",
    [
        # CRLF line ends, a UTF-8 BOM, a blank line between articles
        (
            b'\xef\xbb\xbf{"id": "a", "text": "One."}\r\n\r\n{"id": "b", "text": "Two."}\r\n',
            [("a", 1, "One."), ("b", 3, "Two.")],
        ),
        # a raw U+2028 inside a JSON string is text, not a line end
        (
            '{"id": "a", "text": "Line\u2028sep."}\n{"id": "b", "text": "Two."}'.encode(),
            [("a", 1, "Line\u2028sep."), ("b", 2, "Two.")],
        ),
        # old Mac line ends
        (
            b'{"id": "a", "text": "One."}\r{"id": "b", "text": "Two."}',
            [("a", 1, "One."), ("b", 2, "Two.")],
        ),
        # one cp1252 line in a UTF-8 dump spoils only itself
        (
            '{"id": "a", "text": "café"}\n'.encode()
            + '{"id": "b", "text": "niño"}'.encode("cp1252"),
            [("a", 1, "café"), ("b", 2, "niño")],
        ),
        # UTF-16 with a BOM
        (
            '{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n'.encode("utf-16"),
            [("a", 1, "One."), ("b", 2, "Two.")],
        ),
    ],
)
def test_jsonl_line_ends_and_encodings(tmp_path, raw, expected):
    path = tmp_path / "dump.jsonl"
    path.write_bytes(raw)
    found = list(read_inputs([path]))
    assert [(d.doc_id, d.line, d.text) for d in found] == expected


@pytest.mark.parametrize(
    "raw, reason",
    [(b"", "empty file"), (b"\n \n\r\n", "empty file"), (b"\x00\x01\x02" * 100, "binary file")],
)
def test_jsonl_empty_or_binary_file_is_one_rejection(tmp_path, raw, reason):
    path = tmp_path / "dump.jsonl"
    path.write_bytes(raw)
    found = list(read_inputs([path]))
    assert len(found) == 1 and isinstance(found[0], Rejection)
    assert found[0].reason.startswith(reason) and found[0].line is None


def test_jsonl_is_streamed_not_read_whole(tmp_path, monkeypatch):
    """A multi-GB dump must not sit in memory: lines are read one at a time."""
    import tracemalloc
    from pathlib import Path

    body = "Police fired tear gas at marchers in the capital. " * 100  # ~5 kB a line
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for n in range(2000):  # ~10 MB
            handle.write(json.dumps({"id": f"d{n}", "text": body}) + "\n")

    def refuse(*args, **kwargs):
        raise AssertionError("the whole JSONL file was read at once")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    monkeypatch.setattr(Path, "read_text", refuse)
    tracemalloc.start()
    count = sum(1 for d in read_inputs([path]) if isinstance(d, Document))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 2000
    assert peak < 2_000_000  # the file is ~10 MB; a streamed read holds a few lines
