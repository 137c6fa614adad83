"""Where the analysis of pending articles runs: in this process, in a pool of
worker processes, or on a Dask cluster; results always come back in the order
the chunks went in, with a bounded number of chunks in flight.

Owns: starting and stopping workers, and :func:`ordered_results`. Must not
touch: the database (workers get articles, never a connection) or what is
analyzed (that is :mod:`.analysis`).
"""
from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol

from .source import ExtractError


class Runner(Protocol):
    """Anything that runs ``fn(*args)`` somewhere and hands back a future."""

    slots: int

    def submit(self, fn: Callable, *args: Any) -> Any: ...

    def close(self) -> None: ...


def all_cores() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class InProcess:
    """Runs each task at once, in this process (``--workers 1``)."""

    slots = 1

    def submit(self, fn: Callable, *args: Any) -> Future:
        future: Future = Future()
        future.set_result(fn(*args))
        return future

    def close(self) -> None:
        pass


def _exit_with_parent(parent: int) -> None:
    """Worker initializer: end this worker when the writer that started it is
    gone (killed with SIGKILL, it cannot tell its workers), instead of living
    on as an orphan."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="newsclaims-parent-watch", daemon=True).start()


class ProcessPool:
    """A pool of ``workers`` processes, started on the first task (a run with
    nothing to analyze starts none)."""

    def __init__(self, workers: int) -> None:
        self.slots = workers
        self._pool: ProcessPoolExecutor | None = None

    def submit(self, fn: Callable, *args: Any) -> Future:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.slots, initializer=_exit_with_parent, initargs=(os.getpid(),)
            )
        return self._pool.submit(fn, *args)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


def make_runner(workers: int | None = None, dask: str | None = None) -> Runner:
    """The runner for ``--workers N`` (None: all cores) or ``--dask ADDRESS|local``."""
    if dask:
        from .dask_runner import DaskRunner

        return DaskRunner(dask, workers)
    workers = workers or all_cores()
    return InProcess() if workers == 1 else ProcessPool(workers)


def ordered_results(
    runner: Runner, fn: Callable, chunks: Iterable[tuple[list, Any]], *args: Any, in_flight: int | None = None
) -> Iterator[tuple[list, Any]]:
    """``(fn(chunk, *args), tag)`` for each ``(chunk, tag)``, in input order.

    At most ``in_flight`` chunks (default: four per worker) are submitted and
    not yet consumed, so a table of a million articles is never read into
    memory ahead of the writer; empty chunks are passed through without a task.

    :raises ExtractError: when a worker process died (the pool is then unusable)
    """
    waiting: deque[tuple[Any, Any]] = deque()
    busy = 0  # chunks submitted and not yet taken (empty chunks do not count)

    def take() -> tuple[list, Any]:
        nonlocal busy
        future, tag = waiting.popleft()
        if future is None:
            return [], tag
        busy -= 1
        return future.result(), tag

    try:
        for chunk, tag in chunks:
            waiting.append((runner.submit(fn, chunk, *args) if chunk else None, tag))
            busy += bool(chunk)
            while busy > (in_flight or 4 * runner.slots) or (waiting and waiting[0][0] is None):
                yield take()
        while waiting:
            yield take()
    except BrokenProcessPool:
        raise ExtractError(
            "a worker process died (killed or out of memory); the batches written so far are kept: "
            "run extract again to finish"
        ) from None
