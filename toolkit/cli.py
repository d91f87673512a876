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
    from toolkit.report import build
    from toolkit.storage import load_articles

    try:
        known = load_articles(args.processed)["article_id"].tolist()
    except FileNotFoundError as exc:
        print(f"toolkit report: {exc}", file=sys.stderr)
        return 2
    ids = args.article_ids or known
    unknown = [i for i in ids if i not in known]
    if unknown:
        print(f"toolkit report: not in {args.processed}: {', '.join(unknown)}", file=sys.stderr)
        return 2
    failed = 0
    for article_id in ids:
        parameters = {
            "article_id": article_id,
            "processed_dir": str(Path(args.processed).resolve()),
        }
        try:
            files = build(args.notebook, article_id, parameters, args.reports, args.notebook.parent)
        except Exception as exc:  # noqa: BLE001 - report the failure, go on with the others
            failed += 1
            print(
                f"{article_id}: FAILED: {type(exc).__name__}: {exc}".splitlines()[0],
                file=sys.stderr,
            )
            continue
        print(f"{article_id}: {files.html} {files.pdf} ({files.seconds:.1f} s)", file=sys.stderr)
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
        help="run the article notebook and export HTML + PDF",
        description="Run the article notebook once per article id and export "
        "REPORTS/<id>.html and REPORTS/<id>.pdf (executed notebooks in REPORTS/executed).",
    )
    rp.add_argument(
        "article_ids", nargs="*", metavar="ARTICLE_ID", help="default: every article in --processed"
    )
    rp.add_argument(
        "--processed",
        type=Path,
        default=paths.PROCESSED,
        help="tables folder (default: %(default)s)",
    )
    rp.add_argument(
        "--reports", type=Path, default=paths.REPORTS, help="output folder (default: %(default)s)"
    )
    rp.add_argument(
        "--notebook",
        type=Path,
        default=paths.NOTEBOOKS / "article.ipynb",
        help="default: %(default)s",
    )
    rp.set_defaults(run=_report)
    return top


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `toolkit` command."""
    args = parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
