"""The `datasette newsclaims ...` and `sqlite-utils newsclaims ...` commands.

Owns: command-line options, their help and their error messages. Must not
touch: SQL or extraction (it calls :mod:`.store`), what a run prints
(:mod:`.console`).
"""
from __future__ import annotations

import sqlite3

import click

from .console import progress_bar, summary
from .database_metadata import metadata_command
from .store import DEFAULT_BATCH_SIZE, ExtractError, extract_table


@click.group(name="newsclaims")
def newsclaims() -> None:
    """Extract quotes, dated events and figures from news articles."""


@newsclaims.command(name="extract")
@click.argument("database", type=click.Path(dir_okay=False))
@click.argument("table")
@click.option("--text", "text_column", required=True, metavar="COLUMN", help="Column holding the article text (required).")
@click.option(
    "--published", "published_column", metavar="COLUMN",
    help="Column with the publication date, in any format (2017-08-16, 'Wed, Aug 16, 2017 at 10:02 AM'); "
    "relative dates such as 'last Wednesday' are resolved against it and left unresolved without it.",
)
@click.option("--title", "title_column", metavar="COLUMN", help="Column with the headline, shown in newsclaims_timeline.")
@click.option(
    "--email", is_flag=True,
    help="The text column holds forwarded e-mails: unwrap them first, dropping the forwarder's note and quoted "
    "replies; the original sender becomes the source and the forwarded Date: header the publication date.",
)
@click.option(
    "--batch-size", default=DEFAULT_BATCH_SIZE, show_default=True, type=click.IntRange(min=1),
    help="Articles written per transaction; an interrupted run keeps its finished batches.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def extract(database, table, text_column, published_column, title_column, email, batch_size, quiet) -> None:
    """Extract from TABLE of DATABASE into the newsclaims_* tables.

    Writes newsclaims_quotes, newsclaims_events and newsclaims_figures (one row
    per item, keyed by the article's primary key or rowid), with indexes,
    full-text search on quotes, and the views newsclaims_claims and
    newsclaims_timeline.

    Re-running is safe and incremental: unchanged articles are skipped,
    changed ones re-extracted, and rows of deleted articles removed.
    Rows whose text is NULL, a number or undecodable binary are skipped and
    counted.

    Example:

    \b
        datasette newsclaims extract news.db articles --text body --published date --title headline
    """
    try:
        with progress_bar(quiet) as progress:
            stats = extract_table(
                database, table, text_column, published_column, title_column,
                email=email, batch_size=batch_size, progress=progress,
            )
    except ExtractError as e:
        raise click.ClickException(str(e)) from None
    except sqlite3.Error as e:
        raise click.ClickException(f"SQLite error: {e}") from None
    if not quiet:
        click.echo(summary(stats), err=True)


@newsclaims.command(name="demo")
@click.option("--path", default="demo.db", show_default=True, type=click.Path(dir_okay=False), help="Where to build the demo database.")
@click.option("--port", default=8001, show_default=True, type=int, help="Port to serve the demo on.")
@click.option("--build-only", is_flag=True, help="Build the database and exit without serving it.")
def demo(path, port, build_only) -> None:
    """Build a demo database from the bundled articles (extracting on the way) and serve it."""
    from .demo import run_demo

    run_demo(path, port, build_only)


newsclaims.add_command(metadata_command)


def register_datasette_commands(cli) -> None:
    """Add the ``newsclaims`` command group to Datasette's CLI."""
    cli.add_command(newsclaims)


def register_sqlite_utils_commands(cli) -> None:
    """Add the ``newsclaims`` command group to the sqlite-utils CLI."""
    cli.add_command(newsclaims)
