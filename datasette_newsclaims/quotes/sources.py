"""Who a cue's noun phrase is: a name, a pronoun or a description of a source.

Owns: ``speaker_phrase`` (turning a phrase found by ``phrases`` into an
``Attribution``: names with their titles and party labels split off, pronouns,
descriptions such as "the company" or "a statement from the Trump campaign"),
and the small judgements over a description (can it speak, is it a person).

Must not touch: where the phrase is found (``phrases``, ``cues``) or what a
pronoun or description refers to in the article (``coref``).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon import (
    ATTRIBUTIVE_NOUNS,
    COLLECTIVE_NOUNS,
    CUE_VERBS,
    DATA_NOUNS,
    DETERMINERS,
    DOCUMENTS,
    FEMALE_NAMES,
    FEMALE_TITLES,
    GROUP_NOUNS,
    MALE_NAMES,
    MALE_TITLES,
    NOT_NAMES,
    NP_PREPS,
    ORG_WORDS,
    PERSON_NOUNS,
    SPEECH_NOUNS,
    SUBJECT_PRONOUNS,
    TIME_NOUNS,
    TITLE_WORDS,
)
from .names import is_title, norm, split_title
from .phrases import Phrase
from .tokens import is_cap, is_possessive

# A party label after a name: "(D)", "(R-Ariz.)", ", D-Ill.,".
_PARTY_RE = re.compile(r"\.?\s{0,2}[(,]\s{0,2}((?:D|R|I)(?:-[A-Z][A-Za-z.]{1,10}(?: [A-Z][A-Za-z.]{1,10})?)?)\s{0,2}[),]")


_ARTICLES = frozenset("a an the this that these those his her their its our my your".split())


class Attribution(NamedTuple):
    """What a cue says about a quote's source, before resolution.

    ``kind`` is 'name', 'pronoun' or 'description'; ``anchor`` the position of the cue.
    """

    mention: str
    title: str | None
    kind: str
    cue: str | None
    anchor: int


def party_label(text: str, np: Phrase) -> str | None:
    """A party label right after the name: '(D)', '(R-Ariz.)', ', D-Ill.,'."""
    end = np[-1][1] + len(np[-1][0])
    m = _PARTY_RE.match(text, end, end + 20)
    return "(" + m.group(1) + ")" if m else None


def speaker_phrase(text: str, np: Phrase, cue: str | None, pos: int) -> Attribution | None:
    """The source a noun phrase next to a cue names, or None if it names none ('first reported')."""
    words = [t for t, _ in np]
    sender = _document_sender(text, np, words, cue, pos)
    if sender:
        return sender
    cut = _role_before_name(words)
    if cut:
        np = np[cut:]  # (the phrase from the name on, also for what follows when it is no name)
        got = speaker_phrase(text, np, cue, pos)
        if got and got[2] == "name":
            prefix = [w for w in words[:cut] if w.lower() not in DETERMINERS]
            return Attribution(got[0], " ".join(prefix + ([got[1]] if got[1] else [])), "name", cue, pos)
    if len(words) == 1 and words[0].lower() in ("him", "her", "them"):
        return Attribution(words[0], None, "pronoun", cue, pos)  # 'quoted him as saying', 'heard them yelling'
    if all(norm(w) in NOT_NAMES and w.islower() and w not in DETERMINERS for w in words) and not (
            len(words) == 1 and words[0] in SUBJECT_PRONOUNS):
        return None  # 'first reported', 'just said', 'anything'
    if all(w.lower() in _ARTICLES for w in words) or words[-1].lower() in TIME_NOUNS or (
            len(words) == 1 and words[0].islower() and words[0].endswith("ly")):  # ("egregiously described")
        return None  # 'a', 'the', 'several times', 'two years' (but 'said another' and 'one said' are sources)
    full = words
    words = _head_before_preposition(words)
    if isinstance(words, Attribution):
        return Attribution(*words[:3], cue, pos)
    lw = [w.lower() for w in words]
    if len(words) == 1 and lw[0] in SUBJECT_PRONOUNS:
        return Attribution(words[0], None, "pronoun", cue, pos)
    got = _trailing_name(text, np, words, lw, cue, pos)
    if got:
        return got
    return _description(text, np, full, words, lw, cue, pos)


def _document_sender(text: str, np: Phrase, words: list[str], cue: str | None, pos: int) -> Attribution | None:
    """"a statement from the Trump campaign", "emails released by WikiLeaks", "The email from
    Neera Tanden to John Podesta": the author, up to a "to" that names the addressee; "McLeod's
    memo", "Trump's tweet", "Clinton's response": the name that owns the document or the words."""
    head = words[-1].lower()
    if 2 <= len(words) <= 4 and (head.rstrip("s") in DOCUMENTS or head in SPEECH_NOUNS or head in _ANSWER_NOUNS):
        owner = [w for w in words[:-1] if w.lower() not in DETERMINERS]
        if owner and is_possessive(owner[-1]) and all(is_cap(w) for w in owner):
            owner[-1] = re.sub(r"['’]s?\Z", "", owner[-1])
            title, name = split_title(owner)
            if name:
                return Attribution(" ".join(name), " ".join(title) or None, "name", cue, pos)
    if "from" not in words and "by" not in words:
        return None
    for k in range(1, len(words) - 1):
        low = words[k - 1].lower()
        if words[k].lower() in ("from", "by") and (low in DOCUMENTS or low.rstrip("s") in DOCUMENTS
                                                   or low in ("released", "issued", "sent", "published")):
            end = next((j for j in range(k + 2, len(words)) if words[j].lower() == "to"), len(words))
            author = np[k + 1:end]
            got = _titled_person_last(author, cue, pos) or (speaker_phrase(text, author, cue, pos) if author else None)
            if got and (got[2] == "name" or got[0].split()[-1].lower() in GROUP_NOUNS | ATTRIBUTIVE_NOUNS | ORG_WORDS):
                return got
            return None
    return None


_ANSWER_NOUNS = frozenset({"response", "reply", "answer", "retort", "reaction"})


def _titled_person_last(np: Phrase, cue: str | None, pos: int) -> Attribution | None:
    """A phrase that ends in a title and a person's full name ('Clinton aide and Center for
    American Progress President Neera Tanden'): that person, whatever stands before."""
    words = [t for t, _ in np]
    j = len(words)
    while j > 0 and is_cap(words[j - 1]) and not is_possessive(words[j - 1]):
        j -= 1
    title, name = split_title(words[j:])
    if title and is_title(title[-1]) and len(name) >= 2:
        return Attribution(" ".join(name), " ".join(title), "name", cue, pos)
    return None


def _role_before_name(words: list[str]) -> int:
    """Where the name starts in "master of ceremonies Asab Al-Tabchi" (a name in apposition to
    a lower-case role), else 0."""
    j = len(words)
    while j > 0 and is_cap(words[j - 1]) and not is_possessive(words[j - 1]):
        j -= 1
    if 0 < j < len(words) - 1 and words[j - 1].islower() and words[j - 1] not in NP_PREPS \
            and words[j - 1] not in DETERMINERS:
        return j
    return 0


def _head_before_preposition(words: list[str]) -> list[str] | Attribution:
    """"Edward Alden of the Council on Foreign Relations", "Trump in the past": the words up to the
    preposition; or, for "European Commissioner for Competition Neelie Kroes", the name with the
    portfolio as part of its title (an ``Attribution`` with no cue yet)."""
    for k, w in enumerate(words):
        if w.lower() == "of" and k > 0 and words[k - 1].lower() in COLLECTIVE_NOUNS:
            continue  # "A group of Washington politicians": the head is who they are
        if w.lower() in NP_PREPS and k > 0:
            tail = words[k + 1:]
            i0 = k
            while i0 > 0 and is_cap(words[i0 - 1]):
                i0 -= 1
            org = _organisation_of_name(words, i0, k)
            if org:
                return org
            if (w.lower() in ("for", "of") and is_title(words[k - 1]) and tail and not is_title(tail[0])
                    and words[0].lower() not in ("a", "an")
                    and len(tail) >= 3 and all(is_cap(t) and not is_possessive(t) for t in tail)):
                # ('a spokesman for Gov. Tom Hart' is someone else than the governor)
                # "European Commissioner for Competition Neelie Kroes", "the vice president and chairman
                # of Chrysler LLC Jim Press": the portfolio is part of the title
                cut = 0
                while len(tail) - cut > 2 and norm(tail[cut]) not in MALE_NAMES and norm(tail[cut]) not in FEMALE_NAMES:
                    cut += 1
                if i0 == k:  # a lower-case title: all of it, determiners left out
                    i0 = next((n for n, x in enumerate(words) if x.lower() not in DETERMINERS), 0)
                return Attribution(" ".join(tail[cut:]), " ".join(words[i0:k + 1] + tail[:cut]), "name", None, -1)
            if not (k == 1 and is_title(words[0])):
                words = words[:k]
            break
    return words


def _organisation_of_name(words: list[str], i0: int, k: int) -> Attribution | None:
    """'Bank of America', 'the University of Michigan', 'The Republican Party of Minnesota': an
    organisation word before 'of' and a capitalised name after it make one name."""
    if words[k].lower() != "of" or i0 == k or norm(words[k - 1]) not in ORG_WORDS:
        return None
    j = k + 1
    if j < len(words) and words[j].lower() == "the":
        j += 1
    end = j
    while end < len(words) and is_cap(words[end]) and not is_possessive(words[end]):
        end += 1
    if end == j or end < len(words):
        return None  # 'the Bank of England's governor', 'Bank of America economists': someone else
    while i0 < k and words[i0].lower() == "the":
        i0 += 1
    return Attribution(" ".join(words[i0:end]), None, "name", None, -1)


def _trailing_name(text: str, np: Phrase, words: list[str], lw: list[str], cue, pos: int) -> Attribution | None:
    """The capitalised run that ends the phrase, as a name ("Chicago Mayor Rahm Emanuel (D)"),
    or a demonym description ("the Texan", "a Republican")."""
    j = len(words)
    while j > 0 and is_cap(words[j - 1]) and not is_possessive(words[j - 1]):
        j -= 1
    run = words[j:]
    while run and norm(run[0]) in NOT_NAMES and not (run[0] == "New" and len(run) > 1):
        run = run[1:]
    while run and run[-1].lower() in CUE_VERBS and len(run) > 1:
        run = run[:-1]  # a headline in Title Case: "Hillary Clinton Praised"
    if (len(run) == 1 and len(words) == 2 and lw[0] in ("the", "a", "an")
            and (run[0].lower().endswith(("an", "ans", "ese", "ian")) or run[0].lower() in TITLE_WORDS)):
        return Attribution(" ".join(words), None, "description", cue, pos)  # "the Texan", "a Republican"
    if run:
        title, name = split_title(run)
        if name and title and all(norm(t) in TITLE_WORDS for t in name):
            name = []  # "Chief Executive": a title with no name
        if name:
            prefix = [w for w in words[:len(words) - len(run)] if w.lower() not in DETERMINERS]
            party = party_label(text, np)
            if party:
                prefix.append(party)  # "Chicago Mayor Rahm Emanuel (D)": the label goes with the title
            return Attribution(" ".join(run), " ".join(prefix) or None, "name", cue, pos)
    return None


def _description(text: str, np: Phrase, full: list[str], words: list[str], lw: list[str], cue: str | None,
                 pos: int) -> Attribution | None:
    """A phrase with no name: a description of the source ("a senior official", "FBI officials"),
    or the author of the document it names ("a statement from the Trump campaign")."""
    if lw[0] in DETERMINERS or len(words) == 1 or any(is_possessive(w) for w in words[:-1]):
        return Attribution(" ".join(full), None, "description", cue, pos)
    if len(words) <= 3 and all(w.islower() for w in words):
        # "someone familiar with the situation": a description with no name keeps its tail
        keep = full if len(full) <= 8 and not any(is_cap(w) for w in full) else words
        return Attribution(" ".join(keep), None, "description", cue, pos)
    if len(words) <= 4 and words[-1].islower() and can_speak(words[-1]) and all(is_cap(w) for w in words[:-1]):
        return Attribution(" ".join(words), None, "description", cue, pos)  # "Barclays Capital economists", "FBI officials"
    if any(w.lower() in DATA_NOUNS or w.lower() in DOCUMENTS for w in full):
        return Attribution(" ".join(full), None, "description", cue, pos)  # "FBI notes released Monday"
    return None


def looks_personal(toks: list[str]) -> bool:
    """A name of up to three words that is no organisation ('Taylor Hirth', 'Meles', not
    'Washington Post' or 'NBC')."""
    return (1 <= len(toks) <= 3 and norm(toks[-1]) not in ORG_WORDS and norm(toks[-1]) not in TITLE_WORDS
            and not any(t.isupper() and len(t) > 1 for t in toks)
            and not (len(toks) == 1 and not toks[0].startswith("Mac") and any(c.isupper() for c in toks[0][3:])))  # "WikiLeaks", "YouTube"


def can_speak(desc: str) -> bool:
    """A description whose head can speak: a person, a group, a document ('a senior official',
    'the company', 'the report'), not 'the event brought back memories'."""
    words = desc.split()
    for k, w in enumerate(words):
        if k and w.lower() in NP_PREPS:
            words = words[:k]  # the head comes before its prepositional tail
            break
    head = words[-1].lower().rstrip(".,")
    for h in (head, head[:-1] if head.endswith("s") else head):  # "officials" -> "official"
        if person_noun_gender(h) is not None or h in GROUP_NOUNS or h in DOCUMENTS or h in TITLE_WORDS:
            return True
    return head in ("police", "people")


def person_noun_gender(desc: str) -> str | None:
    """'m', 'f' or 'n' (either) when a description's head noun is a person ('a police spokesman')."""
    head = desc.split()[-1].lower().rstrip(".,")
    if head in MALE_TITLES:
        return "m"
    if head in FEMALE_TITLES:
        return "f"
    return "n" if head in PERSON_NOUNS else None


