"""Files written atomically: a temporary name in the same folder, then a rename."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def atomic_write_lines(
    path: Path, lines: Iterable[str], fsync: bool = True, internal: bool = False
) -> None:
    """Write lines (each without its newline) so readers see the old file or the new one.

    ``internal=True`` is for many small files that can be recomputed (incremental state):
    no fsync (a killed process still leaves the old file or the new one, as the rename is
    atomic; only durability across a power cut is given up) and owner-only permissions.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    fsync = fsync and not internal
    try:
        if not internal:
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are shared files
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            for line in lines:
                handle.write(line)
                handle.write("\n")
            if fsync:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_lines(path, [text.removesuffix("\n")])


def atomic_write_json(path: Path, obj: object) -> None:
    atomic_write_text(path, json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=False))
