"""Write a linker's links into the database: link columns of item and article rows, group rows.

Owns the UPDATEs of person_id, quote_group_id, story_id, claim_group_id and
the rows of newsclaims_people / _quote_groups / _claim_groups / _stories; the
linking decisions are the corpus package's, the schema link_schema.py's.
Database ids: a quote group's id is its oldest quote's row id, a person's the
row id of the first quote credited to them, a claim's its oldest figure's row
id, a story's the ``link_seq`` of its first article. All stay stable when
groups merge (the oldest wins).
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import sqlite_utils

from ..corpus import summaries
from ..corpus.linker import Linker
from ..corpus.output import corrected_speakers, printed_group
from .link_schema import ARTICLES, CLAIM_GROUPS, FIGURES, PEOPLE, QUOTE_GROUPS, QUOTES, STORIES


class StoredLinker(Linker):
    """The linker of one article table, with each article's ``link_seq`` (a story's database id
    is its first article's): rebuilt articles keep theirs, new ones are numbered on."""

    def __init__(self) -> None:
        super().__init__()
        self.seqs: list[int] = []  # per linker article
        self._quote_index: dict[int, int] = {}

    @property
    def next_seq(self) -> int:
        """The link_seq of the next article added."""
        return self.seqs[-1] + 1 if self.seqs else 0

    def quote_indexes(self, row_ids: list[int]) -> list[int]:
        """The linker's quote ids of these quote row ids (unknown ones left out)."""
        if len(self._quote_index) != len(self.quotes):
            self._quote_index = {q.item["id"]: i for i, q in enumerate(self.quotes)}
        return [self._quote_index[r] for r in row_ids if r in self._quote_index]


def person_db_id(linker: Linker, person: int | None) -> int | None:
    """The row id of the first quote credited to a person."""
    if person is None:
        return None
    return linker.quotes[linker.people.first_quote[person]].item["id"]


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def replace_rows(db: sqlite_utils.Database, table: str, rows: list[dict]) -> None:
    """INSERT OR REPLACE ``rows`` (dicts with the same keys) in one executemany (no table introspection)."""
    if not rows:
        return
    columns = list(rows[0])
    names = ", ".join(f'"{c}"' for c in columns)
    db.conn.executemany(f"INSERT OR REPLACE INTO [{table}] ({names}) VALUES ({', '.join('?' * len(columns))})",
                        [[r[c] for c in columns] for r in rows])


def _story_db_id(linker: StoredLinker, story: int) -> int | None:
    return linker.seqs[story] if linker.stories.sets.size(story) > 1 else None


class LinkWriter:
    """Rewrites the rows a batch touched; collects which groups, people and stories need their row."""

    def __init__(self, db: sqlite_utils.Database, table: str, linker: StoredLinker) -> None:
        self.db, self.table, self.linker = db, table, linker
        self.people: set[int] = set()
        self.stale_people: set[int] = set()  # person row ids that may have lost quotes or their id
        self.extra_quotes: set[int] = set()

    def rewrite_quotes(self, quote_ids: list[int], stale_people: Iterable[int]) -> None:
        """Also rewrite these quotes (linker ids) in :meth:`write`: their person row may be gone or
        renamed (a changed article held the person's first quote), even if their group is not."""
        self.stale_people.update(stale_people)
        self.extra_quotes.update(quote_ids)

    def write(self, stories: list[int], groups: set[int], renamed_people: list[tuple[int, int]],
              gone_stories: list[int], gone_groups: list[int]) -> None:
        """Rewrite the rows of ``stories`` and ``groups`` (linker roots); drop absorbed group rows."""
        self._drop(QUOTE_GROUPS, [self.linker.quotes[g].item["id"] for g in gone_groups])
        self._drop_stories(gone_stories + stories)
        for absorbed, root in renamed_people:
            self._rename_person(absorbed, root)
        quote_ids = {q for s in stories for q in self.linker.story_quotes(s)} | self.extra_quotes
        for group in groups:
            quote_ids.update(self.linker.quote_groups.sets.members(group))
        self._write_quotes(sorted(quote_ids), groups | {self.linker.quote_groups.group(q) for q in quote_ids})
        for story in stories:
            self._write_story(story)
        self._write_people()

    def _drop(self, table: str, ids: list[int]) -> None:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            self.db.execute(f"DELETE FROM [{table}] WHERE id IN ({', '.join('?' * len(chunk))})", chunk)

    def _drop_stories(self, stories: list[int]) -> None:
        """The rows of these stories (linker roots) and of their claims, to be written again."""
        for story in stories:
            seq = self.linker.seqs[story]
            self.db.execute(f"DELETE FROM [{STORIES}] WHERE article_table = ? AND id = ?", [self.table, seq])
            self.db.execute(f"DELETE FROM [{CLAIM_GROUPS}] WHERE article_table = ? AND story_id = ?", [self.table, seq])
            self._drop(CLAIM_GROUPS, [self.linker.figures[f].item["id"] for f in self.linker.story_figures(story)])

    def _rename_person(self, absorbed: int, root: int) -> None:
        old, new = person_db_id(self.linker, absorbed), person_db_id(self.linker, root)
        self.db.execute(f"UPDATE [{QUOTES}] SET person_id = ? WHERE person_id = ?", [new, old])
        self._drop(PEOPLE, [old])
        self.people.add(root)

    def _write_quotes(self, quote_ids: list[int], groups: set[int]) -> None:
        linker = self.linker
        corrected: dict[int, tuple[int, str]] = {}
        printed: dict[int, list[int]] = {}
        for group in sorted(groups):
            qids = printed_group(linker, group)
            if qids:
                printed[group] = qids
                corrected.update(corrected_speakers(linker, qids))
            else:
                self._drop(QUOTE_GROUPS, [linker.quotes[group].item["id"]])
        updates = []
        for q in quote_ids:
            record = linker.quotes[q]
            person = corrected[q][0] if q in corrected else linker.people.person(record.person_node)
            if person is not None:
                self.people.add(person)
            group = linker.quote_groups.group(q)
            updates.append((person_db_id(linker, person), linker.quotes[group].item["id"] if group in printed else None,
                            _story_db_id(linker, linker.stories.story(record.article)),
                            corrected[q][1] if q in corrected else None, record.item["id"]))
        self.db.conn.executemany(
            f"UPDATE [{QUOTES}] SET person_id = ?, quote_group_id = ?, story_id = ?, corrected_speaker = ? WHERE id = ?",
            updates)
        for group, qids in printed.items():
            self._write_group(group, qids, corrected)

    def _printing(self, q: int, person: int | None, speaker: str | None) -> dict:
        record = self.linker.quotes[q]
        article = self.linker.articles[record.article]
        return {"article": article.key, "published": article.published, "outlet": article.source,
                "text": record.item["text"], "speaker": speaker, "person": person_db_id(self.linker, person)}

    def _write_group(self, group: int, qids: list[int], corrected: dict[int, tuple[int, str]]) -> None:
        linker = self.linker
        printings = []
        for q in qids:
            person, speaker = corrected.get(q, (linker.people.person(linker.quotes[q].person_node),
                                                linker.quotes[q].item.get("speaker")))
            printings.append(self._printing(q, person, speaker))
        row = summaries.quote_group_row(linker.quotes[group].item["id"], printings)
        replace_rows(self.db, QUOTE_GROUPS, [{
            "id": row["id"], "article_table": self.table, "text": row["text"], "speakers": _json(row["speakers"]),
            "persons": _json(row["persons"]), "speakers_disagree": int(row["speakers_disagree"]),
            "quotes": row["quotes"], "articles": len(row["articles"]), "article_ids": _json(row["articles"]),
            "outlets": _json(row["outlets"]), "first_article_id": row["first_article"],
            "first_published": row["first_published"],
        }])

    def _write_story(self, story: int) -> None:
        """Article and figure rows of one story, its claims and its row."""
        linker, db = self.linker, self.db
        story_id = _story_db_id(linker, story)
        members = linker.stories.members(story)
        db.conn.executemany(f"UPDATE [{ARTICLES}] SET story_id = ? WHERE article_table = ? AND article_id = ?",
                            [(story_id, self.table, linker.articles[a].key) for a in members])
        figure_ids = linker.story_figures(story)
        claim_db = {f: linker.figures[c].item["id"] for f, c in ((f, linker.claim_of.get(f)) for f in figure_ids)
                    if c is not None}
        db.conn.executemany(f"UPDATE [{FIGURES}] SET claim_group_id = ?, story_id = ? WHERE id = ?",
                            [(claim_db.get(f), story_id, linker.figures[f].item["id"]) for f in figure_ids])
        by_claim: dict[int, list[int]] = defaultdict(list)
        for f in figure_ids:
            if f in linker.claim_of:
                by_claim[linker.claim_of[f]].append(f)
        for claim, fids in sorted(by_claim.items()):
            self._write_claim(claim, fids, story_id)
        if story_id is not None:
            row = summaries.story_row(story_id, [{"article": linker.articles[a].key, "title": linker.articles[a].title,
                                                  "published": linker.articles[a].published} for a in members])
            replace_rows(db, STORIES, [{
                "id": story_id, "article_table": self.table, "title": row["title"], "articles": len(members),
                "article_ids": _json(row["articles"]), "first_published": row["first_published"],
                "last_published": row["last_published"],
            }])

    def _write_claim(self, claim: int, fids: list[int], story_id: int | None) -> None:
        linker = self.linker
        citings = []
        for f in fids:
            record = linker.figures[f]
            article = linker.articles[record.article]
            citings.append({"article": article.key, "published": article.published, "outlet": article.source,
                            "text": record.item.get("text"), "value": record.item.get("value"),
                            "speaker": record.item.get("speaker"), "figure_id": record.item["id"],
                            **({"base_value": record.item["value"] * record.subject.scale}
                               if record.item.get("value") is not None and record.subject.scale != 1.0 else {})})
        row = summaries.claim_row(linker.figures[claim].item["id"], linker.figures[claim].subject, citings)
        replace_rows(self.db, CLAIM_GROUPS, [{
            "id": row["id"], "article_table": self.table, "story_id": story_id, "kind": row["kind"],
            "unit": row["unit"], "event": row["event"], "subject": row["subject"], "cited": _json(row["values"]),
            "min": row["min"], "max": row["max"], "values_disagree": int(row["values_disagree"]),
            "articles": row["articles"], "first_article_id": row["first_article"],
            "first_published": row["first_published"],
        }])

    def _write_people(self) -> None:
        """The row of every person whose quotes this batch touched, from the quote rows as written."""
        ids = sorted({person_db_id(self.linker, p) for p in self.people} | self.stale_people)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self.db.execute(
                f"""SELECT q.person_id, q.text, coalesce(q.corrected_speaker, q.speaker), q.article_id, a.published, a.source
                FROM [{QUOTES}] q JOIN [{ARTICLES}] a ON a.article_table = q.article_table AND a.article_id = q.article_id
                WHERE q.article_table = ? AND q.person_id IN ({', '.join('?' * len(chunk))}) ORDER BY q.id""",
                [self.table, *chunk]).fetchall()
            printings: dict[int, list[dict]] = defaultdict(list)
            for pid, text, speaker, article_id, published, source in rows:
                printings[pid].append({"article": article_id, "published": published, "outlet": source,
                                       "text": text, "speaker": speaker, "person": pid})
            self._drop(PEOPLE, [p for p in chunk if p not in printings])
            people_rows = [summaries.person_row(pid, items) for pid, items in printings.items()]
            replace_rows(self.db, PEOPLE, [{
                "id": row["id"], "article_table": self.table, "name": row["name"], "aliases": _json(row["aliases"]),
                "quotes": row["quotes"], "articles": row["articles"], "outlets": _json(row["outlets"]),
                "first_seen": row["first_seen"], "last_seen": row["last_seen"],
            } for row in people_rows])
