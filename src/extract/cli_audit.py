"""Command line, audit side: ``extract eval|report|diff|review``: how good the records are
and what a reviewer decided about them. Kept apart from cli.py (run, export, schema,
validate: the commands that make and check records), which owns the exit codes and adds
these commands to its parser.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .cli import EPILOG, EXIT_OK
from .errors import UsageError


def cmd_eval(args: argparse.Namespace) -> int:
    import time

    from .evaluate import default_devsets, evaluate
    from .output import atomic_write_json
    from .settings import Settings

    # The repository: this checkout when run from source (src/extract/cli_audit.py), else the cwd.
    root = Path(__file__).resolve().parents[2]
    if not (root / "pyproject.toml").is_file():
        root = Path.cwd()
    corpus = args.corpus or root / "corpus"
    gold = args.gold or corpus / "gold"
    devsets = args.devsets or default_devsets(root)
    if not corpus.is_dir():
        raise UsageError(f"no such folder: {corpus}")
    if args.devsets and not args.devsets.is_dir():
        raise UsageError(f"no such folder: {args.devsets}")
    started = time.monotonic()
    result = evaluate(
        corpus,
        gold,
        devsets,
        Settings.from_env(args.model),
        progress=lambda message: print(f"extract eval: {message}", file=sys.stderr),
    )
    if not result.figures:
        raise UsageError(f"nothing to score: no gold in {gold} and no dev sets in {devsets}")
    print(result.table())
    if args.json:
        atomic_write_json(args.json, result.as_dict())
    print(f"extract eval: done in {time.monotonic() - started:.0f}s", file=sys.stderr)
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from .report import write_report

    for folder in [args.dir] + ([args.diff] if args.diff else []):
        if not (folder / "events.jsonl").is_file():
            raise UsageError(f"no events.jsonl in {folder}")
    path = write_report(args.dir, args.out, args.diff)
    print(path)
    return EXIT_OK


def cmd_diff(args: argparse.Namespace) -> int:
    import json

    from .diff import diff_runs
    from .output import atomic_write_json

    for folder in (args.old, args.new):
        if not (folder / "events.jsonl").is_file():
            raise UsageError(f"no events.jsonl in {folder}")
    result = diff_runs(args.old, args.new)
    if args.json == Path("-"):
        print(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(result.text())
        if args.json:
            atomic_write_json(args.json, result.as_dict())
    return EXIT_OK


def cmd_review(args: argparse.Namespace) -> int:
    import json
    from typing import Literal

    from .report import load_records
    from .review import (
        append_review,
        apply_reviews,
        machine_record,
        new_entry,
        parse_path,
        parse_value,
        read_reviews,
        review_statuses,
    )

    if not (args.dir / "events.jsonl").is_file():
        raise UsageError(f"no events.jsonl in {args.dir}")
    records = load_records(args.dir)
    if args.list:
        for s in review_statuses(records, read_reviews(args.dir)):
            e = s.entry
            what = e.action + (f" {e.field}={json.dumps(e.value)}" if e.action == "set" else "")
            print(
                f"{s.line}\t{e.timestamp}\t{e.record_id}\t{what}\t{e.reviewer}\t{s.status}"
                + (f" ({s.reason})" if s.reason else "")
                + (f"\t{e.note}" if e.note else "")
            )
        return EXIT_OK
    if not args.record_id or not args.reviewer:
        raise UsageError("review needs RECORD_ID, one of --accept/--reject/--set and --reviewer")
    record = next((r for r in records if r.record_id == args.record_id), None)
    if record is None:
        raise UsageError(f"no record {args.record_id} in {args.dir / 'events.jsonl'}")
    if args.set:
        field, sep, raw = args.set.partition("=")
        if not sep:
            raise UsageError("--set takes FIELD=VALUE, e.g. counts[0].value=12")
        parse_path(field)
        entry = new_entry(args.record_id, "set", args.reviewer, field, parse_value(raw), args.note)
        trial = review_statuses([machine_record(record)], [entry])[0]
        if trial.status != "applied":
            raise UsageError(f"cannot set {field}: {trial.reason}")
    else:
        decision: Literal["accept", "reject"] = "accept" if args.accept else "reject"
        entry = new_entry(args.record_id, decision, args.reviewer, note=args.note)
    append_review(args.dir, entry)
    # Apply at once so events.jsonl shows the decision without a re-run.
    from .output import atomic_write_lines

    reviewed = apply_reviews(records, read_reviews(args.dir))
    atomic_write_lines(args.dir / "events.jsonl", (r.model_dump_json() for r in reviewed))
    print(f"{args.record_id}: {entry.action} by {entry.reviewer} -> {args.dir / 'reviews.jsonl'}")
    return EXIT_OK


def add_audit_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add eval, report, diff and review to the parser's subcommands (after validate)."""
    evaluate = commands.add_parser(
        "eval",
        help="score the pipeline against gold: seed corpus and dev sets",
        epilog=EPILOG,
        description="Run the pipeline on corpus/ (scored against corpus/gold/*.gold.json) and "
        "on the dev sets te3_train and acled_africa2016 when present; print precision, recall "
        "and F1 per field per set.",
    )
    evaluate.add_argument(
        "--corpus", type=Path, metavar="DIR", help="seed inputs (default: corpus/ of the repo)"
    )
    evaluate.add_argument(
        "--gold", type=Path, metavar="DIR", help="seed gold files (default: CORPUS/gold)"
    )
    evaluate.add_argument(
        "--devsets",
        type=Path,
        metavar="DIR",
        help="dev sets folder, read in place (default: ../shared/devsets next to the repo)",
    )
    evaluate.add_argument("--json", type=Path, metavar="FILE", help="also write the figures")
    evaluate.add_argument("--model", metavar="NAME", help="installed spaCy pipeline")
    evaluate.set_defaults(handler=cmd_eval)

    report = commands.add_parser(
        "report",
        help="write a self-contained HTML audit report of a run",
        description="Write one HTML file (no network needed) showing every record's text with "
        "each extracted value highlighted, a summary, filters, reviews and optionally a diff.",
    )
    report.add_argument("dir", type=Path, metavar="DIR", help="output folder of extract run")
    report.add_argument(
        "--out", type=Path, metavar="FILE", help="HTML file to write (default: DIR/report.html)"
    )
    report.add_argument(
        "--diff", type=Path, metavar="OLD_DIR", help="also show what changed since OLD_DIR"
    )
    report.set_defaults(handler=cmd_report)

    diff = commands.add_parser(
        "diff",
        help="list records added, removed and changed between two runs",
        description="Compare OLD_DIR/events.jsonl with NEW_DIR/events.jsonl by record_id, "
        "field by field; prints text with a summary line.",
    )
    diff.add_argument("old", type=Path, metavar="OLD_DIR")
    diff.add_argument("new", type=Path, metavar="NEW_DIR")
    diff.add_argument(
        "--json", type=Path, metavar="FILE", help="also write the diff as JSON ('-': stdout only)"
    )
    diff.set_defaults(handler=cmd_diff)

    review = commands.add_parser(
        "review",
        help="record a reviewer decision on a record (append-only DIR/reviews.jsonl)",
        description="Accept, reject or correct one value of a record. Decisions are kept in "
        "DIR/reviews.jsonl and applied over fresh extraction on every run; the machine's value "
        "stays beside the reviewed one. --list shows every review and whether it still applies.",
    )
    review.add_argument("dir", type=Path, metavar="DIR", help="output folder of extract run")
    review.add_argument("record_id", nargs="?", metavar="RECORD_ID")
    action = review.add_mutually_exclusive_group(required=True)
    action.add_argument("--accept", action="store_true", help="the record is right")
    action.add_argument("--reject", action="store_true", help="the record is wrong")
    action.add_argument(
        "--set", metavar="FIELD=VALUE", help="correct one value, e.g. 'dates[0].value=2023-01-19'"
    )
    action.add_argument("--list", action="store_true", help="list reviews and their status")
    review.add_argument("--reviewer", metavar="NAME", help="who decides (required to review)")
    review.add_argument("--note", metavar="TEXT", help="why")
    review.set_defaults(handler=cmd_review)
