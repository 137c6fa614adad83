"""Unwrap forwarded e-mails (press releases, tips) before extraction.

Newsrooms receive statements as forwarded messages. :func:`unwrap_email`
uses quotequail to find the forwarded message inside the one that was
received, so that its original sender becomes the *source* and its ``Date:``
header the *publication date*; the forwarder's note on top and quoted replies
(``> ...`` lines under "On ... wrote:") are dropped.

Bounded work: quotequail tries a few dozen regular expressions on every line,
re-reads header-like runs once per line (quadratic), and some patterns have
two ``.*`` groups (quadratic in a line's length). So only the first
``SCAN_LINES`` lines are searched for a forward/reply marker (the forwarder's
note sits on top), each of them cut to ``LONG_LINE`` characters plus a
placeholder while quotequail reads it; the message found is then taken from
the full, unmodified text. Forwards of forwards are followed ``MAX_DEPTH``
deep.

quotequail's public ``unwrap()`` returns strings; its internal ``unwrap()``
returns line ranges, which let us keep the body's exact position in the input
(``offset``), so that character offsets of items found in the body map back
to the original text.
"""
from __future__ import annotations

import re
from typing import Any

from quotequail import _internal, _patterns

from .core import parse_published

SCAN_LINES = 200
LONG_LINE = 300
MAX_DEPTH = 5

_PLACEHOLDER = re.compile("\ue000(\\d{1,6})\ue001")
_MAILTO = re.compile(r"\s*\[mailto:([^\]\s]{1,320})\]")
HEADERS = ("from", "date", "subject")


def _detect(lines: list[str]) -> tuple[tuple | None, list[str]]:
    """Run quotequail over the head of ``lines``; return its ranges and the cut-off tails."""
    tails: list[str] = []
    head = []
    for line in lines[:SCAN_LINES]:
        line = line.rstrip("\r")
        if len(line) > LONG_LINE:
            tails.append(line[LONG_LINE:])
            line = f"{line[:LONG_LINE]}\ue000{len(tails) - 1}\ue001"
        head.append(line)
    found = _internal.unwrap(
        head, _patterns.MAX_WRAP_LINES, _patterns.MIN_HEADER_LINES, _patterns.MIN_QUOTED_LINES
    )
    return found, tails


def _restore(value: str, tails: list[str]) -> str:
    """Put back the cut-off tails; a placeholder-like string that was in the
    input itself (not one of ours) stays as it was."""
    if not tails:
        return value
    return _PLACEHOLDER.sub(lambda m: tails[int(m[1])] if int(m[1]) < len(tails) else m[0], value)


def _bounds(rng: tuple | None, lines: list[str], quoted: bool) -> tuple[int, int] | None:
    """A quotequail line range over the head, stretched to the full ``lines``."""
    if rng is None:
        return None
    start, end = rng
    start = start or 0
    head = min(len(lines), SCAN_LINES)
    if end is None:
        end = len(lines)
    elif quoted and end >= head:
        # the quoted block ran to the end of the head: follow it further
        while end < len(lines) and lines[end].startswith(">"):
            end += 1
    return (start, end) if end > start else None


def _unindent(lines: list[str]) -> list[str]:
    return [line[2:] if line.startswith("> ") else line[1:] if line.startswith(">") else line for line in lines]


def _clean_from(value: str | None) -> str | None:
    """``Smith, John [mailto:js@x.gov]`` -> ``Smith, John <js@x.gov>``."""
    if not value:
        return None
    return _MAILTO.sub(r" <\1>", value).strip() or None


def _around_quote(
    lines: list[str], top: Any, bottom: Any, main_b: tuple[int, int] | None, quoted: bool, contiguous: bool
) -> tuple[list[str], int, bool]:
    """The lines written above and below a reply's quoted part (or the quote itself when nothing else is there).

    :return: the kept lines, how many input lines precede the first kept one, and whether the kept
        lines are still one contiguous slice of the input
    """
    top_b = _bounds(top, lines, False) if top and top[1] else None
    bottom_b = _bounds(bottom, lines, False) if bottom else None
    if bottom_b and main_b:  # the quote may have been followed past the head
        bottom_b = (max(bottom_b[0], main_b[1]), bottom_b[1]) if bottom_b[1] > main_b[1] else None
    pieces = [b for b in (top_b, bottom_b) if b and any(l.strip() for l in lines[b[0] : b[1]])]
    if not pieces:  # nothing but the quote: keep the quoted text itself
        pieces, contiguous = ([main_b] if main_b else []), contiguous and not quoted
        lines = _unindent(lines) if quoted else lines
    if len(pieces) > 1:
        contiguous = False
    skipped = pieces[0][0] if pieces else 0
    return [line for a, b in pieces for line in lines[a:b]], skipped, contiguous


def unwrap_email(text: str) -> dict[str, Any]:
    """Find the original message inside a forwarded or replied-to e-mail.

    :param text: plain-text e-mail (``\\n`` or ``\\r\\n`` line endings)
    :return: ``{"from", "date", "subject", "body", "published", "type", "offset"}``:
        the headers of the innermost forwarded message (None when absent),
        ``published`` its Date as ``YYYY-MM-DD`` (None if unreadable),
        ``body`` the text to extract from, ``type`` one of ``forward``,
        ``reply``, ``quote`` or ``plain`` (nothing wrapped: the text comes
        back whole), and ``offset`` such that
        ``text[offset:offset + len(body)] == body``, or None when the body is
        not one slice of the input (quoted ``>`` lines, or text above and
        below a quote joined).
    """
    lines = text.split("\n")
    first = 0  # index in the input's lines of lines[0], while contiguous
    contiguous = True
    headers: dict[str, str | None] = dict.fromkeys(HEADERS)
    kind = "plain"
    for _ in range(MAX_DEPTH):
        found, tails = _detect(lines)
        if not found:
            break
        typ, top, hdrs, main, bottom, quoted = found
        main_b = _bounds(main, lines, quoted)
        if typ == "forward":
            kind = "forward"
            for key in HEADERS:  # the innermost forwarded message's headers win
                if hdrs and hdrs.get(key):
                    headers[key] = _restore(hdrs[key], tails).strip()
            if main_b is None:
                lines = []
                break
            lines = lines[main_b[0] : main_b[1]]
            first += main_b[0]
            if quoted:
                lines = _unindent(lines)
                contiguous = False
            continue
        # a reply or a quote: keep what was written around it, drop the quoted part
        kind = typ if kind == "plain" else kind
        lines, skipped, contiguous = _around_quote(lines, top, bottom, main_b, quoted, contiguous)
        first += skipped
        break
    body = "\n".join(lines)
    offset = None
    if contiguous:
        offset = sum(len(line) + 1 for line in text.split("\n")[:first])
    stripped = body.strip()
    if offset is not None:
        offset += len(body) - len(body.lstrip())
    published = parse_published(headers["date"])
    return {
        "from": _clean_from(headers["from"]),
        "date": headers["date"],
        "subject": headers["subject"],
        "body": stripped,
        "published": published.isoformat() if published else None,
        "type": kind,
        "offset": offset,
    }
