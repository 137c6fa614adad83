"""Shared pytest configuration."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def pytest_report_header(config):
    header = "datasette: {}, sqlite-utils: {}".format(version("datasette"), version("sqlite-utils"))
    try:
        return header + ", datasette-enrichments: " + version("datasette-enrichments")
    except PackageNotFoundError:
        return header + " (no datasette-enrichments: the enrichment's tests skip)"
