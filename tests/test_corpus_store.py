"""Linking in the database: link columns and group tables written as articles are extracted."""
from __future__ import annotations

import json

import pytest
import sqlite_utils

from datasette_newsclaims.store import extract_table
from datasette_newsclaims.store import linking
from datasette_newsclaims.store.link_rows import LinkWriter

from corpus_stories import BUS_CRASH, FLOOD, MILL_FIRE, SCHOOL_BOARD

ARTICLES = MILL_FIRE + SCHOOL_BOARD + BUS_CRASH + FLOOD


def _extract_and_link(path, articles, table="articles"):
    db = sqlite_utils.Database(path)
    db[table].insert_all([dict(a) for a in articles], pk="id", replace=True)
    extract_table(str(path), table, "text", "published", "title")  # links as it goes
    return sqlite_utils.Database(path)


def _partitions(db) -> dict[str, list]:
    """Each link column as a partition of its items (ids differ between runs; the groups must not)."""
    out = {}
    for table, columns in (("newsclaims_quotes", ("person_id", "quote_group_id", "story_id")),
                           ("newsclaims_figures", ("claim_group_id", "story_id"))):
        for column in columns:
            groups: dict = {}
            for article, start, value in db.execute(f"SELECT article_id, start, {column} FROM {table}"):
                if value is not None:
                    groups.setdefault(value, set()).add((article, start))
            out[f"{table}.{column}"] = sorted(sorted(g) for g in groups.values())
    out["corrected"] = sorted(db.execute(
        "SELECT article_id, start, corrected_speaker FROM newsclaims_quotes WHERE corrected_speaker IS NOT NULL"))
    out["stories"] = sorted(json.loads(r[0]) for r in db.execute("SELECT article_ids FROM newsclaims_stories"))
    out["groups"] = sorted((r[0], r[1]) for r in db.execute(
        "SELECT text, speakers_disagree FROM newsclaims_quote_groups"))
    out["claims"] = sorted(db.execute("SELECT kind, min, max, values_disagree, articles FROM newsclaims_claim_groups"))
    out["people"] = sorted(db.execute("SELECT name, aliases, quotes, articles FROM newsclaims_people"))
    return out


@pytest.fixture(autouse=True)
def fresh_linkers():
    linking._linkers.clear()
    yield
    linking._linkers.clear()


def test_tables_hold_groups_people_claims_and_stories(tmp_path):
    db = _extract_and_link(tmp_path / "news.db", ARTICLES)
    (disagreeing,) = db.execute("SELECT id, min, max FROM newsclaims_claim_groups WHERE values_disagree").fetchall()
    assert disagreeing[1:] == (15, 16)
    tolls = db.execute("SELECT article_id FROM newsclaims_figures WHERE claim_group_id = ? ORDER BY article_id",
                       [disagreeing[0]]).fetchall()
    assert tolls == [("crash-1",), ("crash-2",)]
    assert db.execute("SELECT count(*) FROM newsclaims_stories").fetchone()[0] == 4
    corrected = db.execute("SELECT article_id, speaker, corrected_speaker FROM newsclaims_quotes "
                           "WHERE corrected_speaker IS NOT NULL").fetchall()
    assert [(a, c) for a, _, c in corrected] == [("flood-3", "Helena Marsh")]
    (marsh,) = db.execute("SELECT quotes, articles, aliases FROM newsclaims_people WHERE name = 'Helena Marsh'")
    assert marsh[:2] == (4, 3) and json.loads(marsh[2]) == ["Helena Marsh"]
    articles_story = db.execute("SELECT story_id FROM _newsclaims_articles WHERE article_id = 'fire-2'").fetchone()[0]
    assert articles_story == db.execute("SELECT story_id FROM _newsclaims_articles WHERE article_id = 'fire-1'").fetchone()[0]


def test_linking_batch_by_batch_equals_linking_at_once(tmp_path):
    at_once = _extract_and_link(tmp_path / "once.db", ARTICLES)
    for start in range(0, len(ARTICLES), 3):
        in_batches = _extract_and_link(tmp_path / "batches.db", ARTICLES[start : start + 3])
    assert _partitions(in_batches) == _partitions(at_once)


def test_a_new_run_rebuilds_the_linker_from_the_database(tmp_path):
    at_once = _extract_and_link(tmp_path / "once.db", ARTICLES)
    _extract_and_link(tmp_path / "two-runs.db", ARTICLES[:5])
    linking._linkers.clear()  # as a new process would start
    two_runs = _extract_and_link(tmp_path / "two-runs.db", ARTICLES[5:])
    assert _partitions(two_runs) == _partitions(at_once)


def test_a_changed_article_relinks_the_table(tmp_path):
    changed = [dict(a) for a in ARTICLES]
    crash_2 = next(a for a in changed if a["id"] == "crash-2")
    crash_2["text"] = crash_2["text"].replace("killed 16 people", "killed 15 people")
    expected = _partitions(_extract_and_link(tmp_path / "fresh.db", changed))
    _extract_and_link(tmp_path / "news.db", ARTICLES)
    db = _extract_and_link(tmp_path / "news.db", [crash_2])
    assert _partitions(db) == expected
    assert db.execute("SELECT count(*) FROM newsclaims_claim_groups WHERE values_disagree").fetchone()[0] == 0


def test_changes_in_many_batches_relink_the_table_once(tmp_path, monkeypatch):
    changed = [dict(a) for a in ARTICLES]
    for article in changed[:: max(1, len(changed) // 3)]:  # a few articles, far apart
        article["text"] += "\n\nThe county said it would publish a report."
    expected = _partitions(_extract_and_link(tmp_path / "fresh.db", changed))
    _extract_and_link(tmp_path / "news.db", ARTICLES)
    relinks = []
    real_relink = linking.relink
    monkeypatch.setattr(linking, "relink", lambda db, table: relinks.append(table) or real_relink(db, table))
    db = sqlite_utils.Database(tmp_path / "news.db")
    db["articles"].insert_all(changed, pk="id", replace=True)
    stats = extract_table(str(tmp_path / "news.db"), "articles", "text", "published", "title", batch_size=1)
    assert stats["extracted"] >= 3 and relinks == ["articles"]  # one relink, however many batches changed
    got = _partitions(sqlite_utils.Database(tmp_path / "news.db"))
    # a relink adds the changed articles last, so a story may list its articles in another order
    assert sorted(map(sorted, got.pop("stories"))) == sorted(map(sorted, expected.pop("stories")))
    assert got == expected


def test_forgetting_deleted_articles_relinks_without_them(tmp_path):
    kept = [a for a in ARTICLES if a["id"] != "flood-1"]
    expected = _partitions(_extract_and_link(tmp_path / "fresh.db", kept))
    db = _extract_and_link(tmp_path / "news.db", ARTICLES)
    db["articles"].delete("flood-1")
    extract_table(str(tmp_path / "news.db"), "articles", "text", "published", "title")  # forgets it
    assert _partitions(sqlite_utils.Database(tmp_path / "news.db")) == expected


def _link_state(db) -> dict:
    """Per article: its link order and story id; per quote: its group and person ids."""
    return {"articles": dict((a, (seq, story)) for a, seq, story in db.execute(
                "SELECT article_id, link_seq, story_id FROM _newsclaims_articles")),
            "quotes": dict((q, (a, g, p)) for q, a, g, p in db.execute(
                "SELECT id, article_id, quote_group_id, person_id FROM newsclaims_quotes"))}


def test_a_change_seen_by_a_new_process_relinks_what_it_touched(tmp_path):
    changed = [dict(a) for a in ARTICLES]
    crash_2 = next(a for a in changed if a["id"] == "crash-2")
    crash_2["text"] = crash_2["text"].replace("killed 16 people", "killed 15 people")
    expected = _partitions(_extract_and_link(tmp_path / "fresh.db", changed))
    before = _link_state(_extract_and_link(tmp_path / "news.db", ARTICLES))
    linking._linkers.clear()  # the re-run is a new process: no linker in memory
    db = _extract_and_link(tmp_path / "news.db", [crash_2])
    assert _partitions(db) == expected
    assert db.execute("SELECT count(*) FROM newsclaims_claim_groups WHERE values_disagree").fetchone()[0] == 0
    after = _link_state(db)
    seqs = [seq for seq, _ in after["articles"].values()]
    assert None not in seqs and len(set(seqs)) == len(seqs)  # every article linked once, in one order
    crash = {"crash-1", "crash-2"}
    untouched = {a: v for a, v in before["articles"].items() if a not in crash}
    assert {a: after["articles"][a] for a in untouched} == untouched  # other stories kept their links
    assert {q: v for q, v in after["quotes"].items() if v[0] not in crash} == {
        q: v for q, v in before["quotes"].items() if v[0] not in crash}


def test_a_removed_article_seen_by_a_new_process_leaves_no_stale_links(tmp_path):
    kept = [a for a in ARTICLES if a["id"] != "flood-3"]  # flood-3 carries the corrected speaker
    expected = _partitions(_extract_and_link(tmp_path / "fresh.db", kept))
    db = _extract_and_link(tmp_path / "news.db", ARTICLES)
    db["articles"].delete("flood-3")
    linking._linkers.clear()
    extract_table(str(tmp_path / "news.db"), "articles", "text", "published", "title")
    db = sqlite_utils.Database(tmp_path / "news.db")
    assert _partitions(db) == expected
    assert db.execute("SELECT count(*) FROM _newsclaims_link_dirty").fetchone()[0] == 0
    listed = {a for (ids,) in db.execute("SELECT article_ids FROM newsclaims_quote_groups") for a in json.loads(ids)}
    assert "flood-3" not in listed


def test_a_run_adding_articles_after_a_change_links_them_too(tmp_path):
    changed = [dict(a) for a in ARTICLES]
    fire_1 = next(a for a in changed if a["id"] == "fire-1")
    fire_1["text"] += "\n\nThe mill's owner said it would rebuild."
    expected = _partitions(_extract_and_link(tmp_path / "fresh.db", changed))
    _extract_and_link(tmp_path / "news.db", [a for a in ARTICLES if not a["id"].startswith("flood")])
    linking._linkers.clear()
    db = sqlite_utils.Database(tmp_path / "news.db")
    db["articles"].insert_all(changed, pk="id", replace=True)
    extract_table(str(tmp_path / "news.db"), "articles", "text", "published", "title", batch_size=2)
    got = _partitions(sqlite_utils.Database(tmp_path / "news.db"))
    assert sorted(map(sorted, got.pop("stories"))) == sorted(map(sorted, expected.pop("stories")))
    assert got == expected


def test_a_run_killed_before_its_closing_relink_is_finished_by_the_next_run(tmp_path, monkeypatch):
    changed = [dict(a) for a in ARTICLES]
    crash_2 = next(a for a in changed if a["id"] == "crash-2")
    crash_2["text"] = crash_2["text"].replace("killed 16 people", "killed 15 people")
    expected = _partitions(_extract_and_link(tmp_path / "fresh.db", changed))
    _extract_and_link(tmp_path / "news.db", ARTICLES)
    monkeypatch.setattr(linking, "relink", lambda db, table: (_ for _ in ()).throw(RuntimeError("killed")))
    with pytest.raises(RuntimeError):
        _extract_and_link(tmp_path / "news.db", [crash_2])  # the batch is written, its relink is not
    monkeypatch.undo()
    linking._linkers.clear()
    extract_table(str(tmp_path / "news.db"), "articles", "text", "published", "title")  # nothing changed
    db = sqlite_utils.Database(tmp_path / "news.db")
    assert _partitions(db) == expected
    assert not linking.linking_due(db, "articles")


def test_a_batch_that_fails_midway_rolls_back_its_links_and_the_rerun_recovers(tmp_path, monkeypatch):
    expected = _partitions(_extract_and_link(tmp_path / "clean.db", ARTICLES))
    linking._linkers.clear()
    _extract_and_link(tmp_path / "news.db", ARTICLES[:4])
    sqlite_utils.Database(tmp_path / "news.db")["articles"].insert_all([dict(a) for a in ARTICLES[4:]], pk="id")
    real_write = LinkWriter.write

    def crash_after_writing(self, *args):
        real_write(self, *args)
        raise RuntimeError("killed midway")

    monkeypatch.setattr(LinkWriter, "write", crash_after_writing)
    with pytest.raises(RuntimeError):
        extract_table(str(tmp_path / "news.db"), "articles", "text", "published", "title")
    monkeypatch.setattr(LinkWriter, "write", real_write)
    db = sqlite_utils.Database(tmp_path / "news.db")
    assert db.execute("SELECT count(*), count(link_seq) FROM _newsclaims_articles").fetchone() == (4, 4)
    assert db.execute("SELECT count(*) FROM newsclaims_quotes WHERE article_id LIKE 'flood%'").fetchone()[0] == 0
    extract_table(str(tmp_path / "news.db"), "articles", "text", "published", "title")
    assert _partitions(sqlite_utils.Database(tmp_path / "news.db")) == expected


def test_flags_are_indexed(tmp_path):
    db = _extract_and_link(tmp_path / "news.db", ARTICLES)
    indexed = {tuple(i.columns) for t in ("newsclaims_quote_groups", "newsclaims_claim_groups") for i in db[t].indexes}
    assert ("article_table", "speakers_disagree") in indexed and ("article_table", "values_disagree") in indexed
    plan = " ".join(str(r) for r in db.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM newsclaims_quotes WHERE quote_group_id = 3"))
    assert "USING INDEX" in plan


def test_rebuilding_from_stored_links_equals_linking_again(tmp_path):
    from datasette_newsclaims.corpus import Linker

    db = _extract_and_link(tmp_path / "news.db", ARTICLES)
    linking._linkers.clear()
    replayed = linking._linker(db, "articles")  # joins stored groups and stories without matching
    order = [r[0] for r in db.execute("SELECT article_id FROM _newsclaims_articles ORDER BY link_seq")]
    matched = Linker()
    matched.add_prepared(linking._read_articles(db, "articles", order, replay=False))  # matched again

    def state(linker):
        return ([linker.quote_groups.group(q) for q in range(len(linker.quotes))],
                [linker.stories.story(a) for a in range(len(linker.articles))],
                [linker.people.person(q.node) for q in linker.quotes])

    assert state(replayed) == state(matched)
    assert replayed.claim_of == {}  # stored: claims are grouped again only when a story grows
