"""Every bad input gives one clear message naming where the problem is, exit code 2 and no traceback."""

import zipfile
from pathlib import Path

import kkrvalg
import pytest

from helpers import BUNDLED, ended, formand_tie_sheets, run, small_sheets, write_csv_folder, write_workbook


def allocate(path: Path, *extra: str):
    """The one-line message of a run that must end with exit 2 and no traceback."""
    return ended(run("allocate", path, *extra, columns=200), 2)


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
    ended(run("allocate", path), 0)


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
    ended(run("allocate", path), 0)


def test_english_error_messages(tmp_path):
    message = allocate(broken(tmp_path, lambda s: s.pop("borgmestre")), "--lang", "en")
    assert "The sheet 'borgmestre' is missing" in message


def test_listesamarbejde_passes_only_when_pooled(tmp_path):
    """R3: local lists L (Åby, 200) and N (Østerby, 200) each have 1.3 % of 14 900 votes; pooled, 2.7 %."""
    import json

    sheets = small_sheets()
    sheets["stemmer"] = [r for r in sheets["stemmer"] if r[1] != "L"] + [
        ["Åby", "L", "Åby-listen", 200, 1],
        ["Østerby", "N", "Østerby-listen", 200, 0],
    ]
    sheets["stemmer"].append(["Åby", "K", "Kristendemokraterne", 1000, 0])
    alone = write_workbook(tmp_path / "alone.xlsx", sheets)
    sheets["listesamarbejder"] = [
        ["kommune", "liste", "listesamarbejde"],
        ["Åby", "L", "Lokallisterne i Danmark"],
        ["Østerby", "N", "Lokallisterne i Danmark"],
    ]
    pooled = write_workbook(tmp_path / "pooled.xlsx", sheets)

    def nord(path):
        out = run("allocate", path, "--format", "json", "--kkr", "Nord").stdout
        return {p["party"]: p for p in json.loads(out)["kkr"][0]["parties"]}

    assert all(not p["eligible"] for k, p in nord(alone).items() if "listen" in k)
    together = nord(pooled)["Lokallisterne i Danmark"]
    assert together["votes"] == 400 and together["eligible"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1²", "'1²' indeholder andre tegn end cifrene 0–9"),
        ("１２３", "'１２３' indeholder andre tegn end cifrene 0–9"),
        ("٣", "'٣' indeholder andre tegn end cifrene 0–9"),
        (12.5, "'12.5' er ikke et helt tal"),
        (True, "'True' er ikke et helt tal"),
        ("12 34", "'12 34' er ikke et helt tal"),
    ],
)
def test_counts_with_other_digits_or_fractions_are_refused(tmp_path, value, expected):
    def bad(s):
        s["stemmer"][1][3] = value

    assert expected in allocate(broken(tmp_path, bad))


def test_other_digits_in_a_csv_folder_are_refused(tmp_path):
    sheets = small_sheets()
    sheets["stemmer"][1][3] = "5²"
    folder = write_csv_folder(tmp_path / "csv", sheets)
    assert "fil stemmer.csv, ark 'stemmer', række 2, kolonne 'stemmer'" in allocate(folder)


def test_a_csv_field_longer_than_the_csv_modules_limit(small_csv_folder):
    folder = small_csv_folder
    (folder / "stemmer.csv").write_text('kommune;liste;stemmer;mandater\nÅby;"' + "x" * 200_000 + '";1;1\n')
    assert "fil stemmer.csv, række 2: Filen kan ikke læses som CSV" in allocate(folder)


def _rewrite_member(path: Path, target: Path, member: str, edit) -> Path:
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as copy:
        for item in source.infolist():
            data = source.read(item)
            copy.writestr(item, edit(data) if item.filename == member else data)
    return target


@pytest.mark.parametrize(
    "edit",
    [
        lambda data: data[: len(data) // 2],  # truncated sheet XML
        lambda data: b"<worksheet",
        lambda data: b"\x00\xff" * 50,
    ],
    ids=["truncated", "unclosed", "binary"],
)
def test_a_damaged_sheet_inside_the_workbook(tmp_path, edit):
    path = _rewrite_member(BUNDLED, tmp_path / "damaged.xlsx", "xl/worksheets/sheet1.xml", edit)
    assert "kan ikke læses som Excel-projektmappe" in allocate(path)


@pytest.mark.parametrize(
    "content",
    [b"", b"PK\x03\x04 not really a zip", None],
    ids=["empty", "bad-zip", "zip-without-workbook"],
)
def test_files_that_are_no_workbook(tmp_path, content):
    path = tmp_path / "x.xlsx"
    if content is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("hello.txt", "hej")
    else:
        path.write_bytes(content)
    assert "kan ikke læses som Excel-projektmappe" in allocate(path)


def test_update_onto_a_damaged_workbook_writes_nothing(tmp_path):
    from helpers import FIXTURES

    target = tmp_path / "stemmer.xlsx"
    target.write_bytes(b"not a workbook")
    message = ended(run("import", "valgdk", FIXTURES / "valgdk", "--update", target), 2)
    assert "kan ikke læses som Excel-projektmappe" in " ".join(message.split())
    assert target.read_bytes() == b"not a workbook" and sorted(p.name for p in tmp_path.iterdir()) == ["stemmer.xlsx"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('cap_factor = "to"\n', "'cap_factor' kan ikke være 'to'"),
        ("threshold_percent = [2]\n", "'threshold_percent' kan ikke være [2]"),
        ("bestyrelse_seats = 0\n", "'bestyrelse_seats' kan ikke være 0"),
        ("repraesentantskab_cap_factor = 0\n", "'repraesentantskab_cap_factor' kan ikke være 0"),
        ("threshold_percent = 101\n", "'threshold_percent' kan ikke være 101"),
        ("[section]\ncap_factor = 1\n", "Ukendt indstilling 'section'"),
        ("cap_factor = 1\ncap_factor = 2\n", "ikke gyldig TOML (linje 2, kolonne"),
        ("cap_factor 2\n", "Skriv hver indstilling som navn = værdi"),
    ],
)
def test_bad_rules_profiles(tmp_path, content, expected):
    profile = tmp_path / "profil.toml"
    profile.write_text(content, encoding="utf-8")
    path = write_workbook(tmp_path / "s.xlsx", small_sheets())
    assert expected in allocate(path, "--rules", profile)


def test_a_rules_profile_that_is_not_text(tmp_path):
    profile = tmp_path / "profil.toml"
    profile.write_bytes(b"\xff\xfe\x00cap")
    assert "ikke en tekstfil" in allocate(write_workbook(tmp_path / "s.xlsx", small_sheets()), "--rules", profile)


@pytest.mark.parametrize(
    "settings",
    [{"cap_factor": 0}, {"threshold_percent": "mange"}, {"stopping_rule": "always"}, {"cap": 2}],
)
def test_the_api_refuses_bad_settings_as_rules_errors(tmp_path, settings):
    data = kkrvalg.load(write_workbook(tmp_path / "s.xlsx", small_sheets()))
    with pytest.raises(kkrvalg.RulesError) as refused:
        kkrvalg.compose(data, rules=settings)
    assert next(iter(settings)) in str(refused.value)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--kkr", "Vest"], "KKR 'Vest' findes ikke i data. Kendte KKR: Nord, Syd"),
        (["--organ", "bestyrelse", "--kkr", "Nord"], "--kkr gælder kun KKR"),
        (["--moede", "31.02.2026"], "'31.02.2026' er ikke en dato"),
        (["--moede", "i morgen"], "'i morgen' er ikke en dato"),
        (["--seed", "x"], "Ugyldig værdi for '--seed': skal være et helt tal"),
        (["--format", "pdf"], "Ugyldig værdi for '--format': 'pdf' er ikke en af 'table', 'json'"),
        (["--organ", "byraad"], "Ugyldig værdi for '--organ'"),
        (["--nope"], "Tilvalget --nope findes ikke"),
        (["--kkr"], "Tilvalget '--kkr' kræver en værdi"),
    ],
)
def test_bad_options_are_explained_in_danish(tmp_path, args, expected):
    assert expected in allocate(write_workbook(tmp_path / "s.xlsx", small_sheets()), *args)


def test_a_missing_argument_is_explained_in_the_runs_language():
    assert "Argumentet 'FIL' mangler" in ended(run("allocate"), 2)
    assert "Missing argument 'FILE'" in ended(run("allocate", "--lang", "en"), 2)
    assert "Kommandoen 'tael' findes ikke" in ended(run("tael"), 2)


@pytest.mark.parametrize("value", [9.223372036854776e18, 10**12, "1" * 5000, "1.000.000.000.000"])
def test_counts_too_large_to_be_counts_are_refused(tmp_path, value):
    def bad(s):
        s["stemmer"][1][3] = value

    assert "for stort til at være et stemmetal" in allocate(broken(tmp_path, bad))
    assert "for stort" in ended(run("scenarios", broken(tmp_path, bad)), 2)


def test_a_missing_file_is_named_for_what_was_expected(tmp_path):
    path = write_workbook(tmp_path / "s.xlsx", small_sheets())
    assert "Angiv stien til en regelprofil (.toml" in allocate(path, "--rules", tmp_path / "nope.toml")
    shown = ended(run("check", "statbank", tmp_path / "nope.csv", path), 2)
    assert "VALGK3-udtræk" in shown and "CSV-filer" not in shown
    shown = ended(run("import", "valgdk-csv", tmp_path / "nope.csv", "-o", tmp_path / "o.xlsx"), 2)
    assert "CSV-eksport fra valg.dk" in shown
    shown = ended(run("diff", tmp_path / "nope.json", path), 2)
    assert "gemt resultat" in shown


def test_click_messages_are_danish_whole(tmp_path):
    path = write_workbook(tmp_path / "s.xlsx", small_sheets())
    shown = ended(run("allocate", path, "--lang", "xx"), 2)
    assert "'xx' er ikke en af 'da', 'en'" in shown and "Value error" not in shown and "is not one" not in shown
    shown = ended(run("allocate", path, env={"KKRVALG_LANG": "xx"}), 2)
    assert "(miljøvariabel 'KKRVALG_LANG')" in shown and "env var" not in shown
    shown = ended(run("watch", tmp_path, "--workbook", tmp_path / "w.xlsx", "--interval", "0"), 2)
    assert "skal være mindst 0,1" in shown and "Input should" not in shown
    assert "DD.MM.ÅÅÅÅ" in ended(run("frist", "31.02.2026"), 2)


def test_party_options_that_name_no_party_or_one_twice(tmp_path):
    path = write_workbook(tmp_path / "s.xlsx", small_sheets())
    for option in ("--valgforbund", "--lot"):
        shown = ended(run("chair", path, "--kkr", "Nord", option, "+"), 2)
        assert f"{option} '+' nævner ingen partier" in shown
    assert "--lot '' nævner ingen partier" in ended(run("allocate", path, "--lot", ""), 2)
    shown = ended(run("chair", path, "--kkr", "Nord", "--valgforbund", "A+a"), 2)
    assert "A står mere end én gang i valgforbundet A+A" in shown


def test_a_lot_for_a_post_names_the_post(tmp_path):
    path = write_workbook(tmp_path / "s.xlsx", formand_tie_sheets())
    shown = allocate(path, "--lot", "ZZ")
    assert "lodtrækningen om formandsposten (KKR Nord) står mellem A og V" in shown and "plads" not in shown
    assert "the drawing for the formand post" in ended(run("allocate", path, "--lot", "ZZ", "--lang", "en"), 2)


def test_options_that_contradict_each_other(tmp_path):
    path = write_workbook(tmp_path / "s.xlsx", small_sheets())
    shown = ended(run("scenarios", path, "--kkr", "Nord", "--party", "A", "--top", "3", "--all"), 2)
    assert "--top og --all kan ikke bruges sammen" in shown
    shown = allocate(path, "--organ", "bestyrelse", "--moede", "26.01.2026")
    assert "--moede gælder KKR" in shown and "KL's bestyrelse" in shown
