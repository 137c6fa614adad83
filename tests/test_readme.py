"""The README's examples run and say what they print."""
from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest
import sqlite_utils
from datasette.app import Datasette

from datasette_newsclaims import sql_functions
from datasette_newsclaims.demo import load_corpus

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf8")


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, re.S)


def test_readme_opens_with_the_two_commands():
    commands = blocks("bash")[:2]
    assert commands == [
        "pip install . && datasette newsclaims demo\n",
        "pip install -e '.[test]' && pytest\n",
    ]
    assert README.index(blocks("bash")[1]) < README.index("\n## ")


def test_python_example_prints_what_the_readme_shows():
    code, shown = re.search(r"```python\n(.*?)```\n```\n(.*?)```", README, re.S).groups()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    assert out.getvalue() == shown


@pytest.mark.asyncio
async def test_sql_examples_run_on_articles(tmp_path):
    path = tmp_path / "news.db"
    corpus = load_corpus()
    sqlite_utils.Database(path)["articles"].insert_all(corpus[:6], pk="id")
    ds = Datasette([str(path)])
    await ds.invoke_startup()
    examples = [sql for sql in blocks("sql") if "from articles" in sql]
    assert len(examples) == 3
    results = []
    for sql in examples:
        response = await ds.client.get("/news.json", params={"sql": sql, "_shape": "array"}, follow_redirects=True)
        assert response.status_code == 200, response.text
        results.append(response.json())
    per_speaker, seed_quotes, events = results
    assert per_speaker[0]["speaker"] == "Jeff Sessions"
    assert "4,300" in per_speaker[0]["cited"].split("; ")
    assert {q["speaker"] for q in seed_quotes} >= {"Jeff Sessions", "Rahm Emanuel"}
    assert ("Aug. 7", "2017-08-07") in {(e["written_as"], e["date_start"]) for e in events}
    assert [e["date_start"] for e in events] == sorted(e["date_start"] for e in events)


def test_limits_section_gives_the_real_caps():
    stated = dict(re.findall(r"`(MAX_[A-Z_]+) = ([\d_]+)`", README))
    assert set(stated) == {"MAX_INPUT_CHARS", "MAX_EMAIL_CHARS", "MAX_OUTPUT_ITEMS"}
    for name, value in stated.items():
        assert getattr(sql_functions, name) == int(value), name
