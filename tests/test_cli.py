"""The allocate command end to end: Rich output, JSON, --kkr, --strict and the exit codes 0, 2 and 3.

Hand check of ``small_sheets`` (KKR Nord = Åby + Østerby, cap 4): valid votes 15 000 (A 6 000, V 7 000,
Ø 500, local list L 1 500); Ø has 3.3 % and a seat, so it is eligible; L is not a party (R3).
A holds both mayors (last quotient 3 000): V 7 000, V 3 500 > 3 000, then V's next 2 333 1/3 is below
every last quotient → V 2 supplementary, 4 members. KKR Syd (Ærø Sogn, cap 2): C's mayor on 2 000 votes
against A 1 000 is already proportional → 1 member.
"""

import hashlib
import json

import pytest

from helpers import BUNDLED, ended, run, small_sheets, tie_sheets, write_workbook


@pytest.fixture
def small(small_workbook):
    return small_workbook


def test_table_output_in_danish(small):
    result = run("allocate", small)
    assert result.exit_code == 0, result.output
    assert "KKR Nord" in result.output and "KKR Syd" in result.output
    assert "Supple-" in result.output and "ikke parti (R3)" in result.output
    assert "4 medlemmer: 2 borgmestre + 2 supplerende. Loft: 4" in result.output
    assert "FORELØBIG" not in result.output


def test_english_output(small):
    result = run("allocate", small, "--lang", "en")
    assert result.exit_code == 0
    assert "4 members: 2 mayors + 2 supplementary" in result.output


def test_json_contract(small):
    result = run("allocate", small, "--format", "json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["rules"]["threshold_percent"] == "2"
    nord, syd = document["kkr"]
    assert (nord["kkr"], nord["municipalities"], nord["cap"], nord["cap_reached"]) == ("Nord", 2, 4, False)
    assert (nord["members"], nord["mayors"], nord["supplementary"]) == (4, 2, 2)
    assert nord["provisional"] is False and nord["missing"] == []
    parties = {p["party"]: p for p in nord["parties"]}
    assert parties["V"]["supplementary"] == 2 and parties["A"]["mayors"] == 2 and parties["Ø"]["eligible"]
    assert parties["Lokallisten (Åby)"]["eligible"] is False
    supplementary = [s for s in nord["seats"] if s["kind"] == "supplementary"]
    assert [(s["order"], s["party"], s["votes"], s["divisor"]) for s in supplementary] == [
        (1, "V", 7000, 1),
        (2, "V", 7000, 2),
    ]
    assert syd["members"] == 1 and syd["supplementary"] == 0


def test_kkr_option_limits_output(small):
    result = run("allocate", small, "--kkr", "syd", "--format", "json")
    assert [k["kkr"] for k in json.loads(result.stdout)["kkr"]] == ["Syd"]
    unknown = run("allocate", small, "--kkr", "Vest")
    assert unknown.exit_code == 2 and "Nord, Syd" in unknown.output


def test_quotients_option_shows_award_order(small):
    result = run("allocate", small, "--quotients")
    assert "7.000 ÷ 2 = 3.500" in result.output


def test_tie_without_seed_exits_3_and_shows_alternatives(tmp_path):
    path = write_workbook(tmp_path / "tie.xlsx", tie_sheets())
    result = run("allocate", path, "--kkr", "Syd")
    assert result.exit_code == 3
    assert "kræver lodtrækning" in result.output
    assert "Hvis A vinder: A 1, C 1" in result.output and "Hvis B vinder: B 1, C 1" in result.output
    document = json.loads(run("allocate", path, "--kkr", "Syd", "--format", "json").stdout)
    (tie,) = document["kkr"][0]["ties"]
    assert tie["candidates"] == ["A", "B"] and tie["resolution"] == "unresolved"
    assert [a["winners"] for a in tie["alternatives"]] == [["A"], ["B"]]


def test_tie_with_seed_is_recorded(tmp_path):
    path = write_workbook(tmp_path / "tie.xlsx", tie_sheets())
    result = run("allocate", path, "--kkr", "Syd", "--seed", "2026", "--format", "json")
    assert result.exit_code == 0
    (tie,) = json.loads(result.stdout)["kkr"][0]["ties"]
    assert tie["resolution"] == "seed" and tie["seed"] == 2026 and len(tie["winners"]) == 1
    again = json.loads(run("allocate", path, "--kkr", "Syd", "--seed", "2026", "--format", "json").stdout)
    assert again["kkr"][0]["ties"][0]["winners"] == tie["winners"]


def test_partial_data_is_provisional_and_strict_refuses_it(tmp_path):
    sheets = small_sheets()
    sheets["stemmer"] = [r for r in sheets["stemmer"] if r[0] != "Østerby"]
    sheets["borgmestre"] = [r for r in sheets["borgmestre"] if r[0] != "Østerby"]
    path = write_workbook(tmp_path / "partial.xlsx", sheets)
    document = json.loads(run("allocate", path, "--format", "json").stdout)
    nord, syd = document["kkr"]
    assert nord["provisional"] is True and nord["missing"] == ["Østerby"]
    assert syd["provisional"] is False
    assert (
        "FORELØBIG — ikke den officielle sammensætning. 1 af 2 kommuner har resultater" in run("allocate", path).output
    )
    strict = run("allocate", path, "--strict")
    assert "Østerby" in ended(strict, 2)


def test_strict_requires_every_mayor(tmp_path):
    sheets = small_sheets()
    sheets["borgmestre"] = sheets["borgmestre"][:2]
    path = write_workbook(tmp_path / "nomayor.xlsx", sheets)
    assert json.loads(run("allocate", path, "--format", "json").stdout)["kkr"][0]["without_mayor"] == ["Østerby"]
    strict = run("allocate", path, "--strict")
    assert strict.exit_code == 2 and "Østerby har ingen borgmester" in strict.output


def test_csv_folder_with_semicolons_and_cp1252(tmp_path):
    folder = tmp_path / "csv"
    folder.mkdir()
    for name, rows in small_sheets().items():
        text = "\n".join(";".join(str(c) for c in row) for row in rows)
        (folder / f"{name}.csv").write_bytes(text.encode("cp1252" if name == "stemmer" else "utf-8-sig"))
    result = run("allocate", folder, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["kkr"][0]["supplementary"] == 2


def test_bundled_workbook_is_final_everywhere():
    before = hashlib.sha256(BUNDLED.read_bytes()).hexdigest()
    result = run("allocate", BUNDLED, "--format", "json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert [k["kkr"] for k in document["kkr"]] == [
        "Hovedstaden",
        "Sjælland",
        "Syddanmark",
        "Midtjylland",
        "Nordjylland",
    ]
    assert not any(k["provisional"] or k["missing"] or k["without_mayor"] for k in document["kkr"])
    assert document["complete"] and sum(k["mayors"] for k in document["kkr"]) == 98
    assert all(k["members"] == sum(p["members"] for p in k["parties"]) <= k["cap"] for k in document["kkr"])
    assert all(k["undecided"] == 0 and k["mayors"] == sum(p["mayors"] for p in k["parties"]) for k in document["kkr"])
    assert hashlib.sha256(BUNDLED.read_bytes()).hexdigest() == before


def test_python_m_entry_point():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "kkrvalg", "--help"], capture_output=True, text=True, check=True)
    assert "allocate" in done.stdout


def test_help_does_not_import_heavy_modules():
    import subprocess
    import sys

    code = "import sys, kkrvalg.cli; print(sorted(m for m in ('pandas', 'openpyxl', 'numpy') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_unknown_council_seats_are_assumed_and_make_the_kkr_provisional(tmp_path):
    """Nord without seat counts: every list's seats are unknown, so R4's seat condition is assumed met."""
    sheets = small_sheets()
    for row in sheets["stemmer"][1:]:
        if row[0] != "Ærø Sogn":
            row[4] = None
    path = write_workbook(tmp_path / "s.xlsx", sheets)
    nord = json.loads(run("allocate", path, "--kkr", "Nord", "--format", "json").stdout)["kkr"][0]
    assert nord["provisional"] and nord["seats_unknown"] == ["Åby", "Østerby"]
    parties = {p["party"]: p for p in nord["parties"]}
    assert parties["Ø"]["eligible"] and parties["Ø"]["council_seat_assumed"]
    assert nord["members"] == 4  # as with the real seats: Ø's eligibility does not change the allocation
    shown = run("allocate", path, "--kkr", "Nord")
    assert (
        "Mandattal mangler: Åby, Østerby (KB-mandat antaget, R4)" in shown.output and "KB-mandat ukendt" in shown.output
    )
    strict = run("allocate", path, "--kkr", "Nord", "--strict")
    assert strict.exit_code == 2 and "mangler mandattal" in strict.output
    syd = json.loads(run("allocate", path, "--kkr", "Syd", "--format", "json").stdout)["kkr"][0]
    assert not syd["provisional"] and not any(p["council_seat_assumed"] for p in syd["parties"])


def test_composition_table_fits_an_80_column_terminal():
    """At 80 columns every number stays visible: list names and council seats give way instead."""
    result = run("allocate", BUNDLED, "--kkr", "Sjælland", columns=80)
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80
    total = next(line for line in lines if line.startswith("│ I alt"))
    assert [cell.strip() for cell in total.split("│")[1:-1]][-3:] == ["17", "17", "34"]
    assert "…" not in result.output
