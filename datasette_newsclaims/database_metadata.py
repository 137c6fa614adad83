"""Datasette metadata for a user's own extracted database: what
``datasette newsclaims metadata news.db > metadata.yml`` prints.

Owns: the titles, descriptions, facets and column descriptions of the tables
newsclaims writes, the list of bookkeeping tables to hide, and the
description of each article table recorded in ``_newsclaims_sources``.
Must not touch: the database (it is opened read-only and nothing is
written), the bundled demo metadata (``data/metadata.yml``).

Only tables and columns the database really has are described, so the file
fits the schema of the version that extracted it.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import click
import yaml

from .store.link_schema import CLAIM_GROUPS, PEOPLE, QUOTE_GROUPS, STORIES
from .store.tables import ARTICLES, CLAIMS_VIEW, EVENTS, FIGURES, QUOTES, SOURCES, TIMELINE_VIEW
from .store.summaries import OUTLET_COLUMNS  # the columns the pages read an outlet from: faceted when present

#: Bookkeeping tables hidden from table lists (with every other ``_newsclaims_*`` table found).
HIDDEN_TABLES = (ARTICLES, SOURCES, "_sqlite_migrations")
#: Prefixes of other bookkeeping tables hidden when present: ours, and the job
#: tables of datasette-enrichments (``_enrichment_jobs``...) once the enrichment ran.
HIDDEN_PREFIXES = ("_newsclaims_", "_enrichment_")


_ITEM_COLUMNS = {
    "id": "Row id",
    "article_table": "The table holding the article",
    "article_id": "The article's primary key (or rowid) in that table",
    "start": "Character offset where the item starts in the article text",
    "end": "Character offset where the item ends (text = article[start:end])",
    "text": "The item as written in the article",
    "details": "JSON with any further fields the extractor gave",
    "extractor_version": "Version of the extractor that wrote the row",
    "speaker": "Who said it: the fullest form of the name in the article",
    "quote_id": "The quote this item stands in (newsclaims_quotes.id), if any",
    "sentence": "The sentence the item stands in (cut around it when very long)",
}

#: name -> (title, description, facets, {column: description}) of everything newsclaims writes.
DESCRIPTIONS: dict[str, tuple[str, str, list[str], dict[str, str]]] = {
    QUOTES: (
        "Quotes",
        "One row per quotation, with its speaker and cue verb. Full-text search covers text and speaker.",
        ["speaker", "cue", "partial"],
        {
            **_ITEM_COLUMNS,
            "text": "The quotation, without its quote marks",
            "speaker_mention": "The speaker as written at the cue (a surname, a pronoun's antecedent...)",
            "speaker_title": "The speaker's title or role, when the article gives one",
            "cue": "The verb that attributes the quote (said, told, added...)",
            "paragraph": "Paragraph number of the quote in the article",
            "partial": "1 for a partial quote woven into the writer's sentence",
            "person_id": "The person across articles (newsclaims_people.id), whatever the spelling",
            "quote_group_id": "The same quote printed by other articles (newsclaims_quote_groups.id), if any",
            "story_id": "The story of the article (newsclaims_stories.id), if other articles share it",
            "corrected_speaker": "The speaker other outlets credit, where this article's credit is the odd one out",
        },
    ),
    EVENTS: (
        "Dated events",
        "One row per date expression, resolved against the article's publication date, with the clause it dates.",
        ["granularity", "year", "speaker"],
        {
            **_ITEM_COLUMNS,
            "text": "The date expression as written (Wednesday, last year, Aug. 7)",
            "date_start": "First day of the date (ISO 8601)",
            "date_end": "Last day of the date (ISO 8601)",
            "granularity": "day, week, month, quarter, half, year, range...",
            "year": "The year, when the whole range falls within one year",
            "month": "The month, when the whole range falls within one month",
            "event": "The clause the date belongs to",
            "resolved_from": (
                "Where the date comes from: text (stated in full), published (relative to the publication "
                "date), event (relative to another date in the article)"
            ),
            "speaker": "The speaker, when the date stands inside a quote",
        },
    ),
    FIGURES: (
        "Figures",
        "One row per figure (count, money, percent, ratio...) with its unit and the speaker who cited it.",
        ["kind", "unit", "speaker"],
        {
            **_ITEM_COLUMNS,
            "text": "The figure as written (more than 4,300 shooting victims)",
            "value": "The number",
            "kind": "count, money, percent, ratio...",
            "unit": "What is counted or the currency",
            "qualifier": "more than, about, nearly...",
            "speaker": "The speaker, when the figure stands inside a quote",
            "claim_group_id": "The same quantity in other articles of the story (newsclaims_claim_groups.id), if any",
            "story_id": "The story of the article (newsclaims_stories.id), if other articles share it",
        },
    ),
    QUOTE_GROUPS: (
        "Quotes across articles",
        "One row per quote printed by two articles or more, with every speaker they credit.",
        ["speakers_disagree", "articles"],
        {
            "text": "The fullest printing", "speakers": "Every speaker credited (JSON)",
            "persons": "Their newsclaims_people ids (JSON)", "speakers_disagree": "1 when the articles credit different people",
            "quotes": "Printings", "articles": "Articles printing it", "article_ids": "Their keys (JSON)",
            "outlets": "Outlets printing it (JSON)", "first_article_id": "The first article to print it",
            "first_published": "Its publication date",
        },
    ),
    CLAIM_GROUPS: (
        "Claims across articles",
        "One row per quantity stated by two articles or more of one story, with every value cited.",
        ["values_disagree", "kind", "unit"],
        {
            "story_id": "The story (newsclaims_stories.id)", "kind": "count, age, money, percent...",
            "unit": "What is counted (people, young, shots...) or the unit", "event": "died, hurt, shot, arrested...",
            "subject": "The family name an age belongs to", "cited": "Every value cited: by whom, when, where (JSON)",
            "min": "Lowest value", "max": "Highest value", "values_disagree": "1 when the values differ",
            "articles": "Articles citing it", "first_article_id": "The first article to cite it",
            "first_published": "Its publication date",
        },
    ),
    PEOPLE: (
        "People across articles",
        "One row per person or organisation quoted, whatever the spelling.",
        ["articles"],
        {
            "name": "The name most credited", "aliases": "Every spelling credited (JSON)", "quotes": "Quotes",
            "articles": "Articles quoting them", "outlets": "Outlets quoting them (JSON)",
            "first_seen": "First article's date", "last_seen": "Last article's date",
        },
    ),
    STORIES: (
        "Stories",
        "Articles about one event (shared rare names and quotes, published within a week of each other).",
        [],
        {"title": "The first article's headline", "articles": "Articles", "article_ids": "Their keys (JSON)",
         "first_published": "First article's date", "last_published": "Last article's date"},
    ),
    CLAIMS_VIEW: (
        "Claims",
        "Figures that stand inside quotes, with the speaker who cited them, the quote and the article.",
        ["speaker", "kind", "unit"],
        {
            "figure_id": "The figure (newsclaims_figures.id)",
            "title": "The article's headline",
            "published": "The article's publication date",
            "figure": "The figure as written",
            "quote": "The quote it stands in",
            "quote_id": "The quote (newsclaims_quotes.id)",
        },
    ),
    TIMELINE_VIEW: (
        "Timeline",
        "Dated events in calendar order, with the article's title and publication date.",
        ["granularity", "year", "speaker"],
        {
            "event_id": "The event (newsclaims_events.id)",
            "title": "The article's headline",
            "published": "The article's publication date",
        },
    ),
    ARTICLES: ("Extracted articles", "Bookkeeping: one row per article extracted, with its content hash.", [], {}),
    SOURCES: ("Article tables", "Bookkeeping: which tables and columns were extracted, and with which options.", [], {}),
}


class MetadataError(ValueError):
    """The database cannot be described (missing, unreadable, or never extracted)."""


def open_read_only(path: str | os.PathLike) -> sqlite3.Connection:
    """A read-only connection to an existing SQLite file (never creates one)."""
    path = Path(path)
    if not path.is_file():
        raise MetadataError(f"Database file not found: {path}")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        conn.execute("select count(*) from sqlite_master").fetchone()
    except sqlite3.DatabaseError as e:
        raise MetadataError(f"{path} is not a readable SQLite database: {e}") from None
    return conn


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute("select * from pragma_table_info(?)", [table]).fetchall()]


def _sources(conn: sqlite3.Connection, tables: set[str]) -> list[dict[str, Any]]:
    if SOURCES not in tables:
        return []
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(f'select * from "{SOURCES}" order by article_table').fetchall()]
    finally:
        conn.row_factory = None


def _described(name: str, columns: list[str]) -> dict[str, Any]:
    title, description, facets, column_descriptions = DESCRIPTIONS[name]
    entry: dict[str, Any] = {"title": title, "description": description}
    present = [f for f in facets if f in columns]
    if present:
        entry["facets"] = present
    described = {c: column_descriptions[c] for c in columns if c in column_descriptions}
    if described:
        entry["columns"] = described
    return entry


def _article_table(source: dict[str, Any], columns: list[str]) -> dict[str, Any]:
    """The entry of one article table: what was extracted from which columns."""
    table = source["article_table"]
    described = {
        source.get("text_column"): "Article text (quotes, dates and figures are extracted from it)",
        source.get("published_column"): "Publication date: relative dates are resolved against it",
        source.get("title_column"): "Headline",
    }
    entry: dict[str, Any] = {
        "description": (
            f"Articles. datasette-newsclaims extracted their quotes, dated events and figures into "
            f"{QUOTES}, {EVENTS} and {FIGURES} (rows with article_table = '{table}')."
        ),
    }
    facets = [c for c in OUTLET_COLUMNS if c in columns]
    if facets:
        entry["facets"] = facets[:1]
    if source.get("published_column") in columns:
        entry["sort_desc"] = source["published_column"]
    if source.get("title_column") in columns:
        entry["label_column"] = source["title_column"]  # labels the item tables' article_id foreign keys
    entry["columns"] = {c: text for c, text in described.items() if c in columns}
    return entry


def database_metadata(conn: sqlite3.Connection, name: str) -> dict[str, Any]:
    """Metadata for the extracted database ``name`` on ``conn``, as the dict
    Datasette reads from ``metadata.yml``.

    :raises MetadataError: when nothing was extracted into this database
    """
    tables = {row[0] for row in conn.execute("select name from sqlite_master where type in ('table', 'view')")}
    sources = _sources(conn, tables)
    if not sources:
        raise MetadataError(
            f"{name} has no extracted articles: run `datasette newsclaims extract` on it first"
        )
    described: dict[str, Any] = {}
    for source in sources:
        if source["article_table"] in tables:
            described[source["article_table"]] = _article_table(source, _columns(conn, source["article_table"]))
    for table in DESCRIPTIONS:
        if table in tables:
            described[table] = _described(table, _columns(conn, table))
    hidden = sorted(set(HIDDEN_TABLES) | {t for t in tables if t.startswith(HIDDEN_PREFIXES)})
    for table in hidden:
        if table in tables:
            described.setdefault(table, {})["hidden"] = True
    names = ", ".join(s["article_table"] for s in sources)
    return {
        "databases": {
            name: {
                "title": "News claims",
                "description": (
                    f"Quotes, dated events and figures extracted from {names} by datasette-newsclaims. "
                    "Every row points back to its article and its place in the text (start/end offsets)."
                ),
                "tables": described,
            }
        }
    }


def to_yaml(metadata: dict[str, Any]) -> str:
    """``metadata`` as YAML, keys in the order written, Unicode kept."""
    return yaml.safe_dump(metadata, sort_keys=False, allow_unicode=True, width=100)


@click.command(name="metadata")
@click.argument("database", type=click.Path(dir_okay=False))
@click.option(
    "--name", metavar="NAME",
    help="The database's name in Datasette (default: the file name without .db, as Datasette names it).",
)
def metadata_command(database: str, name: str | None) -> None:
    """Print Datasette metadata (YAML) for an extracted DATABASE.

    Titles, descriptions, facets and column descriptions for the
    newsclaims_* tables and views and for each article table, with the
    bookkeeping tables (_newsclaims_*, _sqlite_migrations, _enrichment_*) hidden. The
    database is only read.

    Example:

    \b
        datasette newsclaims metadata news.db > metadata.yml
        datasette news.db -m metadata.yml
    """
    try:
        conn = open_read_only(database)
        try:
            result = database_metadata(conn, name or Path(database).stem)
        finally:
            conn.close()
    except MetadataError as e:
        raise click.ClickException(str(e)) from None
    click.echo(to_yaml(result), nl=False)
