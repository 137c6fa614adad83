"""Amounts of money: a currency sign before the number, a currency word or symbol after it.

Owns the currency patterns compiled from :mod:`.currency_words` and the
readers that make a figure money: ``$5``, ``S$232m``, ``6 cents`` (0.06 USD),
``164p`` (1.64 GBP), ``361 million pounds``, ``3 dollars 50 cents``. Must not
read units of measure or counts (:mod:`.measures`, :mod:`.counts`).
"""
from __future__ import annotations

import re

from .context import Figure, ScannedText, alternation
from .currency_words import CURRENCY_PREFIX, CURRENCY_SYMBOL_SUFFIX, CURRENCY_WORDS
from .number_words import parse_number_words
from .units import SCALE_AFTER

CURRENCY_WORD = re.compile(r"(?:[ \t]+|-)(%s)(?![a-z])" % alternation(CURRENCY_WORDS))
_POUNDS = re.compile(r"[ \t]+(pounds?)(?![a-z])")
MONEY_IN_PARENS = re.compile(r"[ \t]*\([^()]{0,30}?(?:euros?|dollars?|\$|€|US)")
_CURRENCY_SYMBOL_AFTER = re.compile(r"[ \t]?(%s)" % alternation(CURRENCY_SYMBOL_SUFFIX))
_SPACED_PENCE = re.compile(r"[ \t]p(?=[ \t]*[,.;)]|[ \t]+(?:at|to|a|per|on)\b|[ \t]*\Z)")
_CENTS_AFTER = re.compile(
    r"[ \t]+(?:and[ \t]+)?(\d{1,2}|[a-z]+(?:[ -][a-z]+)?)(?:[ \t]+cents?\b|(?=[ \t]*(?:[.,;!?]|\Z)|[ \t]+and\b))"
)
_CURRENCY_LAST_CHARS = set("".join(CURRENCY_PREFIX)) - set("abcdefghijklmnopqrstuvwxyz") | set("sp$")
_CURRENCY_BEFORE = re.compile(r"(?<![A-Za-z])(%s)[ \t]?\Z" % alternation(CURRENCY_PREFIX))
# currency words that are other words without a scale ("won the race", "marks", "rand")
AMBIGUOUS_WITHOUT_SCALE = ("won", "marks", "rand", "dong", "real")
# currency words that may be joined by a hyphen ("a 10-cent stamp", "a million-dollar home")
_HYPHEN_CURRENCY = ("cent", "dollar", "yen", "euro", "pound", "penny")


_VIDEO_LINES = {"240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"}


def currency_before(text: str, s: int) -> re.Match | None:
    """The currency sign or code right before ``s`` (``$``, ``US$``, ``EUR ``), as a match."""
    if s == 0:
        return None
    c = text[s - 1]
    if c in " \t" and s > 1:
        c = text[s - 2]
    if c.isupper() or c in _CURRENCY_LAST_CHARS:
        return _CURRENCY_BEFORE.search(text, max(0, s - 8), s)
    return None


def take_currency_sign(scan: ScannedText, fig: Figure, e: int, raw: str | None) -> int | None:
    """Give ``fig`` the currency written before it; the scan position when the sign is no currency (``PS5``)."""
    cur = currency_before(scan.text, fig.start)
    if not cur:
        return None
    fig.currency = CURRENCY_PREFIX[cur.group(1)]
    fig.start = cur.start(1)
    if cur.group(1) == "PS" and not (raw and ("," in raw or "." in raw) or SCALE_AFTER.match(scan.low, e)
                                     or scan.low.startswith(("m", "bn"), e)):
        return e  # "PS5" is a console; "PS2.7m" is a mis-encoded pound sign
    return None


def read_money_after(scan: ScannedText, fig: Figure, e: int) -> int | None:
    """Emit ``fig`` as money when a currency word, sign or symbol makes it one; None otherwise."""
    text, low = scan.text, scan.low
    cm = CURRENCY_WORD.match(low, e)
    if cm:
        code, factor = CURRENCY_WORDS[cm.group(1)]
        if not (cm.group(1) in AMBIGUOUS_WITHOUT_SCALE and not fig.scaled) and not (
                cm.group(0).startswith("-") and cm.group(1) not in _HYPHEN_CURRENCY):
            fig.kind, fig.unit = "money", fig.currency or code
            if factor != 1:
                fig.value *= factor
                fig.factor = factor
                fig.unit = cents_currency(scan, code) if cm.group(1).startswith("cent") else code
            fig.end = cm.end()
            return scan.emit(_with_cents(scan, fig))
    if fig.currency:
        fig.kind, fig.unit = "money", fig.currency
        return scan.emit(fig)
    pm = _SPACED_PENCE.match(low, e) if low.startswith((" p", "\tp"), e) else None
    if pm:  # "down 68 p at 1112 p"
        fig.kind, fig.unit, fig.value, fig.end, fig.factor = "money", "GBP", fig.value / 100, pm.end(), 0.01
        return scan.emit(fig)
    pm = _POUNDS.match(low, e) if "pound" in low[e:e + 12] else None
    if pm and (fig.scaled or low.startswith(" sterling", pm.end())):
        fig.kind, fig.unit, fig.end = "money", "GBP", pm.end()
        return scan.emit(fig)
    sym = _CURRENCY_SYMBOL_AFTER.match(text, e)
    if sym:
        fig.kind, fig.unit, fig.end = "money", CURRENCY_SYMBOL_SUFFIX[sym.group(1)], sym.end()
        return scan.emit(fig)
    return None


def cents_currency(scan: ScannedText, code: str) -> str:
    """The currency of ``cents``: the article's local dollar (``AUD`` in an Australian article), else ``code``."""
    return scan.local_dollar() or code


def _with_cents(scan: ScannedText, fig: Figure) -> Figure:
    """``3 dollars 50 cents``, ``thirteen dollars and forty-five cents``, ``thirteen dollars forty five``."""
    m = _CENTS_AFTER.match(scan.low[fig.end:fig.end + 30])
    if m and fig.factor == 1:
        g = m.group(1)
        if g.isdigit():
            v = float(g)
        else:
            parsed = parse_number_words(g, 0)
            v = parsed[0] if parsed and parsed[1] == len(g) else None
        if v is not None and v < 100:
            fig.value += v / 100
            fig.end += m.end()
    return fig


def is_fused_currency(letters: str) -> bool:
    """``p`` or a currency word fused to the digits: ``164p``, ``10yen``."""
    return letters in CURRENCY_WORDS or letters == "p"


def read_fused_money(scan: ScannedText, fig: Figure, end: int, letters: str) -> int:
    """``164p``, ``10yen``: a currency word fused to the digits; ``1080p`` is a video resolution, no figure."""
    if letters == "p" and fig.raw in _VIDEO_LINES and not fig.currency:
        return end
    code, factor = ("GBP", 0.01) if letters == "p" else CURRENCY_WORDS[letters]
    fig.kind, fig.unit, fig.value, fig.factor, fig.end = "money", code, fig.value * factor, factor, end
    return scan.emit(fig)


# a row of a stock quote table: price, change, change in percent ("225.86 -12.99 -5.44%")
_QUOTE_ROW_AFTER_PRICE = re.compile(r"[ \t]+[-+−]\d{1,5}\.\d{2}[ \t]+[-+−]?\d{1,3}\.\d{1,2}%")
_QUOTE_ROW_AFTER_CHANGE = re.compile(r"[ \t]+[-+−]?\d{1,3}\.\d{1,2}%")
_PRICE_BEFORE_CHANGE = re.compile(r"\d\.\d{2}[ \t]+\Z")


def read_quote_row(scan: ScannedText, fig: Figure, e: int) -> int | None:
    """``HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%``: the price and its change are money, in dollars."""
    raw = fig.raw
    if not raw or fig.currency or len(raw) < 4 or raw[-3] != ".":
        return None
    is_price = bool(_QUOTE_ROW_AFTER_PRICE.match(scan.text, e))
    is_change = (fig.value < 0 and _QUOTE_ROW_AFTER_CHANGE.match(scan.text, e)
                 and _PRICE_BEFORE_CHANGE.search(scan.text, max(0, fig.start - 12), fig.start))
    if not (is_price or is_change):
        return None
    fig.kind, fig.unit = "money", scan.local_dollar() or "USD"
    return scan.emit(fig)
