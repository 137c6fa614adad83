"""Which quoted spans are quotes at all (step 3 of the quote extractor).

Owns: ``keep_quote``, which drops scare quotes, titles of works, headlines in
capitals, terms the writer names ('is called "X"') and one- to three-word spans
unless a cue presents them as a source's words (the frames that do are in
``short_quotes``).

Must not touch: attribution (``attribution``, ``cues``) or speakers; a filter
reads the span and the words right before it, nothing else.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .article import QuotedArticle
from .lexicon import AUTHOR_NOUNS, CUE_VERBS, NAMING_WORDS, PASSIVE_AUX, PRESENTING_CUES, STANCE_VERBS
from .marks import QuoteSpan
from .short_quotes import (
    continues_attributed_quote,
    coordinated_series,
    cue_right_after,
    ends_as_sentence,
    introduced_by_cue,
    modifies_next_noun,
    quoted_words_end,
    reported_by_closing_attribution,
    reported_in_clause,
    term_before,
    written_after_colon,
)
from .tokens import is_possessive, is_title_case, is_word, tokens

_TERM_HINT_RE = re.compile(r"called|termed|named|dubbed|label|as\b|is\b|was\b")


def keep_quote(article: QuotedArticle, sp: QuoteSpan) -> bool:
    """Whether span ``sp`` is a quote worth keeping (see the module docstring)."""
    text = article.text
    body = text[sp.start:sp.end]
    words = body.split()
    n = len(words)
    if n == 0 or not any(ch.isalpha() for ch in body):
        return False
    if n == 1:
        return _keep_one_word(article, sp, body)
    if body.isupper() and n <= 14:
        return False  # a headline in capitals ("EUROPEANS ASK IF VIOLENCE IS BECOMING ...")
    cued = sp.kind is not None and sp.cue is not None  # presented by a cue, not only a sentence subject
    title = is_title_case(words)
    if title and not _headline_context(article, sp) and (not cued or _named_as(article, sp)) \
            and not _sentence_going_on(article, sp):
        # titles of works, names, slogans: "Meet The Press", dubbed "Mission Control"
        return False
    if title and not ends_as_sentence(article, sp) and modifies_next_noun(article, sp):
        return False  # a slogan or name that modifies a noun: 'a "Make America Great Again" hat'
    if n <= 5 and _term_named(article, sp):
        return False  # 'HP is called "feather duvet lung"', 'what's known as "hot tub lung"'
    if n == 2:
        return _keep_two_words(article, sp, body, title, cued)
    if not sp.closed and n < 4:
        # a short sentence left open at the end of its paragraph, after an attributed quote ('"...,"
        # Pike said. "It was awful.')
        return ends_as_sentence(article, sp) and continues_attributed_quote(article, sp)
    if n == 3 and not cued and sp.partial and not body.rstrip("\"”’'").endswith((".", "!", "?", ",")) \
            and not _cue_earlier_in_sentence(article, sp):
        return False  # a three-word term in the writer's sentence, presented by no one ('"sometime late Q1" timeline')
    return True


def _keep_one_word(article: QuotedArticle, sp: QuoteSpan, body: str) -> bool:
    """A quoted word is a term, unless a cue presents it as the source's word ('called Omar a
    "terrorist"', 'telling CNN that Trump is a "faker"'), it is the whole utterance ('"Concerning,"
    said Ann Pike', 'she replied, "Never."') or one of a series a cue presents ('calling it "cruel"
    and "unfair"'). The word as a bare noun or adjective ('called the behaviour "outrageous"') stays
    a term."""
    text = article.text
    after_article = re.search(r"\b(?:a|an)[ \u00a0]*\Z", text[max(sp.ps, sp.o0 - 6):sp.o0]) is not None
    if body[:1].islower() and ((after_article and _presented(article, sp)) or _said_of_something(article, sp)):
        return True
    if sum(ch.isalpha() for ch in body) < 2:
        return False
    said = cue_right_after(article, sp) or written_after_colon(article, sp) or (
        introduced_by_cue(article, sp) and (body[:1].isupper() or quoted_words_end(text, sp) in ".!?,"))
    if not (said or _presented_series(article, sp)):
        return False
    return not term_before(article, sp) and not _named_as(article, sp)


def _keep_two_words(article: QuotedArticle, sp: QuoteSpan, body: str, title: bool, cued: bool) -> bool:
    """'called the deal "a fraud"', a whole short sentence ('"Don't engage," she says') or one that
    goes on from the quote before it, or two words a cue verb presents ('"lower legs," the chief
    said', 'admitted he made a "big mistake"'); a name, nickname or title stays out ('called his
    rival "Little Tom"')."""
    text = article.text
    if written_after_colon(article, sp):
        return True
    if title and quoted_words_end(text, sp) not in "!?":
        return False
    sentence = body[:1].isupper() and body.rstrip("\"”’'").endswith((".", "!", "?", ","))
    if _presented(article, sp) or _said_of_something(article, sp) or (sentence and (cued or continues_attributed_quote(article, sp))):
        return True
    said = cue_right_after(article, sp) or introduced_by_cue(article, sp) or reported_in_clause(article, sp) \
        or reported_by_closing_attribution(article, sp)
    return said and not term_before(article, sp)


def _presented_series(article: QuotedArticle, sp: QuoteSpan) -> bool:
    """Lower-case quoted words in a series that a cue verb presents: 'calling it "cruel" and
    "unfair"', 'said the ruling was "wrong" and "unjust."' (not a passive 'has been called', nor
    modifiers: 'for "cruel" and "illegal" hunting')."""
    series = coordinated_series(article, sp)
    if series is None:
        return False
    first, last = series
    text = article.text
    if not all(text[s.start:s.start + 1].islower() and len(text[s.start:s.end].split()) <= 2 for s in series):
        return False
    before = tokens(text[max(first.ps, first.o0 - 30):first.o0], 0)
    if modifies_next_noun(article, last) or term_before(article, first) or (before and is_possessive(before[-1][0])):
        return False  # (''Clinton's "judgment" and "honesty"'': nouns the writer names)
    return _presented(article, first) or _said_of_something(article, first) or reported_in_clause(article, first)


def _sentence_going_on(article: QuotedArticle, sp: QuoteSpan) -> bool:
    """A title-case span that is a sentence going on from an attributed quote ('"...," Pike wrote on
    Twitter. "Important to the United States!"'), not a title the writer names."""
    return ends_as_sentence(article, sp) and continues_attributed_quote(article, sp) and not _named_as(article, sp)


def _cue_earlier_in_sentence(article: QuotedArticle, sp: QuoteSpan) -> bool:
    """A cue verb stands earlier in the quote's sentence ('Pence pledged that Trump "really is" in
    favor of free trade, but wants "smarter and tougher" deals')."""
    lo = article.sentence_start(max(sp.ps, sp.o0 - 300), sp.o0)
    k = bisect_left(article.cue_starts, lo)
    return k < len(article.cue_starts) and article.cue_starts[k] < sp.o0


def _named_as(article: QuotedArticle, sp: QuoteSpan) -> bool:
    """The writer names something: 'dubbed "Mission Control"', 'NBC's "Meet The Press"'."""
    lo = max(sp.ps, sp.o0 - 40)
    toks = [t.lower() for t, _ in tokens(article.text[lo:sp.o0], lo)][-3:]
    if toks and toks[-1] in ("on", "to", "at", "told", "from"):
        return True  # 'said on "Meet the Press."', 'told "Fox News Sunday."'
    if len(toks) >= 2 and toks[-1] == "of" and toks[-2] in AUTHOR_NOUNS:
        return True  # 'the author of "Hacked World Order"'
    return any(t in NAMING_WORDS or is_possessive(t) for t in toks)


def _term_named(article: QuotedArticle, sp: QuoteSpan) -> bool:
    """The writer gives a term, in the passive: 'is called "X"', 'what's called "X"',
    'known as "X"', 'the term often used is "X"'; nobody is quoted."""
    lo = max(sp.ps, sp.o0 - 50)
    window = article.text[lo:sp.o0]
    if not _TERM_HINT_RE.search(window):
        return False
    toks = [t.lower() for t, _ in tokens(window, lo) if is_word(t)][-5:]
    if len(toks) < 2:
        return False
    last, prev = toks[-1], toks[-2]
    if last in ("called", "termed", "named", "dubbed", "labeled", "labelled", "nicknamed"):
        return prev in PASSIVE_AUX or prev in ("what's", "what’s", "often", "commonly", "sometimes", "also", "widely")
    if last == "as":
        return prev == "known" or (prev == "to" and toks[-3] == "referred")  # 'known as', 'referred to as'
    return last in ("is", "was") and ("term" in toks or "name" in toks)


def _headline_context(article: QuotedArticle, sp: QuoteSpan) -> bool:
    """Writer's words before the quote in Title Case too (a headline or a bulleted summary)."""
    lo = max(sp.ps, sp.o0 - 80)
    words = [t for t, _ in tokens(article.text[lo:sp.o0], lo) if is_word(t)][-6:]
    return len(words) >= 3 and is_title_case(words)


def _presented(article: QuotedArticle, sp: QuoteSpan) -> bool:
    """A two-word span counts only when a cue verb presents it ('called the deal "a fraud"')."""
    lo = max(sp.ps, sp.o0 - 60)
    # (six tokens: an object name between, 'calling President Barack Obama an "ignorant baboon"')
    toks = [t.lower() for t, _ in tokens(article.text[lo:sp.o0], lo)][-6:]
    for i, t in enumerate(toks):
        cue = t if t in PRESENTING_CUES else (toks[i - 1] if t == "as" and i > 0 and toks[i - 1] in PRESENTING_CUES else None)
        if cue and i + 1 < len(toks) and toks[i + 1] in ("for", "on", "upon", "off", "out"):
            return False  # 'called for compensation to be "clawed back"': to call for is to demand
        if cue:
            k = toks.index(cue)
            passive = k > 0 and toks[k - 1] in ("been", "be", "being", "was", "were", "is", "are", "so",
                                                "typically", "commonly", "often", "widely", "sometimes",
                                                "what's", "what’s", "also")
            return not passive
    if toks and toks[-1] == "as" and _judged_as(article, sp):
        return True  # 'dismissing the language in his video as "locker-room talk"'
    return bool(toks) and toks[-1] in (":",) and len(toks) >= 2 and toks[-2] in CUE_VERBS


# the predicate of a reported clause: 'that it was', 'that Trump is a', 'he agrees X is a'
_PREDICATE_BEFORE_RE = re.compile(r"\b(?:is|was|are|were|be|been)(?: (?:a|an|so|too|very|just|simply|not))?[ \u00a0]*\Z")
_CLAUSE_END_AFTER_RE = re.compile(r"[.,;:!?)\u2014]| and\b| or\b| but\b| for\b| to\b| because\b|\Z")


def _said_of_something(article: QuotedArticle, sp: QuoteSpan) -> bool:
    """A one- or two-word predicate a speaker gives in a reported clause: 'said that it was
    "totally inappropriate"', 'telling CNN that Trump is a "faker"' (a speech verb, 'that', a
    copula just before the quote, and the clause ends with the quote: not '"sanctuary" cities')."""
    text = article.text
    if not _PREDICATE_BEFORE_RE.search(text, max(sp.ps, sp.o0 - 20), sp.o0):
        return False
    if not _CLAUSE_END_AFTER_RE.match(text, sp.c1):
        return False
    lo = article.sentence_start(max(sp.ps, sp.o0 - 200), sp.o0)
    toks = [t.lower() for t, _ in tokens(text[lo:sp.o0], lo)]
    for k in range(len(toks) - 2, -1, -1):
        if toks[k] in (";", ":", ".", "?", "!"):
            return False
        if toks[k] in CUE_VERBS and toks[k] not in PRESENTING_CUES and "that" in toks[k + 1:k + 12]:
            # ('he told ABC's "Good Morning America" that he agrees Trump is a "total opportunist"')
            return True
    return False


def _judged_as(article: QuotedArticle, sp: QuoteSpan) -> bool:
    """'VERB <object> as "..."' with a verb of judgement or naming a few words before, in the same
    clause ('what Trump dismissed as', 'derided the plan as'); not a passive ('is known as')."""
    lo = max(sp.ps, sp.o0 - 120)
    toks = [t.lower() for t, _ in tokens(article.text[lo:sp.o0], lo)][-10:-1]
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        if t in (",", ";", ":", ".") or t in PASSIVE_AUX:
            return False
        if t in STANCE_VERBS or t in PRESENTING_CUES:
            return True
    return False
