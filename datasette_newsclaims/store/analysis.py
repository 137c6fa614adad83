"""The work done for changed articles: unwrap an e-mail if asked, read the
publication date, run :func:`~datasette_newsclaims.analyze`, and turn the
result into rows (with ids local to the article, renumbered by the writer).

Owns: what one article's extraction needs (:class:`PendingArticle`) and
returns (:class:`ArticleOutcome`). Must not touch: the database or any shared
state, so it runs anywhere: in the writer's process, a worker process, a
Dask worker on another machine (everything here pickles).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..core import analyze, parse_published
from .link_features import LinkFeatures, link_features
from .rows import rows_for_article
from .tables import FIGURES, ITEM_TABLES


@dataclass
class PendingArticle:
    """An article whose content hash differs from the stored one: to be analyzed."""

    article_id: Any
    text: str | None
    published: str | None
    title: str | None
    digest: str


@dataclass
class ArticleOutcome:
    """What analyzing one article gave: its item rows, or the error it raised.

    ``rows`` maps each item table to its rows, with ``id`` and ``quote_id``
    counted from 0 within the article; ``meta`` holds the fields of its
    ``_newsclaims_articles`` row (title, source, body, published).
    """

    article_id: Any
    digest: str
    rows: dict[str, list[dict]] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    unparsed_published: bool = False
    error: str | None = None
    skipped: bool = False  #: no text to analyze (NULL, a number, binary that is not UTF-8)
    link: LinkFeatures | None = None  #: what cross-article linking reads from the text, read here


def analyze_article(text: str | None, published: str | None, title: str | None, email: bool) -> tuple[dict, dict]:
    """Run :func:`analyze` on one article.

    :return: ``(result, meta)``: the analyze result and ``meta`` with the
        article's ``title``, ``source``, ``body`` (kept only when offsets index
        an unwrapped body), ``published`` (ISO when readable), ``shift`` (to add
        to every offset), ``text`` (what was analyzed) and ``unparsed_published``
        (a date was given but not read)
    """
    meta: dict[str, Any] = {"title": title, "source": None, "body": None, "shift": 0, "text": text or ""}
    work_text = text or ""
    if email and text:
        from ..email_unwrap import unwrap_email

        unwrapped = unwrap_email(text)
        work_text = unwrapped["body"]
        meta["source"] = unwrapped["from"]
        published = unwrapped["date"] or published
        meta["title"] = title or unwrapped["subject"]
        meta["text"] = work_text
        if unwrapped["offset"] is not None:
            meta["shift"] = unwrapped["offset"]  # offsets then index the cell itself
        else:
            meta["body"] = work_text  # offsets index this stored body
    pub_date = parse_published(published)
    meta["unparsed_published"] = bool(published) and pub_date is None
    meta["published"] = pub_date.isoformat() if pub_date else published
    return analyze(work_text, pub_date), meta


def analyze_pending(article: PendingArticle, article_table: str, email: bool) -> ArticleOutcome:
    """Analyze one pending article into its rows; an exception becomes ``error``
    (one bad article must not stop a long run: it keeps its old rows and is
    retried on the next run)."""
    outcome = ArticleOutcome(article.article_id, article.digest, skipped=article.text is None)
    try:
        result, meta = analyze_article(article.text, article.published, article.title, email)
    except Exception as e:
        outcome.error = f"{article.article_id!r}: {type(e).__name__}: {e}"
        return outcome
    outcome.unparsed_published = meta.pop("unparsed_published")
    shift, text = meta.pop("shift"), meta.pop("text")
    outcome.meta = meta
    ids = dict.fromkeys(ITEM_TABLES, 0)
    outcome.rows = rows_for_article(result, article_table, article.article_id, ids, shift, text)
    indexed = meta.get("body") or article.text or ""  # the text the rows' offsets index
    outcome.link = link_features(indexed, outcome.rows.get(FIGURES, []))
    return outcome


def analyze_chunk(articles: list[PendingArticle], article_table: str, email: bool) -> list[ArticleOutcome]:
    """:func:`analyze_pending` over a chunk of articles, in order (one task of a worker)."""
    return [analyze_pending(article, article_table, email) for article in articles]
