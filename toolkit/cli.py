"""Command line: `toolkit extract` builds the tables, `toolkit report` builds the reports."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from toolkit import __version__, paths


def _extract(args: argparse.Namespace) -> int:
    from toolkit.extraction import extract

    try:
        summary = extract(args.inputs, args.out, workers=args.workers, progress=not args.quiet)
    except FileNotFoundError as exc:
        print(f"toolkit extract: {exc}", file=sys.stderr)
        return 2
    print(
        f"{summary.articles} articles, {summary.figures} figures, {summary.errors} errors "
        f"in {summary.seconds:.1f} s → {args.out}",
        file=sys.stderr,
    )
    return 0


def _report(args: argparse.Namespace) -> int:
    from toolkit.parameters import ParameterError, check, parse_assignment
    from toolkit.report import build, slug
    from toolkit.storage import load_articles

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
        fixed["corpus_name"] = Path(args.corpus).name if args.corpus else str(paths.RAW.name)
    if args.indicator:
        fixed["indicator"] = args.indicator
    try:  # before any kernel starts or any corpus is read
        check(notebook, {**fixed, **extra, **({} if collection else {"article_id": ""})})
    except (ParameterError, FileNotFoundError) as exc:
        print(f"toolkit report: {exc}".splitlines()[0], file=sys.stderr)
        return 2
    if args.corpus:
        from toolkit.extraction import extract

        try:
            extract([args.corpus], processed, progress=False)
        except FileNotFoundError as exc:
            print(f"toolkit report: {exc}", file=sys.stderr)
            return 2
    try:
        known = load_articles(processed)["article_id"].tolist()
    except FileNotFoundError as exc:
        print(f"toolkit report: {exc}", file=sys.stderr)
        return 2
    if collection:
        name = f"indicator-{slug(args.indicator)}" if args.indicator else "corpus"
        jobs = [(name, {**fixed, **extra})]
    else:
        ids = args.article_ids or known
        unknown = [i for i in ids if i not in known]
        if unknown:
            print(f"toolkit report: not in {processed}: {', '.join(unknown)}", file=sys.stderr)
            return 2
        jobs = [(i, {"article_id": i, **fixed, **extra}) for i in ids]
    failed = 0
    for name, parameters in jobs:
        try:
            files = build(notebook, name, parameters, args.reports, notebook.parent)
        except Exception as exc:  # noqa: BLE001 - report the failure, go on with the others
            failed += 1
            print(f"toolkit report: FAILED: {exc}".splitlines()[0], file=sys.stderr)
            continue
        print(f"{name}: {files.html} {files.pdf} ({files.seconds:.1f} s)", file=sys.stderr)
    return 1 if failed else 0


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
    ex.set_defaults(run=_extract)

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
        "article_ids", nargs="*", metavar="ARTICLE_ID", help="default: every article in --processed"
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
    rp.set_defaults(run=_report)
    return top


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `toolkit` command."""
    args = parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
