"""The HTML report (--html) in a real browser: seat counts equal the JSON, FORELØBIG exactly where the data are
partial, A4 pages that start where they should, escaping, English, national bodies and scenarios.

The PDFs and screenshots are left in each test's tmp dir to be looked at.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from kkrvalg.i18n import DANISH_TERMS, label
from kkrvalg.io.load import load
from kkrvalg.pipeline import calculate
from kkrvalg.report.html import css_string, render_html

from helpers import BUNDLED, danish_only_words, pdf_pages, run, small_sheets, tie_sheets, write_workbook

HOSTILE = '<script>alert("x")</script> & Co'
SEAT_COUNTS = """section => {
    const counts = {};
    for (const seat of section.querySelectorAll('[data-party]')) {
        counts[seat.dataset.party] = (counts[seat.dataset.party] || 0) + 1;
    }
    return counts;
}"""


def report(tmp_path: Path, *args) -> tuple[str, dict]:
    """The HTML report of ``kkrvalg ARGS --html`` and the JSON of the same command."""
    target = tmp_path / "rapport.html"
    result = run(*args, "--html", target)
    assert result.exit_code == 0, result.output
    document = json.loads(run(*args, "--format", "json").stdout)
    return target.read_text(encoding="utf-8"), document


def members(entry: dict) -> dict[str, int]:
    return {p["party"]: p["members"] for p in entry["parties"] if p["members"]}


def first_line(page: list[str], headers: tuple[str, ...]) -> str:
    """The first line of a page below the running header (the report's title, the provisional mark)."""
    return next(line for line in page if not any(line.startswith(h) for h in headers if h))


def open_report(browser_page, html: str):
    page = browser_page.page
    page.set_content(html)
    return page


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Path:
    return write_workbook(tmp_path_factory.mktemp("small") / "stemmer.xlsx", small_sheets())


@pytest.fixture(scope="module")
def bundled(tmp_path_factory) -> tuple[str, dict]:
    return report(tmp_path_factory.mktemp("bundled"), "allocate", BUNDLED)


def test_bundled_report_counts_seats_and_prints_a4(browser_page, bundled, tmp_path):
    html, document = bundled
    page = open_report(browser_page, html)
    assert page.locator("html").get_attribute("lang") == "da"
    kkr = document["kkr"]
    assert page.locator("section[data-kkr]").count() == len(kkr) == 5
    for entry in kkr:
        section = page.locator(f'section[data-kkr="{entry["kkr"]}"]')
        assert section.evaluate(SEAT_COUNTS) == members(entry)
        assert section.locator("[data-party] > title").count() == entry["members"]
        assert "FORELØBIG" not in section.inner_text() and not entry["provisional"]
    assert page.locator("[data-party]").count() == sum(e["members"] for e in kkr)
    front = page.locator("section.front").inner_text()
    assert document["source"]["sha256"] in front and "kv2025_kkr.xlsx" in front and document["version"] in front
    assert "Ingen anmeldt" in front

    pages = pdf_pages(page.pdf(format="A4"), tmp_path, "rapport")
    headers = (label("html_title_kkr", "da"),)
    starts = {first_line(p, headers): number for number, p in enumerate(pages, start=1)}
    assert "kkrvalg" in pages[0][0] and "Indhold" in "\n".join(pages[0])
    kkr_pages = [starts[f"KKR {e['kkr']}"] for e in kkr]
    appendix = starts[label("html_appendix_seats", "da")]
    assert kkr_pages == sorted(kkr_pages) and kkr_pages[0] == 2 and appendix > kkr_pages[-1]
    assert len(pages) >= 1 + len(kkr) + 1
    assert all(f"Side {n} af {len(pages)}" in p[-1] for n, p in enumerate(pages, start=1))
    assert not any("FORELØBIG" in "\n".join(p) for p in pages)

    page.screenshot(path=tmp_path / "forside.png")
    page.locator(f'section[data-kkr="{kkr[0]["kkr"]}"]').screenshot(path=tmp_path / "hovedstaden.png")
    assert (tmp_path / "forside.png").stat().st_size > 20_000
    assert browser_page.errors == [] and browser_page.outside_requests == []


def test_a_provisional_report_says_so_on_every_page(browser_page, night_workbook, tmp_path):
    """Election night at 00:25: every KKR rests on preliminary counts and has no mayors; a short banner, on screen
    and on every printed page."""
    html, document = report(tmp_path, "allocate", night_workbook)
    page = open_report(browser_page, html)
    for entry in document["kkr"]:
        section = page.locator(f'section[data-kkr="{entry["kkr"]}"]')
        banner = section.locator(".provisional")
        assert entry["provisional"] and banner.inner_text().startswith("FORELØBIG — ikke den officielle")
        assert "Uden borgmester: alle" in banner.inner_text() and len(banner.inner_text()) < 400
        assert banner.evaluate("e => getComputedStyle(e).color") == "rgb(179, 0, 27)"
    pages = pdf_pages(page.pdf(format="A4"), tmp_path, "valgnat")
    assert all("FORELØBIG — ikke den officielle sammensætning" in "\n".join(p) for p in pages[1:])
    assert browser_page.errors == []


def test_the_file_needs_nothing_from_outside(bundled):
    html, _ = bundled
    assert set(re.findall(r"https?://[^\s\"'<>]*", html)) == {"http://www.w3.org/2000/svg"}
    assert not re.search(r"<(script|link|img|iframe|object)\b|@import|url\(|src=", html, re.IGNORECASE)


def test_small_complete_workbook_has_no_provisional_mark_and_one_page_per_kkr(browser_page, small, tmp_path):
    html, document = report(tmp_path, "allocate", small)
    page = open_report(browser_page, html)
    assert "FORELØBIG" not in page.locator("body").inner_text()
    for entry in document["kkr"]:
        assert page.locator(f'section[data-kkr="{entry["kkr"]}"]').evaluate(SEAT_COUNTS) == members(entry)
    assert page.locator("td.status-final").count() == 2

    pages = pdf_pages(page.pdf(format="A4"), tmp_path, "lille")
    headers = (label("html_title_kkr", "da"),)
    assert [first_line(p, headers) for p in pages[1:4]] == ["KKR Nord", "KKR Syd", label("html_appendix_seats", "da")]
    text = [line for page in pages[3:] for line in page]
    assert text.index("Underskrift") < text.index(label("html_appendix_rosters", "da"))  # signed, then attached
    appendix = "\n".join(pages[3])
    assert "Ingen stemmelighed." in appendix and "threshold_percent" in appendix
    assert re.search(r"Nord\s+1\s+Supplerende\s+V\s+7\.000\s+1\s+7\.000", appendix)
    page.screenshot(path=tmp_path / "lille.png", full_page=True)
    assert browser_page.errors == [] and browser_page.outside_requests == []


def test_hostile_list_names_are_text_not_markup(browser_page, tmp_path):
    sheets = small_sheets()
    sheets["stemmer"].append(["Østerby", HOSTILE, HOSTILE, 3000, 5])
    sheets["borgmestre"][2] = ["Østerby", HOSTILE, "Eve"]
    html, document = report(tmp_path, "allocate", write_workbook(tmp_path / "ond.xlsx", sheets))
    assert "<script" not in html
    page = open_report(browser_page, html)
    (nord,) = [e for e in document["kkr"] if e["kkr"] == "Nord"]
    hostile = next(p["party"] for p in nord["parties"] if p["party"].startswith("<script>"))
    section = page.locator('section[data-kkr="Nord"]')
    assert section.evaluate(SEAT_COUNTS) == members(nord) and members(nord)[hostile] == 1
    assert hostile in section.locator("table.composition").inner_text()
    assert page.evaluate("document.querySelectorAll('script').length") == 0
    assert browser_page.errors == [] and browser_page.outside_requests == []


def test_css_strings_cannot_end_the_style_element():
    shown = css_string('a"b\\c</style><script>&\n')
    assert shown.startswith('"') and shown.endswith('"')
    assert not re.search(r'[<>&\n]|"(?!$)', shown[1:])


def test_english_report_has_no_danish_but_the_domain_terms_and_the_data(browser_page, tmp_path):
    html, document = report(tmp_path, "allocate", BUNDLED, "--lang", "en")
    page = open_report(browser_page, html)
    assert page.locator("html").get_attribute("lang") == "en"
    text = page.evaluate("document.body.textContent")
    names = {document["source"]["name"], document["source"]["sha256"]}
    data = load(BUNDLED)
    names |= {m.name for m in data.municipalities} | {m.kkr for m in data.municipalities}
    names |= {m.name for m in data.members} | {m.name for m in data.mayors if m.name}  # the roster's people
    for entry in document["kkr"]:
        names |= {p["party"] for p in entry["parties"]} | {p["name"] for p in entry["parties"]}
    allowed = {w.lower() for text in (*DANISH_TERMS, *names) for w in re.findall(r"[^\W\d_]+", text)}
    found = {w.lower() for w in re.findall(r"[^\W\d_]+", text)} & danish_only_words()
    assert found - allowed == set()
    assert "PROVISIONAL" not in text
    pages = pdf_pages(page.pdf(format="A4"), tmp_path, "report")
    assert pages[1][0].startswith(label("html_title_kkr", "en"))
    assert pages[-1][-1].startswith("Computed ") and pages[-1][-1].endswith(f"Page {len(pages)} of {len(pages)}")
    assert browser_page.errors == []


def test_chair_with_valgforbund_shows_the_inner_dhondt(browser_page, tmp_path):
    html, document = report(tmp_path, "chair", BUNDLED, "--kkr", "Hovedstaden", "--valgforbund", "A,F,Ø")
    page = open_report(browser_page, html)
    front = page.locator("section.front").inner_text()
    assert "Fra kommandolinjen (--valgforbund)" in front and "A+F+Ø (A, F, Ø)" in front
    chair = page.locator("div.chair").inner_text()
    (entry,) = document["kkr"]
    formand = next(p for p in entry["posts"] if p["post"] == "formand")
    assert formand["list"] == "A+F+Ø" and formand["party"] == "A"
    assert "inden for valgforbundet får A den med kvotienten 189.397 ÷ 1 = 189.397" in chair  # A's own votes
    assert page.locator("td.won").count() == 2
    assert browser_page.errors == []


def test_seeded_ties_are_in_the_lot_protocol(tmp_path):
    path = write_workbook(tmp_path / "lige.xlsx", tie_sheets())
    html, _ = report(tmp_path, "allocate", path, "--seed", "7")
    protocol = html[html.index('id="appendix-lots"') :]
    assert "afgjort ved lodtrækning nr. 1 med seed 7" in protocol and "Syd/supplementary#1:A,B" in protocol


def test_a_tie_waiting_for_a_lot_writes_no_report_but_renders_honestly(tmp_path):
    path = write_workbook(tmp_path / "lige.xlsx", tie_sheets())
    result = run("allocate", path, "--html", tmp_path / "r.html")
    assert result.exit_code == 3 and not (tmp_path / "r.html").exists()
    html = render_html(calculate(load(path)), "da")
    assert "AFVENTER LODTRÆKNING" in html and "uafgjort — lodtrækning mellem A og B" in html
    assert 'data-kind="undecided"' in html and "Hvis A vinder" in html


def test_scenarios_report(browser_page, small, tmp_path):
    html, document = report(tmp_path, "scenarios", small, "--kkr", "Nord", "--party", "A")
    page = open_report(browser_page, html)
    (entry,) = document["kkr"]
    part = page.locator('section[data-kkr="Nord"] div.scenarios').inner_text()
    assert label("scenarios_title", "da", kkr="Nord") in part
    assert label("outlook_title", "da", party="A") in part
    assert re.search(r"V Venstre\s+7\.000\s+2 \(100,0 %\)\s+0 \(0,0 %\)", part)
    assert entry["enumeration"]["formand"] == {"V": 2, "A": 0}
    assert browser_page.errors == []


def test_national_bodies(browser_page, tmp_path):
    board, document = report(tmp_path, "allocate", BUNDLED, "--organ", "bestyrelse")
    page = open_report(browser_page, board)
    assert page.locator("section[data-kkr]").count() == 0
    section = page.locator('section[data-organ="bestyrelse"]')
    assert section.locator("[data-party]").count() == 17
    assert section.evaluate(SEAT_COUNTS) == members(document)
    pages = pdf_pages(page.pdf(format="A4"), tmp_path, "bestyrelse")
    title = label("html_title_organ", "da", body=label("organ_bestyrelse", "da"))
    headers = (title, label("html_header_provisional", "da"))
    assert first_line(pages[1], headers) == "KL's bestyrelse"
    page.screenshot(path=tmp_path / "bestyrelse.png", full_page=True)

    assembly, document = report(tmp_path, "allocate", BUNDLED, "--organ", "repraesentantskab")
    page.set_content(assembly)
    section = page.locator('section[data-organ="repraesentantskab"]')
    assert section.evaluate(SEAT_COUNTS) == members(document)
    assert Counter(section.evaluate(SEAT_COUNTS)).total() == document["members"] > 100
    assert label("organ_method_note", "da") in section.inner_text()
    assert browser_page.errors == [] and browser_page.outside_requests == []


def test_valgforbund_from_the_sheet_are_listed_per_kkr(tmp_path):
    sheets = small_sheets()
    sheets["valgforbund"] = [["kkr", "valgforbund", "parti"], ["Nord", "AV", "A"], ["Nord", "AV", "V"]]
    html, _ = report(tmp_path, "allocate", write_workbook(tmp_path / "vf.xlsx", sheets))
    front = html[: html.index('<section class="body"')]
    assert "Fra arket valgforbund i inputfilen:" in front
    assert "<li>KKR Nord: AV (A, V)</li>" in front and "<li>KKR Syd: ingen</li>" in front
    assert "inden for valgforbundet får V den med kvotienten 7.000 ÷ 1 = 7.000" in html


def test_party_colours_from_the_partier_sheet_override_the_bundled(tmp_path):
    sheets = small_sheets()
    sheets["partier"] = [["liste", "navn", "farve"], ["A", "Socialdemokratiet", "123456"], ["V", "Venstre", ""]]
    sheets["partier"] += [[letter, name, None] for letter, name in (("C", "Konservative"), ("Ø", "Enhedslisten"))]
    html, _ = report(tmp_path, "allocate", write_workbook(tmp_path / "s.xlsx", sheets))
    assert 'fill="#123456"' in html and "#c8102e" not in html.lower()
    sheets["partier"][1][2] = "rød"
    assert "'rød' er ikke en farve" in " ".join(
        run("allocate", write_workbook(tmp_path / "b.xlsx", sheets)).output.split()
    )
