"""Benchmark the report chain: the naive three-process chain against `toolkit report`.

Prints, in one run:
- the seed report by the naive chain (papermill CLI, then `jupyter nbconvert --to html`, then
  the WeasyPrint CLI, as separate processes) and by `toolkit report`, and their ratio;
- 100 per-article reports (HTML + PDF) from the UNC corpus, on a pool of 2 workers;
- the corpus report over all UNC articles, end to end (extraction included);
- a second `make report` with nothing changed.

Usage: python scripts/bench_reports.py [--shared ../shared] [--n 100] [--workers 2]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SEED = "000_935c444eb72e4165"


def timed(args: list[str], cwd: Path = ROOT) -> float:
    """Run a command, fail loudly if it fails, return its wall time in seconds."""
    started = time.perf_counter()
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode:
        sys.exit(f"failed: {' '.join(args)}\n{result.stderr[-2000:]}")
    return time.perf_counter() - started


def best(runs: int, args: list[str]) -> float:
    """The fastest of `runs` runs (the least disturbed by other load)."""
    return min(timed(args) for _ in range(runs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--n", type=int, default=100, help="per-article reports to build")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3, help="runs of each seed timing")
    args = parser.parse_args()
    toolkit = str(BIN / "toolkit")
    work = Path(tempfile.mkdtemp(prefix="bench-reports-"))
    seed_tables = work / "seed"
    timed([toolkit, "extract", str(ROOT / "data" / "raw"), "--out", str(seed_tables), "--quiet"])

    notebook = ROOT / "notebooks" / "article.ipynb"
    executed, html, pdf = work / "naive.ipynb", work / "naive.html", work / "naive.pdf"
    naive = [
        [str(BIN / "papermill"), str(notebook), str(executed), "-p", "article_id", SEED,
         "-p", "processed_dir", str(seed_tables), "--no-progress-bar"],
        [str(BIN / "jupyter"), "nbconvert", "--to", "html", "--no-input", str(executed),
         "--output", str(html)],
        [str(BIN / "weasyprint"), str(html), str(pdf)],
    ]
    steps = [best(args.runs, step) for step in naive]
    naive_total = sum(steps)
    print("seed report, naive chain: " + " + ".join(f"{s:.2f}" for s in steps)
          + f" = {naive_total:.2f} s (papermill, nbconvert, weasyprint)")
    ours = best(args.runs, [toolkit, "report", SEED, "--force", "--processed", str(seed_tables),
                            "--reports", str(work / "seed-reports")])
    print(f"seed report, toolkit report: {ours:.2f} s; ratio {ours / naive_total:.2f} "
          "(target <= 0.5)")

    timed(["make", "report"])
    again = timed(["make", "report"])
    print(f"make report, nothing changed: {again:.2f} s (target <= 1 s)")

    unc = args.shared / "corpora" / "unc"
    if not unc.is_dir():
        print(f"skipped the corpus figures: {unc} not found")
        return 0
    unc_tables = work / "unc"
    seconds = timed([toolkit, "extract", str(unc), "--out", str(unc_tables), "--quiet"])
    print(f"extract UNC ({len(list(unc.glob('*.txt')))} articles): {seconds:.1f} s")
    ids = sorted(p.stem for p in unc.glob("*.txt"))
    chosen = ids[:: max(1, len(ids) // args.n)][: args.n]
    seconds = timed([toolkit, "report", *chosen, "--processed", str(unc_tables),
                     "--reports", str(work / "unc-reports"), "--workers", str(args.workers)])
    print(f"{len(chosen)} article reports (HTML + PDF), {args.workers} workers: {seconds:.1f} s "
          f"= {seconds / len(chosen):.2f} s each (target: 100 in <= 120 s)")
    seconds = timed([toolkit, "report", "--corpus", str(unc), "--processed",
                     str(work / "corpus"), "--reports", str(work / "corpus-reports")])
    print(f"corpus report over all UNC articles, end to end: {seconds:.1f} s (target <= 60 s)")
    print(f"(outputs left in {work})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
