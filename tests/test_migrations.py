"""Upgrading a database made by an earlier version: the views newsclaims_claims
and newsclaims_timeline become tables holding the same rows."""
from __future__ import annotations

import sqlite_utils

from datasette_newsclaims.demo import load_corpus
from datasette_newsclaims.store import ensure_schema, extract_table, migrations


def view_rows(db, name):
    return sorted(map(tuple, db.execute(f"SELECT * FROM [{name}]").fetchall()))


def test_an_old_database_gets_tables_with_the_rows_its_views_gave(tmp_path):
    new = sqlite_utils.Database(tmp_path / "new.db")
    new["articles"].insert_all(load_corpus()[:8], pk="id")
    extract_table(new, "articles", "body", "published", "title")

    old = sqlite_utils.Database(tmp_path / "old.db")
    migrations.apply(old, stop_before="m002_materialize_views")  # the schema of the first release
    for table in ("newsclaims_quotes", "newsclaims_events", "newsclaims_figures", "_newsclaims_articles"):
        columns = old[table].columns_dict  # the first release's columns: no sentence, no cross-article links
        old[table].insert_all({k: v for k, v in row.items() if k in columns} for row in new[table].rows)
    assert {"newsclaims_claims", "newsclaims_timeline"} <= set(old.view_names())
    before = {name: view_rows(old, name) for name in ("newsclaims_claims", "newsclaims_timeline")}
    assert before["newsclaims_claims"] and before["newsclaims_timeline"]

    ensure_schema(old)
    assert not {"newsclaims_claims", "newsclaims_timeline"} & set(old.view_names())
    for name, rows in before.items():
        assert view_rows(old, name) == rows == view_rows(new, name)
        assert old[name].indexes
    assert "sentence" in old["newsclaims_figures"].columns_dict
    assert {row["hash"] for row in old["_newsclaims_articles"].rows} == {""}  # so the next run fills the sentences
