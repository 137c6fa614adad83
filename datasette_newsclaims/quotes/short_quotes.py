"""When a short quoted span (one to three words, or a short sentence) is a source's words.

GUIDE.md: a one- or two-word span is a quote only when a cue verb presents it as the
source's words. This module owns the frames that do so without a naming verb:

- ``cue_right_after``: the attribution follows the closing mark ('"Appears dead," said Ann
  Pike', '"lower extremities," the chief said');
- ``introduced_by_cue``: a cue verb and a comma or colon just before ('she said, "Never."');
- ``written_after_colon``: what a document or reply says, after its noun and a colon ('the
  caption: "Welcome Jose"');
- ``reported_in_clause``: a two-word span inside the clause a reporting verb introduces
  earlier in the sentence ('Pike admitted she made a "big mistake"');
- ``reported_by_closing_attribution``: a two-word span in a sentence that ends with its
  attribution ('The unrest is "much worse" than a war, Pike told the BBC.');
- ``coordinated_head``: quoted words in a series ('calling it "cruel" and "unfair"'): the
  filters judge the series by its first member;
- ``continues_attributed_quote``: a short sentence that goes on from an attributed quote of
  its paragraph, right after that quote's attribution ('"...," Pike told reporters. "I'm done."').

Must not touch: where the attribution is searched for (``attribution``, ``cues``) or the
term, title and scare-quote filters (``filters``); these are predicates over one span.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from .lexicon import CUE_VERBS, DOCUMENT_VERBS, INVERTIBLE, NAMING_WORDS, PRESENTING_CUES, WEAK_CUES
from .marks import QuoteSpan

if TYPE_CHECKING:
    from .article import QuotedArticle

# Verbs whose object clause reports what the source said ('admitted he made a "big mistake"').
# Not naming verbs (``PRESENTING_CUES``: 'called it "X"' is a filter rule of its own), verbs of
# thought and reading ('thought', 'read'), nor verbs through which data speak ('showed').
REPORTING_VERBS: frozenset[str] = frozenset(
    CUE_VERBS - WEAK_CUES - PRESENTING_CUES - DOCUMENT_VERBS
    - {"began", "begins", "continue", "continues", "continued", "continuing", "wonder", "wonders",
       "wondered", "wondering", "ask", "asks", "asked", "asking",
       # learned from PolNeAR's cue spans, but they report no words ('issued a "stand down"')
       "issued", "issues", "invoked", "invokes", "invoking", "laid", "highlighted", "highlights",
       "thanked", "thanking", "thanks", "flattered", "flattering", "outraged", "outrages"}
)
# Words that may follow a quoted predicate or object; any other lower-case word after the closing
# mark makes the span a modifier of the noun it precedes ('the "high alert" level'): a term.
_AFTER_QUOTE_WORDS = frozenset("""
the a an this that these those his her its their our my your some any all no each every
to of in on at by for with from into onto over under about against between among after before
during since until as than like and or but nor so yet if because while when where which who whom
whose what how why though although unless whether
is was are were be been being am has have had do does did will would can could shall should may
might must not never also too only just even still again now then here there ever either
he she it they we i you him them us me one ones
""".split())

_CLOSERS = "\"”’'»"
# between the closing mark and the cue verb: a name, a title, an apposition; never a sentence end
_GAP_AFTER_MAX = 80
_SENTENCE_END_RE = re.compile(r"[.!?;][\s\"”’']")
# 'so-called "X"', 'known as "X"', 'the word "X"', 'dubbed "X"': a term, not the source's words
_TERM_LAST_WORDS = frozenset(NAMING_WORDS | {"so-called"})
_TERM_LAST_PAIRS = frozenset({("so", "called"), ("known", "as")} | {
    ("the", w) for w in "word words term terms phrase phrases slogan label name hashtag".split()})


def quoted_words_end(text: str, sp: QuoteSpan) -> str:
    """The last character of the quoted words, marks and spaces left out ('' when none)."""
    body = text[max(sp.start, sp.end - 4):sp.end].rstrip(_CLOSERS + " ")
    return body[-1:] if body else ""


def _comma_or_stop_at_close(text: str, sp: QuoteSpan) -> bool:
    """The quoted words end in a comma, '!' or '?' (inside the marks or, British style, right after)."""
    return quoted_words_end(text, sp) in (",", "!", "?") or text[sp.c1:sp.c1 + 1] == ","


def cue_right_after(article: QuotedArticle, sp: QuoteSpan) -> bool:
    """The quote's attribution follows its closing mark in the same sentence: '"Concerning," said
    Ann Pike', '"in the lower legs," the chief said' (a cue verb presents the span as said)."""
    text = article.text
    if not sp.closed or sp.cue in PRESENTING_CUES or sp.cue in NAMING_WORDS:
        return False  # ('the "new Gannett," as Reed dubbed it': a name given, not words said)
    anchor = sp.anchor if sp.cue not in (None, ":") and sp.anchor is not None and sp.anchor >= sp.c1 \
        else _cue_verb_after(article, sp)
    if anchor is None:
        return False
    gap = text[sp.c1:anchor]
    if len(gap) > _GAP_AFTER_MAX or _SENTENCE_END_RE.search(gap) or "\n" in gap \
            or _CLAUSE_WORD_RE.search(re.sub(r"^[ ,\u00a0]*as\b", "", gap)):
        return False  # (', but Pike said': the cue belongs to a new clause; ', as Pike said' does not)
    if re.match(r"\w+ing\b", text[anchor:anchor + 20]) and not text.startswith("according", anchor):
        return False  # ('"a pricing scandal," saying that ...': a participle adds a predicate)
    if sp.cue == "according to" and len(text[sp.start:sp.end].split()) == 1:
        return False  # ('for "R," or "D," according to their instincts': a label, not an utterance)
    return _comma_or_stop_at_close(text, sp)


def _cue_verb_after(article: QuotedArticle, sp: QuoteSpan) -> int | None:
    """Where the first cue verb after the closing mark starts, when it is close by ('"Someone
    died?" a woman asked'): the attribution may name no one the later steps resolve."""
    k = bisect_left(article.cue_starts, sp.c1)
    if k < len(article.cue_starts) and article.cue_starts[k] - sp.c1 <= _GAP_AFTER_MAX:
        pos = article.cue_starts[k]
        word = article.cues[k].group().split()[0].lower()
        if word not in CUE_VERBS or word in PRESENTING_CUES or word in DOCUMENT_VERBS or word.endswith("ing"):
            return None  # ('"Antennagate," saying that ...': a new predicate, not the attribution)
        gap = article.text[sp.c1:pos]
        if "," in gap or _CLAUSE_WORD_RE.search(gap) or len(gap.split()) > 6:
            return None  # ('"insanity," and Sanders, who says ...': another clause comes first)
        if re.search(r"\w", gap) or (word in INVERTIBLE and not gap.strip()):
            return pos
    return None


_CLAUSE_WORD_RE = re.compile(r"\b(?:and|but|or|as|which|who|whom|that|when|while|because|if|though)\b", re.I)


# a cue verb (and its addressee), then only a comma or colon before the opening mark: 'she said, "',
# 'Wallace asked Trump: "', 'he told reporters: "'
_CUE_THEN_PUNCT_RE = re.compile(
    r"\b([A-Za-z]{2,20})(?:[ \u00a0]+(?:[A-Z][\w.'’\-]{0,20}|him|her|them|us|me|reporters|CNN)){0,3}"
    r"[ \u00a0]*[,:][ \u00a0]*\Z")


def introduced_by_cue(article: QuotedArticle, sp: QuoteSpan) -> bool:
    """'Pike said, "Never."', 'Wallace asked Trump: "Done?"': the verb introduces the span as the words said."""
    text = article.text
    m = _CUE_THEN_PUNCT_RE.search(text, max(sp.ps, sp.o0 - 60), sp.o0)
    return bool(m) and m.group(1).lower() in CUE_VERBS and m.group(1).lower() not in PRESENTING_CUES


# the words a document or a reply carries, after a colon: 'with the caption: "Welcome Jose"'
_WRITTEN_NOUNS = frozenset("""
caption captions message messages statement tweet tweets post posts reply replies response answer note
text email e-mail letter memo headline subject line
""".split())
_COLON_RE = re.compile(r"([A-Za-z\-]{2,20})[ \u00a0]*:[ \u00a0]*\Z")


def written_after_colon(article: QuotedArticle, sp: QuoteSpan) -> bool:
    """The span is what a document or a reply says, after its noun and a colon ('with the caption:
    "Welcome Jose"', 'her reply: "Never."'); not a slogan or term ('the slogan: "..."')."""
    m = _COLON_RE.search(article.text, max(sp.ps, sp.o0 - 30), sp.o0)
    return bool(m) and m.group(1).lower() in _WRITTEN_NOUNS


def term_before(article: QuotedArticle, sp: QuoteSpan) -> bool:
    """The writer names a term just before the span: 'so-called', 'known as', 'the word', 'dubbed'."""
    words = article.text[max(sp.ps, sp.o0 - 40):sp.o0].lower().split()
    if not words:
        return False
    if words[-1] in _TERM_LAST_WORDS or tuple(words[-2:]) in _TERM_LAST_PAIRS:
        return True
    return words[-3:] == ["referred", "to", "as"]


def reported_in_clause(article: QuotedArticle, sp: QuoteSpan) -> bool:
    """A reporting verb stands earlier in the span's sentence, with no ';' or ':' between, so the
    span lies in the clause it reports ('Pike admitted she made a "big mistake"', 'police said the
    man "is down."'); a term the writer names ('so-called "X"') is no quote."""
    text = article.text
    lo = article.sentence_start(max(sp.ps, sp.o0 - 300), sp.o0)
    k = bisect_left(article.cue_starts, lo)
    while k < len(article.cue_starts) and article.cue_starts[k] < sp.o0:
        m = article.cues[k]
        word = m.group().split()[0].lower()
        if word in REPORTING_VERBS and not re.search(r"[;:]", text[m.end():sp.o0]) \
                and not _calls_for(text, m.end()) and not (word in _BIDDING_VERBS and _BIDDING_RE.match(text, m.end())):
            return not term_before(article, sp) and not modifies_next_noun(article, sp)
        k += 1
    return False


_NEXT_WORD_RE = re.compile(r"[ \u00a0]{1,3}([a-z][a-z'’\-]*)")


def modifies_next_noun(article: QuotedArticle, sp: QuoteSpan) -> bool:
    """A lower-case content word follows the closing mark with no punctuation between: the span
    modifies it ('the "high alert" level', '"gig economy" workers'), a term rather than words said."""
    if quoted_words_end(article.text, sp) in (",", ".", "!", "?", ";", ":"):
        return False
    m = _NEXT_WORD_RE.match(article.text, sp.c1, sp.c1 + 40)
    if not m:
        return False
    word = m.group(1)
    return word not in _AFTER_QUOTE_WORDS and not word.endswith(("ing", "ed", "ly"))


# the attribution that closes a sentence: ', the Vatican said in a statement.', ', Pike told the BBC.'
_CLOSING_FRAME_GAP = 70


def reported_by_closing_attribution(article: QuotedArticle, sp: QuoteSpan) -> bool:
    """The sentence ends with its attribution after a comma, so all of it reports the source: 'The
    unrest is "much worse" than a civil war, Ann Pike told the BBC.' (a two-word span in it counts)."""
    text = article.text
    hi = article.sentence_end(sp.c1, min(sp.pe, sp.c1 + 400))
    k = bisect_left(article.cue_starts, sp.c1)
    while k < len(article.cue_starts) and article.cue_starts[k] < hi:
        m = article.cues[k]
        comma = text.rfind(",", sp.c1, m.start())
        if m.group().split()[0].lower() in REPORTING_VERBS and comma >= 0 and m.start() - comma <= _CLOSING_FRAME_GAP \
                and not re.search(r"[.;:!?\"“”]", text[comma:m.start()]) and _short_tail(text, m.end(), hi):
            return not term_before(article, sp) and not modifies_next_noun(article, sp) \
                and not _DEMAND_BEFORE_RE.search(text, max(sp.ps, sp.o0 - 60), sp.o0)
        k += 1
    return False


# 'called for compensation to be "clawed back"': a demand the writer sums up, not words quoted
_DEMAND_BEFORE_RE = re.compile(r"\b(?:call(?:s|ed|ing)?|push(?:es|ed|ing)?|ask(?:s|ed|ing)?) for\b[^,;:]{0,50}\Z")


def _short_tail(text: str, pos: int, hi: int) -> bool:
    """After the cue verb only its object or adjuncts, up to the end of the sentence ('in a statement')."""
    tail = text[pos:hi]
    return len(tail) < 90 and "," not in tail and " that " not in tail


# 'told him to act "more calm"', 'urged voters to': a bidding, not a reported clause
_BIDDING_RE = re.compile(r"(?:[ \u00a0]+[\w'’.\-]+){1,3}?[ \u00a0]+to[ \u00a0]")
_BIDDING_VERBS = frozenset("told tell tells telling urged urge urges urging advised implored pleaded begged warned".split())


def _calls_for(text: str, pos: int) -> bool:
    """'urged for', 'pleaded for': the verb asks for something rather than reporting words."""
    return re.match(r"[ \u00a0]+for\b", text[pos:pos + 6]) is not None


def continues_attributed_quote(article: QuotedArticle, sp: QuoteSpan) -> bool:
    """The span follows an attributed quote of its paragraph, with only that quote's attribution
    (or a few words) between: '"...," Pike told reporters on Tuesday. "I'm done."'."""
    i = bisect_left(article.span_starts, sp.o0) - 1
    if i < 0:
        return False
    prev = article.spans[i]
    if prev.para != sp.para or prev.kind is None:
        return False
    gap = sp.o0 - prev.c1
    if gap < 40:
        return True
    return gap < 160 and prev.anchor is not None and prev.c1 <= prev.anchor < sp.o0 \
        and not any(ch in article.text[prev.c1:sp.o0] for ch in "\"“”")


def ends_as_sentence(article: QuotedArticle, sp: QuoteSpan) -> bool:
    """The quoted words end in '.', '!' or '?'."""
    return quoted_words_end(article.text, sp) in (".", "!", "?")


_COORDINATION_RE = re.compile(r"[ \u00a0]*(?:,?[ \u00a0]*(?:and|or)[ \u00a0]+|,[ \u00a0]*)\Z")


def coordinated_series(article: QuotedArticle, sp: QuoteSpan) -> tuple[QuoteSpan, QuoteSpan] | None:
    """(first, last) of a series of two quoted spans joined by 'and', 'or' or a comma that ``sp``
    belongs to ('calling it "cruel" and "unfair"', 'calls the wall "stupid", "useless"'), or None."""
    spans, text = article.spans, article.text
    i = bisect_left(article.span_starts, sp.o0)
    if i + 1 < len(spans) and spans[i + 1].para == sp.para and _COORDINATION_RE.fullmatch(text, sp.c1, spans[i + 1].o0):
        return sp, spans[i + 1]
    if i > 0 and spans[i - 1].para == sp.para and _COORDINATION_RE.fullmatch(text, spans[i - 1].c1, sp.o0):
        return spans[i - 1], sp
    return None
