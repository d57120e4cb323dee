"""Where ``import valgdk`` finds the election (a mirror of the SFTP root, several elections side by side), and
that reading the tree file by file writes the same workbook as the importer that held every file."""

import json
import shutil
from pathlib import Path

import pytest
from kkrvalg.cli import app
from openpyxl import load_workbook
from typer.testing import CliRunner

runner = CliRunner()
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ELECTION = "kommunalvalg-134-18-11-2025"
EARLIER = "kommunalvalg-133-16-11-2021"


def run(*args):
    result = runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def sheets(path: Path) -> dict[str, list[list]]:
    """Every sheet's values, without the import's own time (the one cell that changes from run to run)."""
    values = {ws.title: [list(row) for row in ws.iter_rows(values_only=True)] for ws in load_workbook(path)}
    values["Import"] = [row for row in values["Import"] if row[0] != "Importeret"]
    return values


@pytest.fixture
def mirror(tmp_path):
    """A mirror of the SFTP root: the election two levels down, beside a test-data copy in verifikation/."""
    root = tmp_path / "data.valg.dk"
    shutil.copytree(FIXTURES / "valgdk" / ELECTION, root / "data" / ELECTION)
    shutil.copytree(FIXTURES / "valgdk" / ELECTION, root / "data" / "verifikation" / ELECTION)
    return root


def without_later_additions(values: dict[str, list[list]]) -> dict[str, list[list]]:
    """The workbook as the importer of 285e41c wrote it: without the elected members, the election day and the
    list of files left out, which later versions add."""
    values = {title: rows for title, rows in values.items() if title != "byraadsmedlemmer"}
    rows = [row for row in values["Import"] if row[0] != "Valgdag"]
    start = next(i for i, row in enumerate(rows) if str(row[0]).startswith("Filer uden for valget"))
    end = rows.index([None] * len(rows[start]), start)
    values["Import"] = rows[:start] + rows[end + 1 :]
    return values


def test_the_workbook_is_the_one_the_importer_wrote_before_it_streamed(tmp_path):
    """tests/fixtures/valgdk-workbook.json was written by the importer of commit 285e41c, which read every
    file before choosing the newest releases."""
    target = tmp_path / "s.xlsx"
    assert run("import", "valgdk", FIXTURES / "valgdk", "-o", target).exit_code == 0
    expected = json.loads((FIXTURES / "valgdk-workbook.json").read_text(encoding="utf-8"))
    assert without_later_additions(sheets(target)) == expected


def test_an_election_two_levels_down_in_a_mirror_is_found(mirror, tmp_path):
    target, direct = tmp_path / "s.xlsx", tmp_path / "direct.xlsx"
    result = run("import", "valgdk", mirror, "-o", target)
    assert result.exit_code == 0, result.output
    assert run("import", "valgdk", mirror / "data" / ELECTION, "-o", direct).exit_code == 0
    assert sheets(target) == sheets(direct)


def test_the_election_folder_itself_may_be_the_current_folder(mirror, tmp_path, monkeypatch):
    target = tmp_path / "s.xlsx"
    assert run("import", "valgdk", mirror, "-o", tmp_path / "mirror.xlsx").exit_code == 0
    monkeypatch.chdir(mirror / "data" / ELECTION)
    assert run("import", "valgdk", ".", "-o", target).exit_code == 0
    assert sheets(target) == sheets(tmp_path / "mirror.xlsx")


def test_several_elections_are_listed_and_valg_picks_one(mirror, tmp_path):
    shutil.copytree(mirror / "data" / ELECTION, mirror / "data" / EARLIER)
    target = tmp_path / "s.xlsx"
    refused = run("import", "valgdk", mirror, "-o", target)
    assert refused.exit_code == 2 and not target.exists()
    assert f"rummer flere valg: data/{EARLIER}, data/{ELECTION}" in refused.output and "--valg" in refused.output
    for choice in (ELECTION, f"data/{ELECTION}", f"data/{ELECTION}/"):
        chosen = run("import", "valgdk", mirror, "--valg", choice, "-o", target, "--force")
        assert chosen.exit_code == 0, chosen.output
        assert ["Kilde", ELECTION] == sheets(target)["Import"][4][:2]
    unknown = run("import", "valgdk", mirror, "--valg", "folketingsvalg-2022", "-o", tmp_path / "x.xlsx")
    assert unknown.exit_code == 2 and not (tmp_path / "x.xlsx").exists()
    assert f"--valg folketingsvalg-2022 er ikke et af valgene i {mirror}: data/{EARLIER}, data/{ELECTION}" in (
        " ".join(unknown.output.split())
    )


def test_test_data_in_verifikation_is_never_an_election(mirror, tmp_path):
    shutil.rmtree(mirror / "data" / ELECTION)
    result = run("import", "valgdk", mirror, "-o", tmp_path / "s.xlsx")
    assert result.exit_code == 2 and "ikke et valg.dk-datatræ" in result.output
