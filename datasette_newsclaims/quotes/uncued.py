"""Frames with no cue verb of the lexicon: a name and a colon, the subject that weaves a partial
quote in, a possessor of speech ("Clinton's allegations of"), and any past tense right after a
quote that ends on a comma ('"...," Doreen Warren sobbed').

Owns: ``colon_or_subject`` and ``any_verb_after_quote_frame``.

Must not touch: the cue-verb frames (``cues``) or where around a quote to look (``attribution``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import FEMALE_NAMES, MALE_NAMES, PRONOUN_GENDER, SPEECH_NOUNS
from .marks import QuoteSpan
from .names import name_key, norm, split_title
from .phrases import is_name, subject_np
from .sources import Attribution, speaker_phrase
from .tokens import Token, is_cap, is_possessive, is_title_case, tokens

if TYPE_CHECKING:
    from .article import QuotedArticle

# '"...," Doreen Warren, the victim's mother, sobbed by phone.' / '"...," echoed Mayor Marty Walsh.':
# right after a quote that ends on a comma, a name (or he/she) and any past tense, or the reverse
# (there also a present tense: '"...," remembers Shanna Challenger')
_NAME = r"(?:[A-Z][\w'’.\-]{0,30}[ \u00a0]){0,3}[A-Z][\w'’\-]{1,30}"
_ANY_VERB_AFTER_RE = re.compile(
    r"[ \t\u00a0]{1,3}(?:(?P<np>" + _NAME + r"|[Hh]e|[Ss]he)(?:,[^,.;:!?\"“”\n]{1,80},)?[ \u00a0](?P<verb>[a-z]{2,20}ed)"
    r"|(?P<verb2>[a-z]{2,20}(?:ed|[^s]s))[ \u00a0](?P<np2>" + _NAME + r"))"  # ('," remembers Ann Lee')
    r"(?=[ \u00a0]{0,2}[.,;]|[ \u00a0](?:by|on|in|at|to|from|over|during|after|before|as|while|into)\b)"
)


# '"...," Thomas Lenard, senior fellow at the institute.': a person's name and an appositive, the verb left out
_BARE_NAME_AFTER_RE = re.compile(r"[ \t\u00a0]{1,3}(?P<np>[A-Z][a-z]{1,20}(?:[ \u00a0][A-Z]\.)?(?:[ \u00a0][A-Z][\w'’\-]{1,30}){1,2}),[ \u00a0](?:a |an |the )?[a-z]")


def any_verb_after_quote_frame(article: QuotedArticle, sp: QuoteSpan) -> Attribution | None:
    """A verb outside the lexicon in the attribution right after a quote that ends on a comma:
    '"...," Doreen Warren, the victim's mother, sobbed by phone.', '"...," echoed Mayor Marty Walsh.'"""
    text = article.text
    if not sp.closed or not text[max(sp.start, sp.end - 2):sp.end].rstrip("'\"”’ ").endswith((",", "?", "!")):
        return None
    m = _ANY_VERB_AFTER_RE.match(text, sp.c1, min(len(text), sp.c1 + 160))
    if not m and not is_title_case(text[sp.start:sp.end].split()):
        return _bare_name_after(article, sp)
    if not m or is_title_case(text[sp.start:sp.end].split()):
        return None  # ('"The Hunger Games," Lionsgate released': a title, no one's words)
    group = "np" if m.group("np") else "np2"
    verb = "verb" if group == "np" else "verb2"
    np = tokens(m.group(group), m.start(group))
    got = speaker_phrase(text, np, m.group(verb), m.start(verb)) if np else None
    if got and got[2] in ("name", "pronoun") and (got[2] == "pronoun" or is_name(np)):
        return got
    return None


def _bare_name_after(article: QuotedArticle, sp: QuoteSpan) -> Attribution | None:
    """'"...," Thomas Lenard, senior fellow at the institute.': the verb left out, a person's full
    name (a known given name first) and an appositive right after the quote."""
    m = _BARE_NAME_AFTER_RE.match(article.text, sp.c1, min(len(article.text), sp.c1 + 80))
    if not m:
        return None
    words = m.group("np").split()
    if norm(words[0]) not in MALE_NAMES and norm(words[0]) not in FEMALE_NAMES:
        return None
    return Attribution(m.group("np"), None, "name", None, m.start("np"))


def colon_or_subject(article: QuotedArticle, lo: int, sp: QuoteSpan) -> Attribution | None:
    """No cue verb: 'Ken Bone: Debate "..."' (a name and a colon), 'Trump swiped at Ryan in a
    series of tweets: "..."', "Clinton's allegations of a "..."", or the named subject of the
    sentence that weaves a partial quote in ('McCaul faulted Clinton for "..."')."""
    toks = tokens(article.text[lo:sp.o0], lo)
    found, got = _name_and_colon(article, toks)
    if found:
        return got
    if toks and toks[-1][0] == ":" and len(toks) > 2:
        np = subject_np(toks)
        got = speaker_phrase(article.text, np, ":", toks[-1][1]) if np else None
        if got and (got[2] == "description" or (got[2] == "pronoun" and got[0].lower() in PRONOUN_GENDER)
                    or (got[2] == "name" and _person_like(article, got[0]))):
            return got
    got = _possessor_of_speech_noun(article, toks)
    if got:
        return got
    if sp.partial:
        np = subject_np(toks)
        if np:
            got = speaker_phrase(article.text, np, None, toks[0][1] if toks else lo)
            if got and ((got[2] == "pronoun" and got[0].lower() in PRONOUN_GENDER)
                        or (got[2] == "name" and _person_like(article, got[0]))):
                return got
    return None


def _name_and_colon(article: QuotedArticle, toks: list[Token]) -> tuple[bool, Attribution | None]:
    """A colon among the first words: (True, the name before it or None), or (False, None)
    when there is no such colon. A dateline ("TEHRAN:") gives no one."""
    for k, (t, p) in enumerate(toks[:12]):
        if t != ":":
            continue
        head = toks[:k]
        c = next((n for n, tk in enumerate(head) if tk[0] == ","), None)
        if c is not None and 0 < c <= 4:
            head = head[:c]  # "Gerald F. Seib, The Wall Street Journal:"
        if all(t.isupper() for t, _ in head) and len(toks) - k > 4:
            return False, None  # a dateline: "TEHRAN: Following developments after ... "revise its cooperation""
        j = len(head)
        while j > 0 and is_cap(head[j - 1][0]):
            j -= 1
        if 0 < len(head) - j <= 4 and len(head) <= 6 and is_name(head[j:]):
            return True, speaker_phrase(article.text, head[j:], ":", p)
        for n in (3, 2):
            # a headline: "Elizabeth Warren Hammers Wells Fargo CEO: '...'" -> a person the article names
            lead = [t for t, _ in head[:n]]
            if len(lead) == n and all(is_cap(t) for t in lead):
                if article.names.has_form(lead):
                    return True, speaker_phrase(article.text, head[:n], ":", p)
        return False, None
    return False, None


def _possessor_of_speech_noun(article: QuotedArticle, toks: list[Token]) -> Attribution | None:
    """"Clinton's allegations of a "...", "Trump's claim that ...": the possessor's words."""
    for k in range(len(toks) - 1, max(-1, len(toks) - 5), -1):
        if toks[k][0].lower() in SPEECH_NOUNS and k > 0 and is_possessive(toks[k - 1][0]) and is_cap(toks[k - 1][0]):
            owner = toks[k - 1][0]
            owner = owner[:-2] if owner.endswith(("'s", "’s")) else owner.rstrip("'’")
            return speaker_phrase(article.text, [(owner, toks[k - 1][1])], toks[k][0], toks[k - 1][1])
    return None


def _person_like(article: QuotedArticle, mention: str) -> bool:
    """A name the article also gives in full (first and family name), as people are introduced."""
    toks = mention.split()
    _, name = split_title(toks)
    if not name or any(t.isupper() and len(t) <= 3 for t in name):
        return False  # ("OS X", "NBC": a product or an acronym, no one introduced in full)
    return article.names.given_in_full(name_key(name))
