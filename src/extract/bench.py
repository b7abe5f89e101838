"""`make bench`: `extract run` against bare spaCy ``nlp.pipe`` on the same real texts.

Corpus (built at run time into bench-out/, never committed): every TempEval-3 training article
from ../shared/devsets/te3_train split at blank lines into paragraph groups of >= 20 words
(id ``ARTICLE#pN``, publication date kept), plus every ACLED note from
../shared/devsets/acled_africa2016 as its own document; JSONL shards of 250 documents. Without
the devsets, the seed article's paragraphs are replicated with distinct ids instead.
Every measured command is a fresh process timed from outside (interpreter start, model load
and all), peak memory is the summed RSS of its process tree sampled every 20 ms (psutil).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEVSETS = Path(os.environ.get("EXTRACT_DEVSETS", ROOT.parent / "shared" / "devsets"))
SHARD = 250
MIN_WORDS = 20


@dataclass(frozen=True)
class Timed:
    seconds: float
    peak_mb: float | None
    stderr: str


def te3_paragraph_docs(path: Path) -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        group: list[str] = []
        for paragraph in re.split(r"\n\s*\n", article["text"]):
            if paragraph.strip():
                group.append(paragraph.strip())
            if group and sum(len(p.split()) for p in group) >= MIN_WORDS:
                docs.append(_doc(f"{article['id']}#p{len(docs)}", group, article))
                group = []
        if group:
            docs.append(_doc(f"{article['id']}#p{len(docs)}", group, article))
    return docs


def _doc(doc_id: str, paragraphs: list[str], article: dict[str, object]) -> dict[str, object]:
    return {"id": doc_id, "text": "\n\n".join(paragraphs), "published": article.get("published")}


def source_docs() -> tuple[list[dict[str, object]], str]:
    te3, acled = (
        DEVSETS / "te3_train" / "inputs.jsonl",
        DEVSETS / "acled_africa2016" / "inputs.jsonl",
    )
    if te3.is_file() and acled.is_file():
        notes = [json.loads(x) for x in acled.read_text(encoding="utf-8").splitlines()]
        docs = te3_paragraph_docs(te3) + [{"id": n["id"], "text": n["text"]} for n in notes]
        return docs, f"te3_train paragraph groups (>= {MIN_WORDS} words) + acled_africa2016 notes"
    seed = (ROOT / "corpus").glob("*.txt")
    paragraphs = [
        p for f in sorted(seed) for p in f.read_text().split("\n\n") if len(p.split()) > 30
    ]
    docs = [{"id": f"seed-{i:05d}", "text": paragraphs[i % len(paragraphs)]} for i in range(2000)]
    return docs, "corpus/ paragraphs replicated with distinct ids (devsets not found)"


def write_corpus(folder: Path, docs: list[dict[str, object]], copies: int = 1) -> int:
    """JSONL shards; copy k > 0 gets ids suffixed @k. Returns the number of words."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    rows = [{**d, "id": f"{d['id']}@{k}" if k else d["id"]} for k in range(copies) for d in docs]
    for start in range(0, len(rows), SHARD):
        shard = folder / f"shard_{start // SHARD:04d}.jsonl"
        shard.write_text("".join(json.dumps(r) + "\n" for r in rows[start : start + SHARD]))
    return sum(len(str(r["text"]).split()) for r in rows)


def timed(argv: list[str]) -> Timed:
    """Run a command, wall time and peak summed RSS of its process tree."""
    try:
        import psutil
    except ImportError:  # pragma: no cover - psutil comes with distributed
        psutil = None
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), *sys.path])}
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0.0]

    def sample() -> None:
        if psutil is None:
            return
        try:
            parent = psutil.Process(proc.pid)
            while proc.poll() is None:
                rss = 0
                for p in [parent, *parent.children(recursive=True)]:
                    try:
                        rss += p.memory_info().rss
                    except psutil.Error:
                        pass
                peak[0] = max(peak[0], rss / 2**20)
                time.sleep(0.02)
        except psutil.Error:
            pass

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if proc.returncode not in (0, 3):
        raise SystemExit(f"bench: {' '.join(argv)} failed ({proc.returncode}):\n{err.decode()}")
    return Timed(seconds, peak[0] if psutil else None, err.decode())


def extract_run(corpus: Path, out: Path, workers: int) -> Timed:
    cmd = [sys.executable, "-m", "extract.cli", "run", str(corpus), "--out", str(out), "--quiet"]
    return timed([*cmd, "--workers", str(workers)])


def bare(corpus: Path, n_process: int) -> Timed:
    return timed([sys.executable, "-m", "extract.bench", "--bare", str(corpus), str(n_process)])


def bare_spacy(corpus: Path, n_process: int) -> None:
    """What a data team writes first: the same pipeline, all components, nlp.pipe over the texts."""
    from .nlp import load_pipeline
    from .settings import Settings

    settings = Settings.from_env()
    texts = [
        json.loads(line)["text"]
        for shard in sorted(corpus.glob("*.jsonl"))
        for line in shard.read_text(encoding="utf-8").splitlines()
    ]
    nlp = load_pipeline(settings.spacy_pipeline)
    for _ in nlp.pipe(texts, batch_size=settings.batch_size, n_process=n_process):
        pass


def profile(corpus: Path, limit: int) -> None:
    """Where the time goes, in one process: spaCy vs each extractor vs record building."""
    from . import pipeline
    from .documents import Document
    from .nlp import extractor_info, load_pipeline
    from .settings import Settings

    spent: dict[str, float] = {}

    def clocked(name: str, fn):  # type: ignore[no-untyped-def]
        def wrapper(*a, **k):  # type: ignore[no-untyped-def]
            t0 = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - t0

        return wrapper

    names = [n for n in dir(pipeline) if n.startswith("extract_") or n in ("event_date", "Record")]
    for name in names:
        setattr(pipeline, name, clocked(name, getattr(pipeline, name)))
    lines = [x for f in sorted(corpus.glob("*.jsonl")) for x in f.read_text().splitlines()]
    documents = []
    for line in lines[:limit]:
        obj = json.loads(line)
        documents.append(
            Document(obj["id"], obj["text"], False, "0" * 64, published=obj.get("published"))
        )
    nlp = load_pipeline(Settings.from_env().spacy_pipeline)
    prepared = [
        p for p in map(pipeline.prepare, documents) if isinstance(p, pipeline.PreparedDocument)
    ]
    texts = [item.text for p in prepared for item in p.items]
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=64))
    spacy_s = time.perf_counter() - t0
    extractor = extractor_info(nlp)
    t0 = time.perf_counter()
    position = 0
    for prep in prepared:
        chunk = docs[position : position + len(prep.items)]
        position += len(prep.items)
        for record in pipeline.build_records(prep, chunk, extractor):
            record.model_dump_json()
    build_s = time.perf_counter() - t0
    print(
        f"{len(prepared)} documents: spaCy nlp.pipe {spacy_s:.2f} s; build_records {build_s:.2f} s"
    )
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<22} {seconds:6.2f} s  {100 * seconds / spacy_s:5.1f}% of spaCy time")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.bench", description=__doc__)
    parser.add_argument("--bare", nargs=2, metavar=("CORPUS", "N_PROCESS"), help=argparse.SUPPRESS)
    parser.add_argument("--dir", type=Path, default=ROOT / "bench-out", help="scratch folder")
    parser.add_argument(
        "--profile", type=int, metavar="N", help="only time each extractor over N documents"
    )
    parser.add_argument("--mem-base", type=int, default=250, help="documents in the 1x memory run")
    args = parser.parse_args(argv)
    if args.bare:
        bare_spacy(Path(args.bare[0]), int(args.bare[1]))
        return 0

    work: Path = args.dir
    docs, how = source_docs()
    corpus = work / "corpus"
    words = write_corpus(corpus, docs)
    if args.profile:
        profile(corpus, args.profile)
        return 0
    cores = (
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    )
    print(f"corpus: {len(docs)} documents, {words} words ({how})")
    print(f"machine: {cores} cores; times include interpreter start and model load\n")

    for name in ("run1", "run2"):
        shutil.rmtree(work / name, ignore_errors=True)
    runs = {
        "bare spaCy nlp.pipe, 1 process": bare(corpus, 1),
        f"bare spaCy nlp.pipe, n_process={cores}": bare(corpus, cores),
        "extract run --workers 1": extract_run(corpus, work / "run1", 1),
        f"extract run --workers {cores}": extract_run(corpus, work / "run2", cores),
    }
    noop = extract_run(corpus, work / "run2", cores)
    for label, t in runs.items():
        print(
            f"{label:<36} {t.seconds:7.1f} s {words / t.seconds:9.0f} words/s  "
            f"peak {t.peak_mb or 0:6.0f} MB"
        )
    print(f"{'no-op re-run (unchanged corpus)':<36} {noop.seconds:7.2f} s")
    tt = list(runs.values())
    same = (work / "run1" / "events.jsonl").read_bytes() == (
        work / "run2" / "events.jsonl"
    ).read_bytes()
    figures = {
        "pipeline / bare spaCy, 1 process": tt[0].seconds / tt[2].seconds,
        f"pipeline / bare spaCy, {cores} processes": tt[1].seconds / tt[3].seconds,
        f"{cores} workers speed-up over 1": tt[2].seconds / tt[3].seconds,
        "no-op re-run speed-up over first run": tt[3].seconds / noop.seconds,
    }
    print()
    for label, value in figures.items():
        print(f"{label:<44} {value:6.2f}x")
    print(f"{'events.jsonl identical, 1 vs ' + str(cores) + ' workers':<44} {same}")

    base = docs[: args.mem_base]
    memory = {}
    for copies in (1, 10):
        folder = work / f"mem{copies}x"
        write_corpus(folder / "corpus", base, copies)
        shutil.rmtree(folder / "out", ignore_errors=True)
        memory[copies] = extract_run(folder / "corpus", folder / "out", cores).peak_mb or 0.0
    growth = memory[10] / memory[1] - 1 if memory[1] else float("nan")
    print(
        f"\npeak memory (RSS summed over the run's processes), --workers {cores}: "
        f"1x {len(base)} docs {memory[1]:.0f} MB, 10x {10 * len(base)} docs {memory[10]:.0f} MB "
        f"({growth:+.1%})"
    )
    summary = {
        "documents": len(docs),
        "words": words,
        "seconds": {k: v.seconds for k, v in runs.items()},
    }
    summary |= {"noop_seconds": noop.seconds, "ratios": figures, "memory_mb": memory}
    (work / "bench.json").write_text(json.dumps(summary, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
