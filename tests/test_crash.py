"""A real `extract run` killed with SIGKILL part-way, then re-run: same bytes as an unbroken run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from .batchdata import write_replicated

SRC = Path(__file__).resolve().parent.parent / "src"
COPIES = 16  # 16 x 19 seed articles: about 300 documents, several seconds of parsing


def extract_run(corpus: Path, out: Path, *extra: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    return subprocess.Popen(
        [sys.executable, "-m", "extract.cli", "run", str(corpus), "--out", str(out), *extra],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: the kill takes the workers too
    )


def state_files(out: Path) -> int:
    return len(list((out / "state" / "docs").glob("*/*.jsonl")))


def test_sigkill_part_way_then_rerun_is_identical(tmp_path):
    corpus = write_replicated(tmp_path / "corpus.jsonl", COPIES)
    total = COPIES * 19

    killed = tmp_path / "killed"
    proc = extract_run(corpus, killed, "--workers", "2", "--quiet")
    deadline = time.monotonic() + 300
    while state_files(killed) < total // 4:
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
        assert time.monotonic() < deadline
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    done_before = state_files(killed)
    assert done_before < total, "the run finished before it could be killed"
    assert not (killed / "events.jsonl").exists()

    resumed = extract_run(corpus, killed, "--workers", "2", "--quiet")
    _, err = resumed.communicate(timeout=600)
    assert resumed.returncode == 3, err.decode()  # one seed snippet is boilerplate only
    assert f"({total - done_before} parsed now, {done_before} reused)" in err.decode()

    clean = tmp_path / "clean"
    unbroken = extract_run(corpus, clean, "--workers", "2", "--quiet")
    _, err = unbroken.communicate(timeout=600)
    assert unbroken.returncode == 3, err.decode()

    for name in ("events.jsonl", "run.json"):
        assert (killed / name).read_bytes() == (clean / name).read_bytes()
    lines = (clean / "events.jsonl").read_text(encoding="utf-8").splitlines()
    ids = [line.split('"doc_id":"', 1)[1].split('"', 1)[0] for line in lines]
    summary = json.loads((clean / "run.json").read_text())
    assert summary["documents_read"] == total
    assert summary["documents_processed"] + summary["documents_rejected"] == total
    assert len(ids) == len(set(ids)) == summary["records"] == 288  # no duplicate, none lost
    assert not list(killed.rglob("*.tmp"))
