"""The work done for one changed article: unwrap an e-mail if asked, read the
publication date, run :func:`~datasette_newsclaims.analyze`.

Owns: what one article's extraction needs and returns (the result and the
fields of its ``_newsclaims_articles`` row). Must not touch: the database
or shared state, so it can run anywhere (a worker process, a cluster node).
"""
from __future__ import annotations

from typing import Any

from ..core import analyze, parse_published


def analyze_article(text: str | None, published: str | None, title: str | None, email: bool) -> tuple[dict, dict]:
    """Run :func:`analyze` on one article.

    :return: ``(result, meta)``: the analyze result and ``meta`` with the
        article's ``title``, ``source``, ``body`` (kept only when offsets index
        an unwrapped body), ``published`` (ISO when readable), ``shift`` (to add
        to every offset) and ``unparsed_published`` (a date was given but not read)
    """
    meta: dict[str, Any] = {"title": title, "source": None, "body": None, "shift": 0}
    work_text = text or ""
    if email and text:
        from ..email_unwrap import unwrap_email

        unwrapped = unwrap_email(text)
        work_text = unwrapped["body"]
        meta["source"] = unwrapped["from"]
        published = unwrapped["date"] or published
        meta["title"] = title or unwrapped["subject"]
        if unwrapped["offset"] is not None:
            meta["shift"] = unwrapped["offset"]  # offsets then index the cell itself
        else:
            meta["body"] = work_text  # offsets index this stored body
    pub_date = parse_published(published)
    meta["unparsed_published"] = bool(published) and pub_date is None
    meta["published"] = pub_date.isoformat() if pub_date else published
    return analyze(work_text, pub_date), meta
