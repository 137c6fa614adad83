"""The sdist a release would upload: what it holds and what PyPI would show."""
from __future__ import annotations

import email
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def sdist(tmp_path_factory) -> tarfile.TarFile:
    """An sdist built from this checkout with ``setup.py sdist`` (no network, no build isolation)."""
    pytest.importorskip("setuptools")
    out = tmp_path_factory.mktemp("sdist")
    subprocess.run(
        [sys.executable, "setup.py", "-q", "sdist", "--dist-dir", str(out)],
        cwd=ROOT, check=True, capture_output=True,
    )
    (archive,) = out.glob("*.tar.gz")
    with tarfile.open(archive) as tar:
        yield tar


def names(tar: tarfile.TarFile) -> set[str]:
    return {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}


def pkg_info(tar: tarfile.TarFile) -> email.message.Message:
    member = next(m for m in tar.getmembers() if m.name.count("/") == 1 and m.name.endswith("/PKG-INFO"))
    return email.message_from_bytes(tar.extractfile(member).read())


def test_sdist_holds_what_its_tests_need(sdist):
    held = names(sdist)
    tests = {p.relative_to(ROOT).as_posix() for p in (ROOT / "tests").glob("*.py")}
    assert tests <= held
    assert {"LICENSE", "README.md", "pytest.ini", "setup.py", "tests/conftest.py"} <= held
    assert {"datasette_newsclaims/data/demo-articles.jsonl", "datasette_newsclaims/static/newsclaims.css"} <= held


def test_license_is_the_apache_license_setup_py_names(sdist):
    assert "Apache License" in (ROOT / "LICENSE").read_text()[:200]
    info = pkg_info(sdist)
    assert info["License"] == "Apache-2.0" or info["License-Expression"] == "Apache-2.0"


def test_pypi_page_has_classifiers_urls_and_no_broken_images(sdist):
    info = pkg_info(sdist)
    assert "Framework :: Datasette" in info.get_all("Classifier")
    assert info["Author"]
    assert {url.split(",")[0] for url in info.get_all("Project-URL")} >= {"Source", "Issues"}
    description = info.get_payload()
    assert "datasette install datasette-newsclaims" in description
    assert "](docs/" not in description  # relative image paths only work on GitHub
    assert "](docs/" in (ROOT / "README.md").read_text(encoding="utf8")  # ... where they stay
