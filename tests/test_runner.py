"""Batch runs: same bytes whatever the worker count or history; re-runs do only new work."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

import extract.nlp
from extract.cli import EXIT_REJECTED, main
from extract.nlp import extractor_info
from extract.progress import Lines
from extract.runner import run
from extract.settings import Settings
from extract.state import DocResult, State, pipeline_extractor

from .batchdata import write_corpus

OUTPUTS = ("events.jsonl", "run.json")


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("batch") / "corpus")


@pytest.fixture(scope="module")
def full_run(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("full")
    run([corpus], out, Settings(), workers=1, chunk_docs=4)
    return out


@pytest.fixture
def load_counter(monkeypatch) -> list[str]:
    """Every model load this test causes (worker processes excluded: use workers=1)."""
    calls: list[str] = []
    real = extract.nlp.load_pipeline

    def counting(name: str):
        calls.append(name)
        return real(name)

    monkeypatch.setattr(extract.nlp, "load_pipeline", counting)
    return calls


def test_full_run_summary(full_run):
    summary = json.loads((full_run / "run.json").read_text())
    assert summary["documents_read"] == 16
    assert summary["documents_processed"] == 13
    assert summary["records"] == 13
    reasons = {(Path(r["path"]).name, r["line"]): r["reason"] for r in summary["rejected"]}
    assert reasons == {
        ("empty.txt", None): "empty file",
        ("feed.jsonl", 7): "malformed JSON: Expecting property name enclosed in double quotes "
        "at column 2",
        ("title_only.txt", None): "no article text left after removing boilerplate",
    }
    records = [json.loads(line) for line in (full_run / "events.jsonl").read_text().splitlines()]
    keys = [(r["doc_id"], r["item_index"]) for r in records]
    assert keys == sorted(keys)
    assert keys[0] == ("feed-00", 0) and keys[-1] == ("txt/article_05.txt", 0)


def test_two_workers_write_the_same_bytes(corpus, full_run, tmp_path):
    summary = run([corpus], tmp_path, Settings(), workers=2, chunk_docs=4)  # a real pool
    assert summary.documents_parsed == 14  # 13 processed + 1 rejected by prepare
    assert outputs(tmp_path) == outputs(full_run)


def test_unchanged_rerun_does_no_nlp_work(corpus, full_run, tmp_path, load_counter):
    shutil.copytree(full_run, tmp_path, dirs_exist_ok=True)
    summary = run([corpus], tmp_path, Settings(), workers=1)
    assert (summary.documents_parsed, summary.documents_reused) == (0, 14)
    assert load_counter == []
    assert outputs(tmp_path) == outputs(full_run)  # rejections still in run.json


def test_changed_removed_added_documents(corpus, tmp_path):
    edited = shutil.copytree(corpus, tmp_path / "corpus")  # source.path is in the records
    run([edited], tmp_path / "out", Settings(), workers=1)
    article = edited / "txt" / "article_01.txt"
    article.write_text(article.read_text() + " Two more people were arrested on Monday.")
    (edited / "txt" / "article_02.txt").unlink()
    shutil.copy(edited / "txt" / "article_03.txt", edited / "txt" / "article_99.txt")

    summary = run([edited], tmp_path / "out", Settings(), workers=1)
    assert summary.documents_parsed == 2  # the changed one and the added one

    fresh = tmp_path / "fresh"
    run([edited], fresh, Settings(), workers=1)
    assert outputs(tmp_path / "out") == outputs(fresh)
    ids = [json.loads(x)["doc_id"] for x in (fresh / "events.jsonl").read_text().splitlines()]
    assert "txt/article_02.txt" not in ids and "txt/article_99.txt" in ids
    # the state keeps one result per current document, nothing for the removed one
    assert len(list((tmp_path / "out" / "state" / "docs").glob("*/*.jsonl"))) == 14


def test_force_reprocesses_everything(corpus, full_run, tmp_path):
    shutil.copytree(full_run, tmp_path, dirs_exist_ok=True)
    summary = run([corpus], tmp_path, Settings(), workers=1, force=True)
    assert (summary.documents_parsed, summary.documents_reused) == (14, 0)
    assert outputs(tmp_path) == outputs(full_run)


def test_cli_rerun_reports_reuse(corpus, full_run, tmp_path, capsys):
    shutil.copytree(full_run, tmp_path, dirs_exist_ok=True)
    code = main(["run", str(corpus), "--out", str(tmp_path), "--workers", "1", "--quiet"])
    assert code == EXIT_REJECTED
    err = capsys.readouterr().err
    assert "13 processed (0 parsed now, 14 reused), 3 rejected; 13 records" in err
    assert "documents (" not in err  # --quiet: no progress lines


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--workers", "0"], "--workers must be at least 1"),
        (["--scheduler", "tcp://x:1"], "--scheduler needs --engine dask"),
    ],
)
def test_cli_usage_errors(corpus, tmp_path, capsys, argv, message):
    assert main(["run", str(corpus), "--out", str(tmp_path), *argv]) == 2
    assert message in capsys.readouterr().err


def test_meta_extractor_matches_loaded_pipeline(nlp):
    assert pipeline_extractor(Settings().spacy_pipeline) == extractor_info(nlp)


def test_state_round_trip_keeps_unicode_line_separators(tmp_path):
    state = State(tmp_path)
    line = json.dumps({"text": "a\u2028b\x85c"}, ensure_ascii=False)
    state.write(DocResult("d", "ab" * 16, 1, [line]))
    header, lines = state.read("ab" * 16)
    assert (header.records, lines) == (1, [line])


def test_progress_lines_when_not_a_terminal():
    stream = io.StringIO()
    progress = Lines(total=4, stream=stream, every=0.0)
    progress.update(1)
    progress.update(3)
    progress.close()
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("extract: 1/4 documents (25%), ")
    assert lines[-1].startswith("extract: 4/4 documents (100%), ")


def test_extractor_failure_rejects_only_that_document(corpus, tmp_path, monkeypatch):
    import extract.pipeline

    real = extract.pipeline.build_records

    def failing(prepared, docs, extractor, reference_date=None):
        if prepared.document.doc_id == "feed-03":
            raise ValueError("people[1].mentions[0]: text[3:9] != 'Lima'")
        return real(prepared, docs, extractor, reference_date)

    monkeypatch.setattr(extract.pipeline, "build_records", failing)
    summary = run([corpus], tmp_path, Settings(), workers=1)
    assert summary.documents_processed == 12
    failed = [r for r in summary.rejected if r.doc_id == "feed-03"]
    assert [(Path(r.path).name, r.line, r.reason) for r in failed] == [
        ("feed.jsonl", 4, "internal error: ValueError: people[1].mentions[0]: text[3:9] != 'Lima'")
    ]


def test_output_does_not_depend_on_the_hash_seed(tmp_path):
    """Set and dict order change with PYTHONHASHSEED; records must not. The TempEval news
    about one family (several people sharing a surname) showed it; read at run time."""
    import os
    import subprocess
    import sys

    from .conftest import DEVSETS

    inputs = DEVSETS / "te3_train" / "inputs.jsonl"
    if not inputs.is_file():
        pytest.skip("dev sets not present")
    lines = [x for x in inputs.read_text(encoding="utf-8").splitlines() if "Gonzalez" in x]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "family.jsonl").write_text("\n".join(lines[:12]), encoding="utf-8")
    outputs = []
    for seed in ("1", "2", "3"):
        out = tmp_path / f"out{seed}"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run(
            [sys.executable, "-m", "extract.cli", "run", str(tmp_path / "in"), "--out", str(out),
             "--workers", "1", "--quiet"],
            check=True, env=env, capture_output=True,
        )  # fmt: skip
        outputs.append((out / "events.jsonl").read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
