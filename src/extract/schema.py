"""JSON Schemas generated from the pydantic models; schemas/ holds the committed copy."""

from __future__ import annotations

import json
from pathlib import Path

from .models import Record

SCHEMA_FILES = {"record.schema.json": Record}


def generate() -> dict[str, str]:
    """File name -> schema text, byte-stable."""
    out = {}
    for name, model in SCHEMA_FILES.items():
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"extract/{name}"
        out[name] = json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    return out


def write(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in generate().items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
