"""Atomic files: write beside the target under a temporary name, then rename into place.

A reader (or a later run) sees either the old file or the new one, never half of one. The
temporary names carry the writer's process id (`.figures.csv.4711.9f2c1a0b.tmp`), so a run
killed mid-write leaves files that the next run recognises as abandoned (their writer is gone)
and removes, while the temporary files of a run still going are left alone.
"""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path

# `.NAME.PID.TOKEN.tmp`, or `.NAME.PID.TOKEN.tmp.ipynb` for a notebook papermill writes.
TEMPORARY = re.compile(r"^\..+\.(?P<pid>\d+)\.[0-9a-f]{8}\.tmp(?:\.ipynb)?$")


def file_mode() -> int:
    """The mode a plain `open()` gives a new file (0o666 less the umask): outputs are for
    reading, unlike the private 0o600 of `mkstemp`."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def temp_path(target: Path) -> Path:
    """A new temporary name beside `target`, tagged with this process's id (not created)."""
    suffix = ".tmp.ipynb" if target.suffix == ".ipynb" else ".tmp"
    return target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}{suffix}")


def replace(tmp: Path, target: Path) -> None:
    """Give `tmp` the usual file mode and rename it to `target` (atomic on one file system)."""
    os.chmod(tmp, file_mode())
    os.replace(tmp, target)


def write_atomic(target: Path, data: bytes) -> None:
    """Write bytes to a temporary file beside `target`, then rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(target)
    try:
        with open(tmp, "xb") as handle:
            handle.write(data)
        replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _alive(pid: int) -> bool:
    """True when a process with this id exists and is not a zombie (on Linux)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie has stopped writing for good
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rpartition(")")[2].split()[:1] != ["Z"]


def clean_temporaries(folder: Path) -> list[Path]:
    """Remove the temporary files in `folder` whose writing process is gone (a killed run);
    return them. Files of live processes, and any other file, are left alone."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        found = TEMPORARY.match(entry.name)
        if found and entry.is_file(follow_symlinks=False) and not _alive(int(found["pid"])):
            Path(entry.path).unlink(missing_ok=True)
            removed.append(Path(entry.path))
    return removed
