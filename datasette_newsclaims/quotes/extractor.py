"""Direct quotations and their speakers.

The extractor works in four steps:

1. ``_pair_marks``: one compiled pass over the quotation marks of each paragraph
   pairs openers with closers (curly, straight, TeX ````...''``, guillemets, and
   single marks used as primary marks; a quote in another mark style nests in
   the outer one). A mark left open runs to the end of its paragraph only, so an
   unbalanced mark never swallows the article.
2. ``_Attributor._attribute``: the cue verb next to each quote (after it, before
   it, inverted ``said X``, ``according to X``, a colon, the next paragraph's
   ``said X``) and the speaker phrase beside it: a name (appositives, titles and
   party labels split off), a pronoun, or a description.
3. ``_Attributor._keep``: drops scare quotes, titles, headlines in capitals and
   one- to three-word terms unless a cue presents them as the source's words.
4. ``_Attributor._continue`` and ``_resolve``: a quote with no cue takes the
   speaker of the quote or attribution it continues (in its paragraph, across
   a multi-paragraph quote, or the latest attribution before it); names become
   the fullest form the article introduces (``names.ArticleNames``), he/she the
   person named in the nearest sentence before (sources first, genders from
   given names, titles and the pronouns that follow a name), documents their
   named sender.

Every regular expression has bounded quantifiers and most open with a character
class, so matching stays linear and fast (about 2M characters a second).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .names import ROLE_WORDS, UPPER, ArticleNames, Person, clean_token, is_title, name_key, norm, split_title
from .lexicon import (
    ALL_PRONOUNS,
    ATTRIBUTIVE_NOUNS,
    AUTHOR_NOUNS,
    AUX_ADVERBS,
    CLAUSE_OPENERS,
    CUE_VERBS,
    DATA_NOUNS,
    DAY_WORDS,
    DETERMINERS,
    DOCUMENTS,
    DOCUMENT_VERBS,
    EXTRA_ADVERBS,
    FEMALE_NAMES,
    FEMALE_TITLES,
    GROUP_NOUNS,
    INTRO_ADVERBS,
    INVERTIBLE,
    MALE_NAMES,
    MALE_TITLES,
    NAMING_WORDS,
    NOT_ADVERBS,
    NOT_NAMES,
    NOUN_LIKE_CUES,
    NP_BREAKS,
    NP_PREPS,
    NP_STOP,
    ORG_WORDS,
    PASSIVE_AUX,
    PERSON_NOUNS,
    PP_OPENERS,
    PRESENTING_CUES,
    PRONOUN_GENDER,
    ROLE_NOUNS,
    SENT_ABBR,
    SMALL_WORDS,
    SPEECH_NOUNS,
    STANCE_VERBS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TITLE_WORDS,
    VERBISH,
    WEAK_CUES,
)

__all__ = ["extract_quotes"]

MAX_INPUT_CHARS = 2_000_000
MAX_QUOTES = 5_000

_DOUBLE_OPEN = {"“", "„", "«", "``", "‟"}
_DOUBLE_CLOSE = {"”", "»"}
_SINGLE = {"‘", "’", "'", "`"}
_FAMILY = {'"': "straight", "''": "tex", "``": "tex", "“": "curly", "”": "curly", "„": "curly", "‟": "curly",
           "«": "guillemet", "»": "guillemet"}

# One pass over every quotation mark of a paragraph.
_MARK_RE = re.compile(r"[\"“”„‟«»‘’'`]")
_TAG_RE = re.compile(r"<[A-Za-z/!][^<>\n]{0,500}>")
_PARA_RE = re.compile(r"[^\n\r\u2028\u2029]+")
_OPEN_BEFORE = set(" \t\u00a0([{—–-/<>•*:") | _DOUBLE_OPEN | _SINGLE
_CLOSE_AFTER = set(" \t\u00a0,.;:!?)]}—–-/…*") | _DOUBLE_CLOSE | _SINGLE | {'"'}
_ELISIONS = ("em ", "til ", "cause ", "n ", "tis ", "twas ", "round ", "bout ", "s ")

_WORD_RE = re.compile(r"\w[\w\u0300-\u036f'’\-]{0,40}(?:\.\w{1,3}){0,4}\.?|[^\w\s]")  # combining accents too
_UP = "[" + re.escape(UPPER) + "0-9]"
_BOUNDARY_RE = re.compile(r"[.!?]{1,3}[\"”’'»)]{0,2}\s{1,5}(?=[\"“‘'«(]{0,2}" + _UP + ")")
_CAP_WORD_RE = re.compile(r"\b[A-Z][\w'’\-]+")
# a sentence that opens with an unnamed person: "A 29-year-old Berlin woman, meanwhile, received ..."
_INDEFINITE_SUBJECT_RE = re.compile(r"(?:(?<=\n)|(?<=[.!?][\"”’] )|(?<=[.!?] ))(An? (?:[\w'’\-]+ ){0,4}?[a-z]+)(?=[ ,])")
_ORG_SUBJECT_RE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?] )|(?<=[.!?][\"”’] ))(The [a-z\-]+(?: [a-z\-]+)?)")
_TERM_HINT_RE = re.compile(r"called|termed|named|dubbed|label|as\b|is\b|was\b")
_DEFINITE_SPEAKER_RE = re.compile(r"(?:(?<=\n)|(?<=[.!?])|(?<=[.!?] )|(?<=[.!?][\"”’] ))The(?: [a-z\-]+){1,3} (?:said|says|told|tells|added|adds)\b")
_CAP_RUN_RE = re.compile(r"\b[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)*")
_ABBR_BEFORE_RE = re.compile(r"(?:^|[\s(])([A-Za-z]{1,5})$")


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


_CUE_RE = re.compile(
    r"(?<![\w'’\-])(?:"
    + _trie_regex(set(CUE_VERBS) | {"according to", "According to", "Said", "Says", "Asked", "Added", "Wrote", "Told"})
    + r")(?![\w'’\-])"
)
_NAME_LIST_RE = re.compile(r"[A-Z][\w.'’\-]{1,20},? and [A-Z][\w'’\-]{1,20}(?: [A-Z][\w'’\-]{1,20}){0,2}[ ,][^.!?]{0,60}\Z")
# A party label after a name: "(D)", "(R-Ariz.)", ", D-Ill.,".
_PARTY_RE = re.compile(r"\.?\s{0,2}[(,]\s{0,2}((?:D|R|I)(?:-[A-Z][A-Za-z.]{1,10}(?: [A-Z][A-Za-z.]{1,10})?)?)\s{0,2}[),]")
_PRONOUN_SUBJECT = {
    g: re.compile(r"(?:(?:But|And|Still|Yet|So|Then|Now|Later|Meanwhile),? ){0,1}" + w + r"\b")
    for g, w in (("m", "He"), ("f", "She"))
}


def extract_quotes(text: str) -> list[dict]:
    """Return every direct quote in ``text`` with its speaker (see GUIDE.md).

    :param text: an article's plain text
    :return: quote dicts sorted by ``start``: ``start``, ``end``, ``text``,
        ``speaker``, ``speaker_mention``, ``speaker_title``, ``cue``,
        ``paragraph``, ``partial``
    """
    if not isinstance(text, str) or not text:
        return []
    if len(text) > MAX_INPUT_CHARS:
        text = text[:MAX_INPUT_CHARS]
    spans = []
    # marks inside HTML tags (<a href="...">) are no quotation marks
    tags = [(m.start(), m.end()) for m in _TAG_RE.finditer(text)] if "<" in text else []
    for pi, (ps, pe) in enumerate(_paragraphs(text)):
        reach = -1
        for qs, qe, o0, c1, closed in _pair_marks(text, ps, pe, tags):  # in order of opening
            if c1 <= reach:
                continue  # a quote inside another quote belongs to the outer one
            reach = max(reach, c1)
            spans.append(_Span(qs, qe, o0, c1, closed, pi, ps, pe))
            if len(spans) >= MAX_QUOTES:
                break
    if not spans:
        return []
    return _Attributor(text, spans).run()


# ---------------------------------------------------------------- step 1: marks


def _paragraphs(text: str):
    for m in _PARA_RE.finditer(text):
        if not m.group().isspace():
            yield m.start(), m.end()


def _kind(text: str, s: int, e: int, mark: str, ps: int, pe: int) -> str:
    """'open', 'close' or 'ambig' for one double mark, from the mark and its neighbours."""
    before = text[s - 1] if s > ps else " "
    after = text[e] if e < pe else " "
    open_ok = before in _OPEN_BEFORE or before.isspace()
    close_ok = after in _CLOSE_AFTER or after.isspace()
    if mark in _DOUBLE_OPEN:
        return "close" if close_ok and not open_ok else "open"  # „German“, or a typo'd closer
    if mark in _DOUBLE_CLOSE:
        return "open" if open_ok and not close_ok and after.isalnum() else "close"
    if open_ok and not close_ok:
        return "open"
    if close_ok and not open_ok:
        return "close"
    return "ambig"


def _pair_marks(text: str, ps: int, pe: int, tags=()):
    """Yield (start, end, open_mark_start, close_mark_end, closed) for each quoted span of a paragraph."""
    doubles, singles = [], []
    skip = -1
    t = bisect_right(tags, (ps, -1)) - 1 if tags else 0
    for m in _MARK_RE.finditer(text, ps, pe):
        s = m.start()
        if s <= skip:
            continue
        if tags:
            while t + 1 < len(tags) and tags[t + 1][0] <= s:
                t += 1
            if 0 <= t < len(tags) and tags[t][0] <= s < tags[t][1]:
                continue  # inside an HTML tag
        ch = text[s]
        if ch in "`'" and text[s + 1:s + 2] == ch:
            doubles.append((s, s + 2, ch + ch))  # TeX ``...'' and two apostrophes used as a double mark
            skip = s + 1
        elif ch in _SINGLE:
            singles.append((s, s + 1, ch))
        else:
            doubles.append((s, s + 1, ch))
    out = []
    inside = None
    nested = None  # style of a quote inside the open one ('"isn't about “Equal Justice” anymore"')
    kinds = [_kind(text, m[0], m[1], m[2], ps, pe) for m in doubles]
    for i, m in enumerate(doubles):
        k = kinds[i]
        if inside is None:
            if k != "close":
                inside = m
            continue
        fam, ifam = _FAMILY[m[2]], _FAMILY[inside[2]]
        if nested is not None:
            if fam == nested and k != "open":
                nested = None
            continue
        if fam != ifam and k == "open" and any(
                _FAMILY[d[2]] == fam and kd != "open" for d, kd in zip(doubles[i + 1:i + 40], kinds[i + 1:i + 40])):
            nested = fam  # it belongs to the outer quote
            continue
        if k == "open":
            inside = m  # the earlier mark was never closed: drop it
        else:
            out.append((inside[1], m[0], inside[0], m[1], True))
            inside = None
    if inside is not None:
        out.append((inside[1], pe, inside[0], pe, False))
    if singles:
        out.extend(_pair_singles(text, ps, pe, singles, out))
    res = []
    for s, e, o0, c1, closed in sorted(out):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            res.append((s, e, o0, c1, closed))
    return res


def _pair_singles(text, ps, pe, singles, doubles_out):
    """Single marks used as primary quotation marks, outside double-quoted spans."""
    taken = sorted((o0, c1) for _, _, o0, c1, _ in doubles_out)
    starts = [a for a, _ in taken]
    out = []
    inside = None
    for s, e, mark in singles:
        k = bisect_right(starts, s) - 1
        if k >= 0 and s < taken[k][1]:
            continue  # inside a double-quoted span
        before = text[s - 1] if s > ps else " "
        after = text[e] if e < pe else " "
        can_open = mark != "’" and (before.isspace() or before in "([{—–-:") and after.isalpha()
        if can_open and text[e:e + 6].lower().startswith(_ELISIONS):
            can_open = False
        can_close = mark in ("’", "'") and not before.isspace() and (after.isspace() or after in ",.;:!?)]—–…" or e >= pe)
        if inside is None:
            if can_open:
                inside = (s, e)
        elif can_close:
            if before.lower() == "s" and text[e:e + 1] == " " and e + 1 < pe and text[e + 1].islower():
                continue  # plural possessive ("voters' rights") inside a single-quoted span
            out.append((inside[1], s, inside[0], e, True))
            inside = None
        elif can_open:
            inside = (s, e)
    return out


# ---------------------------------------------------------------- spans


class _Span:
    __slots__ = ("start", "end", "o0", "c1", "closed", "para", "ps", "pe", "speaker", "mention",
                 "title", "cue", "partial", "kind", "anchor", "gender")

    def __init__(self, start, end, o0, c1, closed, para, ps, pe):
        self.start, self.end, self.o0, self.c1 = start, end, o0, c1
        self.closed, self.para, self.ps, self.pe = closed, para, ps, pe
        self.speaker = self.mention = self.title = self.cue = None
        self.partial = False
        self.kind = None  # 'name', 'pronoun', 'description' once attributed
        self.gender = None
        self.anchor = None  # position of the attribution


def _tokens(s: str, base: int):
    """Word and punctuation tokens of ``s`` as (token, start); closed parentheticals
    ('(D)', '(R-Wis.)', '[Goldman Sachs Summit]') dropped, an unclosed bracket kept open."""
    out = []
    opened: list[int] = []
    for m in _WORD_RE.finditer(s):
        tok = m.group()
        if tok in ("(", "["):
            opened.append(len(out))
            out.append((tok, base + m.start()))  # a boundary while it stays open
            continue
        if tok in (")", "]"):
            if opened:
                k = opened.pop()
                if len(out) - k <= 24:
                    del out[k:]
            continue
        tok, ended = clean_token(tok)
        out.append((tok, base + m.start()))
        if ended:
            out.append((".", base + m.end() - 1))
    return out


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _is_word(tok: str) -> bool:
    return tok[:1].isalnum()


def _possessive(tok: str) -> bool:
    return tok.endswith(("'s", "’s", "s'", "s’"))


# ---------------------------------------------------------------- steps 2-4


MAX_CUES_BACK = 64  # cue words looked at, at most, when searching back for an attribution


class _Attributor:
    def __init__(self, text: str, spans: list[_Span]):
        self.text = text
        self.spans = spans
        self._names: ArticleNames | None = None
        self.timeline: list[tuple[int, Person | None, str, str]] = []  # (pos, person, mention, kind)

    @property
    def names(self) -> ArticleNames:
        if self._names is None:
            self._names = ArticleNames(self.text)
        return self._names

    # -- helpers over the text

    def _sentence_start(self, lo: int, pos: int) -> int:
        start = lo
        for m in _BOUNDARY_RE.finditer(self.text, lo, min(len(self.text), pos + 4)):
            if m.end() > pos:
                break
            if not self._abbrev_before(m.start()):
                start = m.end()
        return start

    def _sentence_end(self, pos: int, hi: int) -> int:
        for m in _BOUNDARY_RE.finditer(self.text, pos, min(len(self.text), hi + 4)):
            if m.start() >= hi:
                break
            if not self._abbrev_before(m.start()):
                return m.start() + 1
        return hi

    def _abbrev_before(self, dot: int) -> bool:
        if self.text[dot] != ".":
            return False
        m = _ABBR_BEFORE_RE.search(self.text, max(0, dot - 6), dot)
        if not m:
            return False
        w = m.group(1)
        return len(w) == 1 or w.lower() in SENT_ABBR

    # -- main

    def run(self) -> list[dict]:
        text, spans = self.text, self.spans
        starts = [s.o0 for s in spans]
        cues = []
        k, n = 0, len(spans)
        for m in _CUE_RE.finditer(text):
            p = m.start()
            while k < n and spans[k].c1 <= p:
                k += 1
            if k < n and spans[k].o0 <= p:
                continue  # a cue inside a quote is quoted speech
            cues.append(m)
        self.cues = cues
        self.cue_starts = [m.start() for m in cues]
        self._span_starts = starts
        # attribution of each span from the cues in its own sentence
        for idx, sp in enumerate(spans):
            self._attribute(idx, sp)
        kept = [sp for idx, sp in enumerate(spans) if self._keep(idx, sp)]
        self._anchors = {sp.anchor: sp for sp in kept if sp.kind}
        self.event_pos = sorted(set(self.cue_starts) | set(self._anchors))
        self._anchor_pos = sorted(self._anchors)
        self._cue_at = {m.start(): m for m in self.cues}
        self._events: dict[int, _Span | None] = {}
        self._done: dict[int, tuple] = {}
        self._continue(self.spans)
        self._resolve(kept)
        out = []
        for sp in kept:
            out.append({
                "start": sp.start,
                "end": sp.end,
                "text": text[sp.start:sp.end],
                "speaker": sp.speaker,
                "speaker_mention": sp.mention,
                "speaker_title": sp.title,
                "cue": sp.cue,
                "paragraph": sp.para,
                "partial": sp.partial,
            })
        return out

    # -- step 3a: cue next to the quote

    def _attribute(self, idx: int, sp: _Span) -> None:
        text, spans = self.text, self.spans
        nxt = spans[idx + 1].o0 if idx + 1 < len(spans) and spans[idx + 1].para == sp.para else sp.pe
        prv = spans[idx - 1].c1 if idx > 0 and spans[idx - 1].para == sp.para else sp.ps
        # writer's words right before the open mark: partial quote?
        j = sp.o0 - 1
        while j >= sp.ps and text[j] in " \t\u00a0":
            j -= 1
        sp.partial = j >= sp.ps and j >= prv and (text[j].isalnum() or text[j] in "'’") 
        if not sp.partial and j >= sp.ps and text[j] == "," and text[sp.start].islower():
            sp.partial = True
        # after: '"...," said X' / '"...," X said'
        if sp.closed and sp.c1 < nxt:
            hi = self._sentence_end(sp.c1, min(nxt, sp.c1 + 300))
            got = self._cue_in(sp.c1, hi, sp.c1, hi, after=True)
            if got and self._ends_sentence(sp) and not self._short_tail(got, hi):
                got = None  # '"... done." He said that ...': a new sentence, not this quote's attribution
            if got:
                self._set(sp, got)
                return
        if sp.closed and sp.pe - sp.c1 < 8 and not text[sp.c1:sp.pe].strip(" \t\u00a0.,"):
            # the attribution opens the next paragraph: '"..."' / 'said Stephen Harper, Prime Minister.'
            k = sp.pe
            while k < len(text) and k < sp.pe + 10 and text[k].isspace():
                k += 1
            m = _CUE_RE.match(text, k)
            if m and m.group()[:1].islower():
                pe = text.find("\n", k, k + 400)
                hi = self._sentence_end(k, min(pe if pe >= 0 else len(text), k + 300))
                got = self._speaker_of_cue(m, k, hi, True)
                if got:
                    self._set(sp, got)
                    return
        # before: 'X said: "...' / 'X said Chicago "will not ...'
        lo = max(prv, sp.o0 - 400, sp.ps)
        lo = self._sentence_start(lo, sp.o0)
        got = None
        if lo < sp.o0:
            got = self._cue_in(lo, sp.o0, lo, sp.o0, after=False)
            if not got:
                got = self._colon_or_subject(lo, sp)
        if not got and self._opens_para(sp):
            # the paragraph before introduces it: 'Dr. Ward stated:' / '"The Justice Department ..."'
            end = sp.ps - 1
            while end > 0 and text[end - 1].isspace():
                end -= 1
            if end > 0 and text[end - 1] == ":":
                plo = self._sentence_start(max(0, end - 300, text.rfind("\n", max(0, end - 300), end) + 1), end - 1)
                got = self._cue_in(plo, end - 1, plo, end - 1, after=False)
        if got:
            self._set(sp, got)

    def _ends_sentence(self, sp: _Span) -> bool:
        body = self.text[max(sp.start, sp.end - 3):sp.end].rstrip("'\"”’ ")
        return body.endswith((".", "!", "?"))

    def _short_tail(self, got, hi: int) -> bool:
        """The cue ends its sentence after a few words ('Jhung said.', 'he told CNN on Monday.')."""
        m = self.cues[bisect_left(self.cue_starts, got[4])]
        tail = _tokens(self.text[m.end():hi], m.end())
        words = []
        for t, _ in tail:
            if t == ",":
                break  # '... wrote sarcastically on Twitter, adding that ...'
            if _is_word(t):
                words.append(t)
        if len(words) > 1 and _is_cap(words[0]) and words[1].islower() and words[1] not in PP_OPENERS \
                and words[1] not in NP_STOP and words[0].lower() not in DAY_WORDS:
            return False  # 'He said Teneo had been hired ...': a new clause, not a short tail
        return len(words) <= 8 and not (words and words[0].lower() in CLAUSE_OPENERS)

    def _colon_or_subject(self, lo: int, sp: _Span):
        """No cue: 'Ken Bone: Debate "..."' (a name and a colon), or the named subject of the sentence
        that weaves the quote in ('McCaul faulted Clinton for "..."')."""
        toks = _tokens(self.text[lo:sp.o0], lo)
        for k, (t, p) in enumerate(toks[:12]):
            if t == ":":
                head = toks[:k]
                c = next((n for n, tk in enumerate(head) if tk[0] == ","), None)
                if c is not None and 0 < c <= 4:
                    head = head[:c]  # "Gerald F. Seib, The Wall Street Journal:"
                if all(t.isupper() for t, _ in head) and len(toks) - k > 4:
                    break  # a dateline: "TEHRAN: Following developments after ... "revise its cooperation""
                j = len(head)
                while j > 0 and _is_cap(head[j - 1][0]):
                    j -= 1
                if 0 < len(head) - j <= 4 and len(head) <= 6 and _is_name(head[j:]):
                    return self._np_result(head[j:], ":", p)
                for n in (3, 2):
                    # a headline: "Elizabeth Warren Hammers Wells Fargo CEO: '...'" -> a person the article names
                    lead = [t for t, _ in head[:n]]
                    if len(lead) == n and all(_is_cap(t) for t in lead):
                        key = norm(lead[-1])
                        if any([norm(t) for t in e[2]] == [norm(t) for t in lead] for e in self.names.by_key.get(key, ())):
                            return self._np_result(head[:n], ":", p)
                break
        if toks and toks[-1][0] == ":" and len(toks) > 2:
            # 'Trump swiped at Ryan in a series of tweets: "..."'
            np = _subject_np(toks)
            got = self._np_result(np, ":", toks[-1][1]) if np else None
            if got and (got[2] == "description" or (got[2] == "pronoun" and got[0].lower() in PRONOUN_GENDER)
                        or (got[2] == "name" and self._person_like(got[0]))):
                return got
        for k in range(len(toks) - 1, max(-1, len(toks) - 5), -1):
            # "Clinton's allegations of a "...", "Trump's claim that ...": the possessor's words
            if toks[k][0].lower() in SPEECH_NOUNS and k > 0 and _possessive(toks[k - 1][0]) and _is_cap(toks[k - 1][0]):
                owner = toks[k - 1][0]
                owner = owner[:-2] if owner.endswith(("'s", "’s")) else owner.rstrip("'’")
                return self._np_result([(owner, toks[k - 1][1])], toks[k][0], toks[k - 1][1])
        if sp.partial:
            np = _subject_np(toks)
            if np:
                got = self._np_result(np, None, toks[0][1] if toks else lo)
                if got and ((got[2] == "pronoun" and got[0].lower() in PRONOUN_GENDER) or (got[2] == "name" and self._person_like(got[0]))):
                    return got
        return None

    def _person_like(self, mention: str) -> bool:
        """A name the article also gives in full (first and family name), as people are introduced."""
        toks = mention.split()
        _, name = split_title(toks)
        if not name:
            return False
        return any(len(e[2]) >= 2 for e in self.names.by_key.get(name_key(name), ()))

    def _set(self, sp: _Span, got) -> None:
        (sp.mention, sp.title, sp.kind, sp.cue, sp.anchor) = got

    def _cue_in(self, lo: int, hi: int, wlo: int, whi: int, after: bool):
        """The attribution (mention, title, kind, cue, pos) given by a cue in text[lo:hi]."""
        i0 = bisect_left(self.cue_starts, lo)
        i1 = bisect_left(self.cue_starts, hi)
        order = range(i0, i1) if after else range(i1 - 1, i0 - 1, -1)
        weak = None
        for i in order:
            m = self.cues[i]
            got = self._speaker_of_cue(m, wlo, whi, after)
            if got:
                if not after and got[2] == "pronoun" and got[0].lower() not in PRONOUN_GENDER:
                    # 'Moore said he felt they were saying, "..."': the named outer source
                    weak = weak or got
                    continue
                return got
        return weak

    def _speaker_of_cue(self, m, wlo: int, whi: int, after: bool, nested: bool = False):
        text = self.text
        cue = m.group()
        low = cue.lower()
        if low == "according to":
            toks = _tokens(text[m.end():whi], m.end())
            np = _forward_np(toks)
            return self._np_result(np, "according to", m.start()) if np else None
        before = _tokens(text[wlo:m.start()], wlo)
        # a noun, not a verb: "the report", "a statement"; "so-called"
        k = len(before) - 1
        if k >= 0 and (before[k][0].lower() in DETERMINERS or before[k][0].lower() in ("so-", "so", "-")):
            return None
        passive = False
        while k >= 0 and (before[k][0].lower() in AUX_ADVERBS or before[k][0].lower() in DAY_WORDS or before[k][0].lower() == "been"):
            passive = passive or before[k][0].lower() in PASSIVE_AUX
            k -= 1
        if passive and (low.endswith("ed") or low in ("told", "written", "said")):
            return None  # "Boehner was asked": the cue's subject is not the source
        prev = before[k][0].lower() if k >= 0 else ""
        participle = low.endswith("ing")
        if participle and prev == "as":
            # 'the website quoted Ms. Simonyan, the editor in chief, as saying': the one quoted
            for q in range(k - 1, max(-1, k - 15), -1):
                if before[q][0].lower() in ("quoted", "quotes", "quoting", "cited", "cites"):
                    if q + 1 < k and before[q + 1][0].lower() == "by":
                        # 'General Dan Halutz was quoted by parliamentary sources as saying'
                        np = _backward_np(before[:q])
                    else:
                        np = _forward_np(before[q + 1:k])
                    return self._np_result(np, cue, m.start()) if np else None
        if prev in ("and", "but", "or") or (participle and (k < 0 or not _is_word(prev))):
            # "Trump ... and declared, "..."" / "Emanuel shot back, saying ...": the subject of the sentence
            if nested:
                return None
            got = self._earlier_cue(m, wlo, whi)
            if got:
                return (got[0], got[1], got[2], cue, got[4])
            np = _subject_np(before)
            return self._np_result(np, cue, m.start()) if np else None
        if before and before[-1][0] == "," and low in INVERTIBLE:
            # '..., said Bart Naylor, financial policy advocate' (inverted after a comma)
            fwd, stop = _forward_np_stop(_tokens(text[m.end():whi], m.end()))
            if (fwd and fwd[-1][0].lower() not in DETERMINERS and not fwd[0][0].lower().endswith("ly")
                    and (stop is None or not _is_word(stop) or stop.lower() in NP_STOP)):
                got = self._np_result(fwd, cue, m.start())
                if got and (got[2] == "name" or (got[2] == "description" and _source_noun(got[0]))):
                    return got
        np = _backward_np(before)
        if low in DOCUMENT_VERBS:
            # "lobbying disclosures show", "the emails revealed": documents and data speak
            got = self._np_result(np, cue, m.start()) if np else None
            if got and got[2] == "description":
                h = got[0].split()[-1].lower()
                if h in DOCUMENTS or h.rstrip("s") in DOCUMENTS or h in DATA_NOUNS:
                    return got
            return None
        if after and np and not nested:
            # after a quote the speaker phrase follows the closing mark directly ('," Davis told CNN'),
            # or closes the sentence after a comma ('... from the way it was run, Mr. Stumpf said.')
            k0 = next((n for n, tk in enumerate(before) if tk is np[0]), 0)
            lead = [t for t, _ in before[:k0] if _is_word(t)]
            if (lead and lead != ["as"] and not (k0 > 0 and before[k0 - 1][0] == ",")
                    and not all(_is_cap(t) or not t.isascii() or t.lower() in TITLE_WORDS or t == "and" for t in lead)):
                # ('" chairman, CEO and president Craig Menear said' keeps its titles)
                np = None
        inverted = np is None and low in INVERTIBLE and all(not _is_word(t) for t, _ in before)
        if (low in NOUN_LIKE_CUES or participle) and not inverted:  # '"...," comments Robin Biesbroek'
            # "took note", "secretary of state", "with spokesman Glen Caplin saying": a name or pronoun
            got = self._np_result(np, cue, m.start()) if np else None
            if got and participle:
                k0 = next((n for n, tk in enumerate(before) if tk is np[0]), 0)
                if k0 > 1 and before[k0 - 1][0].lower() in ("to", "on", "at", "in", "into", "onto"):
                    # 'David Emery posted to Twitter asking ...': a place, not the one asking; the verb's subject is
                    np2 = _backward_np(before[:k0 - 2]) if _is_word(before[k0 - 2][0]) else None
                    got = self._np_result(np2, cue, m.start()) if np2 else None
                    if not (got and got[2] in ("name", "pronoun")):
                        got = None
            if got and got[2] in ("name", "pronoun") and np[0][0].lower() not in ("a", "an"):
                return got
            if got and got[2] == "description" and participle and np[0][0].lower() in DETERMINERS:
                k0 = next((n for n, tk in enumerate(before) if tk is np[0]), 0)
                if k0 > 0 and before[k0 - 1][0].lower() == "with":
                    return got  # "with a spokesman for Prime Minister Ariel Sharon saying"
            if got and got[2] == "description" and low in STANCE_VERBS and not participle and np[0][0].lower() in DETERMINERS:
                return got  # "a student group ... derided him as"
            if participle and not nested and not after:
                # "The Trump campaign sent an email saying ...": the sentence's subject speaks
                np = _subject_np(before)
                got = self._np_result(np, cue, m.start()) if np else None
                if got and got[2] != "pronoun" or got and got[0].lower() in PRONOUN_GENDER:
                    return got
            return None
        if np:
            return self._np_result(np, cue, m.start())
        # inverted: '"...," said Sessions' / ', said X, "'
        only_punct = all(not _is_word(t) for t, _ in before)
        if only_punct or (not after and before and before[-1][0] in (",", ":", "—", "–")):
            np, stop = _forward_np_stop(_tokens(text[m.end():whi], m.end()))
            if np and low not in WEAK_CUES and (stop is None or not _is_word(stop) or stop.lower() in NP_STOP):
                return self._np_result(np, cue, m.start())
        return None

    def _earlier_cue(self, m, wlo: int, whi: int):
        i = bisect_left(self.cue_starts, m.start()) - 1
        while i >= 0 and self.cue_starts[i] >= wlo:
            got = self._speaker_of_cue(self.cues[i], wlo, m.start(), False, nested=True)
            if got:
                return got
            i -= 1
        return None

    def _party_label(self, np) -> str | None:
        """A party label right after the name: '(D)', '(R-Ariz.)', ', D-Ill.,'."""
        end = np[-1][1] + len(np[-1][0])
        m = _PARTY_RE.match(self.text, end, end + 20)
        return "(" + m.group(1) + ")" if m else None

    def _np_result(self, np, cue: str, pos: int):
        words = [t for t, _ in np]
        j = len(words)
        while j > 0 and _is_cap(words[j - 1]) and not _possessive(words[j - 1]):
            j -= 1
        if 0 < j < len(words) - 1 and words[j - 1].islower() and words[j - 1] not in NP_PREPS \
                and words[j - 1] not in DETERMINERS:
            # "master of ceremonies Asab Al-Tabchi": the name in apposition to a role is the speaker
            np = np[j:]
            prefix = [w for w in words[:j] if w.lower() not in DETERMINERS]
            got = self._np_result(np, cue, pos)
            if got and got[2] == "name":
                return (got[0], " ".join(prefix + ([got[1]] if got[1] else [])), "name", cue, pos)
        if len(words) == 1 and words[0].lower() in ("him", "her"):
            return (words[0], None, "pronoun", cue, pos)  # 'quoted him as saying'
        if all(norm(w) in NOT_NAMES and w.islower() and w not in DETERMINERS for w in words) and not (
                len(words) == 1 and words[0] in SUBJECT_PRONOUNS):
            return None  # 'first reported', 'just said', 'anything'
        # "Edward Alden of the Council on Foreign Relations", "Trump in the past": the head before a preposition
        full = words
        for k, w in enumerate(words):
            if w.lower() in NP_PREPS and k > 0:
                tail = words[k + 1:]
                i0 = k
                while i0 > 0 and _is_cap(words[i0 - 1]):
                    i0 -= 1
                if (w.lower() in ("for", "of") and i0 < k and is_title(words[k - 1])
                        and len(tail) >= 3 and all(_is_cap(t) and not _possessive(t) for t in tail)):
                    # "European Commissioner for Competition Neelie Kroes": the portfolio is part of the title
                    cut = 0
                    while len(tail) - cut > 2 and norm(tail[cut]) not in MALE_NAMES and norm(tail[cut]) not in FEMALE_NAMES:
                        cut += 1
                    return (" ".join(tail[cut:]), " ".join(words[i0:k + 1] + tail[:cut]), "name", cue, pos)
                if not (k == 1 and is_title(words[0])):
                    words = words[:k]
                break
        lw = [w.lower() for w in words]
        if len(words) == 1 and lw[0] in SUBJECT_PRONOUNS:
            return (words[0], None, "pronoun", cue, pos)
        # trailing capitalised run = a name
        j = len(words)
        while j > 0 and _is_cap(words[j - 1]) and not _possessive(words[j - 1]):
            j -= 1
        run = words[j:]
        while run and norm(run[0]) in NOT_NAMES and not (run[0] == "New" and len(run) > 1):
            run = run[1:]
        while run and run[-1].lower() in CUE_VERBS and len(run) > 1:
            run = run[:-1]  # a headline in Title Case: "Hillary Clinton Praised"
        if (len(run) == 1 and len(words) == 2 and lw[0] in ("the", "a", "an")
                and (run[0].lower().endswith(("an", "ans", "ese", "ian")) or run[0].lower() in TITLE_WORDS)):
            return (" ".join(words), None, "description", cue, pos)  # "the Texan", "a Republican"
        if run:
            title, name = split_title(run)
            if name:
                prefix = [w for w in words[:len(words) - len(run)] if w.lower() not in DETERMINERS]
                party = self._party_label(np)
                if party:
                    prefix.append(party)  # "Chicago Mayor Rahm Emanuel (D)": the label goes with the title
                return (" ".join(run), " ".join(prefix) or None, "name", cue, pos)
        if lw[0] in DETERMINERS or len(words) == 1 or any(_possessive(w) for w in words[:-1]):
            for k in range(1, len(full) - 1):
                # "a statement from the Trump campaign", "emails released by WikiLeaks": the author
                if full[k].lower() in ("from", "by") and (full[k - 1].lower() in DOCUMENTS or full[k - 1].lower().rstrip("s") in DOCUMENTS
                                                          or full[k - 1].lower() in ("released", "issued", "sent", "published")):
                    author = np[k + 1:]
                    got = self._np_result(author, cue, pos) if author else None
                    if got and (got[2] == "name" or got[0].split()[-1].lower() in GROUP_NOUNS | ATTRIBUTIVE_NOUNS | ORG_WORDS):
                        return got
            return (" ".join(full), None, "description", cue, pos)
        if len(words) <= 3 and all(w.islower() for w in words):
            return (" ".join(words), None, "description", cue, pos)
        if len(words) <= 4 and words[-1].islower() and _source_noun(words[-1]) and all(_is_cap(w) for w in words[:-1]):
            return (" ".join(words), None, "description", cue, pos)  # "Barclays Capital economists", "FBI officials"
        if any(w.lower() in DATA_NOUNS or w.lower() in DOCUMENTS for w in full):
            return (" ".join(full), None, "description", cue, pos)  # "FBI notes released Monday"
        return None

    # -- step 2: filters

    def _keep(self, idx: int, sp: _Span) -> bool:
        text = self.text
        body = text[sp.start:sp.end]
        words = body.split()
        n = len(words)
        if n == 0 or not any(ch.isalpha() for ch in body):
            return False
        if n == 1:
            return False  # a quoted word is a term, whoever said it
        if body.isupper() and n <= 14:
            return False  # a headline in capitals ("EUROPEANS ASK IF VIOLENCE IS BECOMING ...")
        cued = sp.kind is not None and sp.cue is not None  # presented by a cue, not only a sentence subject
        if _title_case(words) and not self._headline_context(sp) and (not cued or self._named_as(sp)):
            # titles of works, names, slogans: "Meet The Press", dubbed "Mission Control"
            return False
        if n <= 5 and self._term_named(sp):
            return False  # 'HP is called "feather duvet lung"', 'what's known as "hot tub lung"'
        if n == 2:
            # 'called the deal "a fraud"', or a whole short sentence: '"Don't engage," she says'
            return self._presented(sp) or (cued and body[:1].isupper() and not _title_case(words)
                                           and body.rstrip("\"”’'").endswith((".", "!", "?", ",")))
        if not sp.closed and n < 4:
            return False
        if n == 3 and not cued and sp.partial and not body.rstrip("\"”’'").endswith((".", "!", "?", ",")):
            return False  # a three-word term in the writer's sentence, presented by no one ('"sometime late Q1" timeline')
        return True

    def _named_as(self, sp: _Span) -> bool:
        """The writer names something: 'dubbed "Mission Control"', 'NBC's "Meet The Press"'."""
        lo = max(sp.ps, sp.o0 - 40)
        toks = [t.lower() for t, _ in _tokens(self.text[lo:sp.o0], lo)][-3:]
        if toks and toks[-1] in ("on", "to", "at", "told", "from"):
            return True  # 'said on "Meet the Press."', 'told "Fox News Sunday."'
        if len(toks) >= 2 and toks[-1] == "of" and toks[-2] in AUTHOR_NOUNS:
            return True  # 'the author of "Hacked World Order"'
        return any(t in NAMING_WORDS or _possessive(t) for t in toks)

    def _term_named(self, sp: _Span) -> bool:
        """The writer gives a term, in the passive: 'is called "X"', 'what's called "X"',
        'known as "X"', 'the term often used is "X"'; nobody is quoted."""
        lo = max(sp.ps, sp.o0 - 50)
        window = self.text[lo:sp.o0]
        if not _TERM_HINT_RE.search(window):
            return False
        toks = [t.lower() for t, _ in _tokens(window, lo) if _is_word(t)][-5:]
        if len(toks) < 2:
            return False
        last, prev = toks[-1], toks[-2]
        if last in ("called", "termed", "named", "dubbed", "labeled", "labelled", "nicknamed"):
            return prev in PASSIVE_AUX or prev in ("what's", "what’s", "often", "commonly", "sometimes", "also", "widely")
        if last == "as":
            return prev == "known" or (prev == "to" and toks[-3] == "referred")  # 'known as', 'referred to as'
        return last in ("is", "was") and ("term" in toks or "name" in toks)

    def _headline_context(self, sp: _Span) -> bool:
        """Writer's words before the quote in Title Case too (a headline or a bulleted summary)."""
        lo = max(sp.ps, sp.o0 - 80)
        words = [t for t, _ in _tokens(self.text[lo:sp.o0], lo) if _is_word(t)][-6:]
        return len(words) >= 3 and _title_case(words)

    def _presented(self, sp: _Span) -> bool:
        """A two-word span counts only when a cue verb presents it ('called the deal "a fraud"')."""
        lo = max(sp.ps, sp.o0 - 60)
        toks = [t.lower() for t, _ in _tokens(self.text[lo:sp.o0], lo)][-4:]
        for i, t in enumerate(toks):
            cue = t if t in PRESENTING_CUES else (toks[i - 1] if t == "as" and i > 0 and toks[i - 1] in PRESENTING_CUES else None)
            if cue:
                k = toks.index(cue)
                passive = k > 0 and toks[k - 1] in ("been", "be", "being", "was", "were", "is", "are", "so",
                                                    "typically", "commonly", "often", "widely", "sometimes",
                                                    "what's", "what’s", "also")
                return not passive
        return bool(toks) and toks[-1] in (":",) and len(toks) >= 2 and toks[-2] in CUE_VERBS

    # -- step 3b: quotes with no cue of their own

    # -- the attributions of the article (quote cues and indirect speech), computed when asked for

    def _event(self, pos: int) -> _Span | None:
        """The attribution made by the cue at ``pos`` ('Sessions added that ...'), or None."""
        if pos in self._events:
            return self._events[pos]
        ev = self._anchors.get(pos)
        m = self._cue_at.get(pos)
        if ev is None and m is not None:
            text = self.text
            ps = text.rfind("\n", max(0, pos - 400), pos) + 1  # bounded: paragraphs can be huge
            lo = self._sentence_start(max(ps, pos - 300), pos)
            i = bisect_right(self._span_starts, pos) - 1
            if i >= 0 and self.spans[i].c1 > lo:
                lo = self.spans[i].c1
            pe = text.find("\n", m.end(), m.end() + 300)
            hi = self._sentence_end(m.end(), min(pe if pe >= 0 else len(text), m.end() + 200))
            got = self._speaker_of_cue(m, lo, hi, after=False)
            if got:
                ev = _Span(pos, m.end(), pos, m.end(), True, -1, ps, hi)
                self._set(ev, got)
        self._events[pos] = ev
        return ev

    def _events_before(self, pos: int, reach: int):
        """Attributions before ``pos``, nearest first, no further back than ``reach``
        characters nor than ``MAX_CUES_BACK`` cue words (text made of cue words
        would otherwise cost a walk over hundreds of them per quote)."""
        k = bisect_left(self.event_pos, pos) - 1
        stop = max(-1, k - MAX_CUES_BACK)
        while k > stop and pos - self.event_pos[k] < reach:
            ev = self._event(self.event_pos[k])
            if ev is not None:
                yield ev
            k -= 1

    def _named(self, ev: _Span) -> str | None:
        """The canonical speaker of a named attribution."""
        if ev.kind != "name":
            return None
        self._resolve_one(ev, self.names, self._done)
        return ev.speaker

    def _continue(self, kept: list[_Span]) -> None:
        # for each quote, the first attributed quote among the unclosed quotes that
        # open the paragraphs right after it (None if a closed one comes first);
        # computed once from the end, so a run of such paragraphs costs linear time
        run_source: list[_Span | None] = [None] * len(kept)
        for i in range(len(kept) - 2, -1, -1):
            later = kept[i + 1]
            if later.para == kept[i].para + 1 and self._opens_para(later):
                run_source[i] = later if later.kind else None if later.closed else run_source[i + 1]
        for i, sp in enumerate(kept):
            if sp.kind:
                continue
            prev = kept[i - 1] if i > 0 else None
            nxt = kept[i + 1] if i + 1 < len(kept) else None
            if prev is not None and prev.para == sp.para and prev.kind:
                self._copy(sp, prev)
                continue
            if nxt is not None and nxt.para == sp.para and nxt.kind and self._adjacent(sp, nxt):
                self._copy(sp, nxt)
                continue
            # a quote running over several paragraphs: one speaker for all of its paragraphs
            if prev is not None and prev.kind and not prev.closed and prev.para == sp.para - 1 and self._opens_para(sp):
                self._copy(sp, prev)
                continue
            if not sp.closed and run_source[i] is not None:
                self._copy(sp, run_source[i])
                if sp.kind:
                    continue
            # the latest attribution before the quote, in this or the previous two paragraphs
            ev = next(self._events_before(sp.o0, 3000), None)
            if ev is not None:
                src_para = ev.para if ev.para >= 0 else None
                if src_para is None:
                    ok = sp.o0 - ev.anchor < 1500
                else:
                    ok = sp.para - src_para <= 2
                if ok:
                    self._copy(sp, ev)
                    continue
            if nxt is not None and nxt.para == sp.para and nxt.kind and self._sentence_start(sp.c1, nxt.o0) == sp.c1:
                self._copy(sp, nxt)  # the same sentence goes on to name the speaker

    def _opens_para(self, sp: _Span) -> bool:
        """The quote's opening mark starts its paragraph (as continued quotes do)."""
        return sp.o0 - sp.ps < 8 and not self.text[sp.ps:sp.o0].strip()

    def _adjacent(self, a: _Span, b: _Span) -> bool:
        gap = self.text[a.c1:b.o0]
        return len(gap) < 200

    @staticmethod
    def _copy(sp: _Span, src: _Span) -> None:
        sp.mention, sp.title, sp.kind = src.mention, src.title, src.kind
        sp.cue = src.cue
        sp.anchor = src.anchor
        sp.speaker = getattr(src, "speaker", None)

    # -- step 4: canonical names and pronouns

    def _resolve(self, kept: list[_Span]) -> None:
        names = self.names
        done = self._done
        known: set[str] = set()
        for sp in kept:  # names first, so that pronouns can look back at every named person
            if sp.kind == "name":
                self._resolve_one(sp, names, done)
                if sp.speaker:
                    known.add(name_key(sp.speaker.split()))
        self._known = known
        self._persons = None
        for sp in kept:
            if sp.kind != "name":
                self._resolve_one(sp, names, done)

    def _resolve_one(self, sp: _Span, names: ArticleNames, done: dict) -> None:
        if sp.kind is None:
            sp.speaker = None
            return
        key = sp.anchor
        if key in done:
            sp.speaker, sp.title = done[key]
            return
        if sp.kind == "name":
            toks = sp.mention.split()
            title, name = split_title(toks)
            pre = sp.title.split() if sp.title else []
            party = [t for t in pre if t.startswith("(")]
            pre = [t for t in pre if not t.startswith("(")]
            person = names.resolve(pre + title, name, sp.anchor)
            sp.speaker = person.name
            sp.gender = person.gender  # "local policeman Supran Yoga": a man
            # the title used here, else the one the article introduced the person with ("Chicago Mayor (D)")
            sp.title = " ".join(pre + title + party) or person.title
        elif sp.kind == "pronoun":
            g = PRONOUN_GENDER.get(sp.mention.lower())
            if g:
                sp.speaker = self._antecedent(sp.anchor, g, self._bound_names(sp))
                if sp.speaker and sp.speaker[:1].isupper() and " " in sp.speaker:
                    names.note_gender(name_key(sp.speaker.split()), g)  # '"...," she added': a woman from now on
                if sp.speaker and sp.speaker[:1].isupper():
                    sp.title = names.resolve([], sp.speaker.split(), sp.anchor).title
            elif sp.mention.lower() == "it":
                sp.speaker = self._org_antecedent(sp.anchor)
            elif sp.mention.lower() == "they":
                sp.speaker = self._group_antecedent(sp.anchor)
            else:
                sp.speaker = None
        else:
            sp.speaker = self._document_author(sp) or self._role_named(sp.mention, sp.anchor) or sp.mention
        done[key] = (sp.speaker, sp.title)

    def _document_author(self, sp: _Span) -> str | None:
        """'the email said': the source that sent it, named just before ('The Trump campaign sent an email')."""
        words = sp.mention.split()
        if len(words) > 3 or words[0].lower() not in ("the", "this", "that") or words[-1].lower() not in DOCUMENTS:
            return None
        doc = words[-1].lower()
        for ev in self._events_before(sp.anchor, 600):
            near = self.text[max(0, ev.anchor - 150):min(ev.anchor + 150, sp.anchor - 40)].lower()
            if doc in near and ev.mention.split()[-1].lower() not in DOCUMENTS:
                if ev.kind == "name":
                    return self._named(ev)
                if ev.kind == "description":
                    return ev.mention
        return None

    def _role_named(self, mention: str, anchor: int) -> str | None:
        """'the spokeswoman added': the person the article named with that role shortly before
        ('FBI spokeswoman Ayn Dietrich-Williams', 'Police Spokesman Mark Dane')."""
        words = mention.split()
        if len(words) != 2 or words[0].lower() != "the":
            return None
        role = words[1].lower()
        if role not in ROLE_WORDS:
            return None
        names = self.names
        for pos, title, name in reversed(names.mentions):
            if pos >= anchor:
                continue
            if anchor - pos > 3000:
                break
            if len(name) >= 2 and (role in {norm(t) for t in title} or names.role_before(pos) == role):
                return names.resolve(title, name, pos).name
        return None

    def _group_antecedent(self, pos: int) -> str | None:
        """'They said': the sources just named together ('Sens. Tom Carper, Dianne Feinstein and
        Ben Cardin said' -> the first of them), or a plural description ('officials')."""
        for ev in self._events_before(pos, 600):
            if ev.kind == "name":
                if _NAME_LIST_RE.search(self.text, max(0, ev.anchor - 150), ev.anchor):
                    return self._named(ev)
            elif ev.kind == "description":
                head = ev.mention.split()[-1].lower()
                if head.endswith("s") and not head.endswith("ss"):
                    return ev.mention
            return None
        return None

    def _org_antecedent(self, pos: int) -> str | None:
        """'It said': the organisation last named as a source shortly before, or the organisation
        that opens a recent sentence ('The institute estimated that ... , it said')."""
        rc = org = None
        for m in _ORG_SUBJECT_RE.finditer(self.text, max(0, pos - 900), pos):
            words = m.group(1).split()
            for k in (2, 1):  # "The research institute said", "The institute estimated"
                if len(words) > k and (words[k] in ORG_WORDS or words[k] in GROUP_NOUNS):
                    rc, org = m, "the " + " ".join(words[1:k + 1])
                    break
        for ev in self._events_before(pos, 1000):
            if rc is not None and ev.anchor < rc.start():
                break
            who = self._named(ev)
            if who:
                toks = who.split()
                if (self.names.gender(name_key(toks)) is None and (len(toks) == 1 or norm(toks[-1]) in ORG_WORDS)
                        and norm(toks[-1]) not in TITLE_WORDS):  # not "Democratic"
                    return who
            elif ev.kind == "description" and _source_noun(ev.mention) and _person_noun(ev.mention) is None:
                return ev.mention  # 'the newspaper admitted ... "...," it added'
        return org

    def _person_index(self) -> None:
        """People named outside quotes (for he/she), with genders learnt from the pronouns after them."""
        spans, names = self.spans, self.names

        def in_quote(p: int) -> bool:
            i = bisect_right(self._span_starts, p) - 1
            return i >= 0 and p < spans[i].c1

        self._persons = [m for m in names.person_mentions(self._known) if not in_quote(m[0])]
        self.person_pos = [m[0] for m in self._persons]
        self._person_keys = {m[1] for m in self._persons}
        names.learn_genders(self._persons, in_quote)

    def _description_antecedent(self, lo: int, pos: int, g: str) -> str | None:
        """A person introduced without a name after the last named one: the source of a quote
        ('says a doctor from Hebron') or a sentence's subject ('A 29-year-old Berlin woman received ...')."""
        text = self.text
        # quote sources only (computed already; indirect speech would cost a parse per cue)
        k = bisect_left(self._anchor_pos, pos) - 1
        while k >= 0 and self._anchor_pos[k] >= lo:
            ev = self._anchors[self._anchor_pos[k]]
            k -= 1
            if ev.kind != "description":
                continue
            pn = _person_noun(ev.mention)
            if pn in (g, "n") and ev.mention.split()[0].lower() in ("a", "an"):
                return ev.mention
            head = ev.mention.split()[-1].lower()
            if pn is not None or not (head.endswith("s") or head in DOCUMENTS or head in DATA_NOUNS or head in GROUP_NOUNS):
                lo = ev.anchor  # '"...," said the clerk. "...," he said': not someone before him
                break
        for m in _DEFINITE_SPEAKER_RE.finditer(text, lo, pos):
            lo = m.end()  # 'The clerk said he is used to it. "...," he said'
        best = None
        for m in _INDEFINITE_SUBJECT_RE.finditer(text, lo, pos):
            if _person_noun(m.group(1)) in (g, "n"):
                best = m.group(1)
        return best[0].lower() + best[1:] if best else None

    def _bound_names(self, sp: _Span) -> dict[str, set[str]]:
        """People named after the pronoun in its sentence or inside the quote are someone else
        ('He said he classed Axcell as ...', 'He said: "Lowe was a kind fellow"'): family name ->
        the first names used with it ('' for the family name alone). A name that also stands before
        the pronoun in the sentence may be its antecedent ('Moore launched what he called ...')."""
        text, pos = self.text, sp.anchor
        lo = self._sentence_start(max(sp.ps, pos - 300), pos)
        hi = self._sentence_end(pos, min(sp.pe, pos + 300))
        before = {norm(w) for w in _CAP_WORD_RE.findall(text, lo, pos)}
        avoid: dict[str, set[str]] = {}
        for part in (text[pos + len(sp.mention):hi], text[sp.start:min(sp.end, sp.start + 600)]):
            for run in _CAP_RUN_RE.findall(part):
                toks = [norm(t) for t in run.split()]
                if toks[-1] not in before:
                    avoid.setdefault(toks[-1], set()).add(toks[0] if len(toks) > 1 else "")
        return avoid

    def _antecedent(self, pos: int, g: str, avoid: dict[str, set[str]] | None = None) -> str | None:
        """The person a he/she at ``pos`` stands for: the first compatible person named in the
        nearest sentence before it (sentence subjects first), looking back a few sentences.
        People whose family name is in ``avoid`` are passed over while another one fits."""
        fallback = []

        def fits(who: str) -> bool:
            toks = [norm(t) for t in who.split()]
            firsts = avoid.get(name_key(who.split())) if avoid else None
            if firsts and ("" in firsts or firsts & set(toks[:-1])):  # "Axcell", not "Chelsea Clinton" for Hillary
                fallback.append(who)
                return False
            return True

        if self._persons is None:
            self._person_index()
        text, names, ments = self.text, self.names, self._persons
        idx = bisect_left(self.person_pos, pos) - 1
        desc = self._description_antecedent(max(ments[idx][0] if idx >= 0 else 0, pos - 800), pos, g)
        if desc:
            return desc  # 'A 29-year-old Berlin woman received ... "Filth out!" she wrote'
        seen = 0
        while idx >= 0 and pos - ments[idx][0] < 2500 and seen < 8:
            p = ments[idx][0]
            ps = text.rfind("\n", max(0, p - 400), p) + 1
            ss = self._sentence_start(max(ps, p - 400), p)
            first = idx
            while first > 0 and ments[first - 1][0] >= ss:
                first -= 1
            if _PRONOUN_SUBJECT[g].match(text, ss, ss + 40):
                # "He also said that Paul Ryan ...": the sentence is about our man already; look further back
                idx = first - 1
                seen += 1
                continue
            # a named source of this sentence ('... , said Robert Shapiro, a professor') comes first
            e0 = bisect_left(self.event_pos, ss)
            e1 = bisect_left(self.event_pos, min(pos, p + 150))
            for e in range(e0, e1):
                ev = self._event(self.event_pos[e])
                who = self._named(ev) if ev is not None else None
                if who:
                    toks = who.split()
                    key = name_key(toks)
                    gw = ev.gender or names.gender(key)
                    if (gw == g or (gw is None and (key in self._person_keys or _looks_personal(toks)))) and fits(who):
                        return who
                elif (ev is not None and ev.kind == "description" and _person_noun(ev.mention) in (g, "n")
                      and ev.mention.split()[0].lower() not in ("the", "this", "that")):
                    # "Donald Trump's son told ..." then "he said" ("the president" points further back)
                    return ev.mention
            for j in range(first, idx + 1):
                _, key, title, name = ments[j]
                if names.mention_gender(ments[j][0], title, name) in (g, None):
                    who = names.resolve(title, name, ments[j][0], g).name
                    if fits(who):
                        return who
            idx = first - 1
            seen += 1
        return fallback[0] if fallback else None


# ---------------------------------------------------------------- noun phrases


def _skip_back(toks, i: int) -> int:
    """Step back over what stands between a subject and its verb: auxiliaries, adverbs, days
    ('Obama on Tuesday accused', 'the nominee mockingly responded', 'he too denied')."""
    day = False
    while i >= 0:
        t = toks[i][0]
        low = t.lower()
        if low in AUX_ADVERBS or low in DAY_WORDS or low in EXTRA_ADVERBS:
            day = day or low in DAY_WORDS
            i -= 1
        elif day and low in ("on", "in", "at", "during", "since", "by"):
            i -= 1
            day = False
        elif (low.endswith("ly") and len(low) > 4 and t.islower() and i > 0 and low not in NOT_ADVERBS
              and toks[i - 1][0].lower() not in DETERMINERS and not _possessive(toks[i - 1][0])):
            i -= 1
        else:
            j = _pp_start(toks, i)
            if j is None:
                break
            i = j - 1  # "and, in a low voice, said": step over the aside
            while i >= 0 and toks[i][0] == ",":
                i -= 1
    return i


def _pp_start(toks, i: int):
    """Index of the comma opening a parenthetical prepositional phrase that ends at ``i``
    (', in a low voice'), or None."""
    j = i
    while j >= 0 and j > i - 6 and _is_word(toks[j][0]) and toks[j][0].lower() not in PP_OPENERS:
        j -= 1
    if j > 0 and j < i and toks[j][0].lower() in PP_OPENERS and toks[j - 1][0] == "," and not _is_cap(toks[i][0]):
        return j - 1  # ", in a low voice" (but not ", with spokesman Glen Caplin")
    return None


def _backward_np(toks):
    """The speaker phrase ending right before a cue: 'Sessions', 'the oil giant', 'X, an adviser,'."""
    i = _skip_back(toks, len(toks) - 1)
    if i < 0:
        return None
    if toks[i][0] == ",":
        return _appositive_chain(toks, i)
    # "Edith Cavell, who just before her death in 1915 said" / "X, a scholar at Y who describes"
    for k in range(i, max(-1, i - 25), -1):
        t = toks[k][0]
        if t in (".", "!", "?", ";"):
            break
        if t.lower() == "who":
            if k > 0 and toks[k - 1][0] == ",":
                if k > 2 and any(tk[0] == "," for tk in toks[max(0, k - 12):k - 1]):
                    return _appositive_chain(toks, k - 1)
                np = _simple_back(toks, k - 2)
                if np and _ends_in_name(np):
                    # "the execution of British nurse Edith Cavell, who ... said": who is a person
                    cut = max((n for n, tk in enumerate(np) if tk[0].lower() in NP_PREPS), default=-1)
                    np = np[cut + 1:]
                return np
            for c in range(k - 1, max(-1, k - 15), -1):
                if toks[c][0] == ",":
                    a = _simple_back(toks, c - 1)
                    if a and _is_name(a):
                        return a
                    break
            break
        if t == ",":
            break
    np = first_np = _simple_back(toks, i)
    if np and _is_name(np):
        # "Cummings and Conyers wrote", "Sens. Tom Carper, Dianne Feinstein and Ben Cardin said":
        # the first of the named sources
        k = toks.index(np[0]) if np[0] in toks else -1
        while k >= 2 and (toks[k - 1][0] == "and" or (toks[k - 1][0] == "," and np is not first_np)) and _is_cap(toks[k - 2][0]):
            first = _simple_back(toks, k - 2)
            if not (first and _ends_in_name(first)):
                break
            np = first
            k = toks.index(np[0]) if np[0] in toks else -1
    return np


def _appositive_chain(toks, i: int):
    """'HEAD, APPOSITIVE, [APPOSITIVE,] said': the head if it is a name, else a name in apposition
    ('Raymond Roth's attorney, Brian Davis, denied'), else the head description."""
    segs = []
    end = i
    while len(segs) < 4:
        j = end - 1
        while j >= 0 and toks[j][0] not in (",", ".", ";", ":", "!", "?", "—") and end - j < 25:
            j -= 1
        segs.append(toks[j + 1:end])
        if j < 0 or toks[j][0] != ",":
            break
        end = j
    # segs[0] is nearest the cue: an appositive; the head is a real phrase left of it,
    # the leftmost that names someone ('as Van Jackson, associate professor at X, a think tank, puts it')
    head = None
    for k in range(len(segs) - 1, 0, -1):
        seg = segs[k]
        if seg and seg[0][0].lower() in ("as", "and", "but"):
            seg = seg[1:]  # "as Van Jackson, associate professor at X, puts it"
        words = [t for t, _ in seg]
        if not words or all(w[:1].isdigit() for w in words) or words[0].lower() in ("who", "which", "whose"):
            continue  # an age ("20"), a relative clause
        if words[0].lower() in SUBORDINATORS or words[0].lower().endswith("ing") or words[-1].lower() in DAY_WORDS:
            continue  # "In Miami on Wednesday,", "Speaking in Chicago,"
        np = _simple_back(seg, len(seg) - 1)
        if np and _ends_in_name(np) and norm(np[-1][0]).rstrip("s") not in ORG_WORDS | GROUP_NOUNS:
            return np  # a person, not "the Armed Services Committees"
        if head is None:
            head = np
    apps = [seg for seg in segs if seg]
    for app in reversed(apps):
        if app[0][0].lower() in ("who", "which"):
            continue
        if len(app) <= 7 and (_is_name(app) or (app[0][0].lower() == "the" and _is_name(app[1:]))):
            return app
        k = next((n for n, tk in enumerate(app) if tk[0] == "and"), -1)
        if 1 < k <= 5 and _is_name(app[:k]) and _is_cap(app[k + 1][0] if k + 1 < len(app) else ""):
            return app[:k]  # "The committee leaders, Senator John McCain and Representative Mac Thornberry, said"
    return head


def _ends_in_name(np) -> bool:
    last = np[-1][0]
    return _is_cap(last) and not _possessive(last) and norm(last) not in NOT_NAMES


def _np_word(tok: str) -> bool:
    low = tok.lower()
    return (_is_word(tok) and low not in NP_STOP and low not in VERBISH and low not in NP_BREAKS
            and not low.endswith(("n't", "n’t"))
            and not (low in CUE_VERBS and not _is_cap(tok)))


def _simple_back(toks, i):
    """Walk back from token ``i`` over one noun phrase, prepositional tails included
    ('a spokeswoman for the company', 'Trump in the past')."""
    out = []
    while i >= 0 and len(out) < 12:
        t = toks[i][0]
        low = t.lower()
        if out and out[0][0].lower() in ALL_PRONOUNS:
            break  # 'on Tuesday night he said': the pronoun is the whole subject
        if low in NP_PREPS and out and i > 0 and _np_word(toks[i - 1][0]):
            out.append(toks[i])
            i -= 1
            continue
        if not _np_word(t):
            break
        out.append(toks[i])
        if low in DETERMINERS and not (i > 1 and toks[i - 1][0].lower() in NP_PREPS and _np_word(toks[i - 2][0])):
            break
        i -= 1
    out.reverse()
    return out or None


def _forward_np_stop(toks):
    """_forward_np and the token it stopped at (None at the end)."""
    np = _forward_np(toks)
    if not np:
        return None, None
    k = next(j for j, tk in enumerate(toks) if tk is np[-1]) + 1
    return np, (toks[k][0] if k < len(toks) else None)


def _forward_np(toks):
    """The speaker phrase right after an inverted cue: 'said Mark Hamrick, a ...' -> Mark Hamrick."""
    i = 0
    while i < len(toks) and toks[i][0].lower() in DAY_WORDS:
        i += 1
    if i < len(toks) and (toks[i][0].lower() in NP_PREPS or toks[i][0].lower() in NP_BREAKS
                          or toks[i][0].lower() in NP_STOP):
        return None  # 'said of RT', 'said by telephone': how or about what, not who
    out = []
    while i < len(toks) and len(out) < 8:
        t = toks[i][0]
        low = t.lower()
        if low in ("from", "by") and out and (out[-1][0].lower() in DOCUMENTS or out[-1][0].lower().rstrip("s") in DOCUMENTS):
            out.append(toks[i])  # "according to a statement from the Trump campaign"
            i += 1
            continue
        if (not _is_word(t) or low in NP_STOP or low in VERBISH or (low.endswith("ing") and low in CUE_VERBS)
                or low in AUX_ADVERBS or (out and t.islower() and low.endswith(("ed", "ly")) and len(low) > 4
                                          and out[-1][0].lower() not in DETERMINERS
                                          and not (i + 1 < len(toks) and toks[i + 1][0] == "by"))):
            break  # 'said farmers faced', 'said the air pollution had made', 'said X necessarily faces'
        out.append(toks[i])
        i += 1
        if low in SUBJECT_PRONOUNS:
            break  # 'said she remained silent': a pronoun starts a clause
    # "said Clinton's communications director, Jennifer Palmieri," -> the name in apposition
    head = []
    for tk in out:
        if tk[0].lower() in NP_PREPS:
            break
        head.append(tk)
    named = any(_is_cap(t) and not _possessive(t) for t, _ in head)
    if out and not named and i + 1 < len(toks) and toks[i][0] == ",":
        j = i + 1
        app = []
        while j < len(toks) and _is_word(toks[j][0]) and len(app) < 5:
            app.append(toks[j])
            j += 1
        if app and _is_name(app) and (j >= len(toks) or not _is_word(toks[j][0])):
            return app
    return out or None


def _subject_np(toks):
    """The subject at the head of a sentence: 'Emanuel shot back, saying' -> Emanuel."""
    i = 0
    while i < len(toks) and (not _is_word(toks[i][0]) or toks[i][0].lower() in ("but", "and", "still", "however", "yet", "so", "then", "also", "now")):
        i += 1
    first = toks[i][0].lower() if i < len(toks) else ""
    if first in SUBORDINATORS or first in INTRO_ADVERBS or (first.endswith(("ing", "ly")) and first not in NOT_ADVERBS):
        # "Already, Donald J. Trump has ...", "Since assuming office, Duterte has ..." -> after the opening
        # "Since assuming office, Duterte has ..." -> after the opening clause
        j = i
        while j < len(toks) and toks[j][0] != ",":
            j += 1
        if j >= len(toks):
            return None
        i = j + 1
    out = []
    while i < len(toks) and len(out) < 6:
        t = toks[i][0]
        low = t.lower()
        if (_is_cap(t) or low in DETERMINERS or (out and _possessive(out[-1][0])) or low in SUBJECT_PRONOUNS
                or (out and low in ROLE_NOUNS and _role_run_to_name(toks, i))):
            # "Hillary Clinton campaign spokesman Glen Caplin declined ..."
            out.append(toks[i])
            if low in SUBJECT_PRONOUNS and len(out) == 1:
                break
            i += 1
            continue
        break
    if out and i < len(toks) and toks[i][0].lower() in ATTRIBUTIVE_NOUNS | GROUP_NOUNS:
        out.append(toks[i])  # "The Trump campaign", "the Clinton administration"
    if out and out[-1][0].lower() in DETERMINERS:
        return None
    if (out and norm(out[0][0]) in NOT_NAMES and norm(out[0][0]) not in TITLE_WORDS
            and out[0][0].lower() not in SUBJECT_PRONOUNS and out[0][0].lower() not in DETERMINERS):
        return None
    return out or None


def _title_case(words) -> bool:
    """Every word but the small ones capitalised, and no sentence inside ("Hard Hats for Hillary,")."""
    body = " ".join(words).rstrip(",.;:!?…")
    if any(ch in body for ch in ".;!?") or len(words) > 8:
        return False
    caps = [w for w in words if w[:1].isalpha() and w.lower() not in SMALL_WORDS]
    return bool(caps) and all(w[:1].isupper() for w in caps)


def _role_run_to_name(toks, i: int) -> bool:
    """Role nouns from ``i`` on lead to a capitalised name ('campaign spokesman Glen Caplin')."""
    while i < len(toks) and toks[i][0].lower() in ROLE_NOUNS:
        i += 1
    return i < len(toks) and _is_cap(toks[i][0])


def _looks_personal(toks: list[str]) -> bool:
    """A name of up to three words that is no organisation ('Taylor Hirth', 'Meles', not
    'Washington Post' or 'NBC')."""
    return (1 <= len(toks) <= 3 and norm(toks[-1]) not in ORG_WORDS and norm(toks[-1]) not in TITLE_WORDS
            and not any(t.isupper() and len(t) > 1 for t in toks)
            and not (len(toks) == 1 and not toks[0].startswith("Mac") and any(c.isupper() for c in toks[0][3:])))  # "WikiLeaks", "YouTube"


def _source_noun(desc: str) -> bool:
    """A description whose head can speak: a person, a group, a document ('a senior official',
    'the company', 'the report'), not 'the event brought back memories'."""
    words = desc.split()
    for k, w in enumerate(words):
        if k and w.lower() in NP_PREPS:
            words = words[:k]  # the head comes before its prepositional tail
            break
    head = words[-1].lower().rstrip(".,")
    for h in (head, head[:-1] if head.endswith("s") else head):  # "officials" -> "official"
        if _person_noun(h) is not None or h in GROUP_NOUNS or h in DOCUMENTS or h in TITLE_WORDS:
            return True
    return head in ("police", "people")


def _person_noun(desc: str) -> str | None:
    """'m', 'f' or 'n' (either) when a description's head noun is a person ('a police spokesman')."""
    head = desc.split()[-1].lower().rstrip(".,")
    if head in MALE_TITLES:
        return "m"
    if head in FEMALE_TITLES:
        return "f"
    return "n" if head in PERSON_NOUNS else None


def _is_name(np) -> bool:
    words = [t for t, _ in np if _is_word(t)]
    return bool(words) and all(_is_cap(w) or w.lower() in ("de", "van", "von", "der", "da", "di", "du", "la", "le", "bin", "al") for w in words) and norm(words[0]) not in NOT_NAMES
