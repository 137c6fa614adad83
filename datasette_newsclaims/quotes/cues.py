"""Cue frames: how a verb next to a quote presents its source.

Owns: ``CUE_RE`` (every cue form of the lexicon, as one regular expression),
``speaker_of_cue`` and the frames it chooses among, each a small named function:
``according_to_frame`` ("according to X"), ``quoted_as_saying_frame`` ("quoted X as
saying"), ``coordinated_subject_frame`` ("X ... and declared", "X shot back, saying"),
``inverted_after_comma_frame`` (", said X, an adviser"), ``document_frame`` ("the
emails show"), ``noun_like_cue_frame`` (cue forms that are also nouns: "notes",
"calls"), ``inverted_frame`` ('"...," said X'); and, with no cue verb at all,
``colon_or_subject`` ("X: '...'", "X faulted Y for '...'"). ``cue_near`` picks the
cue in a stretch of text around a quote.

Must not touch: which words are cues (``lexicon``), what a phrase names
(``sources``), where around a quote to look (``attribution``) or resolution to
canonical names (``coref``).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from .lexicon import (
    AUX_ADVERBS,
    CUE_VERBS,
    DATA_NOUNS,
    DAY_WORDS,
    DETERMINERS,
    DOCUMENTS,
    DOCUMENT_VERBS,
    INVERTIBLE,
    NOUN_LIKE_CUES,
    NP_STOP,
    PASSIVE_AUX,
    PRONOUN_GENDER,
    SPEECH_NOUNS,
    STANCE_VERBS,
    TITLE_WORDS,
    WEAK_CUES,
)
from .marks import QuoteSpan
from .names import name_key, split_title
from .phrases import Phrase, backward_np, forward_np, forward_np_stop, is_name, subject_np
from .sources import Attribution, can_speak, speaker_phrase
from .tokens import Token, is_cap, is_possessive, is_title_case, is_word, tokens

if TYPE_CHECKING:
    from .article import QuotedArticle

_QUOTING_VERBS = ("quoted", "quotes", "quoting", "cited", "cites")
# tokens that ``forward_np`` reads at most after its leading day words (12 in the phrase, the stop
# token, a prepositional tail of 8, an appositive of 5 and the token after it, with room to spare)
_FORWARD_READ = 40
_PLACE_PREPOSITIONS = ("to", "on", "at", "in", "into", "onto")
# determiners that only ever stand before a noun ("the report", "a statement")
_NOUN_DETERMINERS = frozenset("a an the this that these those his her their its our my your".split())
_SENT_WORDS = frozenset("sent addressed written delivered mailed emailed forwarded".split())


def _trie_regex(words: set[str]) -> str:
    """A prefix-factored alternation of ``words`` (fast in the regex engine)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts, end = [], False
        for ch, child in sorted(node.items()):
            if ch == "":
                end = True
            else:
                alts.append(re.escape(ch) + build(child))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if end else body

    return build(trie)


CUE_RE = re.compile(
    r"(?<![\w'’\-])(?:"
    + _trie_regex(set(CUE_VERBS) | {"according to", "According to", "Said", "Says", "Asked", "Added", "Wrote", "Told"})
    + r")(?![\w'’\-])"
)


# '"...," Doreen Warren, the victim's mother, sobbed by phone.' / '"...," echoed Mayor Marty Walsh.':
# right after a quote that ends on a comma, a name (or he/she) and any past tense, or the reverse
_NAME = r"(?:[A-Z][\w'’.\-]{0,30}[ \u00a0]){0,3}[A-Z][\w'’\-]{1,30}"
_ANY_VERB_AFTER_RE = re.compile(
    r"[ \t\u00a0]{1,3}(?:(?P<np>" + _NAME + r"|[Hh]e|[Ss]he)(?:,[^,.;:!?\"“”\n]{1,80},)?[ \u00a0](?P<verb>[a-z]{2,20}ed)"
    r"|(?P<verb2>[a-z]{2,20}ed)[ \u00a0](?P<np2>" + _NAME + r"))"
    r"(?=[ \u00a0]{0,2}[.,;]|[ \u00a0](?:by|on|in|at|to|from|over|during|after|before|as|while|into)\b)"
)


def any_verb_after_quote_frame(article: QuotedArticle, sp: QuoteSpan) -> Attribution | None:
    """A verb outside the lexicon in the attribution right after a quote that ends on a comma:
    '"...," Doreen Warren, the victim's mother, sobbed by phone.', '"...," echoed Mayor Marty Walsh.'"""
    text = article.text
    if not sp.closed or not text[max(sp.start, sp.end - 2):sp.end].rstrip("'\"”’ ").endswith((",", "?", "!")):
        return None
    m = _ANY_VERB_AFTER_RE.match(text, sp.c1, min(len(text), sp.c1 + 160))
    if not m or is_title_case(text[sp.start:sp.end].split()):
        return None  # ('"The Hunger Games," Lionsgate released': a title, no one's words)
    group = "np" if m.group("np") else "np2"
    verb = "verb" if group == "np" else "verb2"
    np = tokens(m.group(group), m.start(group))
    got = speaker_phrase(text, np, m.group(verb), m.start(verb)) if np else None
    if got and got[2] in ("name", "pronoun") and (got[2] == "pronoun" or is_name(np)):
        return got
    return None


def cue_near(article: QuotedArticle, lo: int, hi: int, wlo: int, whi: int, after: bool) -> Attribution | None:
    """The attribution given by a cue in text[lo:hi] (the first after a quote, the last before it),
    reading words in text[wlo:whi]; a vague pronoun ('they') only if no cue names someone."""
    i0 = bisect_left(article.cue_starts, lo)
    i1 = bisect_left(article.cue_starts, hi)
    order = range(i0, i1) if after else range(i1 - 1, i0 - 1, -1)
    weak = None
    for i in order:
        m = article.cues[i]
        got = speaker_of_cue(article, m, wlo, whi, after)
        if got:
            if not after and got[2] == "pronoun" and got[0].lower() not in PRONOUN_GENDER:
                # 'Moore said he felt they were saying, "..."': the named outer source
                weak = weak or got
                continue
            return got
    return weak


def speaker_of_cue(article: QuotedArticle, m: re.Match, wlo: int, whi: int, after: bool,
                   nested: bool = False) -> Attribution | None:
    """The source the cue ``m`` presents, from the words of text[wlo:whi] around it.

    ``after``: the cue follows the quote; ``nested``: asked for the earlier verb of a coordination.
    """
    cue = m.group()
    low = cue.lower()
    if low == "according to":
        return according_to_frame(article, m, whi)
    before = tokens(article.text[wlo:m.start()], wlo)
    k = _verb_slot(before, low)
    if k is None:
        return None
    prev = before[k][0].lower() if k >= 0 else ""
    participle = low.endswith("ing")
    if participle and prev == "as":
        q = _quoting_verb(before, k)
        if q is not None:
            return quoted_as_saying_frame(article, before, q, k, m)
    if prev in ("and", "but", "or") or (participle and (k < 0 or not is_word(prev))):
        return coordinated_subject_frame(article, m, before, wlo, whi, nested)
    if before and before[-1][0] == "," and low in INVERTIBLE:
        got = inverted_after_comma_frame(article, m, whi)
        if got:
            return got
    np = _document_not_addressee(before, backward_np(before))
    if low in DOCUMENT_VERBS:
        return document_frame(article, np, m)
    if after and np and not nested and not _adjacent_to_quote(before, np):
        np = None
    inverted = np is None and low in INVERTIBLE and all(not is_word(t) for t, _ in before)
    if (low in NOUN_LIKE_CUES or participle) and not inverted:  # '"...," comments Robin Biesbroek'
        return noun_like_cue_frame(article, m, before, np, after, nested)
    if np:
        return speaker_phrase(article.text, np, cue, m.start())
    return inverted_frame(article, m, before, whi, after)


def _document_not_addressee(before: list[Token], np: Phrase | None) -> Phrase | None:
    """'The memo to Podesta said', 'A letter sent to Gov. Ann Lee read': the document speaks, not
    the one it was sent to; the phrase becomes the document's ('The memo', 'A letter')."""
    if not np:
        return np
    k = next((n for n, tk in enumerate(before) if tk is np[0]), -1)
    if k < 2 or before[k - 1][0].lower() not in ("to", "for"):
        return np
    j = k - 2
    if before[j][0].lower() in _SENT_WORDS and j > 0:
        j -= 1
    if not _is_document(before[j][0]):
        return np
    start = j
    while start > 0 and j - start < 3 and is_word(before[start - 1][0]) and not is_cap(before[start][0]):
        start -= 1
        if before[start][0].lower() in DETERMINERS:
            break
    return before[start:j + 1]


def _is_document(description: str) -> bool:
    """A description whose head is a document ("the statement", "a letter")."""
    head = description.split()[-1].lower()
    return head in DOCUMENTS or head.rstrip("s") in DOCUMENTS


def _verb_slot(before: list[Token], low: str) -> int | None:
    """Index of the word before the cue once auxiliaries and adverbs are stepped over; None when
    the cue is a noun ("the report", "so-called") or passive ("Boehner was asked")."""
    k = len(before) - 1
    prev = before[k][0].lower() if k >= 0 else ""
    if prev in ("so-", "so", "-") or (prev in DETERMINERS and (prev in _NOUN_DETERMINERS or low in NOUN_LIKE_CUES)):
        return None  # (but "one said", "another added": a pronoun of number is the subject)
    passive = False
    while k >= 0 and (before[k][0].lower() in AUX_ADVERBS or before[k][0].lower() in DAY_WORDS or before[k][0].lower() == "been"):
        passive = passive or before[k][0].lower() in PASSIVE_AUX
        k -= 1
    if passive and (low.endswith("ed") or low in ("told", "written", "said")):
        return None  # "Boehner was asked": the cue's subject is not the source
    return k


def tokens_after_cue(text: str, m: re.Match, whi: int) -> list[Token]:
    """The tokens of text[m.end():whi] that ``forward_np`` can read (the whole window may be
    hundreds of characters: reading all of it for every cue is slow on text made of cues)."""
    window = text[m.end():whi]
    toks = tokens(window, m.end(), _FORWARD_READ)
    days = 0
    while days < len(toks) and toks[days][0].lower() in DAY_WORDS:
        days += 1
    if days == len(toks) >= _FORWARD_READ:
        return tokens(window, m.end())  # day words all along: read them all
    if days and len(toks) >= _FORWARD_READ:
        return tokens(window, m.end(), _FORWARD_READ + days)
    return toks


def according_to_frame(article: QuotedArticle, m: re.Match, whi: int) -> Attribution | None:
    """'according to X': the phrase after it."""
    np = forward_np(tokens_after_cue(article.text, m, whi))
    return speaker_phrase(article.text, np, "according to", m.start()) if np else None


def _quoting_verb(before: list[Token], k: int) -> int | None:
    """Index of 'quoted'/'cited' shortly before 'as saying', or None."""
    for q in range(k - 1, max(-1, k - 15), -1):
        if before[q][0].lower() in _QUOTING_VERBS:
            return q
    return None


def quoted_as_saying_frame(article: QuotedArticle, before: list[Token], q: int, k: int, m: re.Match) -> Attribution | None:
    """'the website quoted Ms. Simonyan, the editor in chief, as saying': the one quoted;
    'General Dan Halutz was quoted by parliamentary sources as saying': the subject."""
    if q + 1 < k and before[q + 1][0].lower() == "by":
        np = backward_np(before[:q])
    else:
        np = forward_np(before[q + 1:k])
    return speaker_phrase(article.text, np, m.group(), m.start()) if np else None


def coordinated_subject_frame(article: QuotedArticle, m: re.Match, before: list[Token], wlo: int, whi: int,
                              nested: bool) -> Attribution | None:
    """"Trump ... and declared, "..."" / "Emanuel shot back, saying ...": the subject of the
    sentence, from the earlier verb it shares or from the sentence's head."""
    if nested:
        return None
    cue = m.group()
    got = _earlier_cue(article, m, wlo, whi)
    if got:
        return Attribution(got[0], got[1], got[2], cue, got[4])
    np = subject_np(before)
    return speaker_phrase(article.text, np, cue, m.start()) if np else None


def inverted_after_comma_frame(article: QuotedArticle, m: re.Match, whi: int) -> Attribution | None:
    """'..., said Bart Naylor, financial policy advocate': a name or a source description after the verb."""
    fwd, stop = forward_np_stop(tokens_after_cue(article.text, m, whi))
    if (fwd and fwd[-1][0].lower() not in DETERMINERS and not fwd[0][0].lower().endswith("ly")
            and (stop is None or not is_word(stop) or stop.lower() in NP_STOP)):
        got = speaker_phrase(article.text, fwd, m.group(), m.start())
        if got and (got[2] == "name" or (got[2] == "description" and can_speak(got[0]))):
            return got
    return None


def document_frame(article: QuotedArticle, np: Phrase | None, m: re.Match) -> Attribution | None:
    """"lobbying disclosures show", "the emails revealed": documents and data speak."""
    got = speaker_phrase(article.text, np, m.group(), m.start()) if np else None
    if got and got[2] == "description":
        h = got[0].split()[-1].lower()
        if h in DOCUMENTS or h.rstrip("s") in DOCUMENTS or h in DATA_NOUNS:
            return got
    return None


def _adjacent_to_quote(before: list[Token], np: Phrase) -> bool:
    """After a quote the speaker phrase follows the closing mark directly ('," Davis told CNN'),
    or closes the sentence after a comma ('... from the way it was run, Mr. Stumpf said.');
    ('" chairman, CEO and president Craig Menear said' keeps its titles)."""
    k0 = next((n for n, tk in enumerate(before) if tk is np[0]), 0)
    lead = [t for t, _ in before[:k0] if is_word(t)]
    return not (lead and lead != ["as"] and not (k0 > 0 and before[k0 - 1][0] == ",")
                and not all(is_cap(t) or not t.isascii() or t.lower() in TITLE_WORDS or t == "and" for t in lead))


def noun_like_cue_frame(article: QuotedArticle, m: re.Match, before: list[Token], np: Phrase | None,
                        after: bool, nested: bool) -> Attribution | None:
    """Cue forms that are also nouns, and participles ("took note", "secretary of state", "with
    spokesman Glen Caplin saying"): a name or a pronoun, or a description in a few frames."""
    text, cue, low = article.text, m.group(), m.group().lower()
    participle = low.endswith("ing")
    got = speaker_phrase(text, np, cue, m.start()) if np else None
    k0 = next((n for n, tk in enumerate(before) if tk is np[0]), 0) if got else 0
    if got and participle and k0 > 1 and before[k0 - 1][0].lower() in _PLACE_PREPOSITIONS:
        # 'David Emery posted to Twitter asking ...': a place, not the one asking; the verb's subject is
        np2 = backward_np(before[:k0 - 2]) if is_word(before[k0 - 2][0]) else None
        got = speaker_phrase(text, np2, cue, m.start()) if np2 else None
        if not (got and got[2] in ("name", "pronoun")):
            got = None
    if got and got[2] in ("name", "pronoun") and np[0][0].lower() not in ("a", "an"):
        return got
    if got and got[2] == "description" and participle and np[0][0].lower() in DETERMINERS:
        if k0 > 0 and before[k0 - 1][0].lower() == "with":
            return got  # "with a spokesman for Prime Minister Ariel Sharon saying"
    if got and got[2] == "description" and low in STANCE_VERBS and not participle and np[0][0].lower() in DETERMINERS:
        return got  # "a student group ... derided him as"
    if got and got[2] == "description" and not participle and np[0][0].lower() in DETERMINERS \
            and _is_document(got[0]):
        return got  # "the statement read", "a letter sent to the governor read"
    if participle and not nested and not after:
        # "The Trump campaign sent an email saying ...": the sentence's subject speaks
        np = subject_np(before)
        got = speaker_phrase(text, np, cue, m.start()) if np else None
        if got and got[2] != "pronoun" or got and got[0].lower() in PRONOUN_GENDER:
            return got
    return None


def inverted_frame(article: QuotedArticle, m: re.Match, before: list[Token], whi: int, after: bool) -> Attribution | None:
    """'"...," said Sessions' / ', said X, "': the phrase after the verb."""
    low = m.group().lower()
    only_punct = all(not is_word(t) for t, _ in before)
    if only_punct or (not after and before and before[-1][0] in (",", ":", "—", "–")):
        np, stop = forward_np_stop(tokens_after_cue(article.text, m, whi))
        if np and low not in WEAK_CUES and (stop is None or not is_word(stop) or stop.lower() in NP_STOP):
            return speaker_phrase(article.text, np, m.group(), m.start())
    return None


def _earlier_cue(article: QuotedArticle, m: re.Match, wlo: int, whi: int) -> Attribution | None:
    """The attribution of the nearest earlier cue of the sentence ('X said ... and added')."""
    i = bisect_left(article.cue_starts, m.start()) - 1
    while i >= 0 and article.cue_starts[i] >= wlo:
        got = speaker_of_cue(article, article.cues[i], wlo, m.start(), False, nested=True)
        if got:
            return got
        i -= 1
    return None


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
