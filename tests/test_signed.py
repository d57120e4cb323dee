"""The documents a KKR secretariat signs: names, the member roster, the deadline, the sign-off and the PDF.

Everything is tried on the official KV2025 data (the bundled workbook, imported from valg.dk with the elected
members); the small hand-made workbook stands for an input that names no members.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from kkrvalg import load
from kkrvalg.i18n import label
from openpyxl import load_workbook

from helpers import BUNDLED, ended, formand_tie_sheets, pdf_pages, run, small_sheets, write_workbook

NORD = "Nordjylland"
MEETING = ("--moede", "26.01.2026")
DEADLINE = "Frist for anmeldelse af valgforbund til mødet mandag den 26. januar 2026: onsdag den 21. januar 2026"
CLI_OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]+")


def document(*args: object) -> dict:
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def eligible_by_hand(kkr: str) -> dict[str, list[tuple[str, str]]]:
    """Each party's eligible members computed here from the input itself: its elected council members in the
    KKR's municipalities, without the mayors (a ballot name is the mayor's name, then maybe ``, town``)."""
    data = load(BUNDLED)
    names = {m.code: m.name for m in data.municipalities if m.kkr.removeprefix("KKR ") == kkr}
    mayors = {(m.municipality, m.name) for m in data.mayors}
    found: dict[str, list[tuple[str, str]]] = {}
    for member in data.members:
        if member.municipality in names and (member.municipality, member.name.split(",")[0]) not in mayors:
            found.setdefault(member.letter, []).append((member.name, names[member.municipality]))
    return found


@pytest.fixture(scope="module")
def nord_roster(tmp_path_factory):
    folder = tmp_path_factory.mktemp("roster")
    target = folder / "medlemsliste.xlsx"
    result = run("roster", BUNDLED, "--kkr", NORD, *MEETING, "--sag", "25/00001", "--xlsx", target)
    assert result.exit_code == 0, result.output
    return load_workbook(target), document("allocate", BUNDLED, "--kkr", NORD), result.output


def test_the_roster_lists_the_mayors_by_name_and_a_line_per_supplementary_seat(nord_roster):
    wb, doc, shown = nord_roster
    (entry,) = doc["kkr"]
    ws = wb[f"Medlemsliste {NORD}"]
    header = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Nr.")
    mayors = [s for s in entry["seats"] if s["kind"] == "mayor"]
    rows = [[ws.cell(r, c).value for c in range(1, 5)] for r in range(header + 1, header + 1 + len(mayors))]
    assert [r[0] for r in rows] == list(range(1, len(mayors) + 1))
    by_municipality = {s["municipality"]: s["name"] for s in mayors}
    assert all(by_municipality[r[2]] and r[1] == f"{by_municipality[r[2]]} (borgmester)" for r in rows)
    assert by_municipality["Aalborg"] == "Lasse Frimand Jensen"
    fills = [r for r in range(header + 1, ws.max_row + 1) if isinstance(ws.cell(r, 1).value, int)][len(mayors) :]
    seats = {p["party"]: p["supplementary"] for p in entry["parties"] if p["supplementary"]}
    assert [ws.cell(r, 4).value for r in fills] == [p for p, n in seats.items() for _ in range(n)]
    assert [ws.cell(r, 1).value for r in fills] == list(range(len(mayors) + 1, entry["members"] + 1))
    assert all(ws.cell(r, 2).value is None for r in fills)  # lines to fill in
    assert any(str(c.value).startswith(DEADLINE) for c in ws["A"])
    assert "Lasse Frimand Jensen" in shown and "Kan udpeges" in shown  # the terminal shows the same roster


def test_each_line_is_a_drop_down_of_exactly_the_partys_eligible_members(nord_roster):
    wb, doc, _ = nord_roster
    (entry,) = doc["kkr"]
    ws, lists = wb[f"Medlemsliste {NORD}"], wb["Valgbare"]
    by_hand = eligible_by_hand(NORD)
    mayors = {s["name"] for s in entry["seats"] if s["kind"] == "mayor"}
    validations = list(ws.data_validations.dataValidation)
    assert len(validations) == sum(1 for p in entry["parties"] if p["supplementary"])
    for party in (p for p in entry["parties"] if p["supplementary"]):
        json_eligible = [(m["name"], m["municipality"]) for m in party["eligible_members"]]
        assert sorted(json_eligible) == sorted(by_hand[party["party"]]) and not {n for n, _ in json_eligible} & mayors
        (dv,) = [dv for dv in validations if ws[str(dv.sqref).split()[0]].offset(0, 2).value == party["party"]]
        assert dv.type == "list" and dv.showErrorMessage and len(str(dv.sqref).split()) == party["supplementary"]
        first, last = (int(n) for n in re.findall(r"\$C\$(\d+)", dv.formula1))
        offered = [lists.cell(r, 3).value for r in range(first, last + 1)]
        assert offered == [f"{n} ({m})" for n, m in json_eligible]
        assert {lists.cell(r, 2).value for r in range(first, last + 1)} == {party["party"]}
    (rule,) = [r for rules in ws.conditional_formatting for r in rules.rules]
    assert "COUNTIF(" in rule.formula[0] and rule.dxf.fill.fgColor.rgb.endswith("FFC7CE")
    assert lists.sheet_state == "visible"  # the roster's own workbook shows whom each party can choose


def test_a_workbook_that_names_no_members_gives_the_same_roster_with_blank_lines(tmp_path):
    path = write_workbook(tmp_path / "s.xlsx", small_sheets())
    target = tmp_path / "r.xlsx"
    shown = ended(run("roster", path, "--xlsx", target, "--html", tmp_path / "r.html"), 0)
    wb = load_workbook(target)
    assert wb.sheetnames == ["Medlemsliste Nord", "Medlemsliste Syd"]
    ws = wb["Medlemsliste Nord"]
    assert not ws.data_validations.dataValidation
    assert label("roster_no_members", "da") in [c.value for c in ws["A"]]
    assert label("roster_no_members", "da") in (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "V Venstre — supplerende medlemmer: 2" in shown
    doc = document("allocate", path)
    assert all(p["eligible_members"] == [] for e in doc["kkr"] for p in e["parties"])


def test_posts_and_mayors_carry_names_everywhere(tmp_path):
    shown = ended(run("allocate", BUNDLED, "--kkr", NORD, "--navne", "--html", tmp_path / "r.html"), 0)
    assert "Formand: A — Socialdemokratiet" in shown and "Lasse Frimand Jensen" in shown
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Borgmestre: Lasse Frimand Jensen (Aalborg)" in html and "Formand: A — Socialdemokratiet" in html
    (entry,) = document("allocate", BUNDLED, "--kkr", NORD)["kkr"]
    assert all(s["name"] for s in entry["seats"] if s["kind"] == "mayor")


def test_the_deadline_is_on_the_front_and_on_each_kkr(tmp_path):
    xlsx, html = tmp_path / "r.xlsx", tmp_path / "r.html"
    ended(run("allocate", BUNDLED, *MEETING, "--xlsx", xlsx, "--html", html), 0)
    text = html.read_text(encoding="utf-8")
    assert text.count(DEADLINE) == 1 + 5  # the front page and each KKR section
    wb = load_workbook(xlsx)
    for sheet in ("Oversigt", "Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland", "Nordjylland"):
        assert any(str(c.value).startswith(DEADLINE) for c in wb[sheet]["A"]), sheet


@pytest.mark.parametrize("organ", ["bestyrelse", "repraesentantskab"])
def test_kls_bodies_state_their_own_rules_not_the_kkrs(tmp_path, organ):
    html = tmp_path / "r.html"
    shown = ended(run("allocate", BUNDLED, "--organ", organ, "--html", html), 0)
    text = html.read_text(encoding="utf-8")
    kkr_rules = ["mandat i KKR-området", "cap_factor", "KKR efter kommunalvalget", "Loftfaktor (KKR)"]
    if organ == "bestyrelse":  # the repræsentantskab has a cap of its own: R13's × municipalities
        kkr_rules.append("loft 2 × kommuner")
    for kkr_rule in kkr_rules:
        found = re.compile(rf"(?<!\w){re.escape(kkr_rule)}")
        assert not found.search(text) and not found.search(shown), (organ, kkr_rule)
    own = "bestyrelse_seats" if organ == "bestyrelse" else "repraesentantskab_cap_factor"
    assert own in text


def test_the_case_number_and_the_sign_off(tmp_path):
    xlsx, html = tmp_path / "r.xlsx", tmp_path / "r.html"
    args = ("--sag", "25/00001", "--beregnet-af", "Anne Jensen")
    ended(run("allocate", BUNDLED, "--kkr", NORD, *args, "--xlsx", xlsx, "--html", html), 0)
    wb = load_workbook(xlsx)
    for ws in (ws for ws in wb.worksheets if ws.sheet_state == "visible"):
        assert ws.oddHeader.left.text.endswith("· Sag 25/00001"), ws.title
        assert ws.oddFooter.left.text.startswith("Kilde: kv2025_kkr.xlsx (SHA-256 ")
    cells = [c.value for row in wb["Oversigt"].iter_rows() for c in row if c.value]
    at = cells.index("Beregnet af")
    assert cells[at + 1] == "Anne Jensen" and cells[at + 2] == "Kontrolleret af" and cells[at + 3] == "Dato"
    text = html.read_text(encoding="utf-8")
    assert "Anne Jensen" in text and "Kontrolleret af" in text and "Underskrift" in text
    assert "Sag 25/00001" in text and "Sag 25\\2f 00001" in text  # on the front, and in the page header as CSS


@pytest.mark.parametrize("value", ["25/00001\n", "a\u200bb", "x" * 81, " "])
def test_sign_off_text_that_would_print_as_something_else_is_refused(tmp_path, value):
    target = tmp_path / "r.html"
    shown = ended(run("allocate", BUNDLED, "--kkr", NORD, "--sag", value, "--html", target), 2)
    said = "synlig tekst" in shown or "usynlige tegn" in shown  # refused here, or by the check of every option
    assert "--sag" in shown and said and not target.exists()


def test_no_report_shows_command_line_hints(tmp_path):
    """A report goes to a meeting: it never tells its reader to run kkrvalg with an option."""
    tie = write_workbook(tmp_path / "tie.xlsx", formand_tie_sheets())
    cases = [
        ("allocate", tie, "--lot", "A"),
        ("scenarios", BUNDLED, "--kkr", NORD, "--party", "V"),
        ("scenarios", tie),
        ("roster", BUNDLED, "--kkr", NORD),
        ("scenarios", BUNDLED, "--kkr", NORD, "--max-scenarios", "10"),  # the counts left out, and why
    ]
    for n, args in enumerate(cases):
        html, xlsx = tmp_path / f"{n}.html", tmp_path / f"{n}.xlsx"
        assert run(*args, "--html", html, "--xlsx", xlsx).exit_code in (0, 3)
        page = re.sub(r"<script[^>]*>.*?</script>|<style>.*?</style>", "", html.read_text("utf-8"), flags=re.S)
        assert CLI_OPTION.findall(page) == [], args
        cells = [str(c.value) for ws in load_workbook(xlsx).worksheets for row in ws.iter_rows() for c in row]
        assert [c for c in cells if CLI_OPTION.search(c)] == [], args


def test_scenarios_report_a_tied_result_as_waiting_and_still_explorable(tmp_path):
    tie = write_workbook(tmp_path / "tie.xlsx", formand_tie_sheets())
    html = tmp_path / "s.html"
    shown = ended(run("scenarios", tie, "--html", html), 3)
    text = html.read_text(encoding="utf-8")
    assert "Rapport skrevet" in shown and "AFVENTER LODTRÆKNING" in text and 'class="explorer-data"' in text
    assert "Formand: A —" not in text and "Formand: V —" not in text  # nothing the lot decides looks decided
    assert ended(run("allocate", tie, "--html", tmp_path / "a.html"), 3) and not (tmp_path / "a.html").exists()


def test_the_watch_board_says_which_mayors_are_assumed(night_workbook):
    from kkrvalg.documents import AllocationDocument
    from kkrvalg.report.dashboard import board
    from rich.console import Console

    raw = document("allocate", night_workbook, "--assume-mayors", "largest")
    console = Console(width=120, record=True)
    console.print(board(AllocationDocument.model_validate(raw), "da"))
    text = console.export_text()
    assumed = sum(len(e["assumed_mayors"]) for e in raw["kkr"])
    assert assumed and "antaget" in text
    for entry in raw["kkr"]:
        if entry["assumed_mayors"]:
            assert f"{len(entry['assumed_mayors'])} borgmest" in text


def test_pdf_is_a4_numbered_with_the_case_on_every_page(tmp_path, pdf_printer):
    target = tmp_path / "kkr.pdf"
    args = (*MEETING, "--sag", "25/00001", "--kkr", NORD)
    assert ended(run("allocate", BUNDLED, *args, "--pdf", target), 0)
    pdf = target.read_bytes()
    info = subprocess.run(["pdfinfo", target], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"Pages:\s+(\d+)", info)[1])
    assert re.search(r"Page size:\s+594\.9\d? x 841\.9\d? pts \(A4\)", info)
    pages = pdf_pages(pdf, tmp_path, "kkr")
    assert len(pages) == count >= 4
    for n, lines in enumerate(pages, start=1):
        assert lines[-1].endswith(f"Side {n} af {count}"), (n, lines[-1])
        assert "kv2025_kkr.xlsx (SHA-256 d0d669b9204d)" in lines[-1]
        assert n == 1 or "Sag 25/00001" in lines[0]
        assert n == count or len(lines) >= 12, (n, lines)  # no nearly blank page but where the lists end
    text = "\n".join(line for lines in pages for line in lines)
    assert DEADLINE.split(":")[0] in text and "Lasse Frimand Jensen" in text and "Underskrift" in text


def test_roster_pdf_signs_each_roster_before_the_lists_of_eligible_members(tmp_path, pdf_printer):
    target = tmp_path / "r.pdf"
    assert ended(run("roster", BUNDLED, "--kkr", NORD, "--beregnet-af", "Anne Jensen", "--pdf", target), 0)
    text = "\n".join(line for lines in pdf_pages(target.read_bytes(), tmp_path, "r") for line in lines)
    assert text.index("Medlemsliste for KKR Nordjylland") < text.index("Underskrift") < text.index("Kan udpeges")
    assert "Anne Jensen" in text


def test_without_playwright_the_pdf_is_refused_with_how_to_install_it(tmp_path):
    target = tmp_path / "kkr.pdf"
    code = (
        "import sys; sys.modules['playwright'] = None; sys.modules['playwright.sync_api'] = None\n"
        "from kkrvalg.cli import main; sys.argv = ['kkrvalg', 'allocate', sys.argv[1], '--kkr', 'Nordjylland',"
        " '--pdf', sys.argv[2], '--html', sys.argv[3]]; main()"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(BUNDLED), str(target), str(tmp_path / "r.html")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "uv sync --extra pdf" in done.stderr and "apt-get install chromium" in done.stderr
    assert not target.exists() and not (tmp_path / "r.html").exists()  # all reports or none


def test_without_a_browser_the_pdf_is_refused(tmp_path, pdf_printer):
    target = tmp_path / "kkr.pdf"
    result = run("allocate", BUNDLED, "--kkr", NORD, "--pdf", target, env={"KKRVALG_CHROMIUM": "/nonexistent"})
    shown = ended(result, 2)
    assert "KKRVALG_CHROMIUM" in shown and not target.exists()


@pytest.mark.parametrize("width", [390, 768, 1280])
def test_no_page_scrolls_sideways_on_any_screen(browser_page, tmp_path, width):
    """A politician reads the agenda on a phone: wide tables scroll inside their own box, diagrams scale."""
    html = tmp_path / "r.html"
    ended(run("scenarios", BUNDLED, "--kkr", NORD, "--party", "V", *MEETING, "--html", html), 0)
    page = browser_page.page
    page.set_viewport_size({"width": width, "height": 844})
    page.set_content(html.read_text(encoding="utf-8"))
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    for selector in ("figure.diagram svg", "section.body"):
        box = page.locator(selector).first.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width + 0.5, selector
    scrolling = page.evaluate(
        "[...document.querySelectorAll('table')].filter(t => t.getBoundingClientRect().right > innerWidth + 0.5)"
        ".every(t => t.closest('.scroll'))"
    )
    assert scrolling  # a table wider than the screen scrolls in its own box
    page.screenshot(path=tmp_path / f"report-{width}.png", full_page=False)
    assert (tmp_path / f"report-{width}.png").stat().st_size > 10_000
    assert browser_page.errors == []


def test_a_roster_never_draws_a_line_for_a_seat_that_waits_for_a_lot(tmp_path):
    from helpers import tie_sheets

    path = write_workbook(tmp_path / "tie.xlsx", tie_sheets())
    target = tmp_path / "r.xlsx"
    shown = ended(run("roster", path, "--kkr", "Syd", "--xlsx", target), 3)
    assert "Endnu ikke på listen: 1 plads — uafgjort — lodtrækning mellem A og B." in shown
    assert "— supplerende medlemmer:" not in shown and not target.exists()  # nothing to fill in, no form written
