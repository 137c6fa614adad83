"""Turning a page's context into a response, and a slow query into a 504 page.

Owns the variables every newsclaims template gets (stylesheet, navigation
links) and the time-limit wrapper of the routes. Must not query item tables.
"""
from __future__ import annotations

from datasette import Response
from datasette.database import QueryInterrupted

from .sources import database_for_request
from .urls import page_url

PLUGIN = "datasette_newsclaims"


async def render(datasette, request, db, template: str, context: dict, status: int = 200) -> Response:
    """``template`` rendered with ``context`` plus the shared navigation."""
    context = dict(
        context,
        database=db.name,
        nc_css=datasette.urls.static_plugins(PLUGIN, "newsclaims.css"),
        nc_index=page_url(datasette, db.name),
        nc_timeline=page_url(datasette, db.name, "timeline"),
    )
    html = await datasette.render_template(template, context, request=request)
    return Response.html(html, status=status)


def within_time_limit(view):
    """Turn a query stopped by ``sql_time_limit_ms`` into a page that says so."""

    async def page(datasette, request):
        try:
            return await view(datasette, request)
        except QueryInterrupted:
            db = await database_for_request(datasette, request)
            return await render(datasette, request, db, "newsclaims_message.html", {
                "title": "Too slow",
                "message": "A query for this page ran past the time limit (sql_time_limit_ms). "
                "Narrow it down, for example with a speaker, an article or a date range.",
            }, status=504)

    return page
