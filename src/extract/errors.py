"""The few errors the pipeline raises; exit codes live only in the CLI."""

from __future__ import annotations


class ExtractError(Exception):
    """Base class for errors the CLI reports without a traceback."""


class InputRejected(ExtractError):
    """An input document that cannot be processed; the reason goes into run.json."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class UsageError(ExtractError):
    """A command line or setting that cannot work."""


def format_validation_error(exc: Exception) -> list[str]:
    """Render a pydantic ValidationError as 'field.path: message' lines."""
    errors = getattr(exc, "errors", None)
    if errors is None:
        return [str(exc)]
    lines = []
    for err in errors():
        path = ""
        for part in err["loc"]:
            path += f"[{part}]" if isinstance(part, int) else f"{'.' if path else ''}{part}"
        lines.append(f"{path or '(record)'}: {err['msg']}")
    return lines
