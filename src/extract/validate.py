"""Re-validate a records file line by line, naming each bad line and field path."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from .errors import format_validation_error
from .models import Record


@dataclass(frozen=True)
class LineError:
    line: int
    message: str


def validate_file(path: Path) -> tuple[int, list[LineError]]:
    """(number of records checked, errors)."""
    errors: list[LineError] = []
    checked = 0
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            checked += 1
            try:
                Record.model_validate_json(line)
            except ValidationError as exc:
                errors.extend(LineError(number, msg) for msg in format_validation_error(exc))
    return checked, errors
