"""Worker processes for analysis and loading: started gently, stopped at once.

A process pool left to finish its tasks keeps the program alive after the user has
quit (``concurrent.futures`` joins its manager thread at exit, and that thread waits
for the workers). :func:`stop_pool` therefore terminates the workers instead of
waiting, whenever a run is cancelled or interrupted; only a run that completed shuts
its pool down politely.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from typing import Protocol

WORKER_NICENESS = 5
"""Workers yield the CPU to the process that shows the UI."""
STOP_GRACE = 0.5
"""Seconds a terminated worker gets to exit before it is killed."""


class CancelFlag(Protocol):
    """Anything with ``is_set()``, such as :class:`threading.Event`."""

    def is_set(self) -> bool: ...


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not available on every platform
        return max(1, os.cpu_count() or 1)


def cancelled(cancel: CancelFlag | None) -> bool:
    """Whether a run given ``cancel`` should stop now."""
    return cancel is not None and cancel.is_set()


def start_worker_support() -> None:
    """Start multiprocessing's helper process now, while ``sys.stderr`` is a real file.

    Spawned workers need it, and it is started with ``sys.stderr``'s descriptor: under
    a full-screen UI that captures stderr the descriptor is invalid, and starting
    workers then fails. A UI calls this before taking over the terminal; later calls
    find it running. If it still has to start, the real stderr is lent for the moment.
    """
    from multiprocessing import resource_tracker

    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable or sys.__stderr__ is None:
        resource_tracker.ensure_running()
        return
    captured = sys.stderr
    sys.stderr = sys.__stderr__
    try:
        resource_tracker.ensure_running()
    finally:
        sys.stderr = captured


def new_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` spawned processes at lowered priority.

    "spawn" rather than fork: callers may be threaded (a UI), and fork copies locks.
    """
    start_worker_support()
    ctx = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_lower_priority)


def worker_pids(pool: ProcessPoolExecutor) -> list[int]:
    """The process ids of the pool's live workers (for tests and diagnostics)."""
    return [p.pid for p in _processes(pool) if p.pid is not None]


def stop_pool(pool: ProcessPoolExecutor, *, finished: bool) -> None:
    """Shut ``pool`` down: politely when its run ``finished``, else at once.

    An unfinished run (cancelled, interrupted, failed) terminates its workers rather
    than waiting for their tasks, which may take minutes; a worker that ignores the
    request is killed after :data:`STOP_GRACE` seconds.
    """
    if finished:
        pool.shutdown(wait=True)
        return
    processes = _processes(pool)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.terminate()
    for process in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError, AssertionError):
            process.join(STOP_GRACE)
            if process.is_alive():
                process.kill()
                process.join(STOP_GRACE)


def _processes(pool: ProcessPoolExecutor) -> list[multiprocessing.process.BaseProcess]:
    """The pool's worker processes; ``concurrent.futures`` keeps them in ``_processes``
    and offers no public way to terminate them before Python 3.14."""
    found = getattr(pool, "_processes", None) or {}
    return list(found.values())


def _lower_priority() -> None:
    """Worker start-up: let the interactive process win the CPU when both want it."""
    with contextlib.suppress(AttributeError, OSError):
        os.nice(WORKER_NICENESS)
