"""Incremental state: one result file per document under OUT/state/, keyed by what made it.

A document's key hashes its identity and content (doc_id, path, metadata, content hash) with
the pipeline fingerprint (package version and code, spaCy version, pipeline name and version,
settings). A re-run skips every document whose key already has a result file, so unchanged
input costs no NLP work; a changed document or pipeline gets a new key. Each file is written
to a temporary name and renamed, so a killed run leaves only whole results behind.
"""

from __future__ import annotations

import fcntl
import hashlib
import importlib.util
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from . import __version__
from .documents import Document
from .errors import UsageError
from .models import Extractor
from .output import atomic_write_lines
from .settings import Settings

STATE = "state"
PACKAGE_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class DocResult:
    """What one document produced: its record lines (item order) or the reason it was rejected."""

    doc_id: str
    key: str
    items: int
    lines: list[str]
    rejected: str | None = None


@dataclass(frozen=True)
class Header:
    doc_id: str
    items: int
    records: int
    rejected: str | None


def pipeline_extractor(name: str) -> Extractor:
    """The record's ``extractor`` block, read from the pipeline package's meta.json.

    Reading the meta instead of loading the model lets a no-op re-run skip spaCy entirely;
    tests check it equals ``nlp.extractor_info`` of the loaded pipeline.
    """
    spec = importlib.util.find_spec(name) if name.isidentifier() else None
    meta_path = (
        Path(next(iter(spec.submodule_search_locations))) / "meta.json"
        if spec and spec.submodule_search_locations
        else None
    )
    if meta_path is None or not meta_path.is_file():
        from .nlp import extractor_info, load_pipeline

        return extractor_info(load_pipeline(name))
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    try:
        spacy_version = version("spacy")
    except PackageNotFoundError as exc:  # pragma: no cover - spaCy is a dependency
        raise UsageError("spaCy is not installed") from exc
    return Extractor(
        package_version=__version__,
        spacy_version=spacy_version,
        spacy_pipeline=meta.get("lang", "") + "_" + meta.get("name", ""),
        spacy_pipeline_version=meta.get("version", ""),
    )


def code_digest() -> str:
    """Hash of the package's own files, so editing an extractor invalidates old results."""
    digest = hashlib.sha256()
    for file in sorted(PACKAGE_DIR.rglob("*")):
        if file.is_file() and "__pycache__" not in file.parts and file.suffix != ".pyc":
            digest.update(file.relative_to(PACKAGE_DIR).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def fingerprint(settings: Settings) -> str:
    """The pipeline version: settings' fingerprint (package, spaCy, pipeline) plus the code."""
    base = settings.fingerprint(pipeline_extractor(settings.spacy_pipeline).model_dump())
    return hashlib.sha256(f"{base}:{code_digest()}".encode()).hexdigest()[:16]


def document_key(document: Document, fingerprint: str) -> str:
    """Everything a document's records depend on, except its line number in a JSONL file."""
    parts = (
        fingerprint,
        document.doc_id,
        document.path,
        document.url,
        document.title,
        document.published,
        document.is_html,
        document.content_hash,
    )
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:32]


RECENT_CHARS = 32_000_000  # about 32 MB of record text held for the merge, at most


class State:
    """OUT/state/docs/<key[:2]>/<key>.jsonl: a header line, then the record lines."""

    def __init__(self, out_dir: Path) -> None:
        self.root = out_dir / STATE
        self.docs = self.root / "docs"
        # What this run wrote, kept (up to a fixed size) so that assembling events.jsonl
        # need not open every file again; anything beyond is read back from disk.
        self._recent: dict[str, tuple[Header, list[str]]] = {}
        self._recent_chars = 0

    def path(self, key: str) -> Path:
        return self.docs / key[:2] / f"{key}.jsonl"

    def has(self, key: str) -> bool:
        return self.path(key).is_file()

    def write(self, result: DocResult) -> None:
        header = Header(result.doc_id, result.items, len(result.lines), result.rejected)
        lines = [json.dumps(asdict(header)), *result.lines]
        atomic_write_lines(self.path(result.key), lines, internal=True)
        size = sum(map(len, lines))
        if self._recent_chars + size <= RECENT_CHARS:
            self._recent[result.key] = (header, result.lines)
            self._recent_chars += size

    def read(self, key: str) -> tuple[Header, list[str]]:
        if key in self._recent:
            return self._recent[key]
        # split("\n"), not splitlines(): JSON keeps U+2028 and U+0085 unescaped inside strings
        lines = self.path(key).read_text(encoding="utf-8").split("\n")[:-1]
        return Header(**json.loads(lines[0])), lines[1:]

    def prune_tmp(self) -> None:
        """Temporary files a killed run left behind (the lock guarantees no run owns them)."""
        for folder in (self.root.parent, self.root):
            for file in folder.glob(".*.tmp"):
                file.unlink(missing_ok=True)
        if self.docs.is_dir():
            for file in self.docs.glob("*/.*.tmp"):
                file.unlink(missing_ok=True)

    def prune(self, keep: set[str]) -> int:
        """Delete results no current document needs (gone, changed, or older pipeline)."""
        removed = 0
        if not self.docs.is_dir():
            return removed
        for shard in self.docs.iterdir():
            for file in shard.iterdir():
                if file.name.endswith(".tmp") or file.stem not in keep:
                    file.unlink(missing_ok=True)
                    removed += 1
        return removed

    @contextmanager
    def lock(self) -> Iterator[None]:
        """One run per output folder; the kernel drops the lock if the run is killed."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.root / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise UsageError(f"another run is writing to {self.root.parent}") from None
            yield
        finally:
            os.close(fd)
