"""Noun-phrase walkers: the phrase that stands in a cue's subject or object slot.

Owns: stepping back from a cue verb over auxiliaries, adverbs and asides to its
subject (``backward_np``), appositive chains (``X, an adviser, said``), the phrase
after an inverted cue (``said Mark Hamrick, a ...``: ``forward_np``) and the subject
at the head of a sentence (``subject_np``). Phrases are lists of (token, offset).

Must not touch: what a phrase means (a name, a pronoun, a description: ``sources``)
or which cue frame applies (``cues``).
"""
from __future__ import annotations

from .lexicon import (
    ALL_PRONOUNS,
    ATTRIBUTIVE_NOUNS,
    COLLECTIVE_NOUNS,
    AUX_ADVERBS,
    CUE_VERBS,
    DAY_WORDS,
    DETERMINERS,
    DOCUMENTS,
    EXTRA_ADVERBS,
    GROUP_NOUNS,
    INTRO_ADVERBS,
    NOT_ADVERBS,
    NOT_NAMES,
    NP_BREAKS,
    NP_PREPS,
    NP_STOP,
    ORG_WORDS,
    PP_OPENERS,
    ROLE_NOUNS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TITLE_WORDS,
    VERBISH,
)
from .names import norm
from .tokens import Token, is_cap, is_possessive, is_word

Phrase = list[Token]


def _skip_back(toks: list[Token], i: int) -> int:
    """Step back over what stands between a subject and its verb: auxiliaries, adverbs, days
    ('Obama on Tuesday accused', 'the nominee mockingly responded', 'he too denied')."""
    day = False
    while i >= 0:
        t = toks[i][0]
        low = t.lower()
        d = _date_phrase_start(toks, i) if t[:1].isdigit() or low in _MONTHS else None
        if d is not None:
            i = d - 1  # 'the government on June 21 said'
            continue
        if low in AUX_ADVERBS or low in DAY_WORDS or low in EXTRA_ADVERBS:
            day = day or low in DAY_WORDS
            i -= 1
        elif day and low in ("on", "in", "at", "during", "since", "by"):
            i -= 1
            day = False
        elif (low.endswith("ly") and len(low) > 4 and t.islower() and i > 0 and low not in NOT_ADVERBS
              and toks[i - 1][0].lower() not in DETERMINERS and not is_possessive(toks[i - 1][0])):
            i -= 1
        else:
            j = _pp_start(toks, i)
            if j is None:
                break
            i = j - 1  # "and, in a low voice, said": step over the aside
            while i >= 0 and toks[i][0] == ",":
                i -= 1
    return i


_MONTHS = frozenset("""january february march april may june july august september october november december
jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.""".split())


def _date_phrase_start(toks: list[Token], i: int) -> int | None:
    """Index of 'on' in a date phrase ending at ``i`` ('on June 21', 'in March'), or None."""
    j = i
    if toks[j][0].isdigit() and j > 0:
        j -= 1
    if toks[j][0].lower() in _MONTHS and toks[j][0][:1].isupper() and j > 0 and toks[j - 1][0].lower() in ("on", "in"):
        return j - 1
    return None


def _pp_start(toks: list[Token], i: int) -> int | None:
    """Index of the comma opening a parenthetical prepositional phrase that ends at ``i``
    (', in a low voice'), or None."""
    j = i
    while j >= 0 and j > i - 6 and is_word(toks[j][0]) and toks[j][0].lower() not in PP_OPENERS:
        j -= 1
    if j > 0 and j < i and toks[j][0].lower() in PP_OPENERS and toks[j - 1][0] == "," and not is_cap(toks[i][0]):
        if any(tk[0].lower() in _RELATIVE_WORDS for tk in toks[j:i + 1]):
            return None  # ", in which he said": a relative clause with its own subject, no aside
        return j - 1  # ", in a low voice" (but not ", with spokesman Glen Caplin")
    return None


_RELATIVE_WORDS = {"which", "whom", "whose"}
_PERSONAL_SUBJECTS = {"he", "she", "they", "we", "i"}


def backward_np(toks: list[Token]) -> Phrase | None:
    """The speaker phrase ending right before a cue: 'Sessions', 'the oil giant', 'X, an adviser,'."""
    i = _skip_back(toks, len(toks) - 1)
    if i < 0:
        return None
    if toks[i][0].lower() in ("that", "which") and i > 0 and _np_word(toks[i - 1][0]) \
            and toks[i - 1][0].lower() not in CUE_VERBS:
        # 'replaced by a message that said, "..."', 'a sign which read': the noun the clause hangs on
        return _simple_back(toks, i - 1)
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
                if np and ends_in_name(np):
                    # "the execution of British nurse Edith Cavell, who ... said": who is a person
                    cut = max((n for n, tk in enumerate(np) if tk[0].lower() in NP_PREPS), default=-1)
                    np = np[cut + 1:]
                return np
            for c in range(k - 1, max(-1, k - 15), -1):
                if toks[c][0] == ",":
                    a = _simple_back(toks, c - 1)
                    if a and is_name(a):
                        return a
                    break
            break
        if t == ",":
            break
    np = first_np = _simple_back(toks, i)
    if np and i - len(np) >= 1 and toks[i - len(np)][0] == "to":
        np = _sender_before_addressee(toks, np)
    if np and i - len(np) >= 1 and toks[i - len(np)][0] == "and":
        np = _name_before_second_role(toks, i - len(np), np)
    if np and is_name(np):
        # "Cummings and Conyers wrote", "Sens. Tom Carper, Dianne Feinstein and Ben Cardin said":
        # the first of the named sources
        k = toks.index(np[0]) if np[0] in toks else -1
        while k >= 2 and (toks[k - 1][0] == "and" or (toks[k - 1][0] == "," and np is not first_np)) and is_cap(toks[k - 2][0]):
            first = _simple_back(toks, k - 2)
            if not (first and ends_in_name(first)):
                break
            np = first
            k = toks.index(np[0]) if np[0] in toks else -1
    return np


def _name_before_second_role(toks: list[Token], k: int, np: Phrase) -> Phrase:
    """'former chief of staff Ron Klain and senior Biden adviser said': one person with two roles,
    the name before 'and' (at ``k``) when the phrase after it is a role with no determiner;
    'the singer and guitarist told': the two roles of one described person, together."""
    words = [t for t, _ in np]
    if words[0].lower() in DETERMINERS or not words[-1].islower():
        return np
    name = _simple_back(toks, k - 1) if k > 0 else None
    if name and ends_in_name(name) and words[-1].lower() in ROLE_NOUNS:
        run = _trailing_name_run(name)
        return run or name
    if name and len(name) <= 3 and name[0][0].lower() in DETERMINERS and all(t.islower() for t, _ in name):
        return name + [toks[k]] + np  # ("the singer and guitarist")
    return np


def _sender_before_addressee(toks: list[Token], np: Phrase) -> Phrase:
    """'The email from Neera Tanden to John Podesta asks': the addressee after 'to' is no
    subject; the whole phrase is, from the document on (its sender is read from it)."""
    k = next((n for n, tk in enumerate(toks) if tk is np[0]), -1)
    if k < 3 or toks[k - 1][0].lower() != "to":
        return np
    for j in range(k - 2, max(0, k - 16), -1):
        t = toks[j][0].lower()
        if not is_word(t):
            return np
        if t in ("from", "by") and j > 0 and toks[j - 1][0].lower().rstrip("s") in DOCUMENTS:
            d = j - 1
            while d > 0 and toks[d - 1][0].lower() not in DETERMINERS and is_word(toks[d - 1][0]) and j - d < 3:
                d -= 1
            if d > 0 and toks[d - 1][0].lower() in DETERMINERS:
                d -= 1
            return toks[d:k + len(np)]
    return np


def _appositive_chain(toks: list[Token], i: int) -> Phrase | None:
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
        if np and ends_in_name(np) and norm(np[-1][0]).rstrip("s") not in ORG_WORDS | GROUP_NOUNS \
                and not (_name_in_modifier(np) and _full_name_in_apposition(segs[:k])):
            # a person, not "the Armed Services Committees"; "a spokesman for Gov. Tom Hart, Brian Fallon,"
            # is Brian Fallon
            return np
        if head is None:
            head = np
    apps = [seg for seg in segs if seg]
    for app in reversed(apps):
        if app[0][0].lower() in ("who", "which"):
            continue
        if len(app) <= 7 and (is_name(app) or (app[0][0].lower() == "the" and is_name(app[1:]))):
            return app
        k = next((n for n, tk in enumerate(app) if tk[0] == "and"), -1)
        if 1 < k <= 5 and is_name(app[:k]) and is_cap(app[k + 1][0] if k + 1 < len(app) else ""):
            return app[:k]  # "The committee leaders, Senator John McCain and Representative Mac Thornberry, said"
        if app is segs[0] and len(app) > 1 and app[0][0].lower() in _PERSONAL_SUBJECTS and app[1][0].islower():
            return app[:1]  # 'he asked about the Muslim League, called her ...': his verbs in a series
        tail = _trailing_name_run(app)
        if len(tail) >= 2 and segs and app is segs[0]:
            return tail  # "The bill has critics, among them Sen. Ann Lee, who said"
    return head


def _trailing_name_run(seg: Phrase) -> Phrase:
    """The capitalised words that end a phrase ('among them Sen. Ann Lee' -> 'Sen. Ann Lee')."""
    j = len(seg)
    while j > 0 and is_cap(seg[j - 1][0]) and not is_possessive(seg[j - 1][0]):
        j -= 1
    return seg[j:] if j > 0 and is_name(seg[j:]) else []


def _full_name_in_apposition(segs: list[Phrase]) -> bool:
    """One of the appositives is a name of two words or more ("Brian Fallon", not "Va.")."""
    return any(len(seg) >= 2 and is_name(seg) for seg in segs)


def _name_in_modifier(np: Phrase) -> bool:
    """A description whose name stands in its modifier ('a spokesman for Gov. Tom Hart', 'the
    lawyer of John Doe'): the phrase names someone else than the one it describes."""
    return np[0][0].lower() in DETERMINERS and any(t.lower() in NP_PREPS for t, _ in np[1:])


def ends_in_name(np: Phrase) -> bool:
    """The phrase's last word is capitalised and no possessive nor common word."""
    last = np[-1][0]
    return is_cap(last) and not is_possessive(last) and norm(last) not in NOT_NAMES


def _np_word(tok: str) -> bool:
    """A word that can stand inside a speaker phrase (no verb, no clause opener)."""
    low = tok.lower()
    return (is_word(tok) and low not in NP_STOP and low not in VERBISH and low not in NP_BREAKS
            and not low.endswith(("n't", "n’t"))
            and not (low in CUE_VERBS and not is_cap(tok)))


def _simple_back(toks: list[Token], i: int) -> Phrase | None:
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


def forward_np_stop(toks: list[Token]) -> tuple[Phrase | None, str | None]:
    """forward_np and the token it stopped at (None at the end)."""
    np = forward_np(toks)
    if not np:
        return None, None
    k = next(j for j, tk in enumerate(toks) if tk is np[-1]) + 1
    return np, (toks[k][0] if k < len(toks) else None)


def forward_np(toks: list[Token]) -> Phrase | None:
    """The speaker phrase right after an inverted cue: 'said Mark Hamrick, a ...' -> Mark Hamrick."""
    i = 0
    while i < len(toks) and toks[i][0].lower() in DAY_WORDS:
        i += 1
    if i < len(toks) and (toks[i][0].lower() in NP_PREPS or toks[i][0].lower() in NP_BREAKS
                          or toks[i][0].lower() in NP_STOP):
        return None  # 'said of RT', 'said by telephone': how or about what, not who
    out = []
    while i < len(toks) and len(out) < 12:
        t = toks[i][0]
        low = t.lower()
        if low == "and" and out and out[-1][0].lower() in TITLE_WORDS and i + 1 < len(toks) \
                and toks[i + 1][0].lower() in TITLE_WORDS:
            out.append(toks[i])  # "said the vice president and chairman of Chrysler LLC Jim Press"
            i += 1
            continue
        if len(out) >= 8 and not out[-1][0].lower() in TITLE_WORDS | NP_PREPS and not is_cap(out[-1][0]):
            break
        if low in ("from", "by") and out and (out[-1][0].lower() in DOCUMENTS or out[-1][0].lower().rstrip("s") in DOCUMENTS):
            out.append(toks[i])  # "according to a statement from the Trump campaign"
            i += 1
            continue
        if (not is_word(t) or low in NP_STOP or low in VERBISH or (low.endswith("ing") and low in CUE_VERBS)
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
    # (a capitalised modifier names no one: "said the EU representative to the talks, Stephan Lehne")
    named = bool(head) and is_cap(head[-1][0]) and not is_possessive(head[-1][0])
    if out and not named and i < len(toks) and (toks[i][0].lower() in NP_PREPS or toks[i][0].lower() == "to"):
        # "said chief investment officer at Solaris Asset Management, Tim Ghriskey": past the employer
        j = i + 1
        while j < len(toks) and j - i <= 8 and is_word(toks[j][0]):
            j += 1
        if j < len(toks) and toks[j][0] == ",":
            i = j
    if out and not named and i + 1 < len(toks) and toks[i][0] == ",":
        j = i + 1
        app = []
        while j < len(toks) and is_word(toks[j][0]) and len(app) < 5 and not (app and toks[j][0] in NP_PREPS):
            app.append(toks[j])
            j += 1
        # (the name may be followed by its employer: "..., Deepak Gupta of the law firm Gupta Wessler")
        if app and is_name(app) and (j >= len(toks) or not is_word(toks[j][0]) or toks[j][0] in NP_PREPS):
            return app
    return out or None


def subject_np(toks: list[Token]) -> Phrase | None:
    """The subject at the head of a sentence: 'Emanuel shot back, saying' -> Emanuel."""
    i = 0
    while i < len(toks) and (not is_word(toks[i][0]) or toks[i][0].lower() in ("but", "and", "still", "however", "yet", "so", "then", "also", "now")):
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
        if (is_cap(t) or low in DETERMINERS or (out and is_possessive(out[-1][0])) or low in SUBJECT_PRONOUNS
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
        i += 1
    if out and i < len(toks) and toks[i][0] == "of" and out[-1][0].lower() in COLLECTIVE_NOUNS:
        out.extend(_of_phrase(toks, i))  # "A group of Washington politicians"
    if out and out[-1][0].lower() in DETERMINERS:
        return None
    if (out and norm(out[0][0]) in NOT_NAMES and norm(out[0][0]) not in TITLE_WORDS
            and out[0][0].lower() not in SUBJECT_PRONOUNS and out[0][0].lower() not in DETERMINERS):
        return None
    return out or None


def _of_phrase(toks: list[Token], i: int) -> Phrase:
    """'of' and the few words after it that end a collective subject, up to its verb
    ('of Washington politicians' in 'A group of Washington politicians released')."""
    out = [toks[i]]
    for t in toks[i + 1:i + 5]:
        low = t[0].lower()
        if not is_word(t[0]) or low in CUE_VERBS or low in VERBISH or (low.endswith("ed") and t[0].islower()):
            break
        out.append(t)
    return out if len(out) > 1 else []


def _role_run_to_name(toks: list[Token], i: int) -> bool:
    """Role nouns from ``i`` on lead to a capitalised name ('campaign spokesman Glen Caplin')."""
    while i < len(toks) and toks[i][0].lower() in ROLE_NOUNS:
        i += 1
    return i < len(toks) and is_cap(toks[i][0])


def is_name(np: Phrase) -> bool:
    """Every word of the phrase capitalised (name particles allowed), and no common opener."""
    words = [t for t, _ in np if is_word(t)]
    return bool(words) and all(is_cap(w) or w.lower() in ("de", "van", "von", "der", "da", "di", "du", "la", "le", "bin", "al") for w in words) and norm(words[0]) not in NOT_NAMES


