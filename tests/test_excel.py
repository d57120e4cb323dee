"""The Excel report (--xlsx), the input template and validate: read back with openpyxl, compared with JSON.

The report is a bilag to print: every sheet A4, one page wide, titled, with page numbers and the input's
checksum; a LibreOffice conversion (when ``soffice`` is installed) checks the pages themselves.
"""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from kkrvalg.errors import OutputError
from kkrvalg.io.reference import bundled_colours
from kkrvalg.io.write import write_atomically
from kkrvalg.report.colours import lighter_shade
from openpyxl import load_workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.utils import column_index_from_string, get_column_letter

from helpers import BUNDLED, run, small_sheets, tie_sheets, write_workbook

KKR = ["Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland", "Nordjylland"]
A4 = 9
PRINTABLE_WIDTH = {"portrait": 595 - 86.4, "landscape": 842 - 86.4}


def header(ws, row=1):
    return [c.value for c in ws[row] if c.value is not None]


def row_of(ws, first_cell_value):
    """The first row whose first cell holds ``first_cell_value`` (a table's header row)."""
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == first_cell_value)


def rows_below(ws, first_cell_value, width):
    """The data rows of the table whose header row starts with ``first_cell_value`` (up to a blank row or a line
    of text, which is merged across the sheet)."""
    found = []
    for r in range(row_of(ws, first_cell_value) + 1, ws.max_row + 1):
        values = [ws.cell(r, c).value for c in range(1, width + 1)]
        if values[0] is None or isinstance(ws.cell(r, 2), MergedCell):
            break
        found.append(values)
    return found


def visible(wb):
    return [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"]


def report(tmp_path, *args, name="rapport.xlsx"):
    target = tmp_path / name
    result = run(*args, "--xlsx", target)
    assert result.exit_code == 0, result.output
    return load_workbook(target), target


@pytest.fixture(scope="module")
def bundled_report(tmp_path_factory):
    wb, target = report(tmp_path_factory.mktemp("report"), "allocate", BUNDLED)
    document = json.loads(run("allocate", BUNDLED, "--format", "json").stdout)
    return wb, document


@pytest.fixture(scope="module")
def board_report(tmp_path_factory):
    wb, _ = report(tmp_path_factory.mktemp("board"), "allocate", BUNDLED, "--organ", "bestyrelse")
    return wb


@pytest.fixture(scope="module")
def assembly_report(tmp_path_factory):
    wb, _ = report(tmp_path_factory.mktemp("assembly"), "allocate", BUNDLED, "--organ", "repraesentantskab")
    return wb


@pytest.fixture(scope="module")
def night_report(tmp_path_factory, night_workbook):
    wb, _ = report(tmp_path_factory.mktemp("night"), "allocate", night_workbook)
    return wb


@pytest.fixture(scope="module")
def scenario_report(tmp_path_factory):
    path = write_workbook(tmp_path_factory.mktemp("scenarios") / "s.xlsx", small_sheets())
    wb, _ = report(path.parent, "scenarios", path, "--kkr", "Nord", "--party", "A", name="sc.xlsx")
    return wb


def test_report_sheets_and_overview_equal_the_json(bundled_report):
    wb, document = bundled_report
    rosters = [sheet for name in KKR for sheet in (name, f"Medlemsliste {name}")]
    assert visible(wb) == ["Oversigt", *rosters, "Kvotienter", "Lodtrækning"]
    assert wb["Valgbare"].sheet_state == "hidden" and wb["Diagramdata"].sheet_state == "hidden"
    ws = wb["Oversigt"]
    start = row_of(ws, "KKR")
    assert header(ws, start) == [
        "KKR",
        "Kommuner",
        "Optalt",
        "Borgmestre",
        "Supplerende",
        "Medlemmer",
        "Loft",
        "Loft nået",
        "Formand",
        "Næstformand",
        "Stemmelighed (R8)",
        "Status",
    ]
    names = {p["party"]: p["name"] for entry in document["kkr"] for p in entry["parties"]}
    for r, entry in enumerate(document["kkr"], start=start + 1):
        values = [ws.cell(r, c).value for c in range(1, 11)]
        assert values == [
            entry["kkr"],
            entry["municipalities"],
            entry["counted"],
            entry["mayors"],
            entry["supplementary"],
            entry["members"],
            entry["cap"],
            "ja" if entry["cap_reached"] else "nej",
            f"{entry['chair']['formand']} — {names[entry['chair']['formand']]}",
            f"{entry['chair']['naestformand']} — {names[entry['chair']['naestformand']]}",
        ]
        assert ws.cell(r, 12).value == "Endelig"
    cells = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, ws.max_row + 1)}
    assert cells["Inputfil"] == "kv2025_kkr.xlsx" and cells["SHA-256"] == document["source"]["sha256"]


def test_overview_names_the_rules_in_words_and_stores_numbers(bundled_report):
    ws = bundled_report[0]["Oversigt"]
    start = row_of(ws, "Indstilling")
    assert [c.value for c in ws[start] if c.value] == ["Indstilling", "Værdi", "Beskrivelse", "Navn i regelprofilen"]
    rules = {}
    for row in ws.iter_rows(min_row=start + 1, max_row=start + 6):
        setting, value, description, key = (c.value for c in row if c.value is not None)
        rules[key] = (setting, value, description)
    assert rules["threshold_percent"][:2] == ("Spærregrænse (%)", 2)
    assert rules["cap_factor"][:2] == ("Loftfaktor (KKR)", 2)
    assert not any(key.startswith(("bestyrelse", "repraesentantskab")) for key in rules)  # the KKR's rules only
    assert ws.cell(start + 7, 1).value is None and ws.cell(start + 8, 1).value == "Underskrift"
    assert rules["threshold_denominator"][1] == "gyldige stemmer"
    assert rules["stopping_rule"][1] == "ved første forholdsmæssige sammensætning"
    assert rules["cap_factor"][2].startswith("R7: ")
    assert all(isinstance(rules[k][1], int) for k in ("threshold_percent", "cap_factor", "valgforbund_min_parties"))
    counts = [ws.cell(r, c).value for r in range(row_of(ws, "KKR") + 1, row_of(ws, "KKR") + 6) for c in range(2, 8)]
    assert all(isinstance(v, int) for v in counts)


def test_kkr_sheet_composition_chart_and_chair(bundled_report):
    wb, document = bundled_report
    entry = document["kkr"][0]
    ws = wb["Hovedstaden"]
    assert ws["A1"].value.startswith("KKR Hovedstaden") and "FORELØBIG" not in ws["A1"].value and ws["A1"].font.bold
    assert ws.freeze_panes == "A2"
    start = row_of(ws, "Parti/liste")
    assert header(ws, start)[:5] == ["Parti/liste", "Navn", "Stemmer", "Andel", "KB-mandater"]
    table = rows_below(ws, "Parti/liste", 9)
    by_party = {row[0]: row for row in table}
    for p in entry["parties"]:
        row = by_party[p["party"]]
        assert (row[2], row[4], row[6], row[7], row[8]) == (
            p["votes"],
            p["council_seats"],
            p["mayors"],
            p["supplementary"],
            p["members"],
        )
    assert by_party["I alt"][8] == entry["members"]
    local = [p for p in entry["parties"] if p["reason"] == "not_a_party" and not p["mayors"]]
    summed = by_party[f"Lokallister uden for R3 ({len(local)})"]
    assert summed[2] == sum(p["votes"] for p in local)
    folded = [r for r in range(start + 1, start + len(table) + 1) if ws.row_dimensions[r].hidden]
    assert sorted(ws.cell(r, 1).value for r in folded) == sorted(p["party"] for p in local)
    assert all(ws.row_dimensions[r].outline_level == 1 for r in folded)
    assert ws.cell(start + 1, 3).number_format == "#,##0" and ws.cell(start + 1, 4).number_format == "0.00%"
    chair_rows = rows_below(ws, "Liste/valgforbund", 7)
    assert [r[0] for r in chair_rows] == [lst["list"] for lst in entry["chair"]["lists"]]
    assert chair_rows[0][6] == "Formand" and chair_rows[1][6] == "Næstformand"
    first = row_of(ws, "Liste/valgforbund") + 1
    half = ws.cell(first, 5)
    assert half.value == chair_rows[0][2] / 2 and chair_rows[0][5] == "94.698 1/2"  # A: 189.397 ÷ 2
    assert half.number_format == "#,##0.0" and ws.cell(first + 1, 5).number_format == "#,##0"


def test_chart_is_below_the_tables_coloured_by_party_with_its_data_hidden(bundled_report):
    wb, document = bundled_report
    data = wb["Diagramdata"]
    assert data.sheet_state == "hidden"
    ws = wb["Hovedstaden"]
    (chart,) = ws._charts
    assert len(chart.series) == 2 and chart.grouping == "stacked"
    mayors_header = row_of(ws, "Kommune")
    assert mayors_header > row_of(ws, "Liste/valgforbund")
    assert chart.anchor._from.row + 1 == mayors_header - 1  # beside the mayors, from their caption down
    assert chart.anchor._from.col == 5  # right of municipality, mayor and party (columns A–E)
    assert [ws.cell(mayors_header, c).value for c in (1, 2, 3)] == ["Kommune", "Borgmester", "Parti/liste"]
    mayors_by_name = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(mayors_header + 1, mayors_header + 30)}
    assert mayors_by_name["Albertslund"] == "Lars Gravgaard Hansen" and len(mayors_by_name) == 29
    for series in chart.series:
        assert series.val.numRef.f.startswith("'Diagramdata'!") or series.val.numRef.f.startswith("Diagramdata!")
    members = [p["party"] for p in document["kkr"][0]["parties"] if p["members"]]
    colours = bundled_colours()
    mayors, supplementary = ([pt.graphicalProperties.solidFill.srgbClr.lower() for pt in s.dPt] for s in chart.series)
    assert mayors == [colours[p].lstrip("#") for p in members]
    assert supplementary == [lighter_shade(colours[p]).lstrip("#") for p in members]
    header_row = next(r for r in range(1, data.max_row + 1) if data.cell(r, 1).value == "KKR Hovedstaden")
    assert [data.cell(r, 1).value for r in range(header_row + 1, header_row + 1 + len(members))] == members


def test_quotient_sheet_is_the_audit_trail(bundled_report):
    wb, document = bundled_report
    ws = wb["Kvotienter"]
    start = row_of(ws, "KKR")
    assert header(ws, start) == [
        "KKR",
        "Nr.",
        "Art",
        "Parti/liste",
        "Kommune",
        "Stemmer",
        "Divisor",
        "Kvotient",
        "Eksakt kvotient",
        "Stemmelighed",
    ]
    rows = [[ws.cell(r, c).value for c in range(1, 10)] for r in range(start + 1, ws.max_row + 1)]
    expected = [(e["kkr"], s["party"], s["votes"], s["divisor"]) for e in document["kkr"] for s in e["seats"]]
    seats = [(r[0], r[3], r[5], r[6]) for r in rows if r[2] in ("Borgmester", "Supplerende")]
    assert seats == expected
    posts = [(r[0], r[2], r[3]) for r in rows if r[2] in ("Formand", "Næstformand")]
    assert posts == [
        (e["kkr"], label, e["chair"][key])
        for e in document["kkr"]
        for label, key in (("Formand", "formand"), ("Næstformand", "naestformand"))
    ]
    assert all(abs(r[7] - r[5] / r[6]) < 1e-9 for r in rows if r[6])
    formats = {ws.cell(r, 8).number_format for r in range(start + 1, ws.max_row + 1) if ws.cell(r, 7).value}
    assert formats == {"#,##0", "#,##0.0"}
    (table,) = ws.tables.values()
    assert table.displayName == "Kvotienter" and table.ref == f"A{start}:J{ws.max_row}"
    assert table.autoFilter is not None and table.autoFilter.ref == table.ref
    assert ws.print_title_rows == f"${start}:${start}" and ws.freeze_panes == f"A{start + 1}"
    lots = wb["Lodtrækning"]
    assert "Ingen stemmelighed." in [c.value for c in lots["A"]] and lots.print_title_rows is None


def test_every_sheet_prints_on_a4_one_page_wide_with_header_and_footer(bundled_report, board_report, scenario_report):
    sha = bundled_report[1]["source"]["sha256"][:12]
    for wb in (bundled_report[0], board_report, scenario_report):
        for ws in wb.worksheets:
            setup = ws.page_setup
            assert setup.paperSize == A4 and setup.orientation in ("portrait", "landscape"), ws.title
            one_page = ws.title.startswith("Medlemsliste") and setup.fitToHeight == 1  # a form a little too long
            assert setup.fitToWidth == 1 and (setup.fitToHeight == 0 or one_page), ws.title
            assert ws.sheet_properties.pageSetUpPr.fitToPage
            assert ws.oddFooter.center.text == "Side &P af &N"
            assert ws.oddFooter.right.text.startswith("&F · kkrvalg ")
            assert ws.oddHeader.right.text.startswith("Beregnet ")
            if wb is not scenario_report:
                assert ws.oddFooter.left.text == f"Kilde: kv2025_kkr.xlsx (SHA-256 {sha})"
                assert ws.oddHeader.center.text is None  # the official result is not marked provisional
    orientations = {ws.title: ws.page_setup.orientation for ws in bundled_report[0].worksheets}
    assert orientations == {
        "Oversigt": "landscape",
        **dict.fromkeys(KKR, "landscape"),
        **{f"Medlemsliste {name}": "portrait" for name in KKR},
        "Kvotienter": "portrait",
        "Lodtrækning": "landscape",  # as the README says, with or without ties
        "Valgbare": "portrait",
        "Diagramdata": "portrait",
    }


def test_printed_text_is_at_least_8_points(bundled_report, board_report, assembly_report, scenario_report):
    """Fit to one page wide shrinks a wide sheet: the print area's columns decide by how much."""
    for wb in (bundled_report[0], board_report, assembly_report, scenario_report):
        for ws in (ws for ws in wb.worksheets if ws.sheet_state == "visible"):
            last = column_index_from_string(re.fullmatch(r"'?.+?'?!\$A\$1:\$([A-Z]+)\$\d+", ws.print_area)[1])
            width = sum((ws.column_dimensions[get_column_letter(c)].width * 7 + 5) * 0.75 for c in range(1, last + 1))
            scale = min(1.0, PRINTABLE_WIDTH[ws.page_setup.orientation] / width)
            assert 11 * scale >= 8, (ws.title, round(11 * scale, 1))


def test_columns_fit_their_headers(bundled_report, board_report, scenario_report):
    """A header may wrap between words, never inside one (``Kommunalbestyrelsesman…``). A column's width counts
    digits of Calibri, and a letter is on average narrower than 0.9 of a digit."""
    for wb in (bundled_report[0], board_report, scenario_report):
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if cell.fill.fgColor.rgb == "00E7E6E6" and cell.coordinate not in ws.merged_cells:
                        longest = max(len(word) for word in cell.value.split())
                        assert ws.column_dimensions[cell.column_letter].width >= 0.9 * longest, (ws.title, cell.value)


def test_every_styled_cell_names_its_font(bundled_report, board_report, scenario_report):
    for wb in (bundled_report[0], board_report, scenario_report):
        for ws in wb.worksheets:
            fonts = {c.font.name for row in ws.iter_rows() for c in row if c.value is not None}
            assert fonts == {"Calibri"}, ws.title


def test_document_properties(bundled_report):
    p = bundled_report[0].properties
    assert p.creator == "kkrvalg" and p.title == "Kommunekontaktrådene (KKR): oversigt"
    assert "kv2025_kkr.xlsx" in p.subject and p.language == "da-DK" and p.created is not None


def test_board_workbook_has_seats_not_mayors(board_report):
    wb = board_report
    assert visible(wb) == ["Oversigt", "Bestyrelse", "Kvotienter", "Lodtrækning"]
    overview = wb["Oversigt"]
    assert header(overview, row_of(overview, "Organ")) == [
        "Organ",
        "Kommuner",
        "Optalt",
        "Pladser",
        "Formand",
        "Næstformand",
        "Stemmelighed (R8)",
        "Status",
    ]
    assert [overview.cell(row_of(overview, "Organ") + 1, c).value for c in (1, 4)] == ["KL's bestyrelse", 17]
    start = row_of(overview, "Indstilling")
    keys = [overview.cell(r, 10).value for r in range(start + 1, start + 5)]
    board_rules = ["bestyrelse_seats", "bestyrelse_threshold_percent", "bestyrelse_chair_basis"]
    assert keys == [*board_rules, "valgforbund_min_parties"]
    ws = wb["Bestyrelse"]
    assert ws["A1"].value.startswith("KL's bestyrelse")
    assert header(ws, row_of(ws, "Parti/liste")) == [
        "Parti/liste",
        "Navn",
        "Stemmer",
        "Andel",
        "KB-mandater",
        "Berettiget",
        "Pladser",
    ]
    assert rows_below(ws, "Parti/liste", 7)[-1][6] == 17
    (chart,) = ws._charts
    assert len(chart.series) == 1 and chart.legend is None
    kinds = [r[2] for r in rows_below(wb["Kvotienter"], "Organ", 3)]
    assert kinds == ["Bestyrelsespost"] * 17 + ["Formand", "Næstformand"]  # KL's formand and næstformand (R15)


def test_repraesentantskab_workbook(assembly_report):
    wb = assembly_report
    assert visible(wb) == ["Oversigt", "Repræsentantskab", "Medlemsliste Repræsentantskab", "Kvotienter", "Lodtrækning"]
    ws = wb["Repræsentantskab"]
    texts = [c.value for c in ws["A"] if isinstance(c.value, str)]
    assert any(t.startswith("Metoden er KL's regel") for t in texts)
    assert header(ws, row_of(ws, "Parti/liste"))[-3:] == ["Borgmestre", "Supplerende", "Medlemmer"]
    assert len(ws._charts[0].series) == 2


def test_ties_and_english_headers(tmp_path):
    path = write_workbook(tmp_path / "tie.xlsx", tie_sheets())
    wb, _ = report(tmp_path, "allocate", path, "--kkr", "Syd", "--seed", "7", "--lang", "en", name="out.xlsx")
    assert header(wb["Oversigt"], row_of(wb["Oversigt"], "KKR"))[:2] == ["KKR", "Municipalities"]
    assert wb["Oversigt"].oddFooter.center.text == "Page &P of &N"
    assert wb["Oversigt"].cell(row_of(wb["Oversigt"], "Setting") + 1, 1).value == "Threshold (%)"
    ws = wb["Lodtrækning"]
    start = row_of(ws, "No.")
    assert header(ws, start)[:6] == ["No.", "Election", "Seat", "Quotient", "Exact quotient", "Candidates"]
    tie = [c.value for c in ws[start + 1]]
    assert tie[0] == 1 and tie[5] == "A, B" and tie[9] == 7 and "seed 7" in tie[8]
    assert isinstance(tie[3], int | float) and isinstance(tie[4], str)  # the quotient a number, exactly as text
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == f"${start}:${start}"


def test_chair_and_scenarios_write_reports(tmp_path, scenario_report):
    path = write_workbook(tmp_path / "s.xlsx", small_sheets())
    assert run("chair", path, "--kkr", "Nord", "--xlsx", tmp_path / "c.xlsx").exit_code == 0
    assert "Nord" in load_workbook(tmp_path / "c.xlsx").sheetnames
    ws = scenario_report["Scenarier Nord"]
    start = row_of(ws, "Parti/liste")
    assert header(ws, start) == [
        "Parti/liste",
        "Stemmer",
        "Formand",
        "Formand, andel",
        "Næstformand",
        "Næstformand, andel",
    ]
    assert ws.cell(start - 1, 1).value.startswith("Alle 2 måder at danne valgforbund på")
    assert rows_below(ws, "Parti/liste", 6)[:2] == [["V", 7000, 2, 1.0, 0, 0.0], ["A", 6000, 0, 0.0, 2, 1.0]]
    assert ws.cell(start + 1, 4).number_format == "0.0%"
    names = {t.displayName: t for t in ws.tables.values()}
    parts = ("Partier", "Formand", "Begge", "Muligheder")
    assert set(names) == {f"Scenarier_Nord_{part}" for part in parts}
    assert all(t.autoFilter is not None and t.autoFilter.ref == t.ref for t in names.values())
    captions = {n: ws.cell(int(re.search(r"\d+", t.ref)[0]) - 1, 1) for n, t in names.items()}
    assert all(c.font.bold and isinstance(ws.cell(c.row, 2), MergedCell) for c in captions.values())
    assert captions["Scenarier_Nord_Formand"].value.startswith("Sikker formandspost")
    assert captions["Scenarier_Nord_Muligheder"].value.startswith("Muligheder for A")
    assert ws.print_title_rows is None and ws.page_setup.orientation == "portrait"


def test_provisional_results_are_marked_on_every_sheet_and_page(night_report):
    """Election night at 00:25: every KKR rests on preliminary counts and has no mayors yet."""
    for ws in night_report.worksheets:
        assert ws.oddHeader.center.text == "&BFORELØBIG" and ws.oddHeader.center.color == "C00000", ws.title
    for name in KKR:
        ws = night_report[name]
        assert "FORELØBIG" in ws["A1"].value
        banner = next(c.value for c in ws["A"] if isinstance(c.value, str) and c.value.startswith("FORELØBIG —"))
        assert "Uden borgmester: alle" in banner and len(banner) < 400, banner


def test_scenario_sheets_fold_long_tables_and_warn_when_provisional(tmp_path, night_workbook):
    args = ("--kkr", "Midtjylland", "--party", "V", "--assume-mayors", "largest")
    wb, _ = report(tmp_path, "scenarios", night_workbook, *args)
    ws = wb["Scenarier Midtjylland"]
    assert "FORELØBIG" in ws["A1"].value
    assert any(isinstance(c.value, str) and c.value.startswith("FORELØBIG — ikke den officielle") for c in ws["A"])
    table = next(t for t in ws.tables.values() if t.displayName == "Scenarier_Midtjylland_Muligheder")
    first, last = (int(n) for n in re.findall(r"\d+", table.ref))
    shown = 15 + 1  # --top 15, and V alone wherever it ranks
    hidden = [r for r in range(first + 1, last + 1) if ws.row_dimensions[r].hidden]
    assert hidden == list(range(first + 1 + shown, last + 1))
    assert ws.cell(first + shown, 1).value == "V alene"
    note = ws.cell(last + 1, 1).value
    assert note.startswith(f"… og {last - first - shown} rækker mere, foldet sammen")


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdfinfo")), reason="needs LibreOffice and poppler")
def test_libreoffice_prints_the_report_on_a4(tmp_path):
    """What a KL employee gets from LibreOffice: every page A4 and numbered, the overview on two pages, each KKR
    on two or three and its roster on one or two, no nearly blank page, nothing from the hidden sheets. A private
    profile keeps it apart from any LibreOffice already running."""
    _, target = report(tmp_path, "allocate", BUNDLED)
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            tmp_path,
            target,
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    pdf = tmp_path / "rapport.pdf"
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", pdf], capture_output=True, text=True, check=True).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    assert all(sorted((round(float(w)), round(float(h)))) == [595, 842] for w, h in sizes)
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")[: len(sizes)]
    assert all(re.search(rf"Side {n} af {len(sizes)}", page) for n, page in enumerate(pages, start=1))
    for name in KKR:  # a KKR on two pages (three where the chair election does not fit beside the composition)
        assert sum(page.lstrip().startswith(f"KKR {name}") for page in pages) in (2, 3), name
        assert sum(page.lstrip().startswith(f"Medlemsliste for KKR {name}") for page in pages) in (1, 2), name
    assert not any("Diagramdata" in page or "Kan udpeges" in page for page in pages)  # the hidden sheets
    assert sum(page.lstrip().startswith("Kommunekontaktrådene (KKR): oversigt") for page in pages) == 2
    for before, page in zip(pages, pages[1:]):  # a sheet's second or later page is never nearly blank
        if page.lstrip().splitlines()[0] == before.lstrip().splitlines()[0]:
            assert len([line for line in page.splitlines() if line.strip()]) >= 12, page[:80]
    assert len(sizes) <= 27  # 27 with Calibri or Carlito; a wider fallback font shrinks Kvotienter


def test_report_never_overwrites_the_input(tmp_path):
    path = write_workbook(tmp_path / "s.xlsx", small_sheets())
    before = path.read_bytes()
    result = run("allocate", path, "--xlsx", path)
    assert result.exit_code == 2 and "inputfilen" in result.output
    assert path.read_bytes() == before


def test_write_failures_give_a_message_and_leave_nothing(tmp_path):
    path = write_workbook(tmp_path / "s.xlsx", small_sheets())
    missing = run("allocate", path, "--xlsx", tmp_path / "nope" / "r.xlsx")
    assert missing.exit_code == 2 and "findes ikke" in missing.output
    (tmp_path / "folder.xlsx").mkdir()
    clash = run("allocate", path, "--xlsx", tmp_path / "folder.xlsx")
    assert clash.exit_code == 2 and "ikke en almindelig fil" in clash.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.xlsx", "s.xlsx"]


def test_atomic_write_keeps_the_old_file_when_saving_fails(tmp_path):
    target = tmp_path / "rapport.xlsx"
    target.write_bytes(b"old report")

    def broken_save(path):
        Path(path).write_bytes(b"half a workbook")
        raise OSError(28, "No space left on device")

    with pytest.raises(OutputError) as raised:
        write_atomically(target, broken_save)
    assert "disken er fuld" in str(raised.value) and "Kan ikke skrive" in str(raised.value)
    assert target.read_bytes() == b"old report"
    assert os.listdir(tmp_path) == ["rapport.xlsx"]
    write_atomically(target, lambda p: Path(p).write_bytes(b"new report"))
    assert target.read_bytes() == b"new report" and os.listdir(tmp_path) == ["rapport.xlsx"]


def test_template_has_every_sheet_guide_and_validation(tmp_path):
    target = tmp_path / "ny.xlsx"
    assert run("template", target, "--kkr", "Nordjylland").exit_code == 0
    wb = load_workbook(target)
    assert wb.sheetnames == [
        "Vejledning",
        "Lister",
        "stemmer",
        "borgmestre",
        "listesamarbejder",
        "valgforbund",
        "optaelling",
        "partier",
        "kommuner",
    ]
    assert header(wb["stemmer"]) == ["kommune", "liste", "navn", "stemmer", "mandater"]
    assert header(wb["borgmestre"]) == ["kommune", "liste", "navn"]
    assert [wb["borgmestre"].cell(r, 1).value for r in range(2, 13)] == [
        "Morsø",
        "Thisted",
        "Brønderslev",
        "Frederikshavn",
        "Vesthimmerlands",
        "Læsø",
        "Rebild",
        "Mariagerfjord",
        "Jammerbugt",
        "Aalborg",
        "Hjørring",
    ]
    validations = {(dv.type, str(dv.sqref)) for dv in wb["stemmer"].data_validations.dataValidation}
    assert validations == {("list", "A2:A5000"), ("list", "B2:B5000"), ("whole", "D2:D5000"), ("whole", "E2:E5000")}
    kommune = next(dv for dv in wb["stemmer"].data_validations.dataValidation if str(dv.sqref) == "A2:A5000")
    assert kommune.formula1 == "Lister!$A$2:$A$99"
    assert wb["Lister"].sheet_state == "hidden" and wb["Lister"]["B2"].value == "A"
    guide = [c.value for c in wb["Vejledning"]["B"] if c.value]
    assert "stemmer" in guide and "mandater" in guide and "afgivne_stemmer" in guide
    again = run("template", target)
    assert again.exit_code == 2 and "--force" in again.output
    assert run("template", tmp_path / "x.xlsx", "--kkr", "Vest").exit_code == 2


def test_template_filled_from_the_bundled_data_gives_the_same_result(tmp_path):
    target = tmp_path / "udfyldt.xlsx"
    assert run("template", target).exit_code == 0
    template, source = load_workbook(target), load_workbook(BUNDLED)
    for sheet in ("stemmer", "borgmestre", "optaelling"):
        wanted = header(template[sheet])
        rows = list(source[sheet].iter_rows(values_only=True))
        columns = [rows[0].index(c) for c in wanted]
        for values in rows[1:]:
            template[sheet].append([values[i] for i in columns])
    template.save(target)
    assert run("validate", target).exit_code == 0
    filled = json.loads(run("allocate", target, "--format", "json").stdout)
    bundled = json.loads(run("allocate", BUNDLED, "--format", "json").stdout)
    for document in (filled, bundled):  # the template has no byraadsmedlemmer: nobody is named as eligible
        for entry in document["kkr"]:
            for party in entry["parties"]:
                assert party.pop("eligible_members") == [] or document is bundled
    assert filled["kkr"] == bundled["kkr"] and filled["source"]["name"] == "udfyldt.xlsx"


def test_validate_lists_every_problem_at_once(tmp_path):
    sheets = small_sheets()
    sheets["stemmer"][2][3] = "mange"  # Åby V: votes not a number
    sheets["stemmer"][5][0] = "Østerbyen"  # unknown municipality
    sheets["borgmestre"].append(["Åby", "V", "Vera"])  # Åby's second mayor
    result = run("validate", write_workbook(tmp_path / "bad.xlsx", sheets))
    assert result.exit_code == 2
    assert "3 problemer i bad.xlsx" in result.output
    assert "1. fil bad.xlsx, ark 'stemmer', række 3, kolonne 'stemmer'" in result.output
    assert "Østerby" in result.output  # suggested name
    assert "3. fil bad.xlsx, ark 'borgmestre', række 5" in result.output


def test_validate_accepts_good_input_and_reports_what_is_partial(tmp_path):
    good = run("validate", write_workbook(tmp_path / "good.xlsx", small_sheets()))
    assert good.exit_code == 0 and "good.xlsx er i orden: 3 kommuner" in good.output
    sheets = small_sheets()
    sheets["stemmer"] = sheets["stemmer"][:1]
    empty = run("validate", write_workbook(tmp_path / "empty.xlsx", sheets))
    assert empty.exit_code == 2 and "ingen rækker" in empty.output
    assert run("validate", BUNDLED, "--strict").exit_code == 0
    partial = small_sheets()
    partial["stemmer"] = [r for r in partial["stemmer"] if r[0] != "Østerby"]
    strict = run("validate", write_workbook(tmp_path / "partial.xlsx", partial), "--strict")
    assert strict.exit_code == 2 and "mangler resultater fra 1 kommune: Østerby" in strict.output
