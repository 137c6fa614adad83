"""The pages in a real browser: Debian's chromium driven by Playwright.

The demo database (seed article + Wikinews, extracted for real) plus one
hostile article is served by a real ``datasette serve -i`` on a free port.
Set ``NEWSCLAIMS_SCREENSHOTS=docs`` to refresh the README's screenshots.
"""
from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import sqlite_utils

from datasette_newsclaims.demo import build_demo, load_metadata, serve_args
from datasette_newsclaims.store import extract_table

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SEED_ID = "seed-thehill-sessions-chicago"
XSS_ID = "xss-hostile-article"
XSS_TEXT = (
    'Hostile markup\n\nThe page said <script>window.pwned = "script"; alert("script")</script> and showed '
    '<img src="x" onerror="window.pwned = \'img\'; alert(\'img\')"> next to '
    '<a href="javascript:window.pwned=\'link\'">a link</a> on Monday.\n\n'
    '“Only <b>12 percent</b> <script>alert(1)</script> of us agree,” said Mallory Evil.'
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian chromium is not installed (apt-get install chromium)"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _build(path: Path) -> None:
    build_demo(path, quiet=True)
    db = sqlite_utils.Database(path)
    db["articles"].insert({
        "id": XSS_ID, "title": '<script>window.pwned = "title"</script>Hostile <img src=x onerror=alert(9)>',
        "body": XSS_TEXT, "published": "2020-03-04", "outlet": "<b>Evil Times</b>",
    })
    extract_table(db, "articles", "body", published_column="published", title_column="title")
    db.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("browser") / "demo.db"
    _build(path)
    metadata = path.with_name("metadata.json")
    metadata.write_text(json.dumps(load_metadata("demo")), encoding="utf8")
    port = _free_port()
    datasette = Path(sys.executable).with_name("datasette")
    process = subprocess.Popen(  # the demo's own serve arguments: immutable, with its metadata
        [str(datasette), *serve_args(path, metadata, port), "--host", "127.0.0.1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=1)
                break
            except OSError:
                if process.poll() is not None:
                    raise RuntimeError(process.stderr.read().decode())
                time.sleep(0.1)
        else:
            raise RuntimeError("datasette did not start")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    from playwright.sync_api import expect

    expect.set_options(timeout=20_000)  # two shared cores: be patient, not flaky
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def _screenshot(page, name: str, tmp_path: Path) -> None:
    folder = Path(os.environ.get("NEWSCLAIMS_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / name))
    assert (folder / name).stat().st_size > 10_000


def test_reader_shows_resolved_dates_and_attributed_figures(server, page, tmp_path):
    from playwright.sync_api import expect

    page.goto(f"{server}/-/newsclaims/demo/articles/{SEED_ID}")
    expect(page.locator("h1")).to_have_text("Sessions rails against Chicago during visit to Miami")

    aug7 = page.locator("a.nc-event", has_text="Aug. 7").first
    tip = aug7.locator(".nc-tip")
    expect(tip).to_be_hidden()
    aug7.focus()  # keyboard users get the tooltip too
    expect(tip).to_be_visible()
    expect(tip).to_contain_text("2017-08-07")
    expect(aug7).to_have_attribute("title", re.compile("^2017-08-07"))

    figure = page.locator("a.nc-figure", has_text="4,300").first
    figure.hover()
    expect(figure.locator(".nc-tip")).to_be_visible()
    expect(figure.locator(".nc-tip")).to_contain_text("cited by Jeff Sessions")
    expect(figure).to_have_attribute("data-speaker", "Jeff Sessions")
    quote = page.locator(".nc-quote", has=figure)
    expect(quote).to_have_attribute("data-speaker", "Jeff Sessions")

    side = page.locator("aside.nc-side")
    expect(side.locator(".nc-speaker-list li").first).to_contain_text("Jeff Sessions")
    expect(side.locator(".nc-timeline-list")).to_contain_text("2017-08-07")
    aug7.evaluate("e => e.scrollIntoView({block: 'center'})")
    box = aug7.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    expect(tip).to_be_visible()
    _screenshot(page, "reader.png", tmp_path)

    figure.click()  # each mark links to its row in the derived table
    expect(page).to_have_url(re.compile(r"/demo/newsclaims_figures/\d+$"))
    expect(page.locator("body")).to_contain_text("Jeff Sessions")


def test_timeline_point_leads_to_its_article(server, page, tmp_path):
    from playwright.sync_api import expect

    page.goto(f"{server}/-/newsclaims/demo/timeline")
    def total() -> int:
        return int(re.search(r"([\d,]+)\+? dated events?", page.locator("main, .content").first.inner_text())[1].replace(",", ""))

    assert page.locator("svg.nc-axis a.nc-point").count() > 100
    everything = total()
    assert page.locator("svg.nc-histogram a.nc-bar").count() > 10
    page.locator("input[name=from]").fill("2000")  # zoom on a decade by choosing from/to
    page.locator("input[name=to]").fill("2009")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"from=2000&to=2009"))
    assert 0 < total() < everything
    labels = page.locator("svg.nc-axis .nc-tick-label").all_text_contents()
    assert labels[0] == "2000" and labels[-1] == "2010", "the axis spans the chosen decade"
    assert page.locator("svg.nc-axis a.nc-g-day circle").count() > 0
    assert page.locator("svg.nc-axis a.nc-g-year rect").count() > 0
    assert page.locator("svg.nc-axis a.nc-g-month rect").count() > 0
    _screenshot(page, "timeline.png", tmp_path)
    page.locator("svg.nc-histogram a.nc-bar[aria-label^='2008:']").click()  # zoom on a year by its bar
    expect(page).to_have_url(re.compile(r"from=2008&to=2008"))
    expect(page.locator("main, .content").first).to_contain_text("per month")

    page.goto(f"{server}/-/newsclaims/demo/timeline?speaker=Jeff+Sessions&from=2017")
    point = page.locator("svg.nc-axis a.nc-point").first
    href = point.get_attribute("href")
    event_id = point.get_attribute("data-event-id")
    point.click()
    expect(page).to_have_url(f"{server}{href}")
    assert f"/-/newsclaims/demo/articles/{SEED_ID}#event-{event_id}" in page.url
    expect(page.locator("h1")).to_have_text("Sessions rails against Chicago during visit to Miami")
    expect(page.locator(f"#event-{event_id}")).to_be_in_viewport()


def test_speaker_page(server, page, tmp_path):
    from playwright.sync_api import expect

    page.goto(f"{server}/-/newsclaims/demo/speaker/Jeff+Sessions")
    expect(page.locator("h1")).to_have_text("Jeff Sessions")
    quotes = page.locator(".nc-quotes a")
    assert quotes.count() >= 5
    expect(page.locator(".nc-claims")).to_contain_text("4,300")
    _screenshot(page, "speaker.png", tmp_path)
    quotes.first.click()
    expect(page).to_have_url(re.compile(rf"/articles/{SEED_ID}#quote-\d+$"))


@pytest.mark.parametrize("path", [
    f"/-/newsclaims/demo/articles/{XSS_ID}",
    f"/demo/articles/{XSS_ID}",
    "/-/newsclaims/demo/timeline?from=2020",
    "/-/newsclaims/demo/speaker/Mallory+Evil",
    "/-/newsclaims/demo",
])
def test_hostile_article_runs_no_script(server, page, path):
    page.goto(server + path)
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.pwned") is None
    assert page.dialogs == []
    if "/-/newsclaims/demo/articles/" in path:
        text = page.locator(".nc-text")
        assert text.locator("script, img, b").count() == 0
        assert text.locator("a[href^='javascript:']").count() == 0
        assert '<script>window.pwned = "script"' in text.inner_text()
        assert '<img src="x" onerror=' in text.inner_text()
        page.locator(".nc-text a.nc-mark").first.click()  # marks are real links; nothing hostile fires
        assert page.evaluate("window.pwned") is None and page.dialogs == []
