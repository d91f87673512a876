"""Batch: many reports in a capped pool of workers, each keeping one warm kernel.

Each worker is a process that imports the export chain once (nbconvert, WeasyPrint) and starts
one Jupyter kernel, then runs report after report on it: before each notebook the kernel's
namespace is reset and its working folder set, so every run starts clean as with papermill's
own fresh kernel, minus the ~1.2 s of kernel start and imports. A report that fails is marked
with its cell and error line and the others go on; a report that runs past the timeout fails
(its kernel is interrupted, then restarted for the next report); a worker that stops answering
is killed and replaced.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import tempfile
import threading
import time
import traceback
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Job:
    """One report to build: notebook, output name, parameters."""

    name: str
    notebook: Path
    parameters: dict[str, Any]
    cwd: Path


@dataclass
class Outcome:
    """What became of one job."""

    name: str
    status: str  # built, up to date, failed
    seconds: float = 0.0
    error: str = ""
    files: list[str] = field(default_factory=list)


# What every report notebook imports first: loaded in a new kernel while the caller does
# its own imports, so the two start-ups overlap (the kernel is another process).
WARM_UP = (
    "import matplotlib, pandas, pyarrow.parquet, toolkit.display, toolkit.storage, "
    "toolkit.validation"
)


class Runner:
    """Runs jobs one after the other on one kernel it starts and restarts as needed."""

    def __init__(self, reports: Path, timeout: float | None) -> None:
        self.reports, self.timeout = reports, timeout
        self.km: Any = None
        self._warming: threading.Thread | None = None
        self._sockets = tempfile.TemporaryDirectory(prefix="toolkit-kernel-")

    def start(self, cwd: Path) -> None:
        """Start the kernel (if none is alive) and let it import the usual modules; returns
        without waiting for either."""
        from jupyter_client.manager import KernelManager

        if self.km is not None and self.km.is_alive():
            return
        self.stop()
        folder = tempfile.mkdtemp(dir=self._sockets.name)  # fresh socket names per kernel
        self.km = KernelManager(kernel_name="python3", transport="ipc", ip=f"{folder}/k")
        self.km.start_kernel(cwd=str(cwd))
        self._warming = threading.Thread(target=self._warm_up, args=(self.km,), daemon=True)
        self._warming.start()

    @staticmethod
    def _warm_up(km: Any) -> None:
        """In a thread: wait for the new kernel and have it import the usual modules."""
        client = km.client()
        client.start_channels()
        try:
            client.wait_for_ready(timeout=60)
            client.execute_interactive(WARM_UP, store_history=False, timeout=120)
        except Exception:  # noqa: BLE001 - a failed warm-up only costs time; the reset reports
            pass
        finally:
            client.stop_channels()

    def _kernel(self, cwd: Path) -> Any:
        """The kernel, started if needed, with an empty namespace and `cwd` as its folder.

        Each reset uses a client of its own (a client left open across papermill runs loses
        its sockets), after the warm-up has finished.
        """
        self.start(cwd)
        if self._warming is not None:
            self._warming.join()
            self._warming = None
        client = self.km.client()
        client.start_channels()
        try:
            client.wait_for_ready(timeout=60)
            code = f"%reset -f\nimport os as _os\n_os.chdir({str(cwd)!r})\ndel _os"
            client.execute_interactive(code, store_history=False, timeout=60)
        finally:
            client.stop_channels()
        return self.km

    def run(self, job: Job) -> Outcome:
        """Build one report; never raises. Past `timeout` seconds the kernel is interrupted,
        so the running cell fails and the report with it."""
        from toolkit.report import build

        started = time.perf_counter()
        expired = threading.Event()
        timer = None
        try:
            km = self._kernel(job.cwd)
            if self.timeout:
                timer = threading.Timer(self.timeout, self._expire, (km, expired))
                timer.start()
            files = build(job.notebook, job.name, job.parameters, self.reports, job.cwd, km=km)
        except Exception as exc:  # noqa: BLE001 - a failed report is an outcome, not a crash
            self.restart_if_broken()
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            if expired.is_set():
                message = f"timeout after {self.timeout:.0f} s: {message}"
            return Outcome(job.name, "failed", time.perf_counter() - started, message)
        finally:
            if timer:
                timer.cancel()
        return Outcome(job.name, "built", files.seconds, files=[str(files.html), str(files.pdf)])

    @staticmethod
    def _expire(km: Any, expired: threading.Event) -> None:
        """Interrupt the kernel as Ctrl-C would, with a plain signal (this runs in a timer
        thread, where the kernel manager's own asyncio calls are not safe)."""
        expired.set()
        pid = getattr(km.provisioner, "pid", None)
        if pid:
            os.kill(pid, signal.SIGINT)

    def restart_if_broken(self) -> None:
        """After a failure, drop a kernel that died or may still be busy (timeout)."""
        self.stop()

    def stop(self) -> None:
        """Stop the kernel and our client of it, if any."""
        if self._warming is not None:
            self._warming.join()
            self._warming = None
        if self.km is not None:
            self.km.shutdown_kernel(now=True)
            self.km = None

    def close(self) -> None:
        """Stop the kernel and remove its socket folder."""
        self.stop()
        self._sockets.cleanup()


def warm_exporters() -> None:
    """Import papermill, nbconvert and WeasyPrint and do their first-use work (about a
    second) ahead of the first report."""
    import toolkit.report  # noqa: I001 - first: it keeps jsonschema from a slow import
    import papermill  # noqa: F401

    toolkit.report.warm_up()


def _follow_parent(parent: int, runner: Runner, interval: float = 0.5) -> None:
    """In a worker's thread: when the parent is gone (killed, even by SIGKILL), kill the
    kernel and exit at once, so no orphan goes on writing reports nobody will record."""
    while os.getppid() == parent:
        time.sleep(interval)
    pid = getattr(getattr(runner.km, "provisioner", None), "pid", None)
    if pid:
        try:
            os.killpg(pid, signal.SIGKILL)  # the kernel leads its own session
        except OSError:
            pass
    os._exit(1)


def _worker(conn: Connection, reports: Path, timeout: float | None, parent: int) -> None:
    """Worker process: start a kernel and warm the export chain, then run jobs until told to
    stop, or until the parent process is gone."""
    # Out of the terminal's process group (Ctrl-C reaches the parent, which stops us). SIGINT
    # is left as it is: a timeout interrupts the kernel with it. The parent being killed is
    # noticed by a thread, since a process group kill does not reach us.
    os.setpgrp()
    runner = Runner(reports, timeout)
    threading.Thread(target=_follow_parent, args=(parent, runner), daemon=True).start()
    try:
        runner.start(Path.cwd())
        warm_exporters()
        conn.send("ready")
        while (job := conn.recv()) is not None:
            try:
                outcome = runner.run(job)
            except BaseException:  # noqa: BLE001
                outcome = Outcome(job.name, "failed", 0.0, traceback.format_exc().splitlines()[-1])
            conn.send(outcome)
    except (EOFError, KeyboardInterrupt):
        pass
    finally:
        runner.close()


class _Worker:
    def __init__(self, context: Any, reports: Path, timeout: float | None) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_worker, args=(child, reports, timeout, os.getpid()), daemon=True
        )
        self.process.start()
        child.close()
        self.job: Job | None = None
        self.started = 0.0

    def give(self, job: Job) -> None:
        self.job, self.started = job, time.perf_counter()
        self.conn.send(job)

    def kill(self) -> None:
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            self.process.kill()
        self.process.join(5)

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (BrokenPipeError, OSError):
            pass
        self.process.join(30)
        if self.process.is_alive():
            self.kill()


def run_jobs(
    jobs: list[Job],
    reports: Path,
    workers: int,
    timeout: float | None = None,
    on_done: Any = None,
) -> list[Outcome]:
    """Run `jobs` on up to `workers` processes; return outcomes in job order.

    `timeout` (seconds) applies to each report; a worker silent for three times that plus a
    minute is killed with its kernel and replaced. `on_done(outcome)` is called as each job
    ends (for a progress bar).
    """
    if not jobs:
        return []
    context = mp.get_context("spawn")
    queue = list(reversed(jobs))
    pool = [_Worker(context, reports, timeout) for _ in range(min(workers, len(jobs)))]
    outcomes: dict[str, Outcome] = {}
    limit = None if timeout is None else 3 * timeout + 60
    def finish(index: int, outcome: Outcome) -> None:
        outcomes[outcome.name] = outcome
        if on_done:
            on_done(outcome)
        pool[index].job = None
        if not pool[index].process.is_alive():
            pool[index] = _Worker(context, reports, timeout)

    try:
        while len(outcomes) < len(jobs):
            for worker in pool:
                if worker.job is None and queue:
                    worker.give(queue.pop())
            busy = {w.conn: i for i, w in enumerate(pool) if w.job is not None}
            for conn in wait(list(busy), timeout=1.0):
                index = busy[conn]
                try:
                    message = conn.recv()
                except EOFError:
                    pool[index].process.join(5)
                    message = Outcome(pool[index].job.name, "failed", 0.0, "worker process died")
                if message != "ready":
                    finish(index, message)
            now = time.perf_counter()
            for index, worker in enumerate(pool):
                if worker.job and limit and now - worker.started > limit:
                    worker.kill()
                    finish(index, Outcome(worker.job.name, "failed", now - worker.started,
                                          f"no answer after {limit:.0f} s: worker killed"))
    finally:
        for worker in pool:
            worker.stop()
    return [outcomes[job.name] for job in jobs]


def status_table(outcomes: list[Outcome]) -> str:
    """The closing table: report, status, seconds, and for failures the cell and error."""
    width = max([len("report")] + [len(o.name) for o in outcomes])
    lines = [f"{'report':<{width}}  {'status':<10}  {'seconds':>7}  error"]
    for o in outcomes:
        lines.append(f"{o.name:<{width}}  {o.status:<10}  {o.seconds:>7.1f}  {o.error}".rstrip())
    return "\n".join(lines)


def progress(total: int) -> Any:
    """A progress bar on stderr (tqdm, which papermill already brings) that also prints
    failures as they happen."""
    from tqdm import tqdm

    bar = tqdm(total=total, unit="report", file=sys.stderr, disable=total < 2, leave=False)

    def done(outcome: Outcome) -> None:
        bar.update(1)
        if outcome.status == "failed":
            bar.write(f"FAILED {outcome.error}", file=sys.stderr)

    done.close = bar.close  # type: ignore[attr-defined]
    return done
