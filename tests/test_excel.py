"""The Excel report (--xlsx), the input template and validate: read back with openpyxl, compared with JSON."""

import json
import os
from pathlib import Path

import pytest
from kkrvalg.errors import OutputError
from kkrvalg.io.write import write_atomically
from openpyxl import load_workbook

from helpers import BUNDLED, run, small_sheets, tie_sheets, write_workbook

KKR = ["Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland", "Nordjylland"]


def header(ws, row=1):
    return [c.value for c in ws[row] if c.value is not None]


def rows_below(ws, first_cell_value, width):
    """The data rows of the table whose header row starts with ``first_cell_value``."""
    start = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == first_cell_value)
    found = []
    for r in range(start + 1, ws.max_row + 1):
        values = [ws.cell(r, c).value for c in range(1, width + 1)]
        if values[0] is None:
            break
        found.append(values)
    return found


@pytest.fixture(scope="module")
def bundled_report(tmp_path_factory):
    target = tmp_path_factory.mktemp("report") / "rapport.xlsx"
    result = run("allocate", BUNDLED, "--xlsx", target)
    assert result.exit_code == 0, result.output
    document = json.loads(run("allocate", BUNDLED, "--format", "json").stdout)
    return load_workbook(target), document


def test_report_sheets_and_overview_equal_the_json(bundled_report):
    wb, document = bundled_report
    assert wb.sheetnames == ["Oversigt", *KKR, "Kvotienter", "Lodtrækning"]
    ws = wb["Oversigt"]
    assert header(ws) == [
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
        "Foreløbig",
    ]
    for r, entry in enumerate(document["kkr"], start=2):
        values = [ws.cell(r, c).value for c in range(1, 11)]
        assert values == [
            entry["kkr"],
            entry["municipalities"],
            entry["counted"],
            entry["mayors"],
            entry["supplementary"],
            entry["members"],
            entry["cap"],
            "nej",
            entry["chair"]["formand"],
            entry["chair"]["naestformand"],
        ]
    cells = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, ws.max_row + 1)}
    assert cells["Inputfil"] == "kv2025_kkr.xlsx" and cells["SHA-256"] == document["source"]["sha256"]
    assert cells["threshold_percent"] == "2" and cells["cap_factor"] == "2"


def test_kkr_sheet_composition_chart_and_chair(bundled_report):
    wb, document = bundled_report
    entry = document["kkr"][0]
    ws = wb["Hovedstaden"]
    assert header(ws)[:3] == ["Parti/liste", "Navn", "Stemmer"]
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
    (chart,) = ws._charts
    assert len(chart.series) == 2 and chart.grouping == "stacked"
    chair_rows = rows_below(ws, "Liste/valgforbund", 6)
    assert [r[0] for r in chair_rows] == [lst["list"] for lst in entry["chair"]["lists"]]
    assert chair_rows[0][5] == "Formand"
    assert ws.freeze_panes == "A2" and ws["A1"].font.bold
    assert ws.cell(2, 3).number_format == "#,##0"
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage


def test_quotient_sheet_is_the_audit_trail(bundled_report):
    wb, document = bundled_report
    ws = wb["Kvotienter"]
    assert header(ws) == [
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
    rows = [[ws.cell(r, c).value for c in range(1, 10)] for r in range(2, ws.max_row + 1)]
    expected = [(e["kkr"], s["party"], s["votes"], s["divisor"]) for e in document["kkr"] for s in e["seats"]]
    seats = [(r[0], r[3], r[5], r[6]) for r in rows if r[2] in ("Borgmester", "Supplerende")]
    assert seats == expected
    posts = [(r[0], r[2], r[3]) for r in rows if r[2] in ("Formand", "Næstformand")]
    assert posts == [
        (e["kkr"], label, e["chair"][key])
        for e in document["kkr"]
        for label, key in (("Formand", "formand"), ("Næstformand", "naestformand"))
    ]
    assert all(abs(r[7] - r[5] / r[6]) < 1e-3 for r in rows if r[6])
    assert wb["Lodtrækning"]["A2"].value == "Ingen stemmelighed."


def test_ties_and_english_headers(tmp_path):
    path = write_workbook(tmp_path / "tie.xlsx", tie_sheets())
    target = tmp_path / "out.xlsx"
    result = run("allocate", path, "--kkr", "Syd", "--seed", "7", "--xlsx", target, "--lang", "en")
    assert result.exit_code == 0, result.output
    wb = load_workbook(target)
    assert header(wb["Oversigt"])[:2] == ["KKR", "Municipalities"]
    ws = wb["Lodtrækning"]
    assert header(ws)[:4] == ["Election", "Seat", "Quotient", "Candidates"]
    assert ws["D2"].value == "A, B" and ws["H2"].value == 7 and "seed 7" in ws["G2"].value


def test_chair_and_scenarios_write_reports(tmp_path):
    path = write_workbook(tmp_path / "s.xlsx", small_sheets())
    assert run("chair", path, "--kkr", "Nord", "--xlsx", tmp_path / "c.xlsx").exit_code == 0
    assert "Nord" in load_workbook(tmp_path / "c.xlsx").sheetnames
    result = run("scenarios", path, "--kkr", "Nord", "--party", "A", "--xlsx", tmp_path / "sc.xlsx")
    assert result.exit_code == 0, result.output
    ws = load_workbook(tmp_path / "sc.xlsx")["Scenarier Nord"]
    assert header(ws) == ["Parti/liste", "Stemmer", "Formand", "Næstformand"]
    assert rows_below(ws, "Parti/liste", 4)[:2] == [["V", 7000, 2, 0], ["A", 6000, 0, 2]]


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
    assert "No space left" in str(raised.value) and "Kan ikke skrive" in str(raised.value)
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
    bundled = run("validate", BUNDLED, "--strict")
    assert bundled.exit_code == 2 and "mangler resultater" in bundled.output
