"""Numbers that are part of a reference in running text, not a quantity.

Owns the recognizers for: a capitalized name ``X of N`` (``the Group of 20``,
``the Gang of Eight``), a chapter and verse (``Isaiah 45:1``), the second day
of a date range whose first day follows a month (``July 8 to 12``), school
grades and levels given as a range (``grades 3 through 8``) and map
coordinates (``41.248601 -76.918823``). Like :mod:`.identifiers`, plain
functions over the text and offsets that other extractors may share; must not
build figures.
"""
from __future__ import annotations

import re

_CAPITAL_OF_BEFORE = re.compile(r"(?<=[a-z,] )(?:the[ \t]+)?[A-Z][a-z]+[ \t]+of[ \t]+\Z")
_NOT_NAME_WORDS = {"Of", "Out", "One", "Two", "Three", "Some", "Most", "All", "Many", "None", "Each", "Both", "Any",
                   "Half", "Part", "Top", "End", "Rest", "Total", "Number", "Ages", "Age", "Groups", "Monday", "Tuesday",
                   "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
                   "May", "June", "July", "August", "September", "October", "November", "December"}
# after the name: punctuation or a verb, not a noun the number counts ("Death of 3-Year-Old Girl", "of 57,500 US dollars")
_AFTER_NAME = re.compile(r"[ \t]*(?:[.,;:!?)\"”’]|\Z|[ \t]+[a-z]+(?<!s)\b(?![ \t]*[-–]))")
_CHAPTER_VERSE = re.compile(r":\d{1,3}(?:[-–]\d{1,3})?(?![\d:.,]\d)")
_MONTH_DAY_RANGE_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?[ \t]*(?:to|through|thru|and|until|-|–)[ \t]*\Z")
_GRADE_RANGE_BEFORE = re.compile(r"(?<![a-z])(?:grades|levels|stages|categories|phases|seasons|chapters)[ \t]+\w+[ \t]+"
                                 r"(?:to|through|and|or)[ \t]+\Z")
_RANGE_JOINS = (" to ", " through ", " and ", " or ")
_COORDINATE = re.compile(r"-?\d{1,3}\.\d{4,}(?:°)?[ \t]*,?[ \t]*-?\d{1,3}\.\d{4,}")


def is_capitalized_name_of(text: str, s: int, e: int) -> bool:
    """``the Group of 20``, ``a member of the Gang of Eight``: the number ends a name, it counts nothing."""
    if not text.endswith("of ", max(0, s - 3), s) or e - s > 6 or not _AFTER_NAME.match(text, e):
        return False
    m = _CAPITAL_OF_BEFORE.search(text, max(0, s - 24), s)
    if not m:
        return False
    word = text[m.start():s].split()[-2]
    return word not in _NOT_NAME_WORDS


def chapter_verse_end(text: str, s: int, e: int) -> int | None:
    """End of ``45:1`` in ``Isaiah 45:1`` or ``Ephesians 5:6-8`` (the caller checks the name before)."""
    m = _CHAPTER_VERSE.match(text, e)
    return m.end() if m else None


def is_day_of_a_range(text: str, s: int, value: float) -> bool:
    """``July 8 to 12``, ``Nov. 4-5``: the number is the last day of a range of dates."""
    return 1 <= value <= 31 and bool(_MONTH_DAY_RANGE_BEFORE.search(text, max(0, s - 24), s))


def is_grade_range_end(low: str, s: int) -> bool:
    """``grades three through eight``, ``levels 2 and 3``: the second number of a range of designations."""
    return low.endswith(_RANGE_JOINS, max(0, s - 9), s) and bool(_GRADE_RANGE_BEFORE.search(low, max(0, s - 40), s))


def coordinate_end(text: str, s: int) -> int | None:
    """End of a latitude and longitude pair at ``s``: ``41.248601 -76.918823``."""
    m = _COORDINATE.match(text, s)
    return m.end() if m else None
