"""Figures: numbers that state a quantity, normalized (GUIDE.md, "Figures").

A figure is a count, a percentage, an amount of money, a ratio or multiple, a
measurement, a rank or an age. The public entry is :func:`extract_figures`.

How the package reads a text (each step in its own module):

* :mod:`.extract`: one compiled scan finds every digit run and number word;
* :mod:`.numbers`: reads the core number at each hit (digits, sign, decimal,
  digit fraction, spelled number, ``one`` only where it counts), with
  :mod:`.number_words`, :mod:`.fractions`, :mod:`.ranks` (ordinals);
* :mod:`.classify`: the fixed order of readers around the core number:
  :mod:`.money`, :mod:`.units` (scales, percent, measures), :mod:`.ages`,
  :mod:`.ratios`, :mod:`.compounds`, :mod:`.measures`, then :mod:`.counts`
  with :mod:`.nouns` (the counted noun);
* :mod:`.identifiers`: the negative evidence (codes, names, clock times,
  dates in digits, phone numbers), plain functions over text and offsets;
  ``identifiers.is_not_a_year`` is meant to be shared with the dates reader;
* :mod:`.designations`: numbers inside references (``the Group of 20``,
  ``Isaiah 45:1``, ``July 8 to 12``, ``grades 3 through 8``, coordinates);
* :mod:`.ranges`: joins ranges (``10 to 12 percent``) once all are read.

Vocabulary is data in :mod:`.lexicon`, :mod:`.unit_words` and
:mod:`.currency_words`. Must not import Datasette.

Decisions that follow GUIDE.md where the benchmarks' sources differ:

* money is in the main unit of its currency: ``6 cents`` is 0.06 USD and
  ``164p`` 1.64 GBP (NewsQuant and the Recognizers-Text specs keep 6 and 164);
* a score or tally (``2-1``, ``224-201``) is one count, not two numbers;
* a four-digit number from 1900 to 2099 without a thousands comma is a year
  unless an approximator stands before it (news style writes ``2,000 people``);
* ``one`` is a figure only where it counts (``one in five``, ``one mile``,
  ``only one``, ``one game ahead``), not as a pronoun or article.

Every regex is compiled once at import and linear in the text; the readers
look at most a few dozen characters around each number, so the cost is the
scan plus a constant per number.
"""
from __future__ import annotations

from .extract import MAX_INPUT_CHARS, MAX_NUMBERS, extract_figures

__all__ = ["extract_figures", "MAX_INPUT_CHARS", "MAX_NUMBERS"]
