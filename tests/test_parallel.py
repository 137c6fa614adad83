"""`extract --workers N` and `--dask local`: the same rows as one process, one
transaction per batch of changes, nothing lost when the writer or a worker is
killed with SIGKILL midway."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli as datasette_cli

from datasette_newsclaims.demo import load_corpus
from datasette_newsclaims.store import extract_table
from derived_rows import snapshot

ROOT = Path(__file__).resolve().parent.parent


def articles_db(path, count=None):
    """A database of the bundled demo articles (all, or the first ``count``)."""
    db = sqlite_utils.Database(path)
    db["articles"].insert_all(load_corpus()[:count], pk="id")
    return path


def extract(path, *args):
    result = CliRunner().invoke(
        datasette_cli,
        ["newsclaims", "extract", str(path), "articles", "--text", "body", "--published", "published",
         "--title", "title", *args],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def one_process(tmp_path_factory):
    path = articles_db(tmp_path_factory.mktemp("one") / "news.db")
    extract(path, "--workers", "1")
    return snapshot(path)


def test_two_workers_write_the_same_rows_as_one_process(tmp_path, one_process):
    path = articles_db(tmp_path / "news.db")
    result = extract(path, "--workers", "2", "--batch-size", "7")
    assert f"{len(load_corpus())} extracted" in result.stderr
    assert len(one_process["newsclaims_quotes"]) > 100
    assert snapshot(path) == one_process


def test_dask_local_cluster_writes_the_same_rows_as_one_process(tmp_path, one_process):
    pytest.importorskip("distributed")
    path = articles_db(tmp_path / "news.db")
    extract(path, "--dask", "local", "--workers", "2")
    assert snapshot(path) == one_process


def test_changed_articles_are_written_in_one_transaction_per_batch(tmp_path):
    path = articles_db(tmp_path / "news.db", 60)
    extract(path, "--workers", "1")
    db = sqlite_utils.Database(path)
    for article_id in [a["id"] for a in load_corpus()[:60]][::15]:  # 4 articles, one in each page of 15
        db["articles"].update(article_id, {"body": db["articles"].get(article_id)["body"] + "\n\nIt rained, he said."})
    statements = []
    db.conn.set_trace_callback(statements.append)
    stats = extract_table(db, "articles", "body", "published", "title", batch_size=15)
    db.conn.set_trace_callback(None)
    assert (stats["extracted"], stats["unchanged"]) == (4, 56)
    transactions, current = [], None
    for statement in statements:
        if statement.startswith("BEGIN"):
            current = []
        elif statement == "COMMIT":
            transactions.append(current)
        elif current is not None:
            current.append(statement)
    writing_quotes = [t for t in transactions if any(s.startswith("INSERT INTO [newsclaims_quotes]") for s in t)]
    assert len(writing_quotes) == 1  # the four changed articles in one batch, not one transaction per page


def test_extract_leaves_the_database_analyzed(tmp_path):
    path = articles_db(tmp_path / "news.db", 10)
    extract(path, "--workers", "1")
    analyzed = {row[0] for row in sqlite3.connect(path).execute("SELECT tbl FROM sqlite_stat1")}
    assert {"newsclaims_quotes", "newsclaims_events", "newsclaims_figures", "_newsclaims_articles"} <= analyzed


# The kill tests need a run that is still going when they strike: on a quiet machine
# the demo corpus takes a second, so the child paces each article (the workers are
# forked from it and inherit the pacing); everything else is the real command.
PACED_CLI = """
import time
from datasette_newsclaims.store import analysis
real = analysis.analyze
def paced(*args, **kwargs):
    time.sleep(0.03)
    return real(*args, **kwargs)
analysis.analyze = paced
from datasette.cli import cli
cli()
"""


def start_extract(path, *args):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    code = PACED_CLI
    return subprocess.Popen(
        [sys.executable, "-c", code, "newsclaims", "extract", str(path), "articles", "--text", "body",
         "--published", "published", "--title", "title", "-q", *args],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def wait_for(condition, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def articles_written(path):
    try:
        conn = sqlite3.connect(path, timeout=0.1)
        try:
            return conn.execute("SELECT count(*) FROM _newsclaims_articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:  # not created yet, or locked by the writer
        return 0


def children(pid):
    tasks = Path(f"/proc/{pid}/task")
    found = []
    for task in tasks.iterdir():
        found += [int(p) for p in (task / "children").read_text().split()]
    return found


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc to find the worker processes")
@pytest.mark.parametrize("victim", ["writer", "worker"])
def test_a_run_killed_midway_loses_nothing_and_the_rerun_completes(tmp_path, one_process, victim):
    path = articles_db(tmp_path / "news.db")
    process = start_extract(path, "--workers", "2", "--batch-size", "5")
    assert wait_for(lambda: articles_written(path) >= 5), process.communicate()
    if victim == "writer":
        os.kill(process.pid, signal.SIGKILL)
    else:
        os.kill(children(process.pid)[0], signal.SIGKILL)
    _, stderr = process.communicate(timeout=60)  # the workers of a killed writer end too (else: timeout)
    assert process.returncode != 0
    if victim == "worker":
        assert "a worker process died" in stderr and "run extract again" in stderr
    written = articles_written(path)
    assert 5 <= written < len(load_corpus())
    result = extract(path, "--workers", "2")
    assert f"{written} unchanged" in result.stderr
    assert snapshot(path) == one_process


def test_a_dask_worker_killed_midway_loses_nothing(tmp_path, one_process, monkeypatch):
    pytest.importorskip("distributed")
    from datasette_newsclaims.store import dask_runner

    clients = []
    real_connect = dask_runner.DaskRunner._connect
    monkeypatch.setattr(dask_runner.DaskRunner, "_connect", lambda self: clients.append(real_connect(self)) or clients[-1])
    killed = []

    def kill_a_worker(done, total):
        if clients and not killed and done >= total // 4:
            pid = next(iter(clients[0].run(os.getpid).values()))
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    path = articles_db(tmp_path / "news.db")
    stats = extract_table(path, "articles", "body", "published", "title", dask="local", workers=2,
                          batch_size=10, progress=kill_a_worker)
    assert killed and stats["extracted"] == len(load_corpus()) and not stats["errors"]
    assert snapshot(path) == one_process  # the killed worker's chunks ran again elsewhere, nothing written twice
