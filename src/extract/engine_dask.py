"""Scale-out: the same chunks, parsed on a Dask cluster (optional extra ``extract[dask]``).

Chunks are cut exactly as for local runs and results come back to this process, which alone
writes OUT/state/ and events.jsonl, so the output is byte-identical to a local run and the
cluster needs no shared filesystem. Each Dask worker loads the model once: a WorkerPlugin
warms the cached loader when the worker starts, and every task reuses it. Workers need
``extract`` and the spaCy pipeline installed, like any Dask dependency.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .errors import UsageError
from .settings import Settings
from .state import DocResult
from .workers import Chunk, process_chunk

try:
    from distributed import Client, LocalCluster, WorkerPlugin, as_completed
except ImportError:  # pragma: no cover - exercised only without the extra
    Client = None  # type: ignore[assignment,misc]
    WorkerPlugin = object  # type: ignore[assignment,misc]


class LoadModel(WorkerPlugin):  # type: ignore[misc,valid-type]
    """Load the spaCy pipeline once per worker, when it joins the cluster."""

    name = "extract-load-model"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def setup(self, worker: Any) -> None:
        from .nlp import load_pipeline

        load_pipeline(self.settings.spacy_pipeline)


def run_dask(
    chunks: Iterable[Chunk], settings: Settings, scheduler: str | None, workers: int
) -> Iterator[list[DocResult]]:
    """Results chunk by chunk as the cluster finishes them; a bounded number in flight."""
    if Client is None:
        raise UsageError("--engine dask needs the Dask extra: pip install 'extract[dask]'")
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        client.register_plugin(LoadModel(settings))
        threads = max(sum(client.nthreads().values()), 1)
        window = as_completed()
        source = iter(chunks)
        in_flight = 0
        for chunk in source:
            window.add(client.submit(process_chunk, chunk, settings, pure=False))
            in_flight += 1
            if in_flight >= 2 * threads:
                break
        for future in window:
            yield future.result()
            future.release()
            following = next(source, None)
            if following is not None:
                window.add(client.submit(process_chunk, following, settings, pure=False))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
