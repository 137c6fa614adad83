"""The people of one article: every name it gives, indexed by family name, and their genders.

Owns: ``ArticleNames(text)``, which reads every capitalised run of the article
once; a speaker mention (``Sessions``, ``Mr. Trump``) is then resolved to the
fullest form of that name the article introduces (``Jeff Sessions``, ``Donald J.
Trump``), with titles, honorifics and party labels split off; and which runs
name a person (for he/she) and what gender the article gives them.

Must not touch: quotes or cues; this module knows names only.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .lexicon import (
    ATTRIBUTIVE_NOUNS,
    FEMALE_NAMES,
    FEMALE_TITLES,
    MALE_NAMES,
    MALE_TITLES,
    ORG_DESCRIPTION_NOUNS,
    ORG_WORDS,
    PLACE_WORDS,
    SPEECH_NOUNS,
    ROLE_WORDS,
    ROYAL_TITLES,
    TITLE_WORDS,
)
from .names import RUN_RE, gender_of_tokens, headline_spans, name_key, names_in_run, norm


class Person:
    """A resolved name: the fullest form, its gender, and the title it was introduced with."""

    __slots__ = ("name", "tokens", "gender", "pos", "title")

    def __init__(self, tokens: list[str], pos: int, gender: str | None, title: list[str] | None = None):
        self.tokens = tokens
        self.name = " ".join(tokens)
        self.gender = gender
        self.pos = pos
        self.title = " ".join(title) if title else None


class ArticleNames:
    """Capitalised runs of one article, indexed by family name."""

    def __init__(self, text: str):
        self.text = text
        self.by_key: dict[str, list[tuple[int, list[str], list[str]]]] = {}
        self.mentions: list[tuple[int, list[str], list[str]]] = []  # in text order
        self._genders: dict[str, str | None] = {}
        self.possessive: set[int] = set()
        self._resolved: dict[tuple, Person] = {}
        self._full_keys: set[str] | None = None
        self._positions: list[int] | None = None
        self._near: dict[str, set[str]] | None = None
        self._first: dict[str, tuple[int, list[str]]] | None = None
        self._forms: dict[str, set[tuple[str, ...]]] | None = None
        self._given: dict[str, tuple[list[int], list[list[str] | None]]] | None = None
        self.bare_speakers: dict[str, Person] = {}  # a family name alone as a speaker -> the person it named
        by_key, mentions, genders, possessive = self.by_key, self.mentions, self._genders, self.possessive
        headlines = headline_spans(text)
        h = 0
        for m in RUN_RE.finditer(text):
            s = m.start()
            if s and (text[s - 1].isalnum() or text[s - 1] in "'’-_" or (text[s - 1] == "." and s > 1 and text[s - 2].isupper())):
                continue  # inside a word ("iPhone") or an initialism ("U.S. Court")
            while h < len(headlines) and headlines[h][1] <= s:
                h += 1
            if h < len(headlines) and headlines[h][0] <= s:
                continue  # a Title Case headline: its capitals are no names
            for offset, title, name, key, poss, gender in names_in_run(m.group()):
                entry = (s + offset, title, name)
                if gender is None and len(name) >= 2 and text[s + offset - 1:s + offset] == " ":
                    gender = _ROLE_GENDER.get(self.role_before(s + offset) or "")  # "spokeswoman Ayn Dietrich-Williams"
                if key in by_key:
                    by_key[key].append(entry)
                else:
                    by_key[key] = [entry]
                mentions.append(entry)
                if poss:
                    possessive.add(s + offset)
                if gender:
                    if key not in genders:
                        genders[key] = gender
                    elif genders[key] != gender:
                        genders[key] = "x"  # a family: Bill and Hillary Clinton

    def resolve(self, title: list[str], name: list[str], pos: int, gender: str | None = None) -> Person:
        """The fullest form of ``name`` introduced in the article (titles stripped); ``gender``
        (from a he/she) picks among namesakes ("Clinton" -> Hillary or Bill Clinton)."""
        if len(name) == 1:
            variant = self._spelling_variant(name_key(name), pos)
            if variant is not None:
                name = variant  # "Dillon" after "Miranda Dillion": the person introduced, misspelt
        ck = (tuple(title), tuple(name), gender)
        got = self._resolved.get(ck)
        if got is None:
            got = self._resolved[ck] = self._resolve(title, name, pos, gender)
        return got

    def _spelling_variant(self, key: str, pos: int) -> list[str] | None:
        """The full name, introduced before ``pos``, whose family name is ``key`` spelt one letter
        apart ("Dillion" for "Dillon"), when the article introduces no one as ``key`` before ``pos``."""
        first_full = self._first_full()
        if len(key) < 5 or first_full.get(key, (len(self.text) + 1,))[0] < pos:
            return None
        for other in sorted(self._near_spellings().get(key, ())):
            intro = first_full.get(other)
            if intro is not None and intro[0] < pos:
                return list(intro[1])
        return None

    def _first_full(self) -> dict[str, tuple[int, list[str]]]:
        """Family name -> (position, name) of its first mention with a given name too."""
        if self._first is None:
            self._first = {}
            for pos, _title, name in self.mentions:
                if len(name) >= 2:
                    self._first.setdefault(name_key(name), (pos, name))
        return self._first

    def _near_spellings(self) -> dict[str, set[str]]:
        """Family names one insertion, deletion or substitution apart, same first letter (indexed by
        their one-letter deletions, so it costs linear time in the number of names)."""
        if self._near is None:
            by_deletion: dict[str, set[str]] = {}
            keys = [k for k in self.by_key if len(k) >= 4 and k.isalpha()]
            for k in keys:
                for d in {k} | {k[:i] + k[i + 1:] for i in range(1, len(k))}:
                    by_deletion.setdefault(d, set()).add(k)
            self._near = {}
            for group in by_deletion.values():
                if len(group) > 1:
                    for k in group:
                        self._near.setdefault(k, set()).update(group - {k})
        return self._near

    def _resolve(self, title: list[str], name: list[str], pos: int, gender: str | None) -> Person:
        """The uncached ``resolve``."""
        key = name_key(name)
        cands = [e for e in self.by_key.get(key, ()) if len(e[2]) >= 2 and name_key(e[2]) == key]
        if not cands and len(name) == 1 and not any(t[:1].isupper() for t in title):  # ('her mum Ami', not 'Mr.')
            given = self._by_given_name(norm(name[0]), pos)
            if given is not None:
                name, key = given, name_key(given)  # "Brian said" after "Brian Galabuzi Kakembo"
                cands = [e for e in self.by_key.get(key, ()) if len(e[2]) >= 2 and name_key(e[2]) == key]
        if len(name) >= 3:
            # "McCain Challenger Kelli Ward": the article's "Kelli Ward" ends it, the rest is a title
            tails = [e for e in cands if len(e[2]) < len(name) and [norm(t) for t in e[2]] == [norm(t) for t in name[-len(e[2]):]]]
            if tails:
                title = list(title) + list(name[:len(name) - len(tails[0][2])])
                name = list(tails[0][2])
        if len(name) >= 2:
            first = norm(name[0])
            same = [e for e in cands if norm(e[2][0]) == first or norm(e[2][0])[:1] == first[:1]]
            cands = same or []
        best = list(name)
        intro_title: list[str] = []
        if cands:
            g = gender_of_tokens(title, []) or gender
            if g:
                fit = [e for e in cands if gender_of_tokens(e[1], e[2]) in (g, None)]
                cands = fit or cands
            intro = min(cands, key=lambda e: e[0])
            first = norm(intro[2][0])
            same_first = [e for e in cands if norm(e[2][0]) == first]
            fullest = max(same_first, key=lambda e: (len(e[2]), -e[0]))[2]
            if len(fullest) >= len(best):
                best = list(fullest)
            titled = [e for e in same_first if e[1]]
            if titled:
                intro_title = list(min(titled, key=lambda e: e[0])[1])  # "Attorney General" Jeff Sessions
        if len(best) == 1 and title and norm(title[-1]) in ROYAL_TITLES:
            best = [title[-1]] + best
        gender = gender_of_tokens(title, best) or self.gender(key)
        return Person(best, pos, gender, intro_title)

    def _by_given_name(self, first: str, pos: int) -> list[str] | None:
        """The one full name introduced before ``pos`` whose given name is ``first`` ('Brian' for
        'Brian Galabuzi Kakembo'), or None when there is none or more than one person."""
        if first in TITLE_WORDS or first in ORG_WORDS:
            return None
        if self._given is None:
            self._given = self._index_given_names()
        starts, answers = self._given.get(first, ((), ()))
        k = bisect_left(starts, pos)
        return list(answers[k - 1]) if k and answers[k - 1] else None

    def _index_given_names(self) -> dict[str, tuple[list[int], list[list[str] | None]]]:
        """Given name -> (positions of full names with it, the answer of ``_by_given_name`` just
        after each: the fullest such name so far, or None once two people share it)."""
        index: dict[str, tuple[list[int], list[list[str] | None]]] = {}
        for p, _title, name in self.mentions:
            if len(name) < 2:
                continue
            starts, answers = index.setdefault(norm(name[0]), ([], []))
            prev = answers[-1] if answers else None
            if starts and prev is None:
                answer = None  # already shared by two people
            elif prev is not None and name_key(prev) != name_key(name):
                answer = None
            else:
                answer = name if prev is None or len(name) > len(prev) else prev
            starts.append(p)
            answers.append(answer)
        return index

    @property
    def mention_positions(self) -> list[int]:
        """The start of every mention, in text order (for bisecting)."""
        if self._positions is None:
            self._positions = [m[0] for m in self.mentions]
        return self._positions

    def given_in_full(self, key: str) -> bool:
        """The article names someone of family name ``key`` with at least two words ("Jeff Sessions")."""
        if self._full_keys is None:
            self._full_keys = {k for k, entries in self.by_key.items() if any(len(e[2]) >= 2 for e in entries)}
        return key in self._full_keys

    def has_form(self, tokens: list[str]) -> bool:
        """The article gives exactly this name (compared token by token, normalised)."""
        if self._forms is None:
            self._forms = {}
            for k, entries in self.by_key.items():
                self._forms[k] = {tuple(norm(t) for t in e[2]) for e in entries}
        return tuple(norm(t) for t in tokens) in self._forms.get(norm(tokens[-1]), ())

    def role_before(self, pos: int) -> str | None:
        """The lower-case role word right before a name ('FBI spokeswoman Ayn Dietrich-Williams'), or None."""
        word = self._word_before(pos)
        return word if word in ROLE_WORDS else None

    def organisation_noun_before(self, pos: int) -> bool:
        """An organisation's kind right before a name ('the French newspaper Le Parisien', 'the
        website GunBroker.com'): the name is an organisation's."""
        return self.text.endswith(_ORG_NOUN_SUFFIXES, max(0, pos - 22), pos)  # (one C-level test)

    def _word_before(self, pos: int) -> str | None:
        """The lower-case word right before ``pos`` (one space between), or None."""
        text = self.text
        if pos < 4 or text[pos - 1] != " " or not ("a" <= text[pos - 2] <= "z"):
            return None
        j = pos - 2
        while j >= 0 and pos - j < 20 and "a" <= text[j] <= "z":
            j -= 1
        if j >= 0 and (text[j].isalnum() or text[j] in "'’-"):
            return None
        return text[j + 1:pos - 1] or None

    def note_gender(self, key: str, g: str) -> None:
        """Record a gender learnt from a resolved he/she, unless the article gave one already."""
        self._genders.setdefault(key, g)

    def gender(self, key: str) -> str | None:
        """The gender the article gives the family name ``key`` (None if unknown or a family)."""
        g = self._genders.get(key)
        return None if g == "x" else g

    def mention_gender(self, pos: int, title: list[str], name: list[str]) -> str | None:
        """Gender of one mention: its given name or title, the person's, or, for a family name
        shared by a man and a woman ("Clinton"), the next he/his or she/her close after it."""
        g = gender_of_tokens(title, name)
        if g:
            return g
        kg = self._genders.get(name_key(name))
        if kg != "x":
            return kg
        m = _ANY_PRONOUN_RE.search(self.text, pos, pos + 80)
        if m:
            return "m" if m.group().lower() in ("he", "his", "him", "himself") else "f"
        return None

    def person_mentions(self, known_keys: set[str]) -> list[tuple[int, str, list[str], list[str]]]:
        """Runs that name a person (given name, gendered title, or a known speaker), in text order.

        A longer run ending in a person's family name counts only with that person's given name
        ("Capitol Hill" is not Anita Hill); possessives ("Trump's plan") are left out.
        """
        rows = [(pos, title, name, name_key(name), norm(name[0])) for pos, title, name in self.mentions]
        firsts, titled = self._person_keys(rows, known_keys)
        # a given name alone ("As Etyra gets ready, she ...") after the person was named in full
        given = {f for k, fs in firsts.items() if k in known_keys for f in fs}
        out = []
        text = self.text
        for pos, title, name, key, first in rows:
            if key not in firsts and key not in known_keys and key not in titled and not (
                    len(name) == 1 and not title and key in given and self._by_given_name(key, pos)):
                continue
            if (pos in self.possessive and not self._speech_follows(pos, title, name)) or (
                    len(name) >= 2 and first not in firsts.get(key, ())):
                continue  # "Trump's plan" is no antecedent, "Edward Grey's famous remark" is
            end = pos + len(" ".join(title + name))
            nxt = _NEXT_WORD_RE.match(text, end, end + 30)
            if nxt and nxt.group(1) in ATTRIBUTIVE_NOUNS:
                continue  # "the Clinton campaign", "a Trump adviser": the name modifies a noun
            if self.organisation_noun_before(pos):
                continue  # "told the French newspaper Le Parisien": no person
            out.append((pos, key, title, name))
        return out

    def _speech_follows(self, pos: int, title: list[str], name: list[str]) -> bool:
        """A possessive name before a speech noun ('Edward Grey's famous remark'): the person spoke."""
        end = self.text.find(name[-1], pos, pos + 120)
        m = _POSSESSED_SPEECH_RE.match(self.text, end + len(name[-1])) if end >= 0 else None
        return bool(m) and any(w in SPEECH_NOUNS for w in m.group(1).split())

    def _person_keys(self, rows: list[tuple], known_keys: set[str]) -> tuple[dict[str, set[str]], set[str]]:
        """(family name -> the given names that make it a person, family names of people named
        with a title or role alone) among the rows (pos, title, name, key, first) of the article."""
        firsts: dict[str, set[str]] = {}
        # a family name used alone somewhere and in full elsewhere ("Haim Saban" ... "Saban") is a person
        alone = {key for _, t, n, key, _f in rows if len(n) == 1 and not t}
        # ... unless it is a place: "in Missouri", "of Central Missouri"
        alone -= {key for pos, t, n, key, _f in rows if key in alone and _PLACE_BEFORE_RE.search(self.text, max(0, pos - 6), pos)}
        for pos, title, name, key, first in rows:
            if len(name) < 2:
                continue
            if (
                (key in alone and key not in ORG_WORDS and first not in TITLE_WORDS)
                or ((first in MALE_NAMES or first in FEMALE_NAMES) and key not in ORG_WORDS and key not in PLACE_WORDS)
                or key in known_keys
                or (key not in ORG_WORDS and (_INITIALS_RE.match(name[0]) or _MIDDLE_INITIAL_RE.match(self.text, pos)))
                or any(norm(t) in MALE_TITLES or norm(t) in FEMALE_TITLES for t in title)
            ):
                firsts.setdefault(key, set()).add(first)
        titled = {key for _, title, _n, key, _f in rows
                  if any(norm(t) in MALE_TITLES or norm(t) in FEMALE_TITLES or norm(t) in _PERSON_HONORIFICS for t in title)}
        # a role word before the name ("spokeswoman Ayn Dietrich-Williams") or an age after it
        # ("Ashley Yago, 33, a supporter ...") makes it a person
        text = self.text
        roled = set()
        for pos, t, n, key, first in rows:
            if len(n) >= 2:
                if key in firsts or key in known_keys or key in titled:
                    continue
                end = pos + sum(len(x) for x in t) + sum(len(x) for x in n) + len(t) + len(n) - 1
                if self.role_before(pos) or text.startswith(",", end) and _AGE_AFTER_RE.match(text, end):
                    roled.add(key)
            elif "." in n[0] and _FUSED_INITIAL_RE.match(n[0]):
                titled.add(key)  # "T.Clayson"
            elif text.endswith(("named ", "name is "), max(0, pos - 8), pos) and not t:
                titled.add(key)  # "a 52-year-old resident named Caroline"
        titled |= roled
        for pos, _t, n, key, first in rows:
            if key in roled and len(n) >= 2:
                firsts.setdefault(key, set()).add(first)
        return firsts, titled

    def learn_genders(self, mentions, skip) -> None:
        """Give a gender to people the article refers to with he or she right after naming them."""
        text = self.text
        votes: dict[str, list[int]] = {}
        for i, (pos, key, _t, name) in enumerate(mentions):
            if self._genders.get(key):
                continue
            end = pos + sum(len(t) + 1 for t in name) - 1
            said = _copula_gender(text, end)
            if said:  # "Omar is one of the first two Muslim women elected": whatever pronoun follows
                self._genders[key] = said
                continue
            limit = min(mentions[i + 1][0] if i + 1 < len(mentions) else len(text), end + 200)
            m = _PRONOUN_RE.search(text, end, limit)
            while m is not None and skip(m.start() + 1):
                m = _PRONOUN_RE.search(text, m.end(), limit)
            if m is not None:
                v = votes.setdefault(key, [0, 0])
                v[0 if m.group()[1:].lower() in ("he", "himself") else 1] += 1
        for key, (m, f) in votes.items():
            if m != f:
                self._genders.setdefault(key, "m" if m > f else "f")


# "X is a mother of three", "X was one of the first women to ...": a gendered noun said of the person
_COPULA_PERSON_RE = re.compile(r" (?:is|was) (?:a|an|the|one of the)((?: [\w\-]+){1,4})")
_PLURAL_GENDER = {"women": "f", "men": "m", "mothers": "f", "fathers": "m"}


def _copula_gender(text: str, end: int) -> str | None:
    """The gender of a gendered noun the sentence says a name is ('X is one of the first two
    Muslim women'), or None."""
    m = _COPULA_PERSON_RE.match(text, end)
    if not m:
        return None
    for w in m.group(1).split():
        g = _ROLE_GENDER.get(w.lower()) or _PLURAL_GENDER.get(w.lower())
        if g:
            return g
    return None
_ORG_NOUN_SUFFIXES = tuple(f" {n} " for n in ORG_DESCRIPTION_NOUNS) + tuple(f"\n{n} " for n in ORG_DESCRIPTION_NOUNS)
_AGE_AFTER_RE = re.compile(r",[ \u00a0]\d{1,3},")
# titles of either gender that only stand before a person's name ("Rep. Ilhan Omar", "Dr. Lee")
_PERSON_HONORIFICS = frozenset("dr prof rev sen rep gov senator representative governor mayor judge det sgt".split())
# ('spokesman Hua Chunying' may be a woman: those two titles are written for either)
_ROLE_GENDER = {w: "m" for w in MALE_TITLES if w not in ("spokesman", "chairman")} | {w: "f" for w in FEMALE_TITLES}
# a first name given as initials: "P.J. Crowley", "T. Clayson", "J.K. Rowling"
_FUSED_INITIAL_RE = re.compile(r"[A-Z]\.[A-Z][a-z]")
_INITIALS_RE = re.compile(r"(?:[A-Z]\.){1,3}\Z")

# "Sonya A. Zoghlin", "John Q. Adams": a given name, one initial, a family name (the initial is
# dropped from the name's tokens, so it is read from the text)
_MIDDLE_INITIAL_RE = re.compile(r"[A-Z][a-z]+ [A-Z]\. [A-Z][a-z]")
_ANY_PRONOUN_RE = re.compile(r"(?<![\w'’])(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself|[Ss]he|[Hh]er|[Hh]erself)(?![\w'’])")
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|of|from|at|to|across|near)\s{1,3}\Z")
_POSSESSED_SPEECH_RE = re.compile(r"[’']s?((?: [a-z\-]+){1,3})")
_NEXT_WORD_RE = re.compile(r"[’']?s?\s{1,3}([a-z]{2,20})")
# A separator first, so that the search skips along quickly ("the", "when" never match).
_PRONOUN_RE = re.compile(r"[\s\"“‘(—–-](?:[Hh]e|[Hh]imself|[Ss]he|[Hh]erself)(?![\w'’])")
