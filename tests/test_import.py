"""Import of the official results (valg.dk JSON tree and CSV exports) and the VALGK3 cross-check."""

import json
import shutil

import pytest
from openpyxl import load_workbook

from helpers import FIXTURES, ended, run
from valgdk_shapes import district, seat_allocation, write

TREE = FIXTURES / "valgdk"


def sheet_rows(path, sheet):
    rows = list(load_workbook(path)[sheet].iter_rows(values_only=True))
    return rows[0], tuple(rows[1:])


@pytest.fixture
def imported(tmp_path):
    target = tmp_path / "stemmer.xlsx"
    result = run("import", "valgdk", TREE, "-o", target)
    assert result.exit_code == 0, result.output
    return target


@pytest.fixture
def tree(tmp_path):
    """A writable copy of the fixture tree, for the cases that break it."""
    return shutil.copytree(TREE, tmp_path / "tree")


def test_tree_import_keeps_the_newest_release_and_keys_lists_on_letters(imported):
    header, rows = sheet_rows(imported, "stemmer")
    assert header == ("kommunekode", "kommune", "liste", "navn", "stemmer", "mandater")
    found = {(r[1], r[2]): (r[3], r[4], r[5]) for r in rows}
    # Dragør: district 1's second release (520) plus district 2 (480); district 3 is not counted yet.
    assert found["Dragør", "A"] == ("Socialdemokratiet", 1000, None)
    assert found["Dragør", "V"] == ("Venstre", 800, None)  # two spellings of V's name, one list
    assert found["Dragør", "Sydamagerlisten"][1] == 100  # no ballot letter: keyed on its name
    # Læsø: a BOM file and ASCII key spellings; seats from mandatfordeling; verifikation/ ignored.
    assert found["Læsø", "A"] == ("Socialdemokratiet", 700, 4)
    assert found["Læsø", "Ø"] == ("Enhedslisten", 50, 0)
    assert len(rows) == 8


def test_import_sheet_records_sources_and_count_state(imported):
    _, status = sheet_rows(imported, "optaelling")
    assert status == (
        ("Dragør", "foreløbig", None, "2 af 3 afstemningsområder optalt; ingen mandatfordeling"),
        ("Læsø", "endelig", 1474, None),
    )
    ws = load_workbook(imported)["Import"]
    rows = [tuple(c.value for c in row) for row in ws.iter_rows()]
    assert rows[1][:7] == (155, "Dragør", 3, 2, 2, "nej", "foreløbig")
    assert rows[2][:7] == (825, "Læsø", 2, 2, 2, "ja", "endelig")
    files = [r for r in rows if len(r) > 1 and r[1] in ("valgresultater", "mandatfordeling")]
    assert len(files) == 7 and not any("verifikation" in r[0] or r[0].endswith(".hash") for r in files)
    old = next(r for r in files if "181120252310" in r[0])
    assert (old[4], old[5], old[6]) == ("18-11-2025 23:10:00", "ForeløbigOptælling", "nej")
    _, mayors = sheet_rows(imported, "borgmestre")
    assert mayors == ((155, "Dragør", None, None), (825, "Læsø", None, None))
    assert sheet_rows(imported, "valgforbund")[0] == ("kkr", "valgforbund", "parti")


def test_allocate_on_the_import_is_provisional_where_the_count_is(imported):
    document = json.loads(run("allocate", imported, "--format", "json").stdout)
    by_kkr = {k["kkr"]: k for k in document["kkr"]}
    assert by_kkr["Hovedstaden"]["provisional"] and by_kkr["Hovedstaden"]["preliminary"] == ["Dragør"]
    assert by_kkr["Hovedstaden"]["seats_unknown"] == ["Dragør"]
    assert by_kkr["Nordjylland"]["seats_unknown"] == [] and "Læsø" not in by_kkr["Nordjylland"]["preliminary"]


def test_checks_report_vote_and_seat_mismatches(tree, tmp_path):
    results = tree / "kommunalvalg-134-18-11-2025" / "valgresultater"
    broken = next(results.glob("*Dragør-2.*.json"))
    document = json.loads(broken.read_text(encoding="utf-8"))
    document["GyldigeStemmer"] += 7
    broken.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    seats = next((tree / "kommunalvalg-134-18-11-2025" / "mandatfordeling").glob("*.json"))
    document = json.loads(seats.read_text(encoding="utf-8"))
    document["PersonligeMandater"].pop(3)
    seats.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = run("import", "valgdk", tree, "-o", tmp_path / "s.xlsx")
    assert result.exit_code == 0, result.output
    assert "listernes stemmer giver 1225, men GyldigeStemmer er 1232" in result.output
    assert "8 personlige mandater, men deres numre løber ikke 1–8" in result.output
    checks = [c.value for c in load_workbook(tmp_path / "s.xlsx")["Import"]["A"] if c.value]
    assert any("GyldigeStemmer er 1232" in str(v) for v in checks)


@pytest.mark.parametrize(
    "breakage, message",
    [
        ("empty", "ikke et valg.dk-datatræ"),
        ("malformed", "Ugyldig JSON i linje"),
        ("municipality", "Kommunekode = 999 er ikke en kendt kommunekode"),
    ],
)
def test_bad_trees_are_refused_with_the_file_named(tree, tmp_path, breakage, message):
    root = tree / "kommunalvalg-134-18-11-2025"
    if breakage == "empty":
        shutil.rmtree(root / "valgresultater")
    elif breakage == "malformed":
        (root / "valgresultater" / "valgresultater-Kommunalvalg-Læsø-9. Område 9-191120250500.json").write_text(
            '{"Valgart": "Kommunalvalg",\n "Kommunekode": 825,,}', encoding="utf-8"
        )
    else:
        write(root, district(999, "Atlantis", 1, [("A", "S", 5)]))
    target = tmp_path / "s.xlsx"
    result = run("import", "valgdk", tree, "-o", target)
    assert result.exit_code == 2 and message in result.output, result.output
    assert (result.exception is None or isinstance(result.exception, SystemExit)) and not target.exists()
    if breakage != "empty":
        assert ".json" in result.output


def test_files_of_another_election_are_left_out_and_named(tree, tmp_path):
    """A Folketingsvalg file and a KV2017 file in the live folder: the import leaves them out, says why, and the
    workbook is the one without them."""
    root = tree / "kommunalvalg-134-18-11-2025"
    clean = tmp_path / "clean.xlsx"
    ended(run("import", "valgdk", tree, "-o", clean), 0)
    write(root, district(825, "Læsø", 7, [("A", "S", 5)], election="Folketingsvalg"))
    write(root, district(825, "Læsø", 8, [("A", "S", 5)], day="21-11-2017"))
    target = tmp_path / "s.xlsx"
    said = ended(run("import", "valgdk", tree, "-o", target), 0)
    assert "Område 7-191120250130.json — fra et andet valg (Valgart Folketingsvalg, Valgdag 18-11-2025)" in said
    assert "Område 8-191120250130.json — fra et andet valg (Valgart Kommunalvalg, Valgdag 21-11-2017)" in said
    assert sheet_rows(target, "stemmer") == sheet_rows(clean, "stemmer")


def test_update_refreshes_votes_and_keeps_what_the_user_typed(imported, tree):
    wb = load_workbook(imported)
    wb["borgmestre"]["C2"], wb["borgmestre"]["D2"] = "A", "Allan Dragør"
    wb["borgmestre"]["C3"] = "V"
    wb["valgforbund"].append(["Hovedstaden", "blå", "V"])
    partier = wb.create_sheet("partier")
    partier.append(["liste", "navn"])
    partier.append(["A", "Socialdemokratiet"])
    wb.save(imported)
    before = imported.read_bytes()
    root = tree / "kommunalvalg-134-18-11-2025"
    write(
        root,
        district(
            155, "Dragør", 3, [("A", "Socialdemokratiet", 250), ("V", "Venstre", 100)], released="19-11-2025 04:00:00"
        ),
    )
    write(
        root,
        seat_allocation(
            155, "Dragør", [("A", "Socialdemokratiet", 7), ("V", "Venstre", 5), ("C", "Det Konservative Folkeparti", 3)]
        ),
    )
    write(root, district(563, "Fanø", 1, [("V", "Venstre", 900), ("A", "Socialdemokratiet", 600)]))
    result = run("import", "valgdk", tree, "--update", imported)
    assert result.exit_code == 0, result.output
    _, mayors = sheet_rows(imported, "borgmestre")
    assert mayors == ((155, "Dragør", "A", "Allan Dragør"), (825, "Læsø", "V", None), (563, "Fanø", None, None))
    assert sheet_rows(imported, "valgforbund")[1] == (("Hovedstaden", "blå", "V"),)
    assert sheet_rows(imported, "partier")[1] == (("A", "Socialdemokratiet"),)
    votes = {(r[1], r[2]): (r[4], r[5]) for r in sheet_rows(imported, "stemmer")[1]}
    assert votes["Dragør", "A"] == (1250, 7) and votes["Fanø", "V"] == (900, None)
    (backup,) = imported.parent.glob("stemmer.backup-*.xlsx")
    assert backup.read_bytes() == before
    assert "sikkerhedskopi" not in result.output and "gemt som" in result.output


def test_import_needs_exactly_one_target_and_does_not_overwrite(imported, tmp_path):
    assert run("import", "valgdk", TREE).exit_code == 2
    again = run("import", "valgdk", TREE, "-o", imported)
    assert again.exit_code == 2 and "--force" in again.output
    assert run("import", "valgdk", TREE, "-o", imported, "--force").exit_code == 0


def test_csv_exports_of_both_layouts(tmp_path):
    target = tmp_path / "csv.xlsx"
    result = run(
        "import",
        "valgdk-csv",
        FIXTURES / "valgdk-csv" / "Dragør.csv",
        FIXTURES / "valgdk-csv" / "kv2025_Laesoe_Kommune.csv",
        "-o",
        target,
    )
    assert result.exit_code == 0, result.output
    assert "CSV-eksporten har ingen mandater" in result.output
    votes = {(r[1], r[2]): (r[4], r[5]) for r in sheet_rows(target, "stemmer")[1]}
    assert votes == {
        ("Dragør", "A"): (1500, None),
        ("Dragør", "V"): (2640, None),
        ("Dragør", "Sydamagerlisten"): (75, None),
        ("Læsø", "A"): (700, None),
        ("Læsø", "V"): (600, None),
    }
    shown = run("allocate", target, "--kkr", "Hovedstaden", columns=400)
    assert shown.exit_code == 0 and "Mandattal mangler: Dragør (KB-mandat antaget, R4)" in shown.output


def test_csv_errors_name_the_file(tmp_path):
    unknown = run("import", "valgdk-csv", FIXTURES / "valgdk-csv" / "ukendt.csv", "-o", tmp_path / "x.xlsx")
    assert unknown.exit_code == 2 and "ukendt.csv" in unknown.output and "--kommune" in unknown.output
    named = run(
        "import", "valgdk-csv", FIXTURES / "valgdk-csv" / "ukendt.csv", "--kommune", "Fanø", "-o", tmp_path / "x.xlsx"
    )
    assert named.exit_code == 2 and "Ukendte kolonner" in named.output and "række 1" in named.output
    assert not (tmp_path / "x.xlsx").exists()
    renamed = tmp_path / "eksport.csv"
    shutil.copy(FIXTURES / "valgdk-csv" / "Dragør.csv", renamed)
    ok = run("import", "valgdk-csv", renamed, "--kommune", "Dragør", "-o", tmp_path / "y.xlsx")
    assert ok.exit_code == 0 and sheet_rows(tmp_path / "y.xlsx", "stemmer")[1][0][1] == "Dragør"


def test_statbank_check_lists_every_difference(imported, tmp_path):
    """VALGK3 has Dragør's full count (A 1 500) and Læsø's V at 650; regions, EJR and STEMMER ≠ 1 are skipped."""
    result = run("check", "statbank", FIXTURES / "statbank" / "VALGK3.csv", imported)
    assert result.exit_code == 1, result.output
    assert "8 partital sammenlignet (TID 2025); 2 forskelle." in result.output
    lines = [line for line in result.output.splitlines() if line.startswith("│")]
    assert any("Dragør" in line and "1.500" in line and "1.000" in line and "-500" in line for line in lines)
    assert any("Læsø" in line and "650" in line and "600" in line and "-50" in line for line in lines)
    with_2021 = tmp_path / "VALGK3-2021.csv"
    lines = (FIXTURES / "statbank" / "VALGK3.csv").read_text(encoding="utf-8").splitlines()
    with_2021.write_text("\n".join(lines + ["Dragør;A. Socialdemokratiet;1;2021;1234"]) + "\n", encoding="utf-8")
    latest = run("check", "statbank", with_2021, imported)
    assert "8 partital sammenlignet (TID 2025); 2 forskelle." in latest.output and "også TID 2021" in latest.output
    older = run("check", "statbank", with_2021, imported, "--tid", "2021")
    assert older.exit_code == 1 and "-234" in older.output
    assert run("check", "statbank", with_2021, imported, "--tid", "1999").exit_code == 2
    bad = tmp_path / "bad.csv"
    bad.write_text("Område;Antal\nDragør;5\n", encoding="utf-8")
    refused = run("check", "statbank", bad, imported)
    assert (
        refused.exit_code == 2 and "bad.csv" in refused.output and "OMRÅDE;PARTI;STEMMER;TID;INDHOLD" in refused.output
    )
