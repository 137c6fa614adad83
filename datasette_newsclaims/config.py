"""Plugin configuration: the ``plugins: datasette-newsclaims:`` block of
``datasette.yaml`` (Datasette 1.0) or ``metadata.yml`` (0.65 and 1.0), read
into typed settings with defaults.

Owns: the names, types, defaults and bounds of every setting, and the
messages about bad values. Must not touch: what the settings drive (the SQL
functions, the pages, the enrichment read them through :func:`settings`).

The block may stand at the top level, applying to every database, and under
``databases: NAME:`` for one database; a database's keys win over the top
level ones, and ``page_sizes`` is merged key by key::

    plugins:
      datasette-newsclaims:
        sql_max_input_chars: 20000
        page_sizes:
          articles: 25
    databases:
      news:
        plugins:
          datasette-newsclaims:
            article_tables: [articles]
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

PLUGIN_NAME = "datasette-newsclaims"

#: The largest value any size setting accepts: a bound against a typo (an
#: extra zero) turning a page or an SQL call into minutes of work.
MAX_SIZE = 1_000_000


class ConfigError(ValueError):
    """A setting of the ``datasette-newsclaims`` plugin block is unknown or has a bad value."""


@dataclass(frozen=True)
class PageSizes:
    """How many rows the plugin's pages show at once (the rest is paged or counted)."""

    articles: int = 50  #: articles per page of the overview, per article table
    speakers: int = 50  #: speakers per page of the overview
    timeline_events: int = 2000  #: a timeline window with at most this many events draws each of them
    timeline_rows: int = 100  #: events listed per page under the timeline's axis
    speaker_articles: int = 20  #: articles per page of a speaker page
    speaker_items: int = 1000  #: quotes, figures or events of one kind on one speaker page
    article_items: int = 2000  #: quotes, events or figures marked in one article of the reader


@dataclass(frozen=True)
class Settings:
    """The plugin's settings for one database (or the top level)."""

    #: Longest text the SQL functions analyse; longer text gives ``{"error": ...}``.
    sql_max_input_chars: int = 50_000
    #: Tables the pages and links treat as article sources; ``None``: every
    #: table recorded in ``_newsclaims_sources`` (every extracted table).
    article_tables: tuple[str, ...] | None = None
    page_sizes: PageSizes = field(default_factory=PageSizes)

    def is_article_table(self, table: str) -> bool:
        """Whether the configuration allows ``table`` as an article source
        (it must also have been extracted to be one)."""
        return self.article_tables is None or table in self.article_tables


_TOP_KEYS = {f.name for f in fields(Settings)}
_PAGE_KEYS = {f.name for f in fields(PageSizes)}


def _size(value: Any, where: str) -> int:
    """A whole number from 1 to :data:`MAX_SIZE`, else :class:`ConfigError`."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigError(f"{where} must be a whole number, not {value!r}")
    if not 1 <= value <= MAX_SIZE:
        raise ConfigError(f"{where} must be between 1 and {MAX_SIZE:,}, not {value:,}")
    return value


def _table_names(value: Any, where: str) -> tuple[str, ...] | None:
    """A list of table names (a single name is accepted too), or None."""
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{where} must be a list of table names, not {value!r}")
    return tuple(value)


def _unknown_keys(block: dict, known: set[str], where: str) -> None:
    unknown = sorted(set(block) - known)
    if unknown:
        raise ConfigError(
            f"{where}: unknown setting {', '.join(map(repr, unknown))}; known: {', '.join(sorted(known))}"
        )


def _mapping(value: Any, where: str) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ConfigError(f"{where} must be a mapping of settings, not {value!r}")
    return value


def parse(block: Any, base: Settings | None = None, where: str = f"plugins: {PLUGIN_NAME}") -> Settings:
    """Settings from one configuration block, on top of ``base`` (the defaults
    when None): keys present in ``block`` replace those of ``base``.

    :raises ConfigError: naming the setting, for an unknown key or a bad value
    """
    block = _mapping(block, where)
    _unknown_keys(block, _TOP_KEYS, where)
    settings = base or Settings()
    changes: dict[str, Any] = {}
    if "sql_max_input_chars" in block:
        changes["sql_max_input_chars"] = _size(block["sql_max_input_chars"], f"{where}: sql_max_input_chars")
    if "article_tables" in block:
        changes["article_tables"] = _table_names(block["article_tables"], f"{where}: article_tables")
    if "page_sizes" in block:
        pages = _mapping(block["page_sizes"], f"{where}: page_sizes")
        _unknown_keys(pages, _PAGE_KEYS, f"{where}: page_sizes")
        sizes = {key: _size(value, f"{where}: page_sizes: {key}") for key, value in pages.items()}
        changes["page_sizes"] = replace(settings.page_sizes, **sizes)
    return replace(settings, **changes)


def _blocks(datasette, database: str | None) -> list[tuple[Any, str]]:
    """The top-level block, then the database's own block when there is one."""
    blocks = [(datasette.plugin_config(PLUGIN_NAME), f"plugins: {PLUGIN_NAME}")]
    if database is not None:
        # fallback=False: the database's own block only (the top level is read
        # above; Datasette 1.0a41's fallback drops it when the database has
        # other settings).
        own = datasette.plugin_config(PLUGIN_NAME, database=database, fallback=False)
        if own is not None and own is not blocks[0][0]:
            blocks.append((own, f"databases: {database}: plugins: {PLUGIN_NAME}"))
    return blocks


def settings(datasette, database: str | None = None) -> Settings:
    """The settings for ``database`` (the top level when None), defaults
    filled in.

    :raises ConfigError: for a bad configuration (:func:`check` raises it at
        startup, so a running server has a valid one)
    """
    result = Settings()
    for block, where in _blocks(datasette, database):
        result = parse(block, result, where)
    return result


def sql_max_input_chars(datasette, database: str | None) -> int:
    """The SQL functions' input cap for ``database``. Never raises: connections
    are opened before the ``startup`` hook runs :func:`check`, which reports a
    bad configuration; until then a bad one gives the default cap."""
    try:
        return settings(datasette, database).sql_max_input_chars
    except ConfigError:
        return Settings().sql_max_input_chars


def check(datasette) -> None:
    """Parse the configuration of the top level and of every database, so that
    a typo stops ``datasette serve`` at startup with a message naming it.

    :raises datasette.utils.StartupError: wrapping the :class:`ConfigError`
        (``datasette serve`` prints its message without a traceback)
    """
    from datasette.utils import StartupError

    try:
        settings(datasette)
        for name in list(datasette.databases):
            settings(datasette, name)
    except ConfigError as e:
        raise StartupError(f"Bad configuration: {e}") from e
