"""Old home of the storage names, kept so existing imports still work.

New code imports from :mod:`datasette_newsclaims.store` (the extraction job,
the schema) or :mod:`datasette_newsclaims.store.tables` (table names). This
module owns nothing and must not grow: delete it once nothing imports it.
"""
from __future__ import annotations

from .store import *  # noqa: F401,F403
from .store import __all__  # noqa: F401
from .store.tables import EVENT_COLUMNS, FIGURE_COLUMNS, QUOTE_COLUMNS  # noqa: F401
