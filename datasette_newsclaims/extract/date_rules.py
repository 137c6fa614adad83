"""Moved to :mod:`datasette_newsclaims.dates` (kept until the events module moves too)."""
from ..dates.mention import Mention  # noqa: F401
from ..dates.scan import MAX_MENTIONS, detect  # noqa: F401
