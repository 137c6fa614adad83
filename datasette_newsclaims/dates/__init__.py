"""Dated events: calendar references in news text, resolved against the publication date.

``extract_events(text, published)`` is the public entry. The package, in the
order a mention passes through it:

- :mod:`.rules` (one module per family of date forms, each rule a pattern and
  the reader that turns its match into a :class:`~.mention.Mention`) and
  :mod:`.vocabulary` (the words and pattern fragments the rules share);
- :mod:`.scan` (where rules are tried; :data:`MAX_MENTIONS`) and
  :mod:`.refiners` (joins and drops by neighbours);
- :mod:`.clauses` and :mod:`.clause_parts` (sentences, the event clause), :mod:`.tense` and
  :mod:`.mention_tense` (the tense of a date's clause and of the words around it), :mod:`.discourse`
  (what a relative date refers to),
  :mod:`.filters` (mentions that are not dates after all);
- :mod:`.resolve` with :mod:`.resolve_relative`, :mod:`.resolve_periods` and
  :mod:`.choose_year` (placing a mention on the calendar against the
  publication date) on top of :mod:`.calendar` (pure date arithmetic, holidays,
  seasons, quarters);
- :mod:`.events` (the item each mention becomes).

Nothing here imports Datasette.
"""
from .events import extract_events
from .scan import MAX_MENTIONS

__all__ = ["MAX_MENTIONS", "extract_events"]
