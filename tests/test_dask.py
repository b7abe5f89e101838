"""`--engine dask` on a distributed.LocalCluster writes the same bytes as a local run."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.runner import run
from extract.settings import Settings

from .batchdata import write_corpus

distributed = pytest.importorskip("distributed")


def test_dask_output_is_byte_identical_to_local(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    local = tmp_path / "local"
    run([corpus], local, Settings(), workers=1)

    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    try:
        summary = run(
            [corpus],
            tmp_path / "dask",
            Settings(),
            engine="dask",
            scheduler=cluster.scheduler_address,
        )
    finally:
        cluster.close()
    assert summary.documents_parsed == 14
    for name in ("events.jsonl", "run.json"):
        assert (tmp_path / "dask" / name).read_bytes() == (local / name).read_bytes()


def test_dask_threads_in_one_process(tmp_path: Path):
    """processes=False: two threads share one cached model; the lock keeps parses apart."""
    corpus = write_corpus(tmp_path / "corpus")
    local = tmp_path / "local"
    run([corpus], local, Settings(), workers=1)
    cluster = distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
    )
    try:
        run(
            [corpus],
            tmp_path / "dask",
            Settings(),
            engine="dask",
            scheduler=cluster.scheduler_address,
        )
    finally:
        cluster.close()
    assert (tmp_path / "dask" / "events.jsonl").read_bytes() == (
        local / "events.jsonl"
    ).read_bytes()
