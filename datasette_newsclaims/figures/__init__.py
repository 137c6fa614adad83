"""Figures: numbers that state a quantity, normalized (GUIDE.md, "Figures").

The vocabulary lives here (:mod:`.lexicon`, :mod:`.unit_words`,
:mod:`.currency_words`, :mod:`.number_words`); the reader is still
``datasette_newsclaims.extract.figures``. Must not import Datasette.
"""
