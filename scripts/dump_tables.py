"""Dump what ``extract`` wrote into a database as sorted JSONL, to diff two runs.

Every ``newsclaims_*`` and ``_newsclaims_*`` table, row by row (ids
included, ``extracted_at`` timestamps left out), and the SQL of every schema
object, so a refactor of the storage code, or ``--workers 1`` against
``--workers 2``, can be compared with ``cmp``:

    python scripts/dump_tables.py before.db > /tmp/before.jsonl
    python scripts/dump_tables.py after.db > /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys

VOLATILE = {"extracted_at"}


def dump(path: str, out) -> None:
    """Write the schema objects and the rows of every newsclaims table of ``path`` to ``out``."""
    conn = sqlite3.connect(path)
    conn.text_factory = lambda b: b.decode("utf-8", "replace")
    schema = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name LIKE '%newsclaims%' ORDER BY type, name"
    ).fetchall()
    for kind, name, sql in schema:
        out.write(json.dumps({"schema": kind, "name": name, "sql": sql}, sort_keys=True) + "\n")
    tables = [name for kind, name, _ in schema if kind == "table" and "_fts" not in name]
    for table in tables:
        cursor = conn.execute(f'SELECT * FROM "{table}"')
        columns = [d[0] for d in cursor.description]
        lines = []
        for row in cursor:
            record = {c: v for c, v in zip(columns, row) if c not in VOLATILE}
            lines.append(json.dumps({"table": table, "row": record}, sort_keys=True, ensure_ascii=False, default=repr))
        out.writelines(line + "\n" for line in sorted(lines))
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database")
    dump(parser.parse_args().database, sys.stdout)


if __name__ == "__main__":
    main()
