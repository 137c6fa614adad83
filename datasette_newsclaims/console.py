"""What an extract run shows on the terminal: the progress bar and the summary line.

Owns: the wording and drawing of progress and statistics on stderr. Must not
touch: the database or the extraction (it only formats what
:func:`~datasette_newsclaims.store.extract_table` reports). Used by the CLI
(:mod:`.cli`) and the demo builder (:mod:`.demo`), which share it so neither
imports the other.
"""
from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import click


@contextmanager
def progress_bar(quiet: bool = False) -> Iterator[Callable[[int, int], None]]:
    """A ``progress(done, total)`` callback for extract_table that draws a bar with
    the rate on stderr (nothing when ``quiet``); the bar is closed on exit."""
    bar = None
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if quiet or not total:
            return
        if bar is None:
            bar = click.progressbar(
                length=total, label="Extracting", file=sys.stderr, show_pos=True,
                item_show_func=lambda rate: rate,
            )
            bar.__enter__()
        elapsed = time.perf_counter() - started
        bar.update(done - bar.pos, current_item=f"{done / elapsed:.1f} articles/s" if elapsed else None)

    try:
        yield progress
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)


def summary(stats: dict) -> str:
    """One human line (plus skipped counts) describing an extract run."""
    line = (
        f"{stats['table']}: {stats['articles']} articles, {stats['extracted']} extracted, "
        f"{stats['unchanged']} unchanged, {stats['removed']} removed; "
        f"{stats['quotes']} quotes, {stats['events']} events, {stats['figures']} figures "
        f"in {stats['seconds']:.1f}s ({stats['articles_per_second'] or 0:.1f} articles/s)"
    )
    notes = [f"{n} skipped ({reason})" for reason, n in sorted(stats["skipped"].items())]
    notes += [f"{n} coerced ({reason})" for reason, n in sorted(stats["coerced"].items())]
    if stats["unparsed_published"]:
        notes.append(f"{stats['unparsed_published']} unreadable publication dates (relative dates left unresolved)")
    notes += [f"error in article {e}" for e in stats["errors"][:5]]
    return line + ("\n" + "; ".join(notes) if notes else "")
