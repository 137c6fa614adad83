"""Photo credits and captions: the names in them are no one a pronoun of the story stands for.

Owns: finding credit spans ('(AP Photo/Sue Ogrocki)', 'Photo by Mary Smith/Getty Images',
'Credit: ...'), bylines and wire credits ('By Bob Ward', '(Reporting by Mike Stone; Editing by
Peter Cooney)', 'Staff writer John Smith contributed to this report.') and caption paragraphs (a short paragraph with a credit, or with 'left,' /
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
# bylines and wire credits: "By Bob Ward", "(Reporting by Mike Stone; Editing by Peter Cooney)",
# "Staff writer John Smith contributed to this report."
# (two patterns that open with a literal, so that the scan skips along; a "^" alternative made
# the engine try every position)
_WIRE_CREDIT_RE = re.compile(r"\((?:Additional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled)[^()\n]{0,200}\)")
_BYLINE_RE = re.compile(r"(?:By|BY|Posted by|Written by|Reporter|Author)\b:?[ \u00a0][^\n]{0,120}$", re.M)
_CONTRIBUTED_RE = re.compile(r"\b(?:contributed to|contributed reporting|reported from)\b")
_CREDIT_WORD_RE = re.compile(r"Photo|Image|Picture|Credit|Courtesy|Video|File|/")  # (one scan, not eight)
_PLACEMENT_RE = re.compile(r",[ \u00a0](?:left|right|center|centre|second from (?:left|right)),|\((?:left|right|center|centre|L|R)\)")
_PARAGRAPH_RE = re.compile(r"[^\n]+")
_HINT_RE = re.compile(r"Photo|Image|Picture|Credit|Courtesy|Video|File|By|by|Reporter|Author|contributed|/|, (?:left|right|cent)|\((?:left|right|cent|L\)|R\))")
_CAPTION_MAX = 400  # characters: a caption is a short paragraph


def caption_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) spans of credits, bylines and caption paragraphs."""
    spans: list[tuple[int, int]] = []
    if not _HINT_RE.search(text):
        return spans  # no credit, byline or placement word: no caption (the common case, found fast)
    if "(" in text:
        spans.extend(m.span() for m in _WIRE_CREDIT_RE.finditer(text))
    spans.extend(m.span() for m in _BYLINE_RE.finditer(text) if m.start() == 0 or text[m.start() - 1] == "\n")
    if "contributed" in text or "reported from" in text:  # "... contributed to this report."
        spans.extend(_line_of(text, m.start()) for m in _CONTRIBUTED_RE.finditer(text))
    after_credit = False  # the paragraph before was a photo credit alone ("POOL New/Reuters.")
    for m in _PARAGRAPH_RE.finditer(text):
        para = m.group()
        if '"' in para or "“" in para:
            after_credit = False
            continue  # a paragraph that quotes someone is part of the story
        credit = _CREDIT_WORD_RE.search(para) is not None
        if len(para) <= _CAPTION_MAX and (_PLACEMENT_RE.search(para) or credit and _CREDIT_RE.search(para) or after_credit):
            spans.append((m.start(), m.end()))  # (the caption under a credit line: "Officer Tim Smith holds up ...")
        elif credit:
            spans.extend((m.start() + c.start(), m.start() + c.end()) for c in _CREDIT_RE.finditer(para))
        after_credit = len(para) <= 60 and credit and bool(_CREDIT_RE.fullmatch(para.strip().rstrip(".")))
    return _merged(spans)


def _line_of(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line holding ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, end if end >= 0 else len(text)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def in_spans(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """``pos`` lies inside one of ``spans`` (``starts`` are their starts)."""
    i = bisect_right(starts, pos) - 1
    return i >= 0 and pos < spans[i][1]
