"""The incremental linker: add articles, read back quotes, people and claims linked across them.

Owns the state (quote groups, stories, people, claims) and the order of the
steps: quotes are grouped as they arrive, then the article joins a story, and
at the end of each batch the people and claims of every story the batch
touched are linked again. Adding articles in several batches gives the same
links as adding them in one. Extraction is core.analyze(); nothing here reads
or writes a database.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..core import analyze, parse_published, to_text
from .claim_subjects import Subject, subject_of
from .claims import StoryFigure, group_claims
from .names import NameKey
from .people import People
from .quote_groups import QuoteGroups
from .stories import Stories
from .story_features import NAME_WEIGHT, proper_names


@dataclass
class ArticleRecord:
    """An article as linked: its given fields and where its items sit in the linker's lists."""

    key: object
    title: str
    source: str
    published: str | None
    day: int | None
    quotes: list[int] = field(default_factory=list)
    figures: list[int] = field(default_factory=list)


@dataclass
class QuoteRecord:
    item: dict
    article: int
    node: int | None  # the person node of its speaker (None: no speaker)
    name: NameKey | None

    @property
    def person_node(self) -> int | None:
        return self.node


@dataclass
class FigureRecord:
    item: dict
    article: int
    subject: Subject


class Linker:
    """Link quotes, people and figures across articles, one batch at a time."""

    def __init__(self) -> None:
        self.articles: list[ArticleRecord] = []
        self.quotes: list[QuoteRecord] = []
        self.figures: list[FigureRecord] = []
        self.quote_groups = QuoteGroups()
        self.stories = Stories()
        self.people = People()
        self.claim_of: dict[int, int] = {}  # figure id -> claim id
        self._by_key: dict[object, int] = {}
        self.article_texts: dict[int, str] = {}  # for spelling a corrected speaker as the article does

    def add_articles(self, articles: Iterable[dict]) -> list[int]:
        """Extract and link a batch of articles ({"id","text","published","title","source"})."""
        return self.add_analyzed((a, analyze(a.get("text"), a.get("published"))) for a in articles)

    def add_analyzed(self, pairs: Iterable[tuple[dict, dict]]) -> list[int]:
        """Link a batch of (article, analyze() output) pairs; return their internal article ids."""
        added = [self._add_one(article, analysis) for article, analysis in pairs]
        dirty = sorted({self.stories.story(a) for a in added})
        for story in dirty:
            self._link_story(story)
        return added

    def _add_one(self, article: dict, analysis: dict) -> int:
        key = article.get("id")
        if key in self._by_key:  # already linked: adding it again changes nothing
            return self._by_key[key]
        text = to_text(article.get("text"))
        pub = parse_published(article.get("published"))
        aid = len(self.articles)
        record = ArticleRecord(key, to_text(article.get("title")), to_text(article.get("source")),
                               pub.isoformat() if pub else None, pub.toordinal() if pub else None)
        self.articles.append(record)
        self._by_key[key] = aid
        self.article_texts[aid] = text
        shared = Counter()
        features = proper_names(text)
        for item in analysis.get("quotes") or []:
            node, name = self.people.global_node(item.get("speaker"), aid)
            if node is not None:
                self.people.credit(node, item["speaker"])
                if name is not None and name.full:
                    features.setdefault("n:" + name.text(), NAME_WEIGHT)
            speaker_key = name.text() if name is not None else None
            qid = self.quote_groups.add(item.get("text") or "", aid, speaker_key, record.day)
            record.quotes.append(qid)
            self.quotes.append(QuoteRecord(item, aid, node, name))
            shared.update({self.quotes[o].article for o in self.quote_groups.last_matches})
            self._same_unnamed_source(self.quotes[-1], self.quote_groups.last_matches)
        story_aid = self.stories.add(features, record.day, dict(shared))
        assert story_aid == aid
        for item in analysis.get("figures") or []:
            record.figures.append(len(self.figures))
            self.figures.append(FigureRecord(item, aid, subject_of(item, text)))
        return aid

    def _same_unnamed_source(self, record: QuoteRecord, matches: list[int]) -> None:
        """One quote credited to one description ("a police spokesman") in two articles: one source."""
        if record.name is None or record.name.kind != "unnamed":
            return
        for other in matches:
            if self.quotes[other].name == record.name:
                self.people.sets.union(record.node, self.quotes[other].node)

    def _link_story(self, story: int) -> None:
        """Link the people and the claims of one story again (after it grew)."""
        members = sorted(self.stories.members[story])
        quote_ids = [q for a in members for q in self.articles[a].quotes]
        self.people.link_story((self.quotes[q].article, self.quotes[q].node, self.quotes[q].name) for q in quote_ids)
        figures = [
            StoryFigure(f, self.figures[f].article, self.figures[f].subject, self.figures[f].item.get("value"))
            for a in members
            for f in self.articles[a].figures
        ]
        for f in figures:
            self.claim_of.pop(f.id, None)
        self.claim_of.update(group_claims(figures))
