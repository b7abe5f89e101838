"""The CLI in-process: run, schema, validate, --help and exit codes; bad inputs lose nothing."""

from __future__ import annotations

import json
import shutil

import pytest

from extract.cli import EXIT_INVALID, EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main

from .conftest import SEED


@pytest.mark.parametrize("command", [[], ["run"], ["schema"], ["validate"]])
def test_help_on_every_command(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: extract" in capsys.readouterr().out


def test_usage_errors(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == EXIT_USAGE
    assert main(["run", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == EXIT_USAGE
    assert "no such file or folder" in capsys.readouterr().err
    assert main(["validate", str(tmp_path / "nope.jsonl")]) == EXIT_USAGE


def test_bad_inputs_rejected_with_reasons_while_the_rest_is_processed(tmp_path, capsys):
    corpus = tmp_path / "in"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "seed.txt")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (corpus / "latin1.txt").write_bytes(
        "Huelga en Cuzco\n\nLa policía detuvo a 12 manifestantes en Cuzco.".encode("latin-1")
    )
    (corpus / "broken.html").write_text('<html><body><h1>Title</h1><p>Text</p><div class="')
    (corpus / "good.html").write_text("<h1>Miners Strike</h1><p>Miners went on strike today.</p>")
    (corpus / "dump.jsonl").write_text(
        "\n".join(
            [
                json.dumps({"id": "j1", "text": "Police detained 40 people in Lima on Friday."}),
                "{broken json",
                json.dumps({"id": "j3", "title": "no text"}),
            ]
        )
    )
    out = tmp_path / "out"
    assert main(["run", str(corpus), "--out", str(out)]) == EXIT_REJECTED
    summary = json.loads((out / "run.json").read_text())
    reasons = {(r["path"].rsplit("/", 1)[-1], r["line"]): r["reason"] for r in summary["rejected"]}
    assert reasons == {
        ("binary.txt", None): "binary file: control bytes found, not text",
        ("broken.html", None): reasons[("broken.html", None)],
        ("dump.jsonl", 2): reasons[("dump.jsonl", 2)],
        ("dump.jsonl", 3): "missing 'text' or 'html' (a string)",
        ("empty.txt", None): "empty file",
    }
    assert reasons[("broken.html", None)].startswith("broken HTML")
    assert reasons[("dump.jsonl", 2)].startswith("malformed JSON")
    records = [json.loads(x) for x in (out / "events.jsonl").read_text().splitlines()]
    by_doc: dict[str, int] = {}
    for r in records:
        by_doc[r["doc_id"]] = by_doc.get(r["doc_id"], 0) + 1
    assert by_doc == {"good.html": 1, "j1": 1, "latin1.txt": 1, "seed.txt": 15}
    assert summary["documents_read"] == 9
    assert summary["documents_processed"] + summary["documents_rejected"] == 9
    [latin] = [r for r in records if r["doc_id"] == "latin1.txt"]
    assert "policía" in latin["text"]
    err = capsys.readouterr().err
    assert "rejected" in err and "empty.txt: empty file" in err


def test_schema_and_validate_commands(tmp_path, corpus_run, capsys):
    assert main(["schema", "--out", str(tmp_path / "schemas")]) == EXIT_OK
    assert (tmp_path / "schemas" / "record.schema.json").is_file()
    out, records, _ = corpus_run
    assert main(["validate", str(out / "events.jsonl")]) == EXIT_OK
    bad = [json.dumps(r) for r in records[:3]]
    broken = dict(records[1])
    broken["dates"] = [dict(broken["dates"][0], start=0)] + broken["dates"][1:]
    bad[1] = json.dumps(broken)
    bad[2] = json.dumps(dict(records[2], item_index=-1))
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(bad) + "\n")
    capsys.readouterr()
    assert main(["validate", str(path)]) == EXIT_INVALID
    printed = capsys.readouterr().out
    assert f"{path}:2: " in printed and "dates[0]" in printed
    assert f"{path}:3: item_index:" in printed
    assert f"{path}:1:" not in printed


def test_reference_date_option_anchors_undated_documents(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "note.txt").write_text("Three troops were killed on 2 July in Sirte.")
    with pytest.raises(SystemExit) as exit_info:
        main(["run", str(tmp_path / "in"), "--reference-date", "2016-13-01"])
    assert exit_info.value.code == EXIT_USAGE
    out = tmp_path / "out"
    args = ["run", str(tmp_path / "in"), "--out", str(out), "--workers", "1", "--quiet"]
    assert main([*args, "--reference-date", "2016-07-11"]) == EXIT_OK
    [record] = [json.loads(x) for x in (out / "events.jsonl").read_text().splitlines()]
    assert record["event_date"]["value"] == "2016-07-02"
    assert record["source"]["published"] is None  # a run setting, not a claim about the source
    assert main(args) == EXIT_OK  # the setting is part of the fingerprint: re-extracted
    [record] = [json.loads(x) for x in (out / "events.jsonl").read_text().splitlines()]
    assert record["event_date"]["value"] is None and record["event_date"]["reason"]
