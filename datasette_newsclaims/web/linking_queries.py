"""The example queries over the cross-article tables (issue 10): quotes
credited to different speakers, numbers that disagree across outlets, who
printed a quote first.

Owns their SQL and the tables each reads; web/queries.py registers them with
the others, only on databases whose extraction linked articles.
"""
from __future__ import annotations

from typing import Any

from ..store.link_schema import CLAIM_GROUPS, QUOTE_GROUPS
from ..store.tables import ARTICLES, FIGURES, QUOTES

#: a database offers these queries only when it holds these tables
LINKING_TABLES = frozenset({QUOTE_GROUPS, CLAIM_GROUPS})

LINKING_QUERIES: dict[str, dict[str, Any]] = {
    "newsclaims_speakers_disagree": {
        "title": "Who said it? Quotes credited to different speakers",
        "description": "One quote printed by several articles that do not agree on who said it.",
        "sql": f"""select
  g.id as quote_group,
  g.text,
  g.speakers,
  g.articles,
  g.outlets,
  g.first_published
from {QUOTE_GROUPS} g
where g.speakers_disagree = 1
order by g.articles desc, g.first_published, g.id
limit 500""",
        "params": [],
    },
    "newsclaims_values_disagree": {
        "title": "Whose numbers differ: figures that disagree across outlets",
        "description": (
            "Figures that state one quantity of one story (a death toll, an age) with different values "
            "in different articles: every value cited is in the cited column."
        ),
        "sql": f"""select
  c.id as claim,
  c.kind,
  c.unit,
  c.event,
  c.subject,
  c.min,
  c.max,
  c.articles,
  c.first_published,
  c.cited
from {CLAIM_GROUPS} c
where c.values_disagree = 1
order by c.articles desc, c.first_published, c.id
limit 500""",
        "params": [],
    },
    "newsclaims_quoted_first": {
        "title": "Who printed a quote first",
        "description": "For each quote printed by several articles: the first article and outlet to print it.",
        "sql": f"""select
  g.id as quote_group,
  g.text,
  g.first_published,
  a.source as first_outlet,
  a.title as first_title,
  g.first_article_id,
  g.articles,
  g.speakers
from {QUOTE_GROUPS} g
left join {ARTICLES} a on a.article_table = g.article_table and a.article_id = g.first_article_id
order by g.articles desc, g.first_published, g.id
limit 500""",
        "params": [],
    },
}

LINKING_READS: dict[str, tuple[str, ...]] = {
    "newsclaims_speakers_disagree": (QUOTES, ARTICLES),
    "newsclaims_values_disagree": (FIGURES, ARTICLES),
    "newsclaims_quoted_first": (QUOTES, ARTICLES),
}
