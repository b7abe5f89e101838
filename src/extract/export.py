"""events.jsonl -> flat tables (Parquet or CSV) joined by record_id, for DuckDB, pandas, Spark.

Columns are derived from the pydantic models, so a field added to the contract shows up here
without an edit: nested objects become prefixed columns (``source_path``, ``event_date_value``,
``object_text``), each list of a record becomes its own table with an ``index`` column, and
the mentions of places, people and organisations go to one ``mentions`` table. The input is
streamed in blocks, so memory does not grow with the number of records.
"""

from __future__ import annotations

import csv
import json
import os
import types
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel

from .models import Record, Span

BLOCK = 2_000  # records per Parquet row group
LIST_TABLES = ("dates", "places", "people", "organisations", "counts", "event_types")
MENTION_OWNERS = ("places", "people", "organisations")


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    path: tuple[str, ...]  # where the value sits in the element's JSON object


def _unwrap(annotation: Any) -> Any:
    """``X | None`` -> X."""
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        return args[0] if len(args) == 1 else annotation
    return annotation


def _arrow_type(annotation: Any) -> pa.DataType:
    if get_origin(annotation) is Literal or annotation is str:
        return pa.string()
    if annotation is bool:
        return pa.bool_()
    if annotation is int:
        return pa.int64()
    if annotation is float:
        return pa.float64()
    return pa.string()  # anything else is kept as its JSON text


def model_columns(
    model: type[BaseModel], prefix: str = "", path: tuple[str, ...] = ()
) -> list[Column]:
    """Scalar columns of ``model``, nested models flattened; list fields left out."""
    out: list[Column] = []
    for name, info in model.model_fields.items():
        annotation = _unwrap(info.annotation)
        if get_origin(annotation) is list:
            continue
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            out += model_columns(annotation, f"{prefix}{name}_", (*path, name))
        else:
            out.append(Column(f"{prefix}{name}", _arrow_type(annotation), (*path, name)))
    return out


def _element_model(field: str) -> type[BaseModel]:
    return get_args(Record.model_fields[field].annotation)[0]  # type: ignore[no-any-return]


def table_columns() -> dict[str, list[Column]]:
    key = [Column("record_id", pa.string(), ("record_id",))]
    index = [Column("index", pa.int64(), ("index",))]
    tables = {"records": model_columns(Record)}
    for field in LIST_TABLES:
        tables[field] = key + index + model_columns(_element_model(field))
    tables["mentions"] = [
        *key,
        Column("entity", pa.string(), ("entity",)),
        Column("entity_index", pa.int64(), ("entity_index",)),
        Column("index", pa.int64(), ("index",)),
        *model_columns(Span),
    ]
    return tables


def _value(obj: dict[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = obj
    for part in path:
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return json.dumps(value) if isinstance(value, (dict, list)) else value


def rows_of(record: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table, row object) pairs for one record; row objects are read through Column.path."""
    rid = record["record_id"]
    yield "records", record
    for field in LIST_TABLES:
        for i, element in enumerate(record.get(field) or []):
            yield field, {**element, "record_id": rid, "index": i}
            if field in MENTION_OWNERS:
                for j, mention in enumerate(element.get("mentions") or []):
                    row = {**mention, "record_id": rid, "entity": field, "entity_index": i}
                    yield "mentions", {**row, "index": j}


class _Sink:
    """One output table, written to a temporary name and renamed when complete."""

    def __init__(self, path: Path, columns: list[Column], fmt: str) -> None:
        self.path, self.columns, self.fmt = path, columns, fmt
        self.tmp = path.with_name(f".{path.name}.tmp")
        self.rows = 0
        self.buffer: list[list[Any]] = []
        if fmt == "parquet":
            schema = pa.schema([(c.name, c.type) for c in columns])
            self.writer: Any = pq.ParquetWriter(self.tmp, schema)
        else:
            self.handle = self.tmp.open("w", encoding="utf-8", newline="")
            self.writer = csv.writer(self.handle)
            self.writer.writerow([c.name for c in columns])

    def add(self, obj: dict[str, Any]) -> None:
        row = [_value(obj, c.path) for c in self.columns]
        self.rows += 1
        if self.fmt == "parquet":
            self.buffer.append(row)
        else:
            self.writer.writerow(["" if v is None else v for v in row])

    def flush(self) -> None:
        if self.fmt == "parquet" and self.buffer:
            arrays = [
                pa.array([row[i] for row in self.buffer], type=c.type)
                for i, c in enumerate(self.columns)
            ]
            self.writer.write_table(
                pa.Table.from_arrays(arrays, names=[c.name for c in self.columns])
            )
            self.buffer = []

    def close(self) -> None:
        self.flush()
        if self.fmt == "parquet":
            self.writer.close()
        else:
            self.handle.close()
        os.replace(self.tmp, self.path)


def export(events: Path, out_dir: Path, fmt: str) -> list[tuple[Path, int]]:
    """Write one table per kind into ``out_dir``; returns (path, rows) for each."""
    out_dir.mkdir(parents=True, exist_ok=True)
    sinks = {
        name: _Sink(out_dir / f"{name}.{fmt}", columns, fmt)
        for name, columns in table_columns().items()
    }
    with events.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            for table, obj in rows_of(json.loads(line)):
                sinks[table].add(obj)
            if number % BLOCK == 0:
                for sink in sinks.values():
                    sink.flush()
    for sink in sinks.values():
        sink.close()
    return [(sink.path, sink.rows) for sink in sinks.values()]
