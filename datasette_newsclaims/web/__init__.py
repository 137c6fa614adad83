"""The web layer: the newsclaims pages, the links into them from Datasette's
own pages, and the example queries.

Pages (registered through ``register_routes``, see :mod:`.routes`):

``/-/newsclaims/<database>`` (:mod:`.overview`)
    what was extracted: article tables, speakers, links to the other pages
``/-/newsclaims/<database>/<table>/<pk>`` (:mod:`.reader`)
    one article with its quotes, dated events and figures marked
``/-/newsclaims/<database>/timeline`` (:mod:`.timeline`)
    dated events across articles on a server-rendered SVG time axis
``/-/newsclaims/<database>/speaker/<name>`` (:mod:`.speaker`)
    every quote, claim and date of one speaker
``/-/newsclaims/<database>/quote-group/<id>`` (:mod:`.quote_group`)
    every printing of one quote across articles, its differences marked
``/-/newsclaims/<database>/claim/<id>`` (:mod:`.claim`)
    every value cited for one quantity of a story, disagreements marked
``/-/newsclaims/<database>/person/<id>`` (:mod:`.person`)
    one person's quotes across articles, whatever the spelling

Shared pieces: :mod:`.urls`, :mod:`.sources` (permissions, article tables,
configured page sizes), :mod:`.sql` (identifier quoting, joins),
:mod:`.paging` (keyset cursors and "next" links), :mod:`.formatting`,
:mod:`.markup`, :mod:`.axis`, :mod:`.histogram`, :mod:`.respond`, :mod:`.linked` (what the
cross-article pages share, and their permission rule), :mod:`.word_diff`; Datasette's own pages:
:mod:`.cells` (``render_cell``) and :mod:`.actions` (action menus); :mod:`.queries` and
:mod:`.linking_queries` (the example queries).

Which table holds the articles, and in which columns, is read from the
``_newsclaims_sources`` bookkeeping table written by ``datasette newsclaims
extract``; counts come from the summary tables of
:mod:`datasette_newsclaims.store.summaries`, so each page's work is bounded
by what it shows. Pages only read, so they work on immutable (``-i``) databases.
Article text is untrusted: it only ever reaches a page through
:func:`markupsafe.escape` or Jinja's autoescaping. This package must not
write to a user's database nor import the extractors.
"""
from __future__ import annotations

from .actions import database_actions, row_actions, table_actions
from .cells import render_cell
from .routes import routes

__all__ = ["routes", "render_cell", "row_actions", "table_actions", "database_actions"]
