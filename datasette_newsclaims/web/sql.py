"""SQL text shared by the pages: quoted identifiers and the article join.

Owns how a user's table and column names enter SQL (always through
:func:`quote_identifier`) and how an item row is joined to its article.
Must not run queries: it only builds SQL strings and their parameters.
"""
from __future__ import annotations

from ..store.source import quote_identifier as quote_name
from ..store.tables import ARTICLES


def quote_identifier(name: str | None) -> str:
    """``name`` as an SQL identifier in double quotes (``null`` for no column,
    ``rowid`` as is): any character, ``]``, ``"``, ``'``, ``;``, ``--``, spaces,
    Unicode, stays part of the name."""
    if name is None:
        return "null"
    return "rowid" if name == "rowid" else quote_name(name)


def article_join(source: dict, alias: str = "x") -> tuple[str, str]:
    """(JOIN clause, selected columns) adding title, published and outlet of
    the article of each ``{alias}`` item row."""
    col = quote_identifier
    table = col(source["article_table"])
    join = f" left join {table} t on t.{col(source['pk_column'])} = {alias}.article_id"
    title = f"t.{col(source['title_column'])}" if source.get("title_column") else "null"
    published = f"t.{col(source['published_column'])}" if source.get("published_column") else "null"
    outlet = f"t.{col(source['outlet_column'])}" if source.get("outlet_column") else "null"
    if source.get("has_articles"):
        join += (
            f" left join {col(ARTICLES)} a on a.article_table = {alias}.article_table"
            f" and a.article_id = {alias}.article_id"
        )
        title, published, outlet = (f"coalesce(a.{c}, {v})" for c, v in (("title", title), ("published", published), ("source", outlet)))
    return join, f"{title} as article_title, {published} as article_published, {outlet} as article_outlet"


def outlet_expression(source: dict) -> str | None:
    """The SQL giving an item's outlet within :func:`article_join`, or None."""
    parts = []
    if source.get("has_articles"):
        parts.append("a.source")
    if source.get("outlet_column"):
        parts.append(f"t.{quote_identifier(source['outlet_column'])}")
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else f"coalesce({', '.join(parts)})"


def id_values(value: str) -> list:
    """A key typed in a URL matches integer and text keys alike (integers
    beyond SQLite's 64-bit range can only be text)."""
    values: list = [value]
    try:
        number = int(value)
    except ValueError:
        return values
    if -(2**63) <= number < 2**63:
        values.append(number)
    return values


def placeholders(values: list) -> str:
    """``?, ?, ?`` for ``values``."""
    return ", ".join("?" for _ in values)
