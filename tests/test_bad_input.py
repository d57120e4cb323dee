"""Every bad input gives one clear message naming where the problem is, exit code 2 and no traceback."""

from pathlib import Path

import pytest
from kkrvalg.cli import app
from typer.testing import CliRunner

from helpers import small_sheets, write_workbook

runner = CliRunner()


def allocate(path: Path, *extra: str):
    result = runner.invoke(app, ["allocate", str(path), *extra], env={"COLUMNS": "200"})
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    return " ".join(result.output.split())


def broken(tmp_path, edit) -> Path:
    sheets = small_sheets()
    edit(sheets)
    return write_workbook(tmp_path / "stemmer.xlsx", sheets)


def test_file_missing(tmp_path):
    assert "findes ikke" in allocate(tmp_path / "nope.xlsx")


def test_not_xlsx_or_csv(tmp_path):
    path = tmp_path / "stemmer.txt"
    path.write_text("hej")
    assert "hverken en .xlsx-fil" in allocate(path)


def test_corrupt_workbook(tmp_path):
    path = tmp_path / "stemmer.xlsx"
    path.write_bytes(b"not a zip file at all")
    assert "kan ikke læses som Excel-projektmappe" in allocate(path)


def test_missing_sheet(tmp_path):
    message = allocate(broken(tmp_path, lambda s: s.pop("borgmestre")))
    assert "Arket 'borgmestre' mangler" in message


def test_missing_column(tmp_path):
    def drop_votes(s):
        s["stemmer"] = [row[:3] + row[4:] for row in s["stemmer"]]

    message = allocate(broken(tmp_path, drop_votes))
    assert "ark 'stemmer'" in message and "Kolonnen 'stemmer' mangler" in message


@pytest.mark.parametrize(
    ("value", "expected"),
    [("12,5", "'12,5' er ikke et helt tal"), (-3, "-3 er negativ"), ("mange", "'mange' er ikke et helt tal")],
)
def test_bad_votes_name_sheet_row_column_and_value(tmp_path, value, expected):
    def bad(s):
        s["stemmer"][2][3] = value

    message = allocate(broken(tmp_path, bad))
    assert "ark 'stemmer', række 3, kolonne 'stemmer'" in message and expected in message


def test_danish_thousands_separators_are_accepted(tmp_path):
    sheets = small_sheets()
    sheets["stemmer"][1][3] = "5.000"
    sheets["stemmer"][2][3] = "3 000"
    path = write_workbook(tmp_path / "ok.xlsx", sheets)
    assert runner.invoke(app, ["allocate", str(path)]).exit_code == 0


def test_duplicate_municipality_and_list(tmp_path):
    message = allocate(broken(tmp_path, lambda s: s["stemmer"].append(["åby kommune", "A", "", 1, 0])))
    assert "Liste A i Åby står to gange (også i række 2)" in message


def test_unknown_municipality_suggests_names(tmp_path):
    def typo(s):
        s["stemmer"][1][0] = "Østrby"

    message = allocate(broken(tmp_path, typo))
    assert "Kommunen 'Østrby' kendes ikke. Mente du: Østerby?" in message


def test_two_mayors(tmp_path):
    message = allocate(broken(tmp_path, lambda s: s["borgmestre"].append(["Åby", "V", "Vera"])))
    assert "Åby har to borgmestre" in message and "række 5" in message


def test_mayor_list_without_votes(tmp_path):
    def wrong_letter(s):
        s["borgmestre"][1][1] = "Q"

    assert "Borgmesterens liste Q har ingen række i arket 'stemmer' for Åby" in allocate(broken(tmp_path, wrong_letter))


def test_listesamarbejde_for_unknown_list(tmp_path):
    def pooled(s):
        s["listesamarbejder"] = [["kommune", "liste", "listesamarbejde"], ["Åby", "Q", "Lokallisterne i Danmark"]]

    assert "Listen Q i Åby har ingen række" in allocate(broken(tmp_path, pooled))


def test_municipality_in_two_kkr(tmp_path):
    message = allocate(broken(tmp_path, lambda s: s["kommuner"].append([901, "Åby", "Syd"])))
    assert "Åby står i både Nord og Syd" in message


def test_several_problems_are_listed_together(tmp_path):
    def two(s):
        s["stemmer"][1][3] = -1
        s["stemmer"][2][4] = "x"

    message = allocate(broken(tmp_path, two))
    assert "række 2" in message and "række 3" in message


def test_empty_optional_sheets_are_fine(tmp_path):
    sheets = small_sheets()
    sheets["listesamarbejder"] = [["kommune", "liste", "listesamarbejde"]]
    sheets["valgforbund"] = []
    path = write_workbook(tmp_path / "ok.xlsx", sheets)
    assert runner.invoke(app, ["allocate", str(path)]).exit_code == 0


def test_english_error_messages(tmp_path):
    message = allocate(broken(tmp_path, lambda s: s.pop("borgmestre")), "--lang", "en")
    assert "The sheet 'borgmestre' is missing" in message


def test_listesamarbejde_passes_only_when_pooled(tmp_path):
    """R3: local lists L (Åby, 200) and M (Østerby, 200) each have 1.3 % of 14 900 votes; pooled, 2.7 %."""
    import json

    sheets = small_sheets()
    sheets["stemmer"] = [r for r in sheets["stemmer"] if r[1] != "L"] + [
        ["Åby", "L", "Åby-listen", 200, 1],
        ["Østerby", "M", "Østerby-listen", 200, 0],
    ]
    sheets["stemmer"].append(["Åby", "K", "Kristendemokraterne", 1000, 0])
    alone = write_workbook(tmp_path / "alone.xlsx", sheets)
    sheets["listesamarbejder"] = [
        ["kommune", "liste", "listesamarbejde"],
        ["Åby", "L", "Lokallisterne i Danmark"],
        ["Østerby", "M", "Lokallisterne i Danmark"],
    ]
    pooled = write_workbook(tmp_path / "pooled.xlsx", sheets)

    def nord(path):
        out = runner.invoke(app, ["allocate", str(path), "--format", "json", "--kkr", "Nord"]).stdout
        return {p["party"]: p for p in json.loads(out)["kkr"][0]["parties"]}

    assert all(not p["eligible"] for k, p in nord(alone).items() if "listen" in k)
    together = nord(pooled)["Lokallisterne i Danmark"]
    assert together["votes"] == 400 and together["eligible"]
