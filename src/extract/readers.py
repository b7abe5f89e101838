"""Input stage: walk paths, decode bytes, and yield Documents or Rejections.

Every input ends as exactly one of the two, so nothing is silently lost.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from charset_normalizer import from_bytes

from .documents import Document, Rejection
from .errors import InputRejected

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
INPUT_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Control characters other than tab/newline/carriage return/form feed mark binary data.
CONTROL_BYTES = bytes(range(0, 9)) + bytes(range(14, 32))


def is_iso_day(value: object) -> bool:
    if not (isinstance(value, str) and ISO_DAY.match(value)):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode(raw: bytes) -> str:
    """Bytes to str: UTF-8 first, else the encoding charset-normalizer finds; binary is refused."""
    if not raw.strip():
        raise InputRejected("empty file")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    sample = raw[:8192]
    if (
        b"\x00" in sample
        or sum(sample.count(bytes([b])) for b in CONTROL_BYTES) > len(sample) * 0.05
    ):
        raise InputRejected("binary file: control bytes found, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    matches = list(from_bytes(raw))
    if not matches:
        raise InputRejected("not UTF-8 and no text encoding detected")
    # Short Western texts fit several code pages equally well; the web's default wins ties.
    least_chaos = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= least_chaos + 0.01]
    chosen = next((m for m in tied if m.encoding == "cp1252"), tied[0])
    return str(chosen)


class _MarkupProbe(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.tags += 1


def check_html(html: str) -> None:
    """Refuse markup that is cut off inside a tag or comment: its text cannot be trusted."""
    probe = _MarkupProbe()
    probe.feed(html)
    leftover = probe.rawdata[probe.rawdata.find("<") :] if "<" in probe.rawdata else ""
    if leftover.strip():
        line = html.count("\n", 0, len(html) - len(probe.rawdata)) + 1
        raise InputRejected(f"broken HTML: markup cut off near line {line}: {leftover[:40]!r}")
    if probe.tags == 0:
        raise InputRejected("broken HTML: no tags found in an .html file")


def iter_input_files(paths: Iterable[Path]) -> Iterator[tuple[Path, Path]]:
    """(file, root) pairs in a deterministic order; hidden files and folders are skipped."""
    for path in paths:
        if path.is_dir():
            for file in sorted(path.rglob("*")):
                rel = file.relative_to(path)
                if file.is_file() and not any(p.startswith(".") for p in rel.parts):
                    yield file, path
        else:
            yield path, path.parent


def read_inputs(paths: Iterable[Path]) -> Iterator[Document | Rejection]:
    """Every document found under ``paths``, or the reason it was rejected."""
    seen: set[str] = set()
    for file, root in iter_input_files(paths):
        rel = file.relative_to(root).as_posix()
        suffix = file.suffix.lower()
        if suffix not in INPUT_SUFFIXES:
            if file.suffix.lower() == ".json" and file.name.endswith(".gold.json"):
                continue  # gold answers kept beside the corpus are not inputs
            yield Rejection(path=str(file), reason=f"unsupported file type {suffix or '(none)'}")
            continue
        try:
            raw = file.read_bytes()
        except OSError as exc:
            yield Rejection(path=str(file), reason=f"unreadable: {exc.strerror or exc}")
            continue
        if suffix in JSONL_SUFFIXES:
            items: Iterable[Document | Rejection] = read_jsonl(raw, file, rel)
        else:
            items = [read_file(raw, file, rel, is_html=suffix in HTML_SUFFIXES)]
        for item in items:
            if isinstance(item, Document):
                if item.doc_id in seen:
                    item = Rejection(str(file), f"duplicate doc_id {item.doc_id!r}", item.line)
                else:
                    seen.add(item.doc_id)
            yield item


def read_file(raw: bytes, file: Path, doc_id: str, is_html: bool) -> Document | Rejection:
    try:
        text = decode(raw)
        if is_html:
            check_html(text)
    except InputRejected as exc:
        return Rejection(path=str(file), reason=exc.reason, doc_id=doc_id)
    return Document(
        doc_id=doc_id, text=text, is_html=is_html, content_hash=sha256(raw), path=str(file)
    )


def read_jsonl(raw: bytes, file: Path, rel: str) -> Iterator[Document | Rejection]:
    try:
        content = decode(raw)
    except InputRejected as exc:
        yield Rejection(path=str(file), reason=exc.reason)
        return
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield parse_jsonl_line(line, file, rel, number)
        except InputRejected as exc:
            yield Rejection(path=str(file), reason=exc.reason, line=number)


def parse_jsonl_line(line: str, file: Path, rel: str, number: int) -> Document:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputRejected(f"malformed JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(obj, dict):
        raise InputRejected("a JSONL line must be an object")
    is_html = obj.get("text") is None and obj.get("html") is not None
    body = obj.get("html") if is_html else obj.get("text")
    if not isinstance(body, str):
        raise InputRejected("missing 'text' or 'html' (a string)")
    if not body.strip():
        raise InputRejected("empty 'text'/'html'")
    if is_html:
        check_html(body)
    published = obj.get("published")
    if published is not None and not is_iso_day(published):
        raise InputRejected(f"'published' must be a YYYY-MM-DD date, got {published!r}")
    doc_id = obj.get("id")
    if doc_id is not None and not isinstance(doc_id, (str, int)):
        raise InputRejected("'id' must be a string")
    optional = {k: obj.get(k) if isinstance(obj.get(k), str) else None for k in ("title", "url")}
    return Document(
        doc_id=str(doc_id) if doc_id is not None else f"{rel}:{number}",
        text=body,
        is_html=is_html,
        content_hash=sha256(line.encode("utf-8")),
        path=str(file),
        line=number,
        published=published,
        **optional,
    )
