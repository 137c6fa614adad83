"""Which dollar an article's cents are: the country the article is written in or about.

Owns :func:`local_dollar`: an article that prices in ``A$`` or ``Australian
dollars``, or that is set in Australia (``Sydney``, ``Queensland``) more than
in the United States, counts ``cents`` in AUD; likewise New Zealand, Canada,
Hong Kong and Singapore. Reads the whole text once (one pattern), only when a
cent is met. A bare ``$`` stays USD: measured on the news corpus, stories that write ``HK$`` or ``C$``
still give their ``$`` amounts in US dollars (share prices, deals). Must not decide what is
money (:mod:`.money` does).
"""
from __future__ import annotations

import re

from .context import trie_alternation

# place names and demonyms, by currency; "US" counts against them all
_PLACES = {
    "AUD": ["Australia", "Australian", "Australians", "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Canberra",
            "Hobart", "Darwin", "Queensland", "New South Wales", "NSW", "Tasmania", "Victoria", "Victorian"],
    "NZD": ["New Zealand", "New Zealander", "New Zealanders", "Auckland", "Wellington", "Christchurch", "Kiwi", "Kiwis"],
    "CAD": ["Canada", "Canadian", "Canadians", "Toronto", "Montreal", "Vancouver", "Ottawa", "Calgary", "Edmonton",
            "Ontario", "Quebec", "Alberta", "British Columbia", "Manitoba", "Nova Scotia"],
    "HKD": ["Hong Kong"],
    "SGD": ["Singapore", "Singaporean", "Singaporeans"],
    "US": ["U.S.", "United States", "America", "American", "Americans", "Washington", "New York", "California", "Texas",
           "Florida", "Chicago", "Michigan", "Detroit", "Ohio", "Illinois", "Pennsylvania", "Georgia", "Virginia",
           "Massachusetts", "Boston", "Los Angeles", "Dallas", "Houston", "Atlanta", "Nasdaq", "Wall Street",
           "Congress", "Senate", "federal"],
}
# signs and names of a dollar: each counts as three place names
_SIGNS = {
    "AUD": ["A$", "AU$", "AUD", "$A", "Australian dollar", "Australian dollars"],
    "NZD": ["NZ$", "NZD", "New Zealand dollar", "New Zealand dollars"],
    "CAD": ["C$", "CA$", "CAD", "Canadian dollar", "Canadian dollars"],
    "HKD": ["HK$", "HKD", "Hong Kong dollar", "Hong Kong dollars"],
    "SGD": ["S$", "SGD", "Singapore dollar", "Singapore dollars"],
    "US": ["US$", "USD"],
}
_CODE_OF = {}
for _code, _words in _PLACES.items():
    for _w in _words:
        _CODE_OF[_w] = (_code, 1)
for _code, _words in _SIGNS.items():
    for _w in _words:
        _CODE_OF[_w] = (_code, 3)
# a cue stands alone: no letter or digit glued to it ("AUD" in "AUDIT" is none)
_CUES = re.compile(r"(?<![A-Za-z0-9$])(?:%s)(?![A-Za-z0-9])" % trie_alternation(_CODE_OF))


def local_dollar(text: str) -> str | None:
    """The ISO code of the article's local dollar when it is not the US dollar, else None."""
    scores = dict.fromkeys(_PLACES, 0)
    for m in _CUES.finditer(text):
        code, weight = _CODE_OF[m.group()]
        scores[code] += weight
    us = scores.pop("US")
    best = max(scores, key=scores.get)
    if scores[best] < 2:
        return None
    return best if scores[best] > 1.5 * us else None

