"""The incremental linker: add articles, read back quotes, people and claims linked across them.

Owns the state (quote groups, stories, people, claims) and the order of the
steps: quotes are grouped as they arrive, then the article joins a story, and
at the end of each batch the people and claims of every story the batch
touched are linked again. Adding articles in several batches gives the same
links as adding them in one. Extraction is core.analyze(); nothing here reads
or writes a database (store/linking.py does, through ``add_prepared`` and the
``BatchChanges`` each batch returns).
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
        """The name node of its speaker (None: no speaker)."""
        return self.node


@dataclass
class FigureRecord:
    item: dict
    article: int
    subject: Subject


@dataclass
class PreparedArticle:
    """An article with its items and what linking reads from its text (features, figure subjects)."""

    article: dict
    quotes: list[dict]
    figures: list[dict]
    features: dict[str, int]
    subjects: list[Subject]
    text: str = ""
    replay: bool = False  # rebuilding from stored links: quotes carry quote_group_id, the article story_id


@dataclass
class BatchChanges:
    """What one batch changed: the new articles and the stories they touched."""

    articles: list[int]
    stories: list[int]


def prepare(article: dict, analysis: dict) -> PreparedArticle:
    """Read what linking needs from one article's text and its analyze() output."""
    text = to_text(article.get("text"))
    figures = list(analysis.get("figures") or [])
    return PreparedArticle(article, list(analysis.get("quotes") or []), figures, proper_names(text),
                           [subject_of(f, text, to_text(article.get("title"))) for f in figures], text)


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
        self.by_key: dict[object, int] = {}
        self.article_texts: dict[int, str] = {}  # for spelling a corrected speaker as the article does
        self.text_loader = None  # article id -> text, for articles added without their text
        self._replayed_groups: dict[object, list[int]] = {}  # stored group id -> its quotes added so far
        self._replayed_stories: dict[object, int] = {}  # stored story id -> its first article

    def add_articles(self, articles: Iterable[dict]) -> BatchChanges:
        """Extract and link a batch of articles ({"id","text","published","title","source"})."""
        return self.add_analyzed((a, analyze(a.get("text"), a.get("published"))) for a in articles)

    def add_analyzed(self, pairs: Iterable[tuple[dict, dict]]) -> BatchChanges:
        """Link a batch of (article, analyze() output) pairs."""
        return self.add_prepared(prepare(article, analysis) for article, analysis in pairs)

    def add_prepared(self, prepared: Iterable[PreparedArticle]) -> BatchChanges:
        """Link a batch of prepared articles; an id already linked is skipped."""
        batch = [p for p in prepared if p.article.get("id") not in self.by_key]
        added = [self._add_one(p) for p in batch]
        dirty = sorted({self.stories.story(a) for a in added})
        replayed = bool(batch) and all(p.replay for p in batch)
        for story in dirty:
            self._link_story(story, claims=not replayed)
        return BatchChanges(added, dirty)

    def _add_one(self, prepared: PreparedArticle) -> int:
        article = prepared.article
        pub = parse_published(article.get("published"))
        aid = len(self.articles)
        record = ArticleRecord(article.get("id"), to_text(article.get("title")), to_text(article.get("source")),
                               pub.isoformat() if pub else None, pub.toordinal() if pub else None)
        self.articles.append(record)
        self.by_key[record.key] = aid
        if prepared.text:
            self.article_texts[aid] = prepared.text
        features = dict(prepared.features)
        shared: Counter = Counter()
        for item in prepared.quotes:
            record.quotes.append(len(self.quotes))
            quote = self._add_quote(item, aid, record.day, prepared.replay)
            if quote.name is not None and quote.name.full:
                features.setdefault("n:" + quote.name.text(), NAME_WEIGHT)
            shared.update({self.quotes[o].article for o in self.quote_groups.last_matches})
        story = None
        if prepared.replay:
            story = self._replayed_stories.setdefault(article.get("story_id"), aid) if article.get("story_id") is not None else -1
            story = -1 if story == aid else story
        assert self.stories.add(features, record.day, dict(shared), replay=story) == aid
        for item, subject in zip(prepared.figures, prepared.subjects):
            record.figures.append(len(self.figures))
            self.figures.append(FigureRecord(item, aid, subject))
        return aid

    def _add_quote(self, item: dict, aid: int, day: int | None, replay: bool = False) -> QuoteRecord:
        qid = len(self.quotes)
        node, name = self.people.global_node(item.get("speaker"), aid, qid)
        if node is not None:
            self.people.credit(node, item["speaker"], qid)
        earlier = None
        if replay:
            hint = item.get("quote_group_id")
            earlier = list(self._replayed_groups.get(hint, ())) if hint is not None else []
            if hint is not None:
                self._replayed_groups.setdefault(hint, []).append(qid)
        self.quote_groups.add(item.get("text") or "", aid, name.text() if name is not None else None, day, earlier)
        record = QuoteRecord(item, aid, node, name)
        self.quotes.append(record)
        self._same_unnamed_source(record, self.quote_groups.last_matches)
        return record

    def _same_unnamed_source(self, record: QuoteRecord, matches: list[int]) -> None:
        """One quote credited to one description ("a police spokesman") in two articles: one source."""
        if record.name is None or record.name.kind != "unnamed":
            return
        for other in matches:
            if self.quotes[other].name == record.name:
                self.people.sets.union(record.node, self.quotes[other].node)

    def text_of(self, aid: int) -> str:
        """An article's text (loaded on demand where the linker was rebuilt without texts)."""
        if aid not in self.article_texts and self.text_loader is not None:
            self.article_texts[aid] = self.text_loader(aid)
        return self.article_texts.get(aid, "")

    def story_quotes(self, story: int) -> list[int]:
        """Quote ids of a story's articles, in order."""
        return [q for a in self.stories.members(story) for q in self.articles[a].quotes]

    def story_figures(self, story: int) -> list[int]:
        """Figure ids of a story's articles, in order."""
        return [f for a in self.stories.members(story) for f in self.articles[a].figures]

    def _link_story(self, story: int, claims: bool = True) -> None:
        """Link the people and the claims of one story again (after it grew). A replayed story
        (rebuilt from stored links) skips its claims: they are stored, and grouped again from
        scratch whenever the story grows."""
        self.people.link_story((self.quotes[q].article, self.quotes[q].node, self.quotes[q].name)
                               for q in self.story_quotes(story))
        if not claims:
            return
        figures = [StoryFigure(f, self.figures[f].article, self.figures[f].subject, self.figures[f].item.get("value"),
                               self.articles[self.figures[f].article].day, self.figures[f].item.get("start") or 0)
                   for f in self.story_figures(story)]
        for f in figures:
            self.claim_of.pop(f.id, None)
        self.claim_of.update(group_claims(figures))
