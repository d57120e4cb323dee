"""The PDF a secretariat signs: the HTML report printed by a headless Chromium.

Chromium lays out the same page the browser shows — A4, the running header with the case number, ``Side 3 af
12`` in the footer (CSS Paged Media), the tables repeating their heads — so the PDF and the HTML cannot drift
apart. Playwright drives it; both are optional (``kkrvalg[pdf]``), and their absence is a message on what to
install, not a traceback. The page is shut off from the network: the report needs nothing from outside.
"""

from __future__ import annotations

import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..errors import OutputError, Problem

CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
)
"""A headless Chromium that runs as root in a container and never phones home."""
ENV_CHROMIUM = "KKRVALG_CHROMIUM"
SYSTEM_CHROMIUM = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")


def chromium_path() -> Path | None:
    """The browser to print with: ``$KKRVALG_CHROMIUM``, else the system's Chromium, else None (Playwright's own
    download, if ``playwright install chromium`` has been run)."""
    if given := os.environ.get(ENV_CHROMIUM):
        return Path(given)
    for candidate in (*SYSTEM_CHROMIUM, shutil.which("chromium") or ""):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def write_pdf(html: str, path: Path) -> None:
    """Print ``html`` to ``path`` as A4 with the page's own margins, header and footer.

    Playwright's synchronous API refuses to run where an event loop already runs (a notebook, or another
    Playwright), so the printing has a thread of its own.
    """
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        raise OutputError([Problem("pdf_no_playwright", {"path": str(path)})]) from None
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(_print, html, path).result()


def _print(html: str, path: Path) -> None:
    from playwright.sync_api import Error, sync_playwright

    executable = chromium_path()
    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(
                executable_path=str(executable) if executable else None, args=list(CHROMIUM_ARGS)
            )
        except Error as error:
            raise OutputError([Problem("pdf_no_browser", {"path": str(path), "reason": _first_line(error)})]) from None
        try:
            page = browser.new_page()
            page.route("**/*", lambda route: route.abort() if _outside(route.request.url) else route.continue_())
            page.set_content(html, wait_until="load")
            page.emulate_media(media="print")
            page.pdf(path=str(path), prefer_css_page_size=True, print_background=True)
        except Error as error:
            raise OutputError([Problem("pdf_failed", {"path": str(path), "reason": _first_line(error)})]) from None
        finally:
            browser.close()


def _first_line(error: Exception) -> str:
    text = getattr(error, "message", "") or str(error)
    return text.splitlines()[0] if text else ""


def _outside(url: str) -> bool:
    return not url.startswith(("data:", "about:", "blob:"))
