"""A real browser for the tests: Playwright driving the system Chromium, never a downloaded one.

Tests that take ``browser_page`` are skipped, with the reason, when Playwright or Chromium is missing, unless
``KKRVALG_REQUIRE_BROWSER=1`` (set by ``.ci/run``): then a missing browser fails them, so CI cannot pass
without having run them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from kkrvalg.report.pdf import CHROMIUM_ARGS, chromium_path

from helpers import ROOT, run, small_sheets, unpack, write_csv_folder, write_workbook

CHROMIUM = chromium_path() or Path("/usr/bin/chromium")
"""The browser ``--pdf`` prints with (``$KKRVALG_CHROMIUM``, else the system's): the tests look through the same."""


@dataclass
class BrowserPage:
    """A fresh page, and what went wrong on it: console errors, uncaught exceptions, requests that left the page."""

    page: Any
    errors: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)


def _no_browser(reason: str) -> None:
    if os.environ.get("KKRVALG_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (KKRVALG_REQUIRE_BROWSER=1 requires the browser tests to run)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """One headless Chromium for the whole run; starting it takes about a second."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        _no_browser("Playwright for Python is not installed (uv sync installs the dev group)")
    if not CHROMIUM.is_file():
        _no_browser(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set KKRVALG_CHROMIUM)")
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS))
    except Error as error:
        playwright.stop()
        _no_browser(f"Chromium at {CHROMIUM} did not start: {error.message.splitlines()[0]}")
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture
def pdf_printer() -> Path:
    """The Chromium ``--pdf`` prints with, or the test is skipped (failed under KKRVALG_REQUIRE_BROWSER=1)."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _no_browser("Playwright for Python is not installed (uv sync installs the dev group)")
    if not CHROMIUM.is_file():
        _no_browser(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set KKRVALG_CHROMIUM)")
    return CHROMIUM


@pytest.fixture
def browser_page(chromium: Any) -> Iterator[BrowserPage]:
    """A page in its own context that records errors and refuses every request to the outside world.

    A self-contained report needs nothing from the network, so any such request is recorded and aborted.
    """
    context = chromium.new_context(viewport={"width": 800, "height": 1000}, device_scale_factor=2)
    page = context.new_page()
    watched = BrowserPage(page)
    page.on("console", lambda message: watched.errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: watched.errors.append(str(error)))

    def refuse_outside(route: Any) -> None:
        url = route.request.url
        if url.startswith(("data:", "about:", "blob:")):
            route.continue_()
        else:
            watched.outside_requests.append(url)
            route.abort()

    context.route("**/*", refuse_outside)
    yield watched
    context.close()


# Timing is not correctness: on a busy two-core machine hypothesis's 200 ms deadline only adds flakes.
settings.register_profile("kkrvalg", deadline=None)
settings.load_profile("kkrvalg")


@pytest.fixture
def small_workbook(tmp_path: Path) -> Path:
    """The small hand-checked workbook of helpers.small_sheets (KKR Nord and Syd)."""
    return write_workbook(tmp_path / "stemmer.xlsx", small_sheets())


@pytest.fixture
def small_csv_folder(tmp_path: Path) -> Path:
    """The same data as a folder of CSV files."""
    return write_csv_folder(tmp_path / "csv", small_sheets())


@pytest.fixture(scope="session")
def night_workbook(tmp_path_factory) -> Path:
    """Election night at 00:25: valg.dk's tree as it then was, imported (every KKR provisional: preliminary counts,
    districts without results, no seat allocations and no mayors yet)."""
    folder = tmp_path_factory.mktemp("night")
    unpack(ROOT / "data" / "kv2025" / "night" / "valgdk-2025-11-19T0025Z.tar.xz", folder)
    target = folder / "valgnat.xlsx"
    result = run("import", "valgdk", folder / "kv", "-o", target)
    assert result.exit_code == 0, result.output
    return target
