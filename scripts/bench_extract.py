"""Benchmark `toolkit extract` against a floor, on the corpora beside the checkout.

Prints, in one run:
- the floor: read + NFC + one digit regex over the UNC files, and over the Baomoi .tar.gz;
- `extract()` on UNC in one process (in-process, the work itself) and the ratio to the floor;
- the `toolkit extract` command on UNC with one worker, and on the Baomoi archive with two,
  with wall time and peak RSS of the whole process tree (parent + workers, sampled).

Usage: python scripts/bench_extract.py [--shared ../shared] [--skip-baomoi]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import time
import unicodedata
from pathlib import Path

DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
ROOT = Path(__file__).resolve().parents[1]


def floor_files(folder: Path) -> tuple[float, int]:
    """Read + NFC + one digit regex over every .txt file in `folder`."""
    started, matches = time.perf_counter(), 0
    for path in sorted(folder.glob("*.txt")):
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        matches += len(DIGITS.findall(text))
    return time.perf_counter() - started, matches


def floor_archive(archive: Path) -> tuple[float, int]:
    """The same floor over the members of a .tar.gz, read in memory."""
    started, count = time.perf_counter(), 0
    with tarfile.open(archive, "r:gz") as tar:
        for member in tar:
            handle = tar.extractfile(member) if member.isfile() else None
            if handle:
                text = unicodedata.normalize("NFC", handle.read().decode("utf-8", "replace"))
                DIGITS.findall(text)
                count += 1
    return time.perf_counter() - started, count


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of `pid` and all its descendants, in KiB (Linux /proc)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as handle:
                total += next(
                    (int(line.split()[1]) for line in handle if line.startswith("VmRSS:")), 0
                )
            with open(f"/proc/{current}/task/{current}/children") as handle:
                stack.extend(int(c) for c in handle.read().split())
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def run_command(args: list[str]) -> tuple[float, int, str]:
    """Run a command; return wall seconds, peak tree RSS in MiB, and its last stderr line."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=err)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _tree_rss_kb(proc.pid))
            time.sleep(0.05)
        seconds = time.perf_counter() - started
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").strip().splitlines()
    if proc.returncode:
        sys.exit(f"command failed ({proc.returncode}): {' '.join(args)}\n" + "\n".join(lines[-5:]))
    return seconds, peak // 1024, lines[-1] if lines else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--skip-baomoi", action="store_true", help="only the UNC figures")
    args = parser.parse_args()
    unc = args.shared / "corpora" / "unc"
    baomoi = args.shared / "corpora" / "baomoi-35k.tar.gz"
    if not unc.is_dir():
        print(f"skipped: corpus not found at {unc}")
        return 0
    toolkit = [sys.executable, "-m", "toolkit.cli", "extract", "--quiet"]
    n_unc = len(list(unc.glob("*.txt")))
    print(f"cores: {os.cpu_count()}; python {sys.version.split()[0]}")

    floor_files(unc)  # warm the page cache so both sides read from memory
    floor, _ = min(floor_files(unc) for _ in range(3))
    print(f"floor, UNC ({n_unc} articles): {floor:.3f} s = {n_unc / floor:,.0f} articles/s")

    from toolkit.extraction import extract

    with tempfile.TemporaryDirectory() as out:
        work = min(extract([unc], out, workers=1, progress=False).seconds for _ in range(2))
    print(
        f"extract(), UNC, 1 process, in process: {work:.3f} s = {n_unc / work:,.0f} articles/s; "
        f"ratio to floor {work / floor:.1f}x (target <= 8x)"
    )
    with tempfile.TemporaryDirectory() as out:
        wall, rss, summary = run_command([*toolkit, "--workers", "1", str(unc), "--out", out])
    print(f"toolkit extract, UNC, 1 worker, whole command: {wall:.2f} s, peak RSS {rss} MiB")
    print(f"  {summary}")

    if args.skip_baomoi or not baomoi.exists():
        return 0
    archive_floor, members = floor_archive(baomoi)
    print(f"floor, Baomoi .tar.gz ({members} articles): {archive_floor:.2f} s")
    with tempfile.TemporaryDirectory() as out:
        wall, rss, summary = run_command([*toolkit, "--workers", "2", str(baomoi), "--out", out])
    print(
        f"toolkit extract, Baomoi .tar.gz, 2 workers: {wall:.1f} s (target <= 30 s), "
        f"peak RSS {rss} MiB (target < 1024); ratio to floor {wall / archive_floor:.1f}x"
    )
    print(f"  {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
