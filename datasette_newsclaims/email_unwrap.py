"""Unwrap forwarded e-mails (press releases, tips) before extraction.

Newsrooms receive statements as forwarded messages. :func:`unwrap_email`
uses quotequail to find the forwarded message inside the one that was
received, so that its original sender becomes the *source* and its ``Date:``
header the *publication date*; the forwarder's note on top and quoted replies
(``> ...`` lines, "On ... wrote:" blocks) are dropped.

quotequail runs a few dozen regular expressions over every line, some with two
``.*`` groups, so a single very long line costs quadratic time. Lines longer
than ``LONG_LINE`` characters are therefore cut to their first ``LONG_LINE``
characters plus a placeholder before quotequail sees them, and restored
afterwards: no header or "wrote:" line is that long, and the body comes back
unchanged.
"""
from __future__ import annotations

import re
from typing import Any

import quotequail

from .core import parse_published

LONG_LINE = 300
MAX_DEPTH = 5  # forwards of forwards followed at most this deep

_PLACEHOLDER = re.compile("\ue000(\\d+)\ue001")
_MAILTO = re.compile(r"\s*\[mailto:([^\]\s]{1,320})\]")


def _shorten(text: str) -> tuple[str, list[str]]:
    tails: list[str] = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if len(line) > LONG_LINE:
            tails.append(line[LONG_LINE:])
            lines[i] = f"{line[:LONG_LINE]}\ue000{len(tails) - 1}\ue001"
    return "\n".join(lines), tails


def _restore(value: str | None, tails: list[str]) -> str | None:
    if not value or not tails:
        return value
    return _PLACEHOLDER.sub(lambda m: tails[int(m[1])], value)


def _clean_from(value: str | None) -> str | None:
    """``Smith, John [mailto:js@x.gov]`` -> ``Smith, John <js@x.gov>``."""
    if not value:
        return None
    value = _MAILTO.sub(r" <\1>", value).strip()
    return value or None


def _unwrap_once(text: str) -> dict[str, Any] | None:
    shortened, tails = _shorten(text)
    found = quotequail.unwrap(shortened)
    if not found:
        return None
    return {k: _restore(v, tails) if isinstance(v, str) else v for k, v in found.items()}


def unwrap_email(text: str) -> dict[str, Any]:
    """Find the original message inside a forwarded or replied-to e-mail.

    :param text: plain-text e-mail body (line endings ``\\r\\n`` or ``\\n``)
    :return: ``{"from", "date", "subject", "body", "published", "type"}``:
        header values of the innermost forwarded message (None when absent),
        ``published`` its Date parsed to ``YYYY-MM-DD`` (None if unreadable),
        ``body`` the text to extract from, and ``type`` one of ``forward``,
        ``reply``, ``quote`` or ``plain``. A message that wraps nothing comes
        back whole with ``type`` ``plain``.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    headers: dict[str, str | None] = {"from": None, "date": None, "subject": None}
    kind = "plain"
    body = text
    for _ in range(MAX_DEPTH):
        found = _unwrap_once(body)
        if not found:
            break
        if found["type"] == "forward":
            kind = "forward"
            # headers of the innermost forwarded message win
            for key in headers:
                if found.get(key):
                    headers[key] = found[key]
            body = found.get("text", "")
            continue
        # a reply or a quote: keep what was written around it, drop the quoted part
        kept = "\n\n".join(p for p in (found.get("text_top"), found.get("text_bottom")) if p)
        if kind == "plain":
            kind = "reply" if found["type"] == "reply" else "quote"
        body = kept or found.get("text", "")
        break
    published = parse_published(headers["date"])
    return {
        "from": _clean_from(headers["from"]),
        "date": headers["date"],
        "subject": headers["subject"],
        "body": body.strip("\n"),
        "published": published.isoformat() if published else None,
        "type": kind,
    }
