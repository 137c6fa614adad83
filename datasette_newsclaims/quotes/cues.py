"""Cue frames: how a verb next to a quote presents its source.

Owns: ``CUE_RE`` (every cue form of the lexicon, as one regular expression),
``speaker_of_cue`` and the frames it chooses among, each a small named function:
``according_to_frame`` ("according to X"), ``quoted_as_saying_frame`` ("quoted X as
saying"), ``coordinated_subject_frame`` ("X ... and declared", "X shot back, saying"),
``inverted_after_comma_frame`` (", said X, an adviser"), ``document_frame`` ("the
emails show"), ``noun_like_cue_frame`` (cue forms that are also nouns: "notes",
"calls"), ``inverted_frame`` ('"...," said X'). ``cue_near`` picks the cue in a stretch of text
around a quote. (Frames with no cue verb of the lexicon are in ``uncued``.)

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
    NP_PREPS,
    NP_STOP,
    PASSIVE_AUX,
    PRONOUN_GENDER,
    ROLE_WORDS,
    STANCE_VERBS,
    TITLE_WORDS,
    WEAK_CUES,
)
from .phrases import Phrase, backward_np, forward_np, forward_np_stop, subject_np
from .sources import Attribution, can_speak, speaker_phrase
from .tokens import Token, is_cap, is_word, tokens

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
        return document_frame(article, np, m, before)
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
    relative = prev in ("that", "which") and k >= 1 and is_word(before[k - 1][0]) and low not in NOUN_LIKE_CUES \
        and before[k - 1][0].lower() not in CUE_VERBS and before[k - 1][0].lower() not in DETERMINERS
    if not relative and (prev in ("so-", "so", "-") or (prev in DETERMINERS and (prev in _NOUN_DETERMINERS or low in NOUN_LIKE_CUES))):
        return None  # (but "one said", "another added": a pronoun of number is the subject; "a message that said")
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


def document_frame(article: QuotedArticle, np: Phrase | None, m: re.Match, before: list[Token]) -> Attribution | None:
    """"lobbying disclosures show", "the emails revealed": documents and data speak."""
    got = speaker_phrase(article.text, np, m.group(), m.start()) if np else None
    if got and got[2] == "description":
        h = got[0].split()[-1].lower()
        if h in DOCUMENTS or h.rstrip("s") in DOCUMENTS or h in DATA_NOUNS:
            return got
    if got and got[2] == "name" and _document_by(before, np):
        return got  # "a report by the Pew Research Center found": its author
    return None


def _document_by(before: list[Token], np: Phrase) -> bool:
    """The phrase is the author of a document or data: 'a report by X', 'figures from X'."""
    k = next((n for n, tk in enumerate(before) if tk is np[0]), -1)
    if k < 2 or before[k - 1][0].lower() not in ("by", "from"):
        return False
    w = before[k - 2][0].lower()
    return w.rstrip("s") in DOCUMENTS or w in DATA_NOUNS or w in _STUDY_NOUNS


_STUDY_NOUNS = frozenset("study studies survey surveys poll polls analysis research review audit".split())


def _adjacent_to_quote(before: list[Token], np: Phrase) -> bool:
    """After a quote the speaker phrase follows the closing mark directly ('," Davis told CNN'),
    or closes the sentence after a comma ('... from the way it was run, Mr. Stumpf said.');
    ('" chairman, CEO and president Craig Menear said' keeps its titles)."""
    k0 = next((n for n, tk in enumerate(before) if tk is np[0]), 0)
    lead = [t for t, _ in before[:k0] if is_word(t)]
    return not (lead and lead != ["as"] and not (k0 > 0 and before[k0 - 1][0] == ",")
                and not all(is_cap(t) or not t.isascii() or t.lower() in TITLE_WORDS or t == "and"
                            or t.lower() in ROLE_WORDS or t.lower() in _ROLE_MODIFIERS for t in lead))


# lower-case words that qualify a role before a name ('family spokesperson and neighbor Brandon Tartler')
_ROLE_MODIFIERS = frozenset("family campaign team club city county state police school party company".split())


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
        if np and low not in WEAK_CUES and (stop is None or not is_word(stop) or stop.lower() in NP_STOP
                                            or stop in NP_PREPS  # ('said Ann Lee of the firm')
                                            or (stop.endswith("ed") and np[-1][0].lower() in DOCUMENTS)):
            # ('said a foreign ministry statement released on Sunday')
            return speaker_phrase(article.text, np, m.group(), m.start())
    return None


def _earlier_cue(article: QuotedArticle, m: re.Match, wlo: int, whi: int) -> Attribution | None:
    """The attribution of the nearest earlier cue of the sentence ('X said ... and added')."""
    i = bisect_left(article.cue_starts, m.start()) - 1
    inner = None
    while i >= 0 and article.cue_starts[i] >= wlo:
        got = speaker_of_cue(article, article.cues[i], wlo, m.start(), False, nested=True)
        if got:
            if not _in_that_clause(article.text, got, wlo):
                return got
            inner = inner or got  # 'Regev told Collins that Israel warned ... and said': Regev's 'and said'
        i -= 1
    return inner


def _in_that_clause(text: str, got: Attribution, wlo: int) -> bool:
    """The attribution's subject opens a 'that' clause ('told Collins that Israel warned')."""
    at = text.rfind(got.mention, wlo, got.anchor) if got.mention else -1
    return at > 0 and text[max(wlo, at - 6):at].endswith(" that ")
