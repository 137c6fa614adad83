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
from .store import DEFAULT_BATCH_SIZE, DEFAULT_BUSY_TIMEOUT, ExtractError, extract_table


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
@click.option(
    "--workers", type=click.IntRange(min=1), metavar="N",
    help="Processes analyzing articles (default: one per core); one writer writes their rows in order, "
    "so the result is the same for any N.",
)
@click.option(
    "--dask", metavar="ADDRESS",
    help="Analyze on a Dask cluster: a scheduler address (tcp://host:8786) or 'local' for a LocalCluster "
    "of --workers workers. Needs the [dask] extra.",
)
@click.option(
    "--force", is_flag=True,
    help="Run even if --text, --published, --title or --email differ from the last run on this table "
    "(every article is then extracted again with the new options).",
)
@click.option(
    "--busy-timeout", default=DEFAULT_BUSY_TIMEOUT, show_default=True, type=click.FloatRange(min=0), metavar="SECONDS",
    help="How long to wait while another process is writing to the database.",
)
@click.option(
    "--no-link", is_flag=True,
    help="Do not link quotes, people and claims across articles in this run: the articles wait for a run "
    "that links, or for 'newsclaims link' (quicker for small changes to a large archive).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def extract(
    database, table, text_column, published_column, title_column, email, batch_size, workers, dask, force,
    busy_timeout, no_link, quiet,
) -> None:
    """Extract from TABLE of DATABASE into the newsclaims_* tables.

    Writes newsclaims_quotes, newsclaims_events and newsclaims_figures (one row
    per item, keyed by the article's primary key or rowid), with indexes,
    full-text search on quotes, and the joined tables newsclaims_claims and
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
                email=email, batch_size=batch_size, progress=progress, workers=workers, dask=dask,
                force=force, busy_timeout=busy_timeout, link=not no_link,
            )
    except ExtractError as e:
        raise click.ClickException(str(e)) from None
    except sqlite3.Error as e:
        raise click.ClickException(f"SQLite error: {e}") from None
    if not quiet:
        click.echo(summary(stats), err=True)


@newsclaims.command(name="extract-files")
@click.argument("shards", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Directory for the Parquet shards of rows.")
@click.option("--table", default="articles", show_default=True, help="Name recorded as article_table (the table the articles will be in).")
@click.option("--id", "id_column", default="id", show_default=True, metavar="FIELD", help="Field with the article's unique key.")
@click.option("--text", "text_column", default="text", show_default=True, metavar="FIELD", help="Field with the article text.")
@click.option("--published", "published_column", metavar="FIELD", help="Field with the publication date.")
@click.option("--title", "title_column", metavar="FIELD", help="Field with the headline.")
@click.option("--email", is_flag=True, help="The text field holds forwarded e-mails (as for extract).")
@click.option("--workers", type=click.IntRange(min=1), metavar="N", help="Local worker processes (default: one per core).")
@click.option("--dask", metavar="ADDRESS", help="A Dask scheduler address, or 'local' for a LocalCluster.")
@click.option("--blocksize", default="64MiB", show_default=True, help="Size of the partitions JSON-lines shards are cut into.")
def extract_files_command(shards, out_dir, table, id_column, text_column, published_column, title_column, email,
                          workers, dask, blocksize) -> None:
    """Extract from JSON-lines (.jsonl) or Parquet (.parquet) SHARDS of articles
    into Parquet shards of rows under --out, with Dask; load them with `load`.

    Each record needs a key (--id) and a text field (--text). The output has
    one directory per table with the columns of the SQLite tables, one part
    per input partition, and newsclaims-shards.json, written last.

    Example:

    \b
        datasette newsclaims extract-files archive/*.jsonl --out rows/ --published date --title headline
        datasette newsclaims load news.db rows/
    """
    from .store.file_extraction import FileOptions, extract_files

    options = FileOptions(table, id_column, text_column, published_column, title_column, email)
    try:
        stats = extract_files(list(shards), out_dir, options, workers=workers, dask=dask, blocksize=blocksize)
    except ExtractError as e:
        raise click.ClickException(str(e)) from None
    click.echo(
        f"{stats.get('articles', 0)} articles in {stats['parts']} parts, {stats.get('extracted', 0)} extracted; "
        f"{stats.get('quotes', 0)} quotes, {stats.get('events', 0)} events, {stats.get('figures', 0)} figures -> {out_dir}",
        err=True,
    )
    for error in stats["errors"][:5]:
        click.echo(f"error in article {error}", err=True)


@newsclaims.command(name="link")
@click.argument("database", type=click.Path(exists=True, dir_okay=False))
@click.argument("table")
@click.option(
    "--busy-timeout", default=DEFAULT_BUSY_TIMEOUT, show_default=True, type=click.FloatRange(min=0), metavar="SECONDS",
    help="How long to wait while another process is writing to the database.",
)
def link_command(database, table, busy_timeout) -> None:
    """Link across the articles of TABLE what extract --no-link left unlinked
    (quote groups, people, claims, stories), and relink what changed articles
    were linked to. Nothing to do: nothing written.

    Example:

    \b
        datasette newsclaims extract news.db articles --text body --no-link
        datasette newsclaims link news.db articles
    """
    from .store.linking import link_table, linking_due
    from .store.source import open_database
    from .store.tables import SOURCES

    db = open_database(database, busy_timeout)
    if not db[SOURCES].exists() or not db[SOURCES].count_where("article_table = ?", [table]):
        raise click.ClickException(f"{table!r} has not been extracted in {database}: run 'newsclaims extract' first")
    if not linking_due(db, table):
        click.echo(f"{table}: nothing to link", err=True)
        return
    try:
        stats = link_table(db, table)
    except sqlite3.Error as e:
        raise click.ClickException(f"SQLite error: {e}") from None
    click.echo(f"{table}: {stats['articles']} articles linked ({stats['unlinked']} left unlinked)", err=True)


@newsclaims.command(name="load")
@click.argument("database", type=click.Path(dir_okay=False))
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
def load_command(database, directory) -> None:
    """Load the Parquet shards DIRECTORY written by extract-files into DATABASE
    (created if missing): indexes, full-text search and statistics are built
    once, at the end, and articles already loaded with the same content are skipped."""
    from .store.bulk_load import load_shards

    try:
        stats = load_shards(database, directory)
    except ExtractError as e:
        raise click.ClickException(str(e)) from None
    except sqlite3.Error as e:
        raise click.ClickException(f"SQLite error: {e}") from None
    click.echo(
        f"{stats['table']}: {stats['articles']} articles, {stats['loaded']} loaded, {stats['unchanged']} unchanged; "
        f"{stats['quotes']} quotes, {stats['events']} events, {stats['figures']} figures in {stats['seconds']:.1f}s",
        err=True,
    )


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
