"""Tense: whether a date is looked back on, ahead to, or scheduled, read from the words of its clause.

The nearest cue wins: ``will``, ``is scheduled to``, ``until`` look forward,
past-tense verbs look back; cues after the date and beyond a quotation mark
count less or not at all. The cue must belong to the date's own clause: a
participle modifying a noun (``the closures planned for May``), a closing
attribution (``, she said.``), a coordinated clause (``, but he added``), the main
clause after a relative one (``the team that won in June hopes``) and a base form
after a modal (``could hit``) do not set its tense; a far past verb holds a date
loosely only across a clause break or an infinitive. The resolver (:mod:`.resolve`)
turns the tense into a direction on the calendar.

Owns: the tense names, the cue lexicons, :func:`clause_tense`, :func:`has_verb` and
:func:`first_verb_start` (the words surely verbs, for :mod:`.clauses`); a mention's own words are
:mod:`.mention_tense`'s. Must not touch: detection, resolution or the event
clause's text (:mod:`.clauses`).
"""
from __future__ import annotations

import re
from itertools import islice

PAST, FUTURE, PRESENT = "past", "future", "present"
WEAK_PAST = "weak-past"  # a past verb far from the date
STRICT_PAST = "strict-past"  # "since October": never the one ahead
NEAREST = "nearest"  # "follows Tuesday's declaration": the closer weekday either way (other kinds: unknown tense)
WEAK_PAST_DISTANCE = 45  # characters between a past verb and the date beyond which it governs it loosely

_IRREGULAR_PAST = frozenset(
    "said says told was were had did made took gave came went began fell rose grew won lost met left got saw "
    "found held led paid sold bought brought thought spent built hit cut quit ran wrote spoke broke chose "
    "drove flew knew stood struck swore threw became shot sent kept felt heard meant sat slid sank sought "
    "taught caught fought dealt lit stole tore wore woke withdrew overtook undertook forgot ago earlier last "
    "previously already yesterday died tried used owed drew blew bore bit clung crept dug fled forgave froze hung "
    "laid lent rang rode sang shook slept spun sprang stuck swam swept swung underwent upheld wept arose awoke".split()
)
_NOT_PAST_ED = frozenset(
    "hundred united indeed speed proceed exceed succeed need feed seed breed embed naked wicked sacred kindred "
    "shed bred tweed weed greed creed scheduled expected slated planned proposed intended anticipated supposed "
    "related based red bed wed fed led bled fled sled "
    # adjectives: "a still unspecified date"
    "unspecified undisclosed unnamed unidentified unexpected unprecedented unresolved unconfirmed undecided "
    "unrelated unopposed unemployed unarmed unscheduled unannounced unauthorized unfounded unsolved".split()
)
_FUTURE_WORDS = frozenset(
    "will won't shall would upcoming starting coming tomorrow planned planning scheduled payable yet".split()
)
_FUTURE_PAIRS = {
    "is": {"scheduled", "set", "expected", "due", "slated", "poised", "planning", "going", "likely", "to", "calling"},
    "are": {"scheduled", "set", "expected", "due", "slated", "poised", "planning", "going", "likely", "to"},
    "to": {"be"}, "as": {"soon", "early"}, "later": {"this"}, "expected": {"to"}, "set": {"to"},
}
for _verb in ("plan", "intend", "aim", "hope", "expect"):
    _FUTURE_PAIRS[_verb] = _FUTURE_PAIRS[_verb + "s"] = _FUTURE_PAIRS[_verb.rstrip("e") + "ed"] = {"to"}  # "hoped to"
# Participles that look ahead only as a verb ("closures are planned for May"), not as a noun's modifier
# ("the closures planned for May", "the scheduled March closures"): there the clause's own verb decides.
_FUTURE_PARTICIPLES = frozenset("planned scheduled planning slated expected".split())
_MODIFIER = "modifier"  # what :func:`_cue` says of such a participle
_VERB_BEFORE = frozenset(  # what makes the participle a verb: an auxiliary or a subject pronoun before it
    "is are was were be been being am has have had now will would to he she they we i it who which that".split())
_ATTRIBUTION_AFTER = re.compile(
    r",\s+(?:(?:[A-Z][\w.'-]*|the|a|an|he|she|they|it|we|officials|police|authorities)\s+){1,4}"
    r"(?:said|says|told|added|noted|wrote|explained|announced|reported)\b|,\s+(?:said|according\s+to)\b")
_CLAUSE_BREAK = re.compile(r"[,;:(]|\b(?:that|which|who|when|where|while|and|but|after|before|because|if|to)\b")
_INFINITIVE = re.compile(
    r"\bto\s+(?!(?:the|a|an|his|her|their|its|our|my|this|that|these|those|be|have|\w+ed)\b)[a-z]+\b")
_SPEECH_NOUN_BEFORE = re.compile(
    r"\b(?:announcement|statement|decision|ruling|report|order|memo|letter|warning|claim|promise|pledge|vow|"
    r"notice|filing|tweet|speech|testimony)s?\s+(?:\w+\s+){0,2}$")
_THAT_AFTER = re.compile(r"(?:\s+\w+){0,3}?\s+that\b")
_COORDINATED_AFTER = re.compile(r",\s+(?:but|and|while|although|though|yet|so|or)\s+(?:he|she|they|it|we|I|the|a|an|his|her|their|[A-Z])")
_AHEAD_OF = re.compile(r"\b[Aa]head\s+of\b")  # "met ahead of the vote Tuesday": after the meeting, but when?
_AHEAD_OF_DATE = re.compile(r"\b[Aa]head\s+of\s+(?:the\s+)?$")  # "ahead of the weekend": the date itself is ahead
# after the date: "and last six weeks"; "the dumping in August could cost millions" (what may follow from it)
_NOT_CUES_AFTER = frozenset("last could might".split())
_YET_BEFORE = frozenset("not has have is are haven't hasn't isn't aren't".split())
_STARTING_LINK = frozenset("on in at from next this noon midnight a m p am pm".split())
_SUBJECTS = frozenset("he she they we i it you".split())
_PLAN_AFTER_WAS = frozenset("due to supposed scheduled slated expected set poised".split())
_BASE_FORM_BEFORE = {  # "could hit", "to cut", "did put": the tense the word before gives a base form
    **dict.fromkeys("could would should might must can will".split(), FUTURE), "did": PAST, "to": None, "does": None,
    "do": None}
_PAST_PAIRS = {"has": {"been"}, "have": {"been"}, "had": {"been"}}
_PRESENT_WORDS = frozenset(
    "begins starts opens travels visits meets faces hosts plays leaves arrives returns resumes holds heads votes "
    "speaks flies testifies appears unveils attends competes departs lands".split()
)
# present tense of a schedule: "the rule takes effect Dec. 1", "whose term expires in February"
_SCHEDULE_WORDS = frozenset("takes goes expires ends closes kicks launches airs debuts premieres reopens concludes".split())
_PRESENT_PLURAL = frozenset("begin meet play arrive resume go travel hold".split())
_NOT_PRESENT_BEFORE = frozenset(
    "did didn't not never could couldn't would wouldn't might should must can can't cannot may to the a an "
    "will won't shall".split())  # "will meet": the nearer "will" decides
_PAST_AUX = frozenset("said was were had did told".split())
# contractions that hold a verb: "didn't", "they're", "we've", "I'm"; "it's" but not "Trump's"
_VERB_ENDINGS = ("'ll", "n't", "'re", "'ve", "'m")
_VERB_CONTRACTIONS = frozenset("it's he's she's that's there's what's who's here's let's".split())
_DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())
_ADJECTIVE_BEFORE = frozenset("the a an its their his her our of be been being is are newly fully".split())
_QUOTE_MARK = re.compile(r"[\"“”]|''|``")
_CUE_WORDS = {"could", "might"} | _FUTURE_WORDS | _SCHEDULE_WORDS | _PRESENT_WORDS | _PRESENT_PLURAL | _IRREGULAR_PAST | set(_FUTURE_PAIRS) | set(_PAST_PAIRS)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*")  # a curly apostrophe is one too: "he’ll"
_SET_FUTURE_BEFORE = frozenset("is are be been being was were now all will would could might may should to".split())
_SET_PAST_AFTER = frozenset("on in at during back last earlier aside off up out down".split())
_PRESENT_AFTER = re.compile(r"\s+(?:is|are)\b")
_COPULA_BEFORE = re.compile(r"\b(?:is|are)\s+(?:on\s+)?$")


_SUBCLAUSE = re.compile(r"[;:]|\s(?:that|which|who|because|when|where|while|if)\s")

_CUE_ENDINGS = ("ed", "'ll", "ing")
_VERB_WORDS = (_IRREGULAR_PAST | _FUTURE_WORDS | _PRESENT_WORDS | _SCHEDULE_WORDS | _PAST_AUX) - {
    "ago", "earlier", "last", "previously", "already", "yesterday", "tomorrow", "upcoming", "coming", "yet"} | frozenset(
    "is are am be been being has have do does can could may might must should says say said".split())


def has_verb(text: str, a: int, b: int) -> bool:
    """True when text[a:b] holds a word that is surely a verb (an auxiliary, a past form, a schedule verb;
    not an -ed word after a determiner: "the embattled governor")."""
    before = ""
    for w in _TOKEN.findall(text[a:b].lower().replace("’", "'")):
        if w in _VERB_WORDS or w.endswith(_VERB_ENDINGS) or w in _VERB_CONTRACTIONS or (
                len(w) > 3 and w.endswith("ed") and w not in _NOT_PAST_ED and before not in _DETERMINERS):
            return True
        before = w
    return False


def first_verb_start(text: str, a: int, b: int) -> int | None:
    """The offset of the first word of text[a:b] that is surely a verb (as :func:`has_verb` tells), or None."""
    low = text[a:b].lower().replace("’", "'")  # same length: offsets stay
    before = ""
    for i, w in enumerate(_TOKEN.findall(low)):
        if w in _VERB_WORDS or w.endswith(_VERB_ENDINGS) or w in _VERB_CONTRACTIONS or (
                len(w) > 3 and w.endswith("ed") and w not in _NOT_PAST_ED and before not in _DETERMINERS):
            return a + next(islice(_TOKEN.finditer(low), i, None)).start()
        before = w
    return None


def _cue_indices(words: list[str]) -> list[int]:
    """The indices of the words that may be cues (:func:`_cue` is None for every other word)."""
    maybe = {w for w in set(words) if w in _CUE_WORDS or w.endswith(_CUE_ENDINGS)}  # each distinct word once
    return [i for i, w in enumerate(words) if w in maybe] if maybe else []


def _used_as_verb(words: list[str], i: int) -> bool:
    """True when word ``i`` follows an auxiliary or a subject, perhaps across one adverb ("was originally scheduled")."""
    for j in (i - 1, i - 2):
        if j < 0:
            return False
        w = words[j]
        if w in _VERB_BEFORE or w.endswith(("'re", "'s", "'ve")):
            return True
        if not w.endswith("ly"):
            return False
    return False


def _cue(words: list[str], i: int) -> str | None:
    """The tense word ``i`` of ``words`` signals with its neighbours, or None when it is no cue."""
    w = words[i]
    if w not in _CUE_WORDS and not w.endswith(_CUE_ENDINGS):
        return None
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if len(w) > 5 and w.endswith("ing") and i > 0 and words[i - 1] in ("after", "despite", "since"):
        return PAST  # "despite winning the primary there in February", "after leaving office in January"
    if i > 0 and words[i - 1] == "once" and w in _FUTURE_PARTICIPLES or (
            w == "to" and i > 1 and words[i - 2] == "once" and words[i - 1] in _FUTURE_PARTICIPLES):
        return PAST  # "a deal once expected to be done within weeks of an October meeting": a plan of the past
    if w in _FUTURE_PARTICIPLES and nxt != "to" and not _used_as_verb(words, i):
        return _MODIFIER
    if w in ("starting", "beginning") and not _STARTING_LINK.issuperset(words[i + 1:]):
        return None  # "starting Monday", "starting at noon Saturday" look ahead; "starting with the May 31 payment" does not
    if w == "yet" and nxt != "to" and (i == 0 or words[i - 1] not in _YET_BEFORE):
        return None  # "Yet in their first appearance on Monday": a conjunction; "has yet to", "not yet" look ahead
    if w in ("could", "might") and nxt not in ("have", "not", "n't", "never", "only", "") and nxt not in _VERB_WORDS:
        return FUTURE  # "he could win California on Tuesday"; not "could have", "could not attend"
    if w in ("was", "were") and nxt in _PLAN_AFTER_WAS:
        if nxt == "to" and i + 2 < len(words) and words[i + 2] == "have":
            return PAST  # "was to have begun on Thursday": a plan that did not happen
        return NEAREST  # "was due to arrive Wednesday", "was to be issued Wednesday": a plan, either side
    if w == "to" and nxt == "be" and i > 0 and words[i - 1] in ("was", "were"):
        return NEAREST  # "was to be issued on Wednesday"
    if w in _FUTURE_WORDS or w in _SCHEDULE_WORDS or w.endswith("'ll") or nxt in _FUTURE_PAIRS.get(w, ()):
        if i > 1 and words[i - 1] == "been" and words[i - 2] == "had":
            return PAST  # "had been scheduled to expire Friday": a plan overtaken
        return FUTURE
    if nxt in _PAST_PAIRS.get(w, ()):
        return PAST
    if w == "set":  # "the record high set on Aug. 6"; not "is set for", "set to", "set a trial date", "would set"
        return PAST if nxt in _SET_PAST_AFTER and (i == 0 or words[i - 1] not in _SET_FUTURE_BEFORE) else None
    if w in _PRESENT_WORDS:
        return PRESENT
    if w in _PRESENT_PLURAL and (i == 0 or words[i - 1] not in _NOT_PRESENT_BEFORE):
        return PRESENT  # "He and Arafat meet separately Monday": a plural subject's schedule
    past = w in _IRREGULAR_PAST or (w not in _NOT_PAST_ED and (
        (len(w) > 4 and w.endswith("ed") and w[-3] != "e") or (len(w) > 5 and w.endswith("ied"))))
    if past and (i > 0 and words[i - 1] == "if" or i > 1 and words[i - 2] == "if" and words[i - 1] in _SUBJECTS):
        return None  # "if he won the election on Nov. 8": a hypothetical
    if past and i > 0 and words[i - 1] == "yet":
        return FUTURE  # "haven't yet qualified for the December debate"
    if past and i > 0 and words[i - 1] in _BASE_FORM_BEFORE and w not in _PAST_AUX and not w.endswith("ed"):
        return _BASE_FORM_BEFORE[words[i - 1]]  # "could hit the airwaves Monday": a base form, not a past
    if past and (w in _PAST_AUX or i == 0 or words[i - 1] not in _ADJECTIVE_BEFORE):
        return PAST
    return None


def _window(text: str, ss: int, se: int, s: int, e: int) -> tuple[int, int]:
    """The stretch of the sentence [ss, se) whose words may give the tense of the date [s, e)."""
    lo, hi = max(ss, s - 120), min(se, e + 80)
    if s - ss <= 6:  # "In January, a week after the anniversary, a bombing killed ...": the verb comes late
        hi = min(se, e + 200)
        c = _SUBCLAUSE.search(text, e, hi)  # ... but not as late as a subordinate clause
        if c:
            hi = c.start()
    else:
        hi = _attribution_start(text, e, hi, se)
        c = _COORDINATED_AFTER.search(text, e, hi)  # "... in November, but he added that ...": another clause
        hi = c.start() if c else hi
        if _SPEECH_NOUN_BEFORE.search(text, max(lo, s - 30), s):
            c = _THAT_AFTER.match(text, e)  # "the announcement on Thursday that it will": what was announced
            hi = e if c else hi
    q = _QUOTE_MARK.search(text, e, hi)  # the words of a quotation and of its attribution keep their own tenses
    if q:
        hi = q.start()
    if _QUOTE_MARK.search(text, lo, s) is None:
        return lo, hi  # (most dates: no quotation mark just before them)
    marks = list(_QUOTE_MARK.finditer(text, max(ss, lo - 400), s))
    if marks and marks[-1].start() >= lo:
        close = marks[-1].start()
        partial = (not _opens_quotation(marks) and len(marks) > 1 and close - marks[-2].end() <= 60
                   and text[close - 1:close] not in ",.!?")  # a quoted sentence ends with its punctuation
        if not partial:  # inside a quotation, or after a quoted sentence: its words are not the date's clause
            lo = marks[-1].end()  # but a short partial quote is: 'be "very competitive" in November'
    return lo, hi


def _opens_quotation(marks: list[re.Match]) -> bool:
    """True when the last of the sentence's quotation marks before a date opens a quotation."""
    last = marks[-1].group()
    if last in ("“", "``"):
        return True
    if last in ("”", "''"):
        return False
    return sum(1 for m in marks if m.group() == '"') % 2 == 1


def _attribution_start(text: str, e: int, hi: int, se: int) -> int:
    """Where a closing attribution (", she said.", ", officials said Tuesday.") begins, or ``hi``:
    its tense is the reporting's, not the date's."""
    c = _ATTRIBUTION_AFTER.search(text, e, hi)
    if c is None:
        return hi
    rest = text[c.end():se]
    if len(rest) > 80 or _QUOTE_MARK.search(rest) or rest.lstrip().startswith(","):
        return hi  # ", Donald Trump said, ..." goes on: the main clause, not an attribution
    return c.start()


def _cue_before(text: str, lo: int, s: int) -> tuple[str | None, int]:
    """The nearest cue before the date and its distance in characters.

    A participle modifying a noun ("the closures planned for May") is no tense of its own: a near past
    verb governs the date ("reported on the closures planned for May"); without one it looks ahead."""
    found = list(_TOKEN.finditer(text, lo, s))
    before = [m.group().lower().replace("’", "'") for m in found]
    modifier_d = None
    for i in reversed(_cue_indices(before)):  # backwards from the date: the first cue found is the nearest
        cue = _cue(before, i)
        if cue is None:
            continue
        d = s - found[i].end()
        if before[i] in ("could", "might") and d > WEAK_PAST_DISTANCE:
            continue  # a possibility far from the date ("could see ... where by 25 September ... had") places nothing
        if cue == _MODIFIER:
            modifier_d = d if modifier_d is None else modifier_d
            continue
        if modifier_d is not None and cue == PAST and d > WEAK_PAST_DISTANCE:
            return FUTURE, modifier_d
        return cue, d
    return (FUTURE, modifier_d) if modifier_d is not None else (None, 10**9)


def _cue_after(text: str, e: int, hi: int, best_d: float) -> tuple[str | None, float]:
    """The first cue after the date if it is nearer than ``best_d`` (distances after count 2.5 times)."""
    words = _TOKEN.findall(text[e:hi].lower().replace("’", "'"))
    starts = _TOKEN.finditer(text, e, hi)  # positions, read only as far as the loop goes
    read = 0
    for i in _cue_indices(words):
        d = (next(islice(starts, i - read, None)).start() - e) * 2.5  # distances grow: the first too far ends it
        read = i + 1
        if d >= best_d:
            break
        w = words[i]  # not after the date: "begin in October and last six weeks", "on Tuesday after coming out on top"
        cue = _cue(words, i) if w not in _NOT_CUES_AFTER and not w.endswith("ing") else None
        if cue is not None and cue != _MODIFIER:
            return cue, d
    return None, best_d


_RELATIVE = re.compile(r"\b(?:who|which|that|whose)\b")


def _relative_clause(text: str, lo: int, s: int) -> tuple[int, bool] | None:
    """Where the last relative clause opened before the date begins (its pronoun), and whether a comma
    opens it (", who retires in December,"); None when there is none."""
    start = None
    for m in _RELATIVE.finditer(text, lo, s):
        start = m.start()
    if start is None:
        return None
    return start, text[max(lo, start - 3):start].rstrip().endswith(",")


def clause_tense(text: str, ss: int, se: int, s: int, e: int) -> str | None:
    """The tense of the clause around [s, e): the nearest cue wins (cues after the date count less)."""
    lo, hi = _window(text, ss, se, s, e)
    ahead = _AHEAD_OF_DATE.search(text, max(lo, s - 14), s)
    if ahead:
        best, best_d = FUTURE, s - ahead.start()  # "ahead of the weekend": the date itself lies ahead
    else:
        best, best_d = _cue_before(text, lo, s)
    before = True  # where the cue stands
    rel = _relative_clause(text, lo, s)
    if rel is not None and rel[1] and text.find(",", rel[0], s) < 0:
        c = text.find(",", e, hi)  # "Jones, who retires in December, joined ...": the clause ends at its comma
        hi = c if c >= 0 else hi
    held = best == PAST and best_d <= WEAK_PAST_DISTANCE and not _CLAUSE_BREAK.search(text, s - int(best_d), s)
    if not held and not (rel is not None and best is not None and s - best_d >= rel[0]):
        # "the team that won in June hopes ...", "a tariff imposed in September would remain": the main verb after
        cue, d = _cue_after(text, e, hi, best_d)
        if cue is not None:
            best, best_d, before = cue, d, False
    if best_d > WEAK_PAST_DISTANCE and _PRESENT_AFTER.match(text, e):
        return PRESENT  # "Saturday is the 75th anniversary"; not "the vote held Sunday are expected ..."
    if _COPULA_BEFORE.search(text, max(lo, s - 8), s):
        return PRESENT  # "The deadline to apply is Friday": the date is what the deadline is
    aheads = [m.end() for m in _AHEAD_OF.finditer(text, lo, s)]
    if best in (PAST, None) and aheads and not (best == PAST and before and s - best_d > aheads[-1]):
        return NEAREST  # "made the appeal ahead of a summit Thursday"; not "ahead of a visit since taking office in May"
    if best == PAST and before and _INFINITIVE.search(text, max(lo, s - int(best_d)), s):
        return WEAK_PAST  # "released the emails to influence the Nov. 8 election": the infinitive's own clause
    if best == PAST and best_d > WEAK_PAST_DISTANCE and (
            _CLAUSE_BREAK.search(text, max(lo, s - int(best_d)), s) if before else s - ss > 6):
        return WEAK_PAST  # a far past verb across a clause break (or late after a date inside the sentence)
    return best
