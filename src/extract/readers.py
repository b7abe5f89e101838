"""Input stage: walk paths, decode bytes, and yield Documents or Rejections.

Every input ends as exactly one of the two, so nothing is silently lost.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from .documents import Document, Rejection
from .errors import InputRejected

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
INPUT_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Control characters other than tab/newline/carriage return/form feed mark binary data.
JSONL_SNIFF_BYTES = 65536  # read ahead to spot a binary or UTF-16 dump
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
    refuse_binary(raw[:8192])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    encoding = _best_encoding(raw)
    return raw.decode(encoding, errors="replace")


def _best_encoding(raw: bytes) -> str:
    matches = list(from_bytes(raw))
    if not matches:
        raise InputRejected("not UTF-8 and no text encoding detected")
    # Short Western texts fit several code pages equally well; the web's default wins ties.
    least_chaos = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= least_chaos + 0.01]
    return next((m.encoding for m in tied if m.encoding == "cp1252"), tied[0].encoding)


def refuse_binary(sample: bytes) -> None:
    if (
        b"\x00" in sample
        or sum(sample.count(bytes([b])) for b in CONTROL_BYTES) > len(sample) * 0.05
    ):
        raise InputRejected("binary file: control bytes found, not text")


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
        if suffix in JSONL_SUFFIXES:
            items: Iterable[Document | Rejection] = read_jsonl(file, rel)
        else:
            try:
                raw = file.read_bytes()
            except OSError as exc:
                yield Rejection(path=str(file), reason=f"unreadable: {exc.strerror or exc}")
                continue
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


def read_jsonl(file: Path, rel: str) -> Iterator[Document | Rejection]:
    """One Document or Rejection per non-blank line, streamed: multi-GB dumps never sit in
    memory whole. Lines are split at ``\n`` (and a lone ``\r``) only, never at U+2028 or
    other characters JSON strings may hold raw."""
    try:
        with file.open("rb") as handle:
            yield from _jsonl_lines(handle, file, rel)
    except OSError as exc:
        yield Rejection(path=str(file), reason=f"unreadable: {exc.strerror or exc}")


def _jsonl_lines(handle: BinaryIO, file: Path, rel: str) -> Iterator[Document | Rejection]:
    sample = handle.read(JSONL_SNIFF_BYTES)
    handle.seek(0)
    lines: Iterable[str]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        lines = io.TextIOWrapper(handle, encoding="utf-16", newline="\n")
    else:
        try:
            refuse_binary(sample[:8192])
        except InputRejected as exc:
            yield Rejection(path=str(file), reason=exc.reason)
            return
        lines = _decoded_lines(handle, sample)
    found = False
    for number, line in enumerate(_physical_lines(lines), start=1):
        if not line.strip():
            continue
        found = True
        try:
            yield parse_jsonl_line(line, file, rel, number)
        except InputRejected as exc:
            yield Rejection(path=str(file), reason=exc.reason, line=number)
    if not found:
        yield Rejection(path=str(file), reason="empty file")


def _decoded_lines(handle: BinaryIO, sample: bytes) -> Iterator[str]:
    """Each byte line as text: UTF-8 (a BOM on the first line dropped), else the code page
    found for the head of the file (cp1252, the web's default, when the head is UTF-8)."""
    head = sample[: sample.rfind(b"\n") + 1] or sample
    try:
        head.decode("utf-8")
        fallback = "cp1252"
    except UnicodeDecodeError:
        try:
            fallback = _best_encoding(head)
        except InputRejected:
            fallback = "cp1252"
    for number, raw in enumerate(handle):
        try:
            yield raw.decode("utf-8-sig" if number == 0 else "utf-8")
        except UnicodeDecodeError:
            try:
                yield raw.decode(fallback)
            except UnicodeDecodeError:
                yield raw.decode("latin-1")


def _physical_lines(lines: Iterable[str]) -> Iterator[str]:
    """Lines without their ends; a raw carriage return cannot sit inside a JSON string, so a
    lone ``\r`` (old Mac files) ends a line too."""
    for line in lines:
        yield from line.rstrip("\r\n").split("\r")


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
