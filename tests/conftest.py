"""Shared pytest configuration."""
from __future__ import annotations

from importlib.metadata import version


def pytest_report_header(config):
    return "datasette: {}, sqlite-utils: {}".format(version("datasette"), version("sqlite-utils"))
