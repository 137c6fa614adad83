"""The "Quotes, dates and figures" enrichment for datasette-enrichments:
``datasette newsclaims extract`` run from a live Datasette instance, in the
background, with the enrichments progress page.

Owns: the enrichment's form (which columns hold the text, the publication
date, the title) and the mapping of its job onto the extraction job of
:mod:`.store`: ``initialize`` begins a run, each ``enrich_batch`` is one batch
of that run (same hashes, same rows, same idempotence as the CLI), and
``finalize`` finishes it. Must not touch: the SQL of the newsclaims tables or
of the user's table (all of it is :mod:`.store`'s), the extractors.

Imported only when datasette-enrichments is installed (``pip install
'datasette-newsclaims[enrichments]'``, Datasette 1.0); the
``register_enrichments`` hook in :mod:`.hooks` imports it lazily.
"""
from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import Any

import sqlite_utils
from datasette.utils.asgi import BadRequest, Forbidden
from datasette_enrichments import Enrichment, record_progress
from wtforms import BooleanField, Form, SelectField
from wtforms.validators import ValidationError

try:  # WTForms 3.3+ (tuples are deprecated there)
    from wtforms.fields.choices import SelectChoice as _choice
except ImportError:  # pragma: no cover - older WTForms

    def _choice(value: str, label: str) -> tuple[str, str]:
        return (value, label)

from . import config as plugin_config
from .store import DEFAULT_BATCH_SIZE, ExtractError
from .store.analysis import analyze_chunk
from .store.hashing import extractor_fingerprint
from .store.run import (
    Run,
    SourceOptions,
    begin_run,
    changed_options,
    count_outcomes,
    finish_run,
    known_hashes,
    new_stats,
    pending_articles,
    read_articles,
    vanished_articles,
    write_outcomes,
)
from .store.source import article_key, check_table, quote_identifier
from .store.summaries import refresh_summaries
from .store.tables import SOURCES
from .store.writer import analyze_statistics

#: Column names tried, in order, as the form's first choice when no earlier run says.
GUESSES = {
    "text_column": ("body", "text", "content", "article", "story"),
    "published_column": ("published", "published_at", "date", "pubdate", "created"),
    "title_column": ("title", "headline", "name"),
}
#: Declared types whose columns are not offered as the article text.
NUMERIC_TYPES = ("INT", "REAL", "FLOA", "DOUB", "NUMERIC", "DECIMAL", "BOOL")
#: The value and label of the "no such column" choice. Not "": datasette-enrichments
#: parses the posted form without blank values, so "" would fall back to the default.
NO_COLUMN = "(none)"


class NewsclaimsEnrichment(Enrichment):
    """Find quotes, dated events and figures in a table of articles and write
    them to the ``newsclaims_*`` tables, as ``datasette newsclaims extract`` does."""

    name = "Quotes, dates and figures"
    slug = "newsclaims"
    description = (
        "Find quotes (who said what), dated events and figures in the article text and write them to the "
        "newsclaims_quotes, newsclaims_events and newsclaims_figures tables, as the datasette newsclaims "
        "extract command does. Unchanged articles are skipped on a re-run."
    )
    batch_size = DEFAULT_BATCH_SIZE

    async def get_config_form(self, datasette, db, table: str):
        """The form: text, publication date and title columns (the last run's by default)."""
        facts = await db.execute_fn(lambda conn: _form_facts(sqlite_utils.Database(conn), table))
        problem = facts["problem"] or _config_problem(datasette, db.name, table)
        return _form_class(facts, problem)

    async def initialize(self, datasette, db, table: str, config: dict) -> None:
        """Begin the run: validate, create or upgrade the schema, record the options."""
        if not db.is_mutable:
            raise BadRequest(f"Database {db.name} is immutable: newsclaims cannot write its tables")
        problem = _config_problem(datasette, db.name, table)
        if problem:
            raise Forbidden(problem)
        options = _options(table, config)

        def begin(conn) -> None:
            begin_run(sqlite_utils.Database(conn), options, force=bool(config.get("force")))

        try:
            await _write(db, begin)
        except ExtractError as e:
            raise BadRequest(str(e)) from None

    async def enrich_batch(self, datasette, db, table: str, rows: list, pks: list, config: dict, job_id: int) -> int:
        """One batch of the run: the articles of ``rows`` whose hash changed are
        analyzed (in a thread, off the event loop) and written in one transaction."""
        options = _options(table, config)
        ids = [row[pks[0]] for row in rows]  # one key: the form refuses tables whose rows another key names
        run, page = await db.execute_fn(lambda conn: _batch_run(sqlite_utils.Database(conn), options, ids))
        pending = pending_articles(run, page)
        outcomes = await asyncio.to_thread(analyze_chunk, pending, table, options.email)
        written = count_outcomes(run, outcomes)
        await _write(db, lambda conn: _write_batch(sqlite_utils.Database(conn), run, written))
        failed = [o.article_id for o in outcomes if o.error is not None]
        if failed:
            await self.log_error(db, job_id, failed, "; ".join(run.stats["errors"]))
        await record_progress(db, job_id, 0, 0, batch_summary(run.stats))
        return len(rows) - len(failed)

    async def finalize(self, datasette, db, table: str, config: dict) -> None:
        """Finish the run: remove the rows of articles no longer in the table,
        record the article count, refresh the planner's statistics."""
        options = _options(table, config)

        def finish(conn) -> None:
            sdb = sqlite_utils.Database(conn)
            run = _run_of(sdb, options, 0, known_hashes(sdb, table, None))
            total = sdb.execute(f"SELECT count(*) FROM {quote_identifier(table)}").fetchone()[0]
            gone = vanished_articles(sdb, run)
            finish_run(sdb, run, gone, articles=total)
            if not gone:  # the batches wrote through runs of their own, which finish_run does not see
                analyze_statistics(sdb)

        await _write(db, finish)


async def _write(db, fn: Callable) -> Any:
    """``fn(conn)`` on the write connection, with the store opening its own
    transactions (``BEGIN IMMEDIATE``, one per batch): Datasette 1.0 would
    otherwise wrap ``fn`` in a transaction of its own (0.65 does not)."""
    if "transaction" in inspect.signature(db.execute_write_fn).parameters:
        return await db.execute_write_fn(fn, transaction=False)
    return await db.execute_write_fn(fn)


def _write_batch(db: sqlite_utils.Database, run: Run, outcomes: list) -> None:
    """Write one batch of a run and bring the pages' summary tables up to date
    for its articles, so the pages follow the job as it runs."""
    write_outcomes(db, run, outcomes)
    refresh_summaries(db, run.options.table, run.changed)


def batch_summary(stats: dict[str, Any]) -> str:
    """One line for the job page: what a batch did."""
    skipped = sum(stats["skipped"].values())
    return (
        f"{stats['articles']} articles: {stats['extracted']} extracted, {stats['unchanged']} unchanged"
        + (f", {skipped} skipped" if skipped else "")
        + f"; {stats['quotes']} quotes, {stats['events']} events, {stats['figures']} figures"
    )


def _column(value: str | None) -> str | None:
    return None if value in (None, "", NO_COLUMN) else value


def _options(table: str, config: dict) -> SourceOptions:
    """The run's options from the submitted form (the "(none)" choice is None)."""
    return SourceOptions(
        table, config["text_column"], _column(config.get("published_column")), _column(config.get("title_column")),
        bool(config.get("email")),
    )


def _config_problem(datasette, database: str, table: str) -> str | None:
    """Why the plugin configuration does not allow ``table`` as a source, if it does not."""
    if plugin_config.settings(datasette, database).is_article_table(table):
        return None
    return (
        f"{table!r} is not one of the article_tables of the datasette-newsclaims configuration "
        f"of {database!r}"
    )


def _guess(columns: list[str], field: str) -> str | None:
    lowered = {c.lower(): c for c in columns}
    return next((lowered[name] for name in GUESSES[field] if name in lowered), None)


def _form_facts(db: sqlite_utils.Database, table: str) -> dict[str, Any]:
    """Columns, the columns offered as the text (all but declared numbers), the
    last run's options, and why the table cannot be a source. Only cheap
    checks (no scan of the table: the form must load fast on an archive); the
    text column is validated when the job begins (:func:`begin_run`)."""
    columns = db[table].columns
    names = [c.name for c in columns]
    text_columns = [c.name for c in columns if not c.type.upper().startswith(NUMERIC_TYPES)]
    problem = None
    try:
        check_table(db, table)
        if db[table].pks != [article_key(db, table)]:
            problem = (
                f"Table {table!r} has no single key that Datasette and newsclaims both name its rows by "
                "(a composite primary key, or a column named rowid): use datasette newsclaims extract"
            )
    except ExtractError as e:
        problem = str(e)
    last = {}
    if SOURCES in db.table_names():
        last = next(iter(db[SOURCES].rows_where("article_table = ?", [table])), {})
    defaults = {
        field: (last.get(field) if last.get(field) in names else _guess(names, field)) for field in GUESSES
    }
    if defaults["text_column"] not in text_columns:
        defaults["text_column"] = text_columns[0] if text_columns else None
    if not text_columns and problem is None:
        problem = f"Table {table!r} has no column that can hold text"
    return {"table": table, "columns": names, "text_columns": text_columns, "defaults": defaults,
            "email": bool(last.get("email")), "last": last or None, "problem": problem}


def _form_class(facts: dict[str, Any], problem: str | None) -> type[Form]:
    """The WTForms form for one table (its choices come from that table)."""
    optional = [_choice(NO_COLUMN, NO_COLUMN), *(_choice(c, c) for c in facts["columns"] if c != NO_COLUMN)]
    defaults = facts["defaults"]

    def source_allowed(form, field) -> None:
        if problem:
            raise ValidationError(problem)

    def same_options_or_forced(form, field) -> None:
        options = _options(facts["table"], {f.name: f.data for f in form})
        changes = changed_options(facts["last"], options)
        if changes and not field.data:
            raise ValidationError(
                f"{facts['table']} was last extracted with other options ({'; '.join(changes)}): tick this "
                "box to re-extract every article with these, or choose the last run's columns."
            )

    class ConfigForm(Form):
        text_column = SelectField(
            "Text column", choices=[_choice(c, c) for c in facts["text_columns"]], default=defaults["text_column"],
            validators=[source_allowed],
            description="The column holding the article text.",
        )
        published_column = SelectField(
            "Publication date column", choices=optional, default=defaults["published_column"] or NO_COLUMN,
            description="Relative dates (last Wednesday) are resolved against it; left unresolved without it.",
        )
        title_column = SelectField(
            "Title column", choices=optional, default=defaults["title_column"] or NO_COLUMN,
            description="The headline, shown in the timeline.",
        )
        email = BooleanField(
            "The text column holds forwarded e-mails (unwrap them first)", default=facts["email"],
        )
        force = BooleanField(
            "Re-extract every article, even though these columns differ from the last extraction",
            validators=[same_options_or_forced],
        )

    return ConfigForm


def _run_of(db: sqlite_utils.Database, options: SourceOptions, total: int, known: dict[Any, str]) -> Run:
    """A :class:`Run` of ``options`` over ``total`` articles whose stored hashes are ``known``
    (the enrichment's batches and its finalize each make one; :func:`begin_run` made the first)."""
    return Run(options, article_key(db, options.table), total, known, extractor_fingerprint(), new_stats(options.table))


def _batch_run(db: sqlite_utils.Database, options: SourceOptions, ids: list[Any]) -> tuple[Run, list[tuple]]:
    """A :class:`Run` for one batch (the stored hashes of its articles only) and its rows."""
    run = _run_of(db, options, len(ids), {})
    page = read_articles(db, run, ids) if ids else []
    run.known = known_hashes(db, options.table, [row[0] for row in page])
    return run, page


def enrichments() -> list[Enrichment]:
    """What the ``register_enrichments`` hook returns."""
    return [NewsclaimsEnrichment()]
