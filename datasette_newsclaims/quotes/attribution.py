"""Where to look for a quote's cue: after it, in the next paragraph, before it, in the paragraph
that introduces it (step 2 of the quote extractor).

Owns: ``attribute_quote`` (the order in which the places around one quote are
tried) and whether a quote is partial (woven into the writer's sentence).

Must not touch: how a cue presents its source (``cues``) or quotes with no cue
of their own (``continuation``).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .article import QuotedArticle
from .cues import CUE_RE, cue_near, speaker_of_cue
from .uncued import any_verb_after_quote_frame, colon_or_subject
from .lexicon import CLAUSE_OPENERS, CUE_VERBS, DAY_WORDS, DOCUMENTS, NP_STOP, PP_OPENERS
from .marks import QuoteSpan
from .sources import Attribution, speaker_phrase
from .tokens import is_cap, is_word, tokens


def attribute_quote(article: QuotedArticle, idx: int, sp: QuoteSpan) -> None:
    """Find the cue of quote ``idx`` and record its attribution on ``sp`` (left unattributed if none)."""
    spans = article.spans
    nxt = spans[idx + 1].o0 if idx + 1 < len(spans) and spans[idx + 1].para == sp.para else sp.pe
    prv = spans[idx - 1].c1 if idx > 0 and spans[idx - 1].para == sp.para else sp.ps
    sp.partial = _is_partial(article.text, sp, prv)
    got = _cue_verb_introducing(article, idx, sp, prv) or _participle_opener(article, sp)
    if sp.partial and not got:
        # a partial quote is woven into its clause: the cue of that clause comes first ('Trump, who
        # has called the pact "insanity," and Sanders, who says ...')
        got = _cue_verb_before(article, sp, prv)
    got = got or (_cue_after(article, sp, nxt, prv) or _cue_opening_next_paragraph(article, sp)
                  or _cue_before(article, sp, prv) or _cue_in_introducing_paragraph(article, sp)
                  or _cue_pointing_back(article, sp))
    if got:
        sp.set_attribution(got)


def _is_partial(text: str, sp: QuoteSpan, prv: int) -> bool:
    """The writer's words run right up to the open mark: a partial quote."""
    j = sp.o0 - 1
    while j >= sp.ps and text[j] in " \t\u00a0":
        j -= 1
    partial = j >= sp.ps and j >= prv and (text[j].isalnum() or text[j] in "'’")
    if not partial and j >= sp.ps and text[j] == "," and text[sp.start].islower():
        partial = True
    return partial


def _cue_after(article: QuotedArticle, sp: QuoteSpan, nxt: int, prv: int) -> Attribution | None:
    """'"...," said X' / '"...," X said' (up to the next quote of the paragraph)."""
    if not (sp.closed and sp.c1 < nxt):
        return None
    hi = article.sentence_end(sp.c1, min(nxt, sp.c1 + 300))
    got = cue_near(article, sp.c1, hi, sp.c1, hi, after=True)
    if got and _ends_sentence(article, sp) and not _inverted_right_after(article, sp, got, hi) and (
            not _short_tail(article, got, hi) or _introduces_next(article, got)
                                                or _own_statement_before(article, sp, got)
                                                or (_reports_own_clause(article, sp, got) and (
                                                    _cue_verb_in_sentence(article, sp, prv) or _continues_quote(article, sp, prv)))):
        return None  # '"... done." He said that ...': a new sentence, not this quote's attribution
    return got or any_verb_after_quote_frame(article, sp)


def _inverted_right_after(article: QuotedArticle, sp: QuoteSpan, got: Attribution, hi: int) -> bool:
    """'"How big is that wall?" asked the boy.': the cue right after the closing mark and its
    subject closing the sentence (or its clause) present this quote."""
    text = article.text
    if text[sp.c1:got.anchor].strip() or not got.mention:
        return False
    at = text.find(got.mention, got.anchor, got.anchor + 80)
    return at >= 0 and text[at + len(got.mention):at + len(got.mention) + 2].lstrip(" ")[:1] in (".", ",", "")


def _reports_own_clause(article: QuotedArticle, sp: QuoteSpan, got: Attribution) -> bool:
    """The sentence after the quote reports a clause of its own before its cue ('"... bill."
    Lee and Hart are in talks with others, said Ron Pike')."""
    lead = article.text[sp.c1:got.anchor]
    cut = lead.rfind(got.mention) if got.mention else -1
    if cut >= 0:
        lead = lead[:cut]
    words = re.findall(r"[\w'’\-]+", lead)
    return "," in lead and len(words) >= 4 and words[0].lower() not in PP_OPENERS


def _continues_quote(article: QuotedArticle, sp: QuoteSpan, prv: int) -> bool:
    """The quote follows an attributed quote of its paragraph after a short cue ('"...," Smith
    said. "..."'): it continues that quote (``continuation``)."""
    if prv <= sp.ps:
        return False
    gap = article.text[prv:sp.o0]
    return len(gap) < 60 and gap.rstrip().endswith((".", ",")) and bool(CUE_RE.search(gap))


def _cue_verb_in_sentence(article: QuotedArticle, sp: QuoteSpan, prv: int) -> bool:
    """The quote's own sentence has a cue verb before it ('Rubio told reporters that if ..., "...'),
    which the later ``_cue_before`` finds."""
    lo = article.sentence_start(max(prv, sp.o0 - 400, sp.ps), sp.o0)
    return lo < sp.o0 and cue_near(article, lo, sp.o0, lo, sp.o0, after=False) is not None


def _cue_opening_next_paragraph(article: QuotedArticle, sp: QuoteSpan) -> Attribution | None:
    """The attribution opens the next paragraph: '"..."' / 'said Stephen Harper, Prime Minister.'"""
    text = article.text
    if not (sp.closed and sp.pe - sp.c1 < 8 and not text[sp.c1:sp.pe].strip(" \t\u00a0.,")):
        return None
    k = sp.pe
    while k < len(text) and k < sp.pe + 10 and text[k].isspace():
        k += 1
    m = CUE_RE.match(text, k)
    if m and m.group()[:1].islower():
        pe = text.find("\n", k, k + 400)
        hi = article.sentence_end(k, min(pe if pe >= 0 else len(text), k + 300))
        return speaker_of_cue(article, m, k, hi, True)
    return None


def _cue_before(article: QuotedArticle, sp: QuoteSpan, prv: int) -> Attribution | None:
    """'X said: "...' / 'X said Chicago "will not ...', or no cue verb (``colon_or_subject``)."""
    lo = max(prv, sp.o0 - 400, sp.ps)
    lo = article.sentence_start(lo, sp.o0)
    if lo >= sp.o0:
        return None
    return cue_near(article, lo, sp.o0, lo, sp.o0, after=False) or colon_or_subject(article, lo, sp)


# "That was how X described it", "That's what X told", "Those were the words of X", "So said X"
_POINTING_BACK_RE = re.compile(r"(?:(?:That|This|Those|These|Such)(?:'s|’s| is| was| were| are)|So said)\b")


def _cue_pointing_back(article: QuotedArticle, sp: QuoteSpan) -> Attribution | None:
    """A quote that is its own paragraph, and a next paragraph that points back at it and names
    who said it: '"..."' / 'That was how Jeffrey Bewkes, the chief executive, once described ...'."""
    text = article.text
    if not (sp.closed and article.opens_paragraph(sp) and not text[sp.c1:sp.pe].strip(" \t\u00a0.,")):
        return None
    k = sp.pe
    while k < len(text) and k < sp.pe + 10 and text[k].isspace():
        k += 1
    if not _POINTING_BACK_RE.match(text, k):
        return None
    pe = text.find("\n", k, k + 400)
    hi = article.sentence_end(k, min(pe if pe >= 0 else len(text), k + 300))
    got = cue_near(article, k, hi, k, hi, after=False)
    return got if got and got[2] == "name" else None


# nothing between a cue verb and the open mark but a comma or colon: 'he said, "...'
_INTRODUCING_GAP_RE = re.compile(r"[,:][ \t\u00a0]*")


def _cue_verb_introducing(article: QuotedArticle, idx: int, sp: QuoteSpan, prv: int) -> Attribution | None:
    """'... and said, "somebody ought to ...," the office said': the verb that introduces the quote
    as its object gives the speaker; the cue after it reports the whole sentence."""
    text = article.text
    k = bisect_left(article.cue_starts, sp.o0) - 1
    if k < 0 or article.cue_starts[k] < max(prv, sp.ps):
        return None
    m = article.cues[k]  # the last cue word before the quote, with only ',' or ':' between
    if not (m.group()[:1].islower() and _INTRODUCING_GAP_RE.fullmatch(text, m.end(), sp.o0)):
        return None
    lo = article.sentence_start(max(sp.ps, sp.o0 - 400), sp.o0)
    if prv > lo and lo > article.spans[idx - 1].o0:
        return None  # '"We're safe now. It's over," adding, "...': the sentence began inside a quote
    # (a quote earlier in the sentence, 'called her a "traitor" and said,', is no boundary)
    if text.count("“", lo, m.start()) > text.count("”", lo, m.start()) or text.count('"', lo, m.start()) % 2:
        return None  # '"... do the principals say, "Hey, ...': inside another quote
    return cue_near(article, lo, sp.o0, lo, sp.o0, after=False) or _relative_clause_subject(article, lo, m)


# 'Perry, who wore a cape bearing the words "I'm with her," shouted, "...': the name the relative
# clause hangs on, at the start of the sentence, is the subject of a verb right after a quote
_WHO_SUBJECT_RE = re.compile(r"((?:[A-Z][\w.'’\-]+ ){0,3}[A-Z][\w'’\-]+), who\b")
_QUOTE_CLOSED_BEFORE_RE = re.compile(r"[,.!?][”\"’'][ \t\u00a0]*\Z")


def _relative_clause_subject(article: QuotedArticle, lo: int, m: re.Match) -> Attribution | None:
    """The subject named at the start of the sentence when a relative clause holding a quote stands
    between it and the cue verb."""
    text = article.text
    if not _QUOTE_CLOSED_BEFORE_RE.search(text, max(lo, m.start() - 4), m.start()):
        return None
    w = _WHO_SUBJECT_RE.match(text, lo, m.start())
    if not w:
        return None
    got = speaker_phrase(text, tokens(w.group(1), w.start(1)), m.group().lower(), m.start())
    return got if got and got[2] == "name" else None


# a sentence that opens with a cue participle: 'Calling the rival "a fraud," Ann Pike said ...'
_PARTICIPLE_OPENER_RE = re.compile(r"([A-Z][a-z]+ing)\b")
_AFTER_OPENER_RE = re.compile(r"[,]?[ \t\u00a0]+((?:[A-Z][\w.'’\-]*[ \t\u00a0]){0,4}[A-Z][\w'’\-]+|he|she|they)[ \t\u00a0]+[a-z]+")


def _capitalised_ing_words(article: QuotedArticle) -> list[int]:
    """Where the article's capitalised -ing words start (found once per article)."""
    if article.ing_starts is None:
        article.ing_starts = [m.start() for m in _PARTICIPLE_OPENER_RE.finditer(article.text)]
    return article.ing_starts


def _participle_opener(article: QuotedArticle, sp: QuoteSpan) -> Attribution | None:
    """'Calling Mr. Burr's challenger "exactly the partner I need," Mrs. Clinton urged ...': the
    quote belongs to the subject of the main clause after it, not to the phrase the verb is about."""
    text = article.text
    starts = _capitalised_ing_words(article)
    k = bisect_left(starts, max(sp.ps, sp.o0 - 200))
    if not sp.closed or k >= len(starts) or starts[k] >= sp.o0:
        return None  # (no capitalised -ing word just before the quote: no sentence opens with one)
    lo = article.sentence_start(max(sp.ps, sp.o0 - 200), sp.o0)
    m = _PARTICIPLE_OPENER_RE.match(text, lo)
    if not m or m.group(1).lower() not in CUE_VERBS:
        return None
    after = _AFTER_OPENER_RE.match(text, sp.c1 if text[sp.end:sp.c1].strip("\"”’'").endswith(",") else sp.c1)
    if not after or not (text[sp.end - 1:sp.c1].lstrip("\"”’'").startswith(",") or text[sp.c1:after.start(1)].startswith(",")):
        return None
    np = tokens(after.group(1), after.start(1))
    return speaker_phrase(text, np, m.group(1).lower(), m.start())


def _cue_verb_before(article: QuotedArticle, sp: QuoteSpan, prv: int) -> Attribution | None:
    """A cue verb before the quote in its own clause (no comma, colon or sentence end between)."""
    lo = max(prv, sp.o0 - 200, sp.ps)
    lo = article.sentence_start(lo, sp.o0)
    clause = max(article.text.rfind(",", lo, sp.o0), article.text.rfind(";", lo, sp.o0)) + 1
    lo = max(lo, clause) if clause > 0 else lo
    return cue_near(article, lo, sp.o0, article.sentence_start(max(prv, sp.o0 - 400, sp.ps), sp.o0), sp.o0, after=False) \
        if lo < sp.o0 else None


def _cue_in_introducing_paragraph(article: QuotedArticle, sp: QuoteSpan) -> Attribution | None:
    """The paragraph before ends in a colon and introduces it: 'Dr. Ward stated:' / '"The Justice ..."'."""
    if not article.opens_paragraph(sp):
        return None
    text = article.text
    end = sp.ps - 1
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end > 0 and text[end - 1] == ":":
        plo = article.sentence_start(max(0, end - 300, text.rfind("\n", max(0, end - 300), end) + 1), end - 1)
        return cue_near(article, plo, end - 1, plo, end - 1, after=False) or _document_introducing(article, plo, end - 1)
    return None


_DOCUMENT_NAMED_RE = re.compile(r"\b(?:a|an|the|its|their)[ \u00a0](?:[a-z\-]+[ \u00a0]){0,2}?(" + "|".join(
    sorted(d for d in DOCUMENTS if d.isalpha())) + r")s?\b")


def _document_introducing(article: QuotedArticle, lo: int, hi: int) -> Attribution | None:
    """'A source provided to CNN a memo laying out the key messages, which include:' / '"..."':
    the document the introducing sentence names speaks."""
    m = _DOCUMENT_NAMED_RE.search(article.text, lo, hi)  # (the first: 'a memo laying out the key messages')
    return Attribution("the " + m.group(1), None, "description", None, m.start()) if m else None


def _ends_sentence(article: QuotedArticle, sp: QuoteSpan) -> bool:
    """The quoted words end with a full stop, '!' or '?'."""
    body = article.text[max(sp.start, sp.end - 3):sp.end].rstrip("'\"”’ ")
    return body.endswith((".", "!", "?"))


def _introduces_next(article: QuotedArticle, got: Attribution) -> bool:
    """The cue ends on a colon: it introduces the next quote ('... Jeffries reacted, saying: "...'),
    not the one before it."""
    m = article.cues[bisect_left(article.cue_starts, got[4])]
    if article.text[m.end():m.end() + 3].lstrip(" ").startswith(":"):
        return True
    # '... Jeffries reacted to the news, saying: "...': the sentence goes on to introduce its own quote
    return bool(_INTRODUCES_QUOTE_RE.match(article.text, m.end(), m.end() + 80))


_INTRODUCES_QUOTE_RE = re.compile(r"[^.!?\"“”\n]{0,60}?,? (?:saying|adding|writing|telling [\w ]{1,20}):[ \t\u00a0]*[\"“]")


def _own_statement_before(article: QuotedArticle, sp: QuoteSpan, got: Attribution) -> bool:
    """The sentence after the quote says something of its own before its source ('"...." The fire
    is under investigation, according to Ann Pike.'): that source is not the quote's."""
    text = article.text
    lead = text[sp.c1:got.anchor]
    cut = lead.rfind(got.mention) if got.mention else -1
    if cut >= 0:
        lead = lead[:cut]
    if "," not in lead or got.cue != "according to":
        return False  # ('Practice kindness, says David Palmiter': he says it, and may have said the quote)
    words = [w for w in re.findall(r"[\w'’\-]+", lead)]
    return len(words) >= 3 and words[0].lower() not in PP_OPENERS


def _short_tail(article: QuotedArticle, got: Attribution, hi: int) -> bool:
    """The cue ends its sentence after a few words ('Jhung said.', 'he told CNN on Monday.')."""
    m = article.cues[bisect_left(article.cue_starts, got[4])]
    tail = tokens(article.text[m.end():hi], m.end())
    words = []
    for t, _ in tail:
        if t == ",":
            break  # '... wrote sarcastically on Twitter, adding that ...'
        if is_word(t):
            words.append(t)
    if len(words) > 1 and is_cap(words[0]) and words[1].islower() and words[1] not in PP_OPENERS \
            and words[1] not in NP_STOP and words[0].lower() not in DAY_WORDS:
        return False  # 'He said Teneo had been hired ...': a new clause, not a short tail
    return len(words) <= 8 and not (words and words[0].lower() in CLAUSE_OPENERS)
