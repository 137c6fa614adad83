"""Which dollar an article's cents are: the country the article is written in or about.

Owns :func:`local_dollar`: an article that prices in ``A$`` or ``Australian
dollars``, or that is set in Australia (``Sydney``, ``Queensland``) more than
in the United States, counts ``cents`` in AUD; likewise New Zealand, Canada,
Hong Kong and Singapore. Reads the whole text once, only when a cent is met.
Must not decide what is money (:mod:`.money` does) or touch ``$`` itself.
"""
from __future__ import annotations

import re

# explicit signs and names of a local dollar: each counts three cues
_LOCAL_SIGNS = {
    "AUD": re.compile(r"\b(?:AU?\$|AUD\b|Australian[ \t]+dollars?)|\$A\b"),
    "NZD": re.compile(r"\bNZ\$|\bNZD\b|New[ \t]+Zealand[ \t]+dollars?"),
    "CAD": re.compile(r"\bC(?:A)?\$|\bCAD\b|Canadian[ \t]+dollars?"),
    "HKD": re.compile(r"\bHK\$|\bHKD\b|Hong[ \t]+Kong[ \t]+dollars?"),
    "SGD": re.compile(r"\bS\$|\bSGD\b|Singapore[ \t]+dollars?"),
}
# places and demonyms
_PLACES = {
    "AUD": re.compile(r"\b(?:Australian?s?|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart|Darwin|Queensland"
                      r"|New[ \t]+South[ \t]+Wales|NSW|Tasmania|Victorian?)\b"),
    "NZD": re.compile(r"\b(?:New[ \t]+Zealand(?:ers?)?|Auckland|Wellington|Christchurch|Kiwis?)\b"),
    "CAD": re.compile(r"\b(?:Canad(?:a|ians?)|Toronto|Montreal|Vancouver|Ottawa|Calgary|Edmonton|Ontario|Quebec"
                      r"|Alberta|British[ \t]+Columbia|Manitoba|Nova[ \t]+Scotia)\b"),
    "HKD": re.compile(r"\bHong[ \t]+Kong\b"),
    "SGD": re.compile(r"\bSingapore(?:ans?)?\b"),
}
_UNITED_STATES = re.compile(r"\b(?:U\.S\.|US\$|USD|United[ \t]+States|America(?:ns?)?|Washington|New[ \t]+York|California"
                            r"|Texas|Florida|Chicago|Michigan|Detroit|Ohio|Illinois|Pennsylvania|Georgia|Virginia"
                            r"|Massachusetts|Boston|Los[ \t]+Angeles|Dallas|Houston|Atlanta|Nasdaq|Wall[ \t]+Street"
                            r"|Congress|Senate|federal)\b")


def local_dollar(text: str) -> str | None:
    """The ISO code of the article's local dollar when it is not the US dollar, else None."""
    best, best_score = None, 0
    for code in _PLACES:
        score = 3 * len(_LOCAL_SIGNS[code].findall(text)) + len(_PLACES[code].findall(text))
        if score > best_score:
            best, best_score = code, score
    if best is None or best_score < 2:
        return None
    return best if best_score > 1.5 * len(_UNITED_STATES.findall(text)) else None
