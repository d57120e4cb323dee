"""One letter, one party: letters are read up to case and Unicode form, look-alikes are refused, and
nothing in a workbook can silently shadow anything else (two headers or sheets that mean the same)."""

import json
import unicodedata

import pytest
from kkrvalg import names

from helpers import ended, run, small_sheets, write_csv_folder, write_workbook

LETTERS = ("A", "B", "C", "F", "I", "M", "O", "V", "Æ", "Ø", "Å")


def nord(path):
    result = run("allocate", path, "--kkr", "Nord", "--format", "json")
    ended(result, 0)
    return {p["party"]: p for p in json.loads(result.stdout)["kkr"][0]["parties"]}


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("å", "Å"),
        ("A\u030a", "Å"),  # A + combining ring above, as a Mac or a PDF may write Å
        ("a\u030a", "Å"),
        (" æ ", "Æ"),
    ],
)
def test_a_letter_in_another_case_or_form_is_that_party(tmp_path, written, read):
    sheets = small_sheets()
    sheets["stemmer"].append(["Åby", written, "", 300, 1])
    parties = nord(write_workbook(tmp_path / "s.xlsx", sheets))
    assert parties[read]["votes"] == 300 and parties[read]["name"] != written
    assert not any(p["reason"] == "not_a_party" and p["votes"] == 300 for p in parties.values())


def test_a_lowercase_letter_counts_for_the_national_party_not_a_local_list(tmp_path):
    """Østerby's Ø written ``ø``: still Enhedslisten's 500 votes, eligible with its council seat."""
    sheets = small_sheets()
    sheets["stemmer"][6][1] = "ø"
    assert nord(write_workbook(tmp_path / "s.xlsx", sheets))["Ø"]["votes"] == 500


@pytest.mark.parametrize(
    ("written", "resembles"),
    [
        ("O\u0338", "Ø"),  # O + combining long solidus overlay
        ("O\u0337", "Ø"),
        ("Ö", "Ø"),
        ("Ä", "Æ"),
        ("А", "A"),  # Cyrillic capital A
        ("С", "C"),  # Cyrillic capital Es
        ("Ｖ", "V"),  # full-width V
        ("A\u0325", "Å"),  # A + ring below
        ("Á", "A"),
    ],
)
def test_a_look_alike_letter_is_refused_naming_the_letter_it_resembles(tmp_path, written, resembles):
    sheets = small_sheets()
    sheets["stemmer"][1][1] = written
    sheets["borgmestre"][1][1] = written
    message = ended(run("allocate", write_workbook(tmp_path / "s.xlsx", sheets)), 2)
    assert f"ligner partibogstavet {resembles}, men er et andet tegn" in message
    assert "ark 'stemmer', række 2, kolonne 'liste'" in message
    assert "U+" in message


def test_lookalike_is_none_for_real_letters_and_local_lists():
    for letter in LETTERS:
        assert names.lookalike(letter, LETTERS) is None
        assert names.lookalike(letter.lower(), LETTERS) is None
    for local in ("L", "Lokallisten", "É", "AA", ""):
        assert names.lookalike(local, LETTERS) is None
    assert names.lookalike(unicodedata.normalize("NFD", "Å"), LETTERS) is None


def test_validate_lists_every_cell_it_read_as_another_letter(tmp_path):
    sheets = small_sheets()
    sheets["stemmer"][6][1] = "ø"
    sheets["borgmestre"][1][1] = "a"
    shown = ended(run("validate", write_workbook(tmp_path / "s.xlsx", sheets)), 0)
    assert "ark 'stemmer', række 7, kolonne 'liste': 'ø' er læst som partibogstavet Ø" in shown
    assert "ark 'borgmestre', række 2, kolonne 'liste': 'a' er læst som partibogstavet A" in shown


def test_two_spellings_of_one_list_in_a_municipality_are_a_duplicate(tmp_path):
    sheets = small_sheets()
    sheets["stemmer"].append(["Åby", "a", "", 1, 0])
    assert "Liste A i Åby står to gange (også i række 2)" in ended(
        run("allocate", write_workbook(tmp_path / "s.xlsx", sheets)), 2
    )


def test_two_headers_that_mean_the_same_column_are_refused(tmp_path):
    sheets = small_sheets()
    sheets["stemmer"] = [row + [row[3]] for row in sheets["stemmer"]]
    sheets["stemmer"][0][-1] = "Stemmer "
    message = ended(run("allocate", write_workbook(tmp_path / "s.xlsx", sheets)), 2)
    assert "ark 'stemmer'" in message and "Kolonnerne 'stemmer' (kolonne D) og 'Stemmer' (kolonne F)" in message


def test_two_sheets_that_mean_the_same_sheet_are_refused(tmp_path):
    sheets = small_sheets()
    sheets["Stemmer "] = [row[:] for row in sheets["stemmer"]]
    message = ended(run("allocate", write_workbook(tmp_path / "s.xlsx", sheets)), 2)
    assert "Arkene 'stemmer' og 'Stemmer ' betyder det samme ark" in message
    aliased = small_sheets()
    aliased["optælling"] = [["kommune", "status"]]
    aliased["optaelling"] = [["kommune", "status"]]
    assert "betyder det samme ark" in ended(run("allocate", write_workbook(tmp_path / "o.xlsx", aliased)), 2)


def test_csv_files_are_found_whatever_the_case_of_their_suffix(tmp_path):
    folder = write_csv_folder(tmp_path / "csv", small_sheets(), name=str.capitalize)
    for file in folder.iterdir():
        file.rename(file.with_suffix(".CSV"))
    result = run("allocate", folder, "--format", "json")
    ended(result, 0)
    assert json.loads(result.stdout)["kkr"][0]["supplementary"] == 2


def test_two_csv_files_for_one_sheet_are_refused(small_csv_folder):
    folder = small_csv_folder
    (folder / "Stemmer.CSV").write_text("kommune;liste;stemmer;mandater\nÅby;A;1;1\n", encoding="utf-8")
    assert "betyder det samme ark" in ended(run("allocate", folder), 2)


def test_options_take_the_tools_own_notation(tmp_path):
    path = write_workbook(tmp_path / "s.xlsx", small_sheets())
    for kkr in ("Nord", "nord", "KKR Nord", "kkr nord"):
        result = run("allocate", path, "--kkr", kkr, "--format", "json")
        assert ended(result, 0) and json.loads(result.stdout)["kkr"][0]["kkr"] == "Nord"
    for groups in (["A+V"], ["a,v"], ["V + A"]):
        args = [arg for g in groups for arg in ("--valgforbund", g)]
        result = run("chair", path, "--kkr", "Nord", *args, "--format", "json")
        ended(result, 0)
        assert json.loads(result.stdout)["kkr"][0]["valgforbund"][0]["parties"] in (["A", "V"], ["V", "A"])


def test_names_match_ascii_spellings_and_prefixes():
    kkr = ["Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland", "Nordjylland"]
    assert names.match_name("sjaelland", kkr) == "Sjælland"
    assert names.match_name("KKR Sjælland", kkr, prefix="KKR") == "Sjælland"
    assert names.match_name("SJÆLLAND", kkr) == "Sjælland"
    assert names.match_name("Sjæl", kkr) is None
    assert names.match_party("lokallisterne i danmark", ["Lokallisterne i Danmark", "A"]) == "Lokallisterne i Danmark"
    assert names.split_parties("V + c,Æ") == ("V", "c", "Æ")
