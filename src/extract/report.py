"""Audit report: one self-contained HTML file of every record against its source text.

Python turns OUT/events.jsonl and OUT/run.json into one JSON document (records, every span
with its field, hover title and side-panel details, summary, reviews, optional diff); the
page embeds it in a ``<script type="application/json">`` block with "<" escaped, and
report_assets/report.js renders it page by page with textContent only: article text is
hostile and never becomes markup. A Content-Security-Policy allows only our own script.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .diff import RunDiff, diff_runs
from .errors import UsageError
from .models import Count, DateValue, EventType, Place, Record, Span, iter_spans
from .review import read_reviews, review_statuses

FIELDS = ("dates", "event_date", "places", "people", "organisations", "counts", "event_types")
# Highlight classes in legend order: (class, label).
LEGEND = [
    ("date", "Date"),
    ("event-date", "Event date"),
    ("place", "Place"),
    ("person", "Person"),
    ("org", "Organisation"),
    ("count", "Count"),
    ("count-object", "Counted object"),
    ("trigger", "Event trigger"),
]
REVIEW_STATES = ("accepted", "rejected", "edited", "unreviewed")
PLACE_PRECISION = {1: "1 town", 2: "2 part of a region", 3: "3 region only", 4: "4 country"}


def load_records(out_dir: Path) -> list[Record]:
    path = out_dir / "events.jsonl"
    if not path.is_file():
        raise UsageError(f"no events.jsonl in {out_dir}")
    lines = path.read_text(encoding="utf-8").splitlines()
    return [Record.model_validate_json(line) for line in lines if line.strip()]


@lru_cache(maxsize=512)
def _country(code: str | None) -> str:
    if not code:
        return "—"
    import pycountry  # lazily: only the report needs country names

    country = pycountry.countries.get(alpha_2=code)
    return f"{code} ({country.name})" if country else code


def _show(value: object) -> str:
    return "null" if value is None else str(value)


def _date_details(d: DateValue) -> tuple[str, list[list[str]]]:
    if d.value is None:
        return f"null — {d.reason or 'no reason given'}", [
            ["value", "null (unresolved)"],
            ["reason", d.reason or "—"],
        ]
    rows = [["value", d.value], ["precision", _show(d.precision)]]
    rows.append(["resolution", _show(d.resolution)])
    return f"{d.value} · {d.precision} · {d.resolution}", rows


def _place_details(p: Place) -> tuple[str, list[list[str]]]:
    coords = "—" if p.lat is None or p.lon is None else f"{p.lat:.4f}, {p.lon:.4f}"
    rows = [
        ["name", p.name],
        ["kind", p.kind],
        ["country", _country(p.country_code)],
        ["admin1", p.admin1 or "—"],
        ["coordinates", coords],
        ["precision", PLACE_PRECISION.get(p.precision or 0, "unknown")],
        ["gazetteer", p.gazetteer_id or "not in gazetteer"],
        ["mentions", str(len(p.mentions))],
    ]
    return f"{p.name} · {p.kind} · {p.country_code or '—'}", rows


def _count_details(record: Record, c: Count) -> tuple[str, list[list[str]]]:
    span = "—" if c.low is None and c.high is None else f"{_show(c.low)}–{_show(c.high)}"
    part_of = "—"
    if c.part_of is not None and 0 <= c.part_of < len(record.counts):
        whole = record.counts[c.part_of]
        part_of = f"counts[{c.part_of}]: {whole.text} ({_show(whole.value)} {whole.category})"
    date = "—" if c.date is None else _date_details(c.date)[0] + f" ({c.date.text})"
    rows = [
        ["value", _show(c.value)],
        ["range", span],
        ["qualifier", c.qualifier],
        ["category", c.category],
        ["object", c.object.text if c.object else "—"],
        ["part of", part_of],
        ["background", "yes: another or earlier event's toll" if c.background else "no"],
        ["date", date],
    ]
    return f"{_show(c.value)} · {c.qualifier} · {c.category}", rows


def _event_details(e: EventType) -> tuple[str, list[list[str]]]:
    plover = e.event + (f"/{e.mode}" if e.mode else "")
    acled = " / ".join(x for x in (e.acled_event_type, e.acled_sub_event_type) if x) or "—"
    rows = [["PLOVER", plover], ["ACLED", acled]]
    return f"{plover} · ACLED {acled}", rows


def _span_entry(record: Record, path: str, span: Span) -> dict[str, Any]:
    """One highlight: offsets, class, hover title and side-panel rows."""
    top = path.split("[")[0].split(".")[0]
    index = int(path.split("[")[1].split("]")[0]) if "[" in path else 0
    if top == "event_date":
        assert isinstance(span, DateValue)
        cls, (summary, rows) = "event-date", _date_details(span)
        rows.append(["role", "the item's event date"])
    elif top == "dates" or path.endswith(".date"):
        assert isinstance(span, DateValue)
        cls, (summary, rows) = "date", _date_details(span)
        if path.endswith(".date"):
            rows.append(["role", f"date of counts[{index}]"])
    elif top == "places":
        cls, (summary, rows) = "place", _place_details(record.places[index])
    elif top == "people":
        person = record.people[index]
        cls, summary = "person", person.name
        rows = [["name", person.name], ["mentions", str(len(person.mentions))]]
    elif top == "organisations":
        org = record.organisations[index]
        cls, summary = "org", org.name + (f" ({org.acronym})" if org.acronym else "")
        rows = [["name", org.name], ["acronym", org.acronym or "—"]]
        rows.append(["mentions", str(len(org.mentions))])
    elif path.endswith(".object"):
        count = record.counts[index]
        cls, summary = "count-object", f"object of {count.text!r} ({count.category})"
        rows = [["counted by", f"counts[{index}]: {count.text}"]]
        rows += _count_details(record, count)[1]
    elif top == "counts":
        assert isinstance(span, Count)
        cls, (summary, rows) = "count", _count_details(record, span)
    else:
        cls, (summary, rows) = "trigger", _event_details(record.event_types[index])
    label = dict(LEGEND)[cls]
    base = path.removesuffix(".trigger").split(".mentions")[0]
    reviewed = [
        [c.field, json.dumps(c.machine_value), json.dumps(c.reviewed_value)]
        for c in (record.review.changes if record.review else [])
        if c.field == base or c.field.startswith((base + ".", base + "["))
    ]
    return {
        "s": span.start,
        "e": span.end,
        "c": cls,
        "p": path,
        "t": f"{label}: {summary}",
        "d": rows,
        "r": reviewed,
    }


def _record_entry(record: Record, changes: list[str] | None) -> dict[str, Any]:
    unresolved = [d for d in record.dates if d.value is None]
    review = record.review.model_dump(mode="json") if record.review else None
    return {
        "id": record.record_id,
        "doc": record.doc_id,
        "i": record.item_index,
        "hl": len(record.headline) if record.headline else 0,
        "text": record.text,
        "spans": [_span_entry(record, path, span) for path, span in iter_spans(record)],
        "events": sorted({e.event + (f"/{e.mode}" if e.mode else "") for e in record.event_types}),
        "unresolved": len(unresolved),
        "counts": len(record.counts),
        "review": review,
        "diff": changes,
    }


def summarise(
    records: list[Record], entries: list[dict[str, Any]], run_info: dict[str, Any]
) -> dict[str, Any]:
    """Figures for the top of the report."""
    n = len(records)
    coverage = []
    for name in FIELDS:
        have = sum(1 for r in records if getattr(r, name))
        coverage.append({"field": name, "records": have, "share": have / n if n else 0.0})
    null_dates = [d for r in records for d in r.dates if d.value is None]
    reasons = Counter(d.reason or "no reason given" for d in null_dates)
    statuses = Counter(r.review.status if r.review else "unreviewed" for r in records)
    spans = Counter(span["c"] for entry in entries for span in entry["spans"])
    return {
        "documents_read": run_info.get("documents_read", len({r.doc_id for r in records})),
        "documents_processed": run_info.get("documents_processed"),
        "documents_rejected": run_info.get("documents_rejected", 0),
        "items": run_info.get("items"),
        "records": n,
        "rejected": run_info.get("rejected", []),
        "coverage": coverage,
        "unresolved_dates": len(null_dates),
        "records_with_unresolved": sum(1 for r in records if any(d.value is None for d in r.dates)),
        "unresolved_reasons": sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])),
        "reviews": {k: statuses.get(k, 0) for k in REVIEW_STATES},
        "spans": {cls: spans.get(cls, 0) for cls, _ in LEGEND},
        "spans_total": sum(spans.values()),
    }


def build_data(out_dir: Path, old_dir: Path | None = None) -> dict[str, Any]:
    records = load_records(out_dir)
    run_path = out_dir / "run.json"
    run_info = json.loads(run_path.read_text(encoding="utf-8")) if run_path.is_file() else {}
    run_diff: RunDiff | None = diff_runs(old_dir, out_dir) if old_dir else None
    changes = run_diff.changed if run_diff else []
    changed = {c.record_id: [x.line() for x in c.changes] for c in changes}
    added = {r.record_id for r in run_diff.added} if run_diff else set()
    entries = []
    for r in records:
        lines = changed.get(r.record_id, ["new record"] if r.record_id in added else [])
        entries.append(_record_entry(r, lines if run_diff else None))
    unsettled = [
        {"line": s.line, "status": s.status, "reason": s.reason, **vars(s.entry)}
        for s in review_statuses(records, read_reviews(out_dir))
        if s.status != "applied"
    ]
    return {
        "title": f"extract report — {out_dir.resolve().name}",
        "legend": [{"c": c, "label": label} for c, label in LEGEND],
        "summary": summarise(records, entries, run_info),
        "records": entries,
        "unsettled_reviews": unsettled,
        "diff": run_diff.as_dict() if run_diff else None,
        "old_dir": str(old_dir) if old_dir else None,
    }


def embed_json(data: object) -> str:
    """JSON safe inside <script>: no "<", ">" or "&" (so no "</script>"), no U+2028/9."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escape)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _asset(name: str) -> str:
    return resources.files("extract").joinpath("report_assets", name).read_text(encoding="utf-8")


def render(data: dict[str, Any]) -> str:
    """The whole page: CSS and JS inlined, data embedded, nothing fetched."""
    script = _asset("report.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    csp = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'"
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(data['title'])}</title>\n"
        f"<style>\n{_asset('report.css')}</style>\n</head>\n<body>\n"
        '<div id="app"><noscript>This report needs JavaScript to render.</noscript></div>\n'
        f'<script type="application/json" id="report-data">{embed_json(data)}</script>\n'
        f"<script>{script}</script>\n</body>\n</html>\n"
    )


def write_report(out_dir: Path, out_file: Path | None = None, old_dir: Path | None = None) -> Path:
    from .output import atomic_write_text

    target = out_file or out_dir / "report.html"
    atomic_write_text(target, render(build_data(out_dir, old_dir)))
    return target
