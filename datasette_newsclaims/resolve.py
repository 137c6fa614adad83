"""Moved to :mod:`datasette_newsclaims.dates.resolve` (kept until the events module moves too)."""
from .dates.mention import Resolved  # noqa: F401
from .dates.resolve import resolve  # noqa: F401
from .dates.tense import FUTURE, NEAREST, PAST, PRESENT, STRICT_PAST, WEAK_PAST  # noqa: F401
