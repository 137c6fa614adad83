"""Figures of one story that state the same quantity of the same thing.

Owns the grouping rule, given each figure's subject (claim_subjects.py) and
the story's membership (stories.py): counts of one event (killed, injured...)
and one class of noun are one claim whatever the values, as long as the
values are close enough to be an update or a disagreement (15 and 16, not 1
and 49); an age belongs to the person it names (however the story spells the
name, a letter apart); a figure that names no event
or person joins the one claim already holding its value; other quantities
join on equal value and unit. A claim's id is its oldest figure's id.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .claim_subjects import Subject
from .quote_match import one_edit_apart


@dataclass(frozen=True)
class StoryFigure:
    """One figure as the claim rule sees it."""

    id: int
    article: int
    subject: Subject
    value: float | None
    day: int | None = None  # the article's publication day
    start: int = 0  # where the figure starts in its article


def close_values(a: float, b: float) -> bool:
    """Values one report could give for another's quantity: a small difference or within a quarter."""
    return abs(a - b) <= max(2.0, 0.25 * max(abs(a), abs(b)))


class _Claims:
    """Claims under construction: lists of figures, looked up by a key."""

    def __init__(self) -> None:
        self.members: list[list[StoryFigure]] = []

    def join_close(self, candidates: list[int], figure: StoryFigure) -> int | None:
        """Add ``figure`` to the first candidate claim holding a close value; its index, or None."""
        for claim in candidates:
            if any(m.value is not None and close_values(m.value, figure.value) for m in self.members[claim]):
                self.members[claim].append(figure)
                return claim
        return None

    def new(self, figure: StoryFigure) -> int:
        """Start a claim with ``figure``; its index."""
        self.members.append([figure])
        return len(self.members) - 1

    def holding(self, claims: list[int], value: float) -> list[int]:
        """The claims among ``claims`` citing exactly ``value``."""
        return [c for c in claims if any(m.value == value for m in self.members[c])]


def _keyed_pass(claims: _Claims, figures: list[StoryFigure], key_of, by_key: dict, by_bucket: dict) -> None:
    """Figures with a subject key: join a claim of that key with a close value, else start one."""
    for f in figures:
        key = key_of(f)
        found = claims.join_close(by_key[key], f)
        if found is None:
            found = claims.new(f)
            by_key[key].append(found)
            by_bucket[key[:2]].append(found)


def _compatible(claims: _Claims, claim: int, f: StoryFigure) -> bool:
    """Whether ``f`` may be what ``claim`` is about: clause contexts overlap where both have one."""
    if not f.subject.context or f.subject.kind == "count":  # a count's noun class and event say what it counts
        return True
    contexts = [m.subject.context for m in claims.members[claim] if m.subject.context]
    return not contexts or any(c & f.subject.context for c in contexts)


def _within(share: float, points: float | None = None):
    """A rounding test: values within ``share`` of the larger (and ``points`` apart at most)."""
    return lambda a, b: abs(a - b) <= share * max(abs(a), abs(b)) and (points is None or abs(a - b) <= points)


#: kinds whose values may be a rounding of each other: 39 percent / 40%, $480,000 / $500,000
ROUNDING = {"percent": _within(0.05, 1.0), "money": _within(0.05)}


def _same_phrase_update(claims: _Claims, candidates: list[int], f: StoryFigure) -> int | None:
    """A claim of the same unit as written, from other articles, with a close value: an update or a rounding.

    "five broken ribs" then "six broken ribs" (a counted noun of two words or
    more), "up 39 percent this year" then "up about 40% this year" (a percent or
    a sum within a rounding, in a sentence sharing two words). An article that
    gives two values itself ("six or seven shots") is not one.
    """
    if f.subject.kind == "count":
        if len(f.subject.phrase.split()) < 2:  # "two states", "three people": too common a noun to say
            return _same_clause_count(claims, candidates, f)
        close = close_values
    elif f.subject.kind in ROUNDING:
        close = ROUNDING[f.subject.kind]
    else:
        return None
    for claim in candidates:
        members = claims.members[claim]
        if any(m.article == f.article for m in members):
            continue
        if f.subject.kind != "count" and not any(len(m.subject.context & f.subject.context) >= 2 for m in members):
            continue
        if all(m.subject.phrase == f.subject.phrase and (close(m.value, f.value) or _same_day_move(m, f))
               for m in members):
            return claim
    return None


#: characters around a figure where another of its article is a second value it gives ("six or seven shots")
SAME_SENTENCE = 150


def _same_clause_count(claims: _Claims, candidates: list[int], f: StoryFigure) -> int | None:
    """The one claim of ``f``'s noun with a close value whose figure in another article reads in a like clause.

    "Four officers patrol the parking lot" then "another two in the parking lot"
    (two content words in common besides the noun), even where ``f``'s article
    gave a total in that claim elsewhere; not a second value of one sentence.
    """
    noun = {f.subject.noun}
    fitting = []
    for claim in candidates:
        members = claims.members[claim]
        if any(m.article == f.article and abs(m.start - f.start) <= SAME_SENTENCE for m in members):
            continue
        if any(m.article != f.article and close_values(m.value, f.value)
               and len((m.subject.context & f.subject.context) - noun) >= 2 for m in members):
            fitting.append(claim)
    return fitting[0] if len(fitting) == 1 else None


def _same_day_move(a: StoryFigure, b: StoryFigure) -> bool:
    """Two reports of one day giving a move in one direction, within a quarter: a share price read at two times.

    "Lowe's was down 1.41%" and "Lowe's fell 1.8%" in the afternoon; never
    levels ("up 39% this year" is a move too, but a year's move read on two
    days differs by rounding only, which ROUNDING covers), nor two days apart.
    """
    return (a.subject.change and b.subject.change and a.day is not None and a.day == b.day
            and a.value * b.value > 0 and _within(0.25, 1.0)(a.value, b.value))


def _own_article_only(claims: _Claims, claim: int, f: StoryFigure) -> bool:
    """Whether ``claim`` holds figures of ``f``'s article only (a repeated value, not yet a claim across reports)."""
    return all(m.article == f.article for m in claims.members[claim])


def _loose_pass(claims: _Claims, figures: list[StoryFigure], by_bucket: dict, by_key: dict) -> None:
    """Figures without event or name: join the one claim of their bucket holding their value.

    Where several do, they join the other loose figures of that value; where
    none does, a claim of the same counted noun with a close value (an update).
    """
    keyed_claims = {c for claims_of_key in by_key.values() for c in claims_of_key}
    for f in figures:
        bucket = (f.subject.kind, f.subject.noun)
        fitting = [c for c in by_bucket[bucket] if _compatible(claims, c, f)]
        holding = claims.holding(fitting, f.value)
        keyed = [c for c in holding if c in keyed_claims]
        if len(keyed) > 1:  # the one several reports share, if only one does
            keyed = [c for c in keyed if len({m.article for m in claims.members[c]}) > 1]
        if len(keyed) == 1:
            claims.members[keyed[0]].append(f)
            continue
        loose = [c for c in holding if c not in keyed_claims]
        found = loose[0] if loose else None
        if found is not None and f.subject.kind == "count" and _own_article_only(claims, found, f):
            across = _same_clause_count(claims, [c for c in fitting if c != found], f)
            found = found if across is None else across
        if found is None and not holding and f.subject.phrase:
            found = _same_phrase_update(claims, fitting, f)
        if found is not None:
            claims.members[found].append(f)
        else:
            by_bucket[bucket].append(claims.new(f))


def _age_updates(claims: _Claims) -> None:
    """Two reports giving one unnamed person's age a year apart ("a 17-year-old boy", "an 18-year-old boy").

    Only where the story has exactly those two ages for people of that sex in
    that range, from different articles: otherwise they may be two people.
    """
    by_sex: dict[str, list[int]] = defaultdict(list)
    for c, members in enumerate(claims.members):
        sexes = {m.subject.sex for m in members}
        values = {m.value for m in members}
        if all(m.subject.kind == "age" and not m.subject.name for m in members) and len(sexes) == 1 and len(values) == 1:
            sex = sexes.pop()
            if sex:
                by_sex[sex].append(c)
    for cs in by_sex.values():
        for a in cs:
            va = claims.members[a][0].value
            near = [c for c in cs if c != a and abs(claims.members[c][0].value - va) <= 1]
            if len(near) != 1:
                continue
            b = near[0]
            vb = claims.members[b][0].value
            rivals = [c for c in cs if c not in (a, b) and abs(claims.members[c][0].value - vb) <= 1]
            articles_a = {m.article for m in claims.members[a]}
            if not rivals and claims.members[b] and not articles_a & {m.article for m in claims.members[b]}:
                claims.members[a].extend(claims.members[b])
                claims.members[b] = []
                return _age_updates(claims)


#: a name this long or longer may be spelled a letter apart by two reports of one story (Dillon, Dillion)
TYPO_NAME = 6


def story_spellings(names: list[str | None]) -> dict[str, str]:
    """Each name of one story -> its first spelling in the story that is one edit away (itself if none)."""
    first: list[str] = []
    out: dict[str, str] = {}
    for name in names:
        if not name or name in out:
            continue
        out[name] = next((f for f in first if min(len(f), len(name)) >= TYPO_NAME and one_edit_apart(f, name)), name)
        if out[name] == name:
            first.append(name)
    return out


def group_claims(figures: list[StoryFigure]) -> dict[int, int]:
    """Figure id -> claim id (the claim's oldest figure id) for figures of one story in id order."""
    claims = _Claims()
    by_key: dict[tuple, list[int]] = defaultdict(list)
    by_bucket: dict[tuple, list[int]] = defaultdict(list)
    usable = [StoryFigure(f.id, f.article, f.subject, f.value * f.subject.scale * f.subject.direction, f.day, f.start)
              for f in figures if f.value is not None]
    keyed = [f for f in usable if f.subject.event or f.subject.name]
    loose = [f for f in usable if not (f.subject.event or f.subject.name) and f.subject.noun is not None]

    spelled = story_spellings([f.subject.name for f in keyed])

    def key_of(f: StoryFigure) -> tuple:
        """Kind, noun class (people when unsaid), event and name: what a keyed figure is about."""
        noun = f.subject.noun or "people"
        return (f.subject.kind, noun, f.subject.event, spelled.get(f.subject.name, f.subject.name))

    _keyed_pass(claims, keyed, key_of, by_key, by_bucket)
    _loose_pass(claims, loose, by_bucket, by_key)
    _age_updates(claims)
    out: dict[int, int] = {}
    for members in claims.members:
        if not members or len({m.article for m in members}) < 2:
            continue
        claim_id = min(m.id for m in members)
        for m in members:
            out[m.id] = claim_id
    return out
