"""What an article is about, as features for clustering articles into stories.

Owns feature extraction from one article: the rarer proper names in its text
(multi-word names weigh more than single capitalised words; sentence-initial
words, weekdays, months and common capitalised words are left out) and its
named speakers. Weights are fixed per feature, never from corpus counts, so
linking does not depend on arrival order.
"""
from __future__ import annotations

import re

from .words import fold

NAME_WEIGHT = 2  # a multi-word proper name: "Raekwon Brown", "Burke High School"
WORD_WEIGHT = 1  # a capitalised word inside a sentence: "Dorchester"
_CAPITALISED = re.compile(r"(?<![\w'’])[A-Z][\w'’.-]*[\w]|(?<![\w'’])[A-Z]\b")
COMMON_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec today tonight yesterday
    the a an and but or if in on at of for to by with from as it its he she they we you i his her their our this
    that these those there here when where what who why how after before police officers officer mayor president
    city county state department chief news street avenue road said says mr mrs ms dr sen rep gov st north south
    east west new read more published updated copyright associated press reuters cnn ap photo video getty images
    facebook twitter instagram email share comments comment click story page home school high university
    republican democrat republicans democrats american americans u.s us america national federal government""".split()
)


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?\n:"


def proper_names(text: str) -> dict[str, int]:
    """Folded proper names of ``text`` with their weight."""
    features: dict[str, int] = {}
    run: list[str] = []
    run_start = 0
    end = -1
    for m in _CAPITALISED.finditer(text):
        between = text[end:m.start()] if end >= 0 else ""
        if run and between not in (" ", " of ", " de ", " van ", " von "):
            _add_run(features, run, text, run_start)
            run = []
        if not run:
            run_start = m.start()
        run.append(m.group())
        end = m.end()
    if run:
        _add_run(features, run, text, run_start)
    return features


def _add_run(features: dict[str, int], run: list[str], text: str, start: int) -> None:
    words = [fold(w).strip(".") for w in run]
    if _sentence_initial(text, start) and words and words[0] in COMMON_WORDS:
        words = words[1:]
    words = [w for w in words if w]
    content = [w for w in words if w not in COMMON_WORDS]
    if len(words) >= 2 and len(content) >= 1:
        features["n:" + " ".join(words)] = NAME_WEIGHT
        for w in content:
            if len(w) >= 4:
                features.setdefault("w:" + w, WORD_WEIGHT)
    elif len(content) == 1 and len(content[0]) >= 4 and not _sentence_initial(text, start):
        features.setdefault("w:" + content[0], WORD_WEIGHT)
