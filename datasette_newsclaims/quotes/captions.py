"""Photo credits and captions: the names in them are no one a pronoun of the story stands for.

Owns: finding credit spans ('(AP Photo/Sue Ogrocki)', 'Photo by Mary Smith/Getty Images',
'Credit: ...') and caption paragraphs (a short paragraph with a credit, or with 'left,' /
'(right)' placing people in a picture), as sorted (start, end) spans.

Must not touch: names or pronouns themselves (``people``, ``coref``).
"""
from __future__ import annotations

import re
from bisect import bisect_right

_AGENCIES = r"(?:AP|AFP|Reuters|EPA|Getty|Getty Images|UPI|Bloomberg|Xinhua|NurPhoto|Shutterstock)"
_CREDIT_RE = re.compile(
    r"\((?:[A-Z][\w.&]{0,20} ){0,3}(?:Photo|Photos|Photograph|Image|Picture|Video|Credit|File)\b[^()\n]{0,80}\)"
    r"|\b(?:Photo|Photos|Photograph|Image|Picture|Credit|Courtesy)(?:s)?(?: by| courtesy of| credit)?:?[ \u00a0]"
    r"[^\n.]{0,80}"
    r"|[A-Z][\w.'’\-]{1,30}(?: [A-Z][\w.'’\-]{1,30}){0,3} ?/ ?(?:" + _AGENCIES + r"|The [A-Z][\w]+|[A-Z][\w]+ (?:Times|Post|News|Press))"
)
_PLACEMENT_RE = re.compile(r",[ \u00a0](?:left|right|center|centre|second from (?:left|right)),|\((?:left|right|center|centre|L|R)\)")
_PARAGRAPH_RE = re.compile(r"[^\n]+")
_CAPTION_MAX = 400  # characters: a caption is a short paragraph


def caption_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) spans of credits and caption paragraphs."""
    spans = []
    for m in _PARAGRAPH_RE.finditer(text):
        para = m.group()
        if '"' in para or "“" in para:
            continue  # a paragraph that quotes someone is part of the story
        if len(para) <= _CAPTION_MAX and (_PLACEMENT_RE.search(para) or _CREDIT_RE.search(para)):
            spans.append((m.start(), m.end()))
            continue
        spans.extend((m.start() + c.start(), m.start() + c.end()) for c in _CREDIT_RE.finditer(para))
    return spans


def in_spans(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """``pos`` lies inside one of ``spans`` (``starts`` are their starts)."""
    i = bisect_right(starts, pos) - 1
    return i >= 0 and pos < spans[i][1]
