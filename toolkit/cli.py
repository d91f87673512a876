"""Command line: `toolkit extract` builds the tables, `toolkit check` lists figures to check
twice, `toolkit report` builds the reports."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from toolkit import __version__, paths


def _extract(args: argparse.Namespace) -> int:
    fmt = None if args.format == "auto" else args.format
    if args.engine == "dask":
        return _extract_dask(args, fmt)
    return _extract_if_changed(
        args.inputs, args.out, fmt, args.db, args.workers, not args.quiet, args.force
    )


def _extract_dask(args: argparse.Namespace, fmt: str | None) -> int:
    """`--engine dask`: the same tables as partitioned Parquet, computed on a Dask cluster."""
    try:
        from toolkit.dask_engine import extract_dask
    except ImportError:
        print("toolkit extract: --engine dask needs Dask: pip install 'toolkit[dask]'",
              file=sys.stderr)
        return 2
    try:
        summary = extract_dask(
            args.inputs, args.out, args.scheduler, progress=not args.quiet, fmt=fmt
        )
    except (FileNotFoundError, OSError) as exc:
        print(f"toolkit extract: {exc}", file=sys.stderr)
        return 2
    print(
        f"{summary.articles} articles, {summary.figures} figures, {summary.errors} errors "
        f"in {summary.seconds:.1f} s → {args.out}/{{articles,figures,errors}}/part-*.parquet",
        file=sys.stderr,
    )
    return 0


def _extract_if_changed(
    inputs: list[str],
    out: Path,
    fmt: str | None,
    db: Path | bool | None,
    workers: int | None = None,
    progress: bool = False,
    force: bool = False,
) -> int:
    """Extract `inputs` into `out` unless the tables there were made from the same input bytes,
    format and code; then build the database when asked.

    Exit status: 0 when articles were extracted (inputs that could not be read are errors rows
    and a warning), 1 when every input failed, 2 when an input does not exist."""
    from toolkit.jobs import extraction_record

    missing = [str(i) for i in inputs if not Path(i).exists()]
    if missing:
        print(f"toolkit extract: {', '.join(missing)}: no such file or folder", file=sys.stderr)
        return 2
    record = extraction_record(inputs, Path(out), fmt)
    if not force and record.current():
        print(f"toolkit extract: tables in {out} are up to date", file=sys.stderr)
    else:
        from toolkit.extraction import extract

        record.forget()
        summary = extract(inputs, out, workers=workers, progress=progress, fmt=fmt)
        failed = summary.errors > 0 and summary.articles == 0
        if not failed:  # else: not recorded as up to date, so the next run tries again
            record.save(articles=summary.articles, figures=summary.figures, errors=summary.errors)
        print(
            f"{summary.articles} articles, {summary.figures} figures, {summary.errors} errors "
            f"in {summary.seconds:.1f} s → {out}",
            file=sys.stderr,
        )
        if summary.errors:
            print(
                f"toolkit extract: warning: {summary.errors} input(s) could not be read "
                f"(listed above and in {Path(out) / 'errors.csv'})",
                file=sys.stderr,
            )
        if failed:
            return 1
    if db:
        from toolkit.database import write_database

        path = write_database(out, None if db is True else db)
        print(f"database → {path} (browse it with `make browse`)", file=sys.stderr)
    return 0


def _check(args: argparse.Namespace) -> int:
    from toolkit.checks import run_checks, summary, write_findings
    from toolkit.validation import TableInvalid, validate_folder

    out = args.out or args.processed / "checks.csv"
    try:
        counts = validate_folder(args.processed)
        found = write_findings(run_checks(args.processed), out)
    except (FileNotFoundError, TableInvalid, OSError, ValueError) as exc:
        print(f"toolkit check: {exc}", file=sys.stderr)
        return 2
    print(summary(found, counts["articles"]) + f"→ {out}", file=sys.stderr)
    return 0


def _report(args: argparse.Namespace) -> int:
    from toolkit.parameters import ParameterError, check, parse_assignment

    try:
        extra = dict(parse_assignment(p) for p in args.parameter)
    except ParameterError as exc:
        print(f"toolkit report: {exc}", file=sys.stderr)
        return 2
    if args.lang:
        extra["lang"] = args.lang
    collection = bool(args.corpus or args.indicator)
    default = "indicator.ipynb" if args.indicator else "corpus.ipynb" if args.corpus else None
    notebook = args.notebook or paths.NOTEBOOKS / (default or "article.ipynb")
    processed = args.processed or (
        paths.PROCESSED / "corpus" if args.corpus else paths.PROCESSED
    )
    fixed: dict[str, object] = {"processed_dir": str(Path(processed).resolve())}
    if collection:
        fixed["corpus_name"] = Path(args.corpus).name if args.corpus else "data/raw"
    if args.indicator:
        fixed["indicator"] = args.indicator
    try:  # before any kernel starts or any corpus is read
        check(notebook, {**fixed, **extra, **({} if collection else {"article_id": ""})})
    except (ParameterError, FileNotFoundError) as exc:
        print(f"toolkit report: {exc}".splitlines()[0], file=sys.stderr)
        return 2
    from toolkit.batch import Job
    from toolkit.jobs import article_digests, article_ids, tables_digest
    from toolkit.report import slug

    if args.corpus and _extract_if_changed([args.corpus], Path(processed), None, False) != 0:
        return 2
    try:
        known = article_ids(Path(processed))
    except FileNotFoundError as exc:
        print(f"toolkit report: {exc}", file=sys.stderr)
        return 2
    if collection:
        name = f"indicator-{slug(args.indicator)}" if args.indicator else "corpus"
        jobs = [Job(name, notebook, {**fixed, **extra}, notebook.parent)]
        digests = {name: tables_digest(Path(processed))}
    else:
        ids = known if args.article_ids in ([], ["all"]) else args.article_ids
        unknown = sorted(set(ids) - set(known))
        if unknown:
            print(f"toolkit report: not in {processed}: {', '.join(unknown)}", file=sys.stderr)
            return 2
        jobs = [Job(i, notebook, {"article_id": i, **fixed, **extra}, notebook.parent) for i in ids]
        digests = article_digests(Path(processed))
    return _build_reports(jobs, digests, args)


def _build_reports(jobs: list, digests: dict[str, str], args: argparse.Namespace) -> int:
    """Build what is not current, in a pool when there is more than one; print the status.

    Each report's cache record is written as soon as it is built (after its files are renamed
    into place), so a batch killed midway keeps what it finished."""
    import os

    from toolkit.atomic import clean_temporaries
    from toolkit.batch import Outcome, progress, run_jobs, status_table
    from toolkit.jobs import report_record

    for folder in (args.reports, args.reports / "executed", args.reports / ".cache"):
        clean_temporaries(folder)  # left by a run that was killed
    records = {job.name: report_record(job, args.reports, digests[job.name]) for job in jobs}
    todo = [job for job in jobs if args.force or not records[job.name].current()]
    outcomes = {job.name: Outcome(job.name, "up to date") for job in jobs if job not in todo}

    def finished(outcome: Outcome) -> None:
        outcomes[outcome.name] = outcome
        if outcome.status == "built":
            records[outcome.name].save(seconds=round(outcome.seconds, 2))
        else:
            records[outcome.name].forget()

    if todo:
        workers = max(1, min(args.workers or os.cpu_count() or 1, len(todo)))
        if workers == 1 and len(todo) == 1:
            finished(_build_here(todo[0], args))
        else:
            bar = progress(len(todo))
            run_jobs(todo, args.reports, workers, args.timeout,
                     on_done=lambda outcome: (finished(outcome), bar(outcome)))
            bar.close()
    ordered = [outcomes[job.name] for job in jobs]
    failed = sum(o.status == "failed" for o in ordered)
    if not todo:
        where = f"{args.reports}/{jobs[0].name}.html" if len(jobs) == 1 else str(args.reports)
        print(f"toolkit report: {len(jobs)} report(s) up to date ({where})", file=sys.stderr)
    elif len(jobs) > 1:
        print(status_table(ordered), file=sys.stderr)
    elif failed:
        print(f"toolkit report: FAILED: {ordered[0].error}", file=sys.stderr)
    else:
        files = " ".join(ordered[0].files)
        print(f"{ordered[0].name}: {files} ({ordered[0].seconds:.1f} s)", file=sys.stderr)
    return 1 if failed else 0


def _build_here(job: Any, args: argparse.Namespace) -> Any:
    """One report in this process (no pool to start for a single job): the kernel boots and
    imports while this process imports the export chain."""
    from toolkit.batch import Runner, warm_exporters

    runner = Runner(args.reports, args.timeout)
    try:
        runner.start(job.cwd)
        warm_exporters()
        return runner.run(job)
    finally:
        runner.close()


def parser() -> argparse.ArgumentParser:
    """The argument parser (kept separate so `--help` can be tested)."""
    top = argparse.ArgumentParser(
        prog="toolkit",
        description="Turn Vietnamese news articles into tables of the figures they report, "
        "and into HTML/PDF reports.",
    )
    top.add_argument("--version", action="version", version=f"toolkit {__version__}")
    commands = top.add_subparsers(dest="command", required=True)

    ex = commands.add_parser(
        "extract",
        help="read articles, write the articles, figures and errors tables",
        description="Read article files or folders and write articles, figures and errors "
        "tables as CSV and Parquet into --out.",
    )
    ex.add_argument("inputs", nargs="+", metavar="INPUT", help="article file or folder")
    ex.add_argument(
        "--out", type=Path, default=paths.PROCESSED, help="output folder (default: %(default)s)"
    )
    ex.add_argument("--workers", type=int, default=None, help="processes (default: all cores)")
    ex.add_argument("--quiet", action="store_true", help="no progress line")
    ex.add_argument(
        "--format",
        choices=("auto", "page", "header", "plain", "jsonl", "html"),
        default="auto",
        help="read every file as this format (default: auto, from suffix and layout)",
    )
    ex.add_argument(
        "--db",
        nargs="?",
        const=True,
        type=Path,
        metavar="FILE",
        help="also build a SQLite database with full-text search (default FILE: OUT/news.db)",
    )
    ex.add_argument("--force", action="store_true", help="extract even when up to date")
    ex.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: a process pool on this machine (default); dask: a Dask cluster, writing "
        "partitioned Parquet (OUT/<table>/part-*.parquet)",
    )
    ex.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler to use, e.g. tcp://10.0.0.5:8786 (default: a local cluster)",
    )
    ex.set_defaults(run=_extract)

    ck = commands.add_parser(
        "check",
        help="validate the tables and list figures to check twice",
        description="Validate the tables in --processed against the figures contract, then "
        "write CHECKS (article, sentence, reason) and print a summary. Exits non-zero only "
        "when the tables cannot be read or break the contract, not on findings.",
    )
    ck.add_argument(
        "--processed",
        type=Path,
        default=paths.PROCESSED,
        help="tables folder (default: %(default)s)",
    )
    ck.add_argument("--out", type=Path, default=None, help="default: PROCESSED/checks.csv")
    ck.set_defaults(run=_check)

    rp = commands.add_parser(
        "report",
        help="run a report notebook and export HTML + PDF",
        description="Run the article notebook once per article id and export "
        "REPORTS/<id>.html and .pdf; with --corpus, extract a folder or archive into "
        "data/processed/corpus and build REPORTS/corpus.html and .pdf; with --indicator, follow "
        "one subject across the articles in REPORTS/indicator-<name>.html and .pdf. Executed "
        "notebooks go to REPORTS/executed. Parameters are checked before any kernel starts.",
    )
    rp.add_argument(
        "article_ids",
        nargs="*",
        metavar="ARTICLE_ID",
        help="articles to report on; `all` or none: every article in --processed",
    )
    rp.add_argument(
        "--corpus", metavar="PATH", help="folder or .tar.gz/.zip of articles: the corpus report"
    )
    rp.add_argument(
        "--indicator", metavar="SUBJECT", help="follow one subject (e.g. 'ca mắc') over time"
    )
    rp.add_argument(
        "--processed",
        type=Path,
        default=None,
        help=f"tables folder (default: {paths.PROCESSED}, or its corpus/ with --corpus)",
    )
    rp.add_argument(
        "--reports", type=Path, default=paths.REPORTS, help="output folder (default: %(default)s)"
    )
    rp.add_argument(
        "--notebook",
        type=Path,
        default=None,
        help=f"default: article, corpus or indicator .ipynb in {paths.NOTEBOOKS}",
    )
    rp.add_argument(
        "-p",
        "--parameter",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="set a notebook parameter (checked against its parameters cell), e.g. -p top_n=20",
    )
    rp.add_argument("--lang", choices=("vi", "en"), help="language of the generated sentences")
    rp.add_argument(
        "--workers", type=int, default=None, help="reports built at once (default: all cores)"
    )
    rp.add_argument(
        "--timeout", type=float, default=600, help="seconds a cell may run (default: %(default)s)"
    )
    rp.add_argument("--force", action="store_true", help="rebuild even what is up to date")
    rp.set_defaults(run=_report)
    return top


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `toolkit` command."""
    args = parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
