"""The URL patterns of the newsclaims pages (``register_routes``).

Owns which path serves which page. To add a page: write its module in
``web/`` with an ``async def ..._page(datasette, request)`` and add one
line here (before the reader's catch-all ``<table>/<pk>`` pattern).
Must not hold page logic.
"""
from __future__ import annotations

from .claim import claim_page
from .overview import index_page
from .person import person_page
from .quote_group import quote_group_page
from .reader import reader_page
from .respond import within_time_limit
from .speaker import speaker_page
from .timeline import timeline_page


def routes() -> list:
    """(pattern, view) pairs for ``register_routes``; every page answers 504 on a time-out."""
    db = r"/-/newsclaims/(?P<database>[^/]+)"
    return [
        (rf"^{db}/?$", within_time_limit(index_page)),
        (rf"^{db}/timeline$", within_time_limit(timeline_page)),
        (rf"^{db}/speaker/(?P<name>[^/]+)$", within_time_limit(speaker_page)),
        (rf"^{db}/quote-group/(?P<id>[^/]+)$", within_time_limit(quote_group_page)),
        (rf"^{db}/claim/(?P<id>[^/]+)$", within_time_limit(claim_page)),
        (rf"^{db}/person/(?P<id>[^/]+)$", within_time_limit(person_page)),
        (rf"^{db}/(?P<table>[^/]+)/(?P<pk>[^/]+)$", within_time_limit(reader_page)),
    ]
