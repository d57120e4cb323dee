"""The official KV2025 record end to end: valg.dk's download as it is, the elected members, the 98 mayors checked
against them, and the bundled workbook rebuilt from both (R1–R15 on real data)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from helpers import BUNDLED, FIXTURES, ROOT, ended, run, unpack, write_workbook

ARCHIVE = ROOT / "data" / "kv2025" / "valgdk-download.tar.xz"
STALE_TEST_FILE = "valgresultater/valgresultater-Kommunalvalg-Fanø_Kommune-Nordby-010820251217.json"
STALE_SEATS = "mandatfordeling/mandatfordeling-Kommunalvalg-Københavns-190820250643.json"


def sheet_values(path: Path) -> dict[str, list[list]]:
    """Every sheet's values, without the import's own time (the one cell that changes from run to run)."""
    values = {ws.title: [list(row) for row in ws.iter_rows(values_only=True)] for ws in load_workbook(path)}
    values["Import"] = [row for row in values["Import"] if row[0] not in ("Importeret", "Imported")]
    return values


@pytest.fixture(scope="session")
def download(tmp_path_factory) -> Path:
    """The shipped valg.dk download, unpacked as it is (the mirror named the election folder ``kv/``)."""
    folder = tmp_path_factory.mktemp("download")
    unpack(ARCHIVE, folder)
    return folder / "kv"


@pytest.fixture(scope="session")
def imported(download, tmp_path_factory) -> tuple[Path, str]:
    """``kkrvalg import valgdk`` on the untouched download: the workbook and what the command said."""
    target = tmp_path_factory.mktemp("imported") / "kv2025.xlsx"
    result = run("import", "valgdk", download, "-o", target)
    return target, ended(result, 0)


def test_the_download_imports_as_it_is_naming_every_file_left_out(imported):
    target, said = imported
    assert f"Sprunget over: {STALE_TEST_FILE} — fra et andet valg (Valgart Kommunalvalg, Valgdag 06-08-2025)" in said
    assert f"Sprunget over: {STALE_SEATS} — frigivet 19-08-2025 06:43, før valgdagen 18-11-2025: en testfil" in said
    assert "Sprunget over: .DS_Store — ikke en datafil fra valg.dk" in said
    assert "filer — kontrolsum (.hash), ikke data" in said and "filer — testdata i verifikation/" in said
    assert "98 af 98 kommuner med resultater" in said and "98 endeligt optalt" in said
    rows = [[c for c in row] for row in load_workbook(target)["Import"].iter_rows(values_only=True)]
    left_out = {row[0]: row[1] for row in rows if row[1] and isinstance(row[1], str) and "valg" in str(row[0])}
    assert "andet valg" in left_out[STALE_TEST_FILE] and "testfil" in left_out[STALE_SEATS]
    start = next(i for i, row in enumerate(rows) if row[0] and str(row[0]).startswith("Filer uden for valget"))
    listed = rows[start + 1 : rows.index([None] * len(rows[start]), start)]
    assert f"({len(listed)}; sprunget over)" in rows[start][0]
    reasons = Counter(row[1] for row in listed)
    assert reasons["kontrolsum (.hash), ikke data"] > 1400 and reasons["testdata i verifikation/"] == 19


def test_the_import_gives_valgdk_figures(imported):
    """The reference totals of the download (valg.dk): valid votes, ballots cast, the five largest parties."""
    target, _ = imported
    book = load_workbook(target)
    votes = list(book["stemmer"].iter_rows(min_row=2, values_only=True))
    assert sum(r[4] for r in votes) == 3_256_070
    by_party = Counter()
    for r in votes:
        by_party[r[2]] += r[4]
    assert (by_party["A"], by_party["V"], by_party["C"], by_party["F"], by_party["Ø"]) == (
        754_304,
        581_495,
        413_546,
        360_016,
        230_404,
    )
    assert next(r[4] for r in votes if r[1] == "Hjørring" and r[2] == "V") == 8_037
    counts = list(book["optaelling"].iter_rows(min_row=2, values_only=True))
    assert len(counts) == 98 and {r[1] for r in counts} == {"endelig"} and sum(r[2] for r in counts) == 3_311_723
    members = list(book["byraadsmedlemmer"].iter_rows(min_row=2, values_only=True))
    assert len(members) == 2432 == sum(r[5] for r in votes)
    seats = Counter((r[1], r[2]) for r in members)
    assert all(seats[r[1], r[2]] == r[5] for r in votes)
    assert ("Gribskov", "C", "Trine Egetved") in {(r[1], r[2], r[3].split(",")[0]) for r in members}


def test_the_same_download_inside_a_mirror_of_the_sftp_root(download, imported, tmp_path):
    """An SFTP mirror: the election folder two levels down beside another election and stray files; the regional
    election is not municipal, so the municipal one is meant."""
    root = tmp_path / "data.valg.dk"
    shutil.copytree(download, root / "data" / "kommunalvalg-134-18-11-2025")
    (root / "data" / "regionsraadsvalg-135-18-11-2025" / "valgresultater").mkdir(parents=True)
    (root / "data" / "regionsraadsvalg-135-18-11-2025" / "valgresultater" / "x.json").write_text("{}")
    (root / ".DS_Store").write_bytes(b"\0\1")
    target = tmp_path / "mirror.xlsx"
    ended(run("import", "valgdk", root, "-o", target), 0)
    mirrored, direct = sheet_values(target), sheet_values(imported[0])
    for sheet in ("stemmer", "byraadsmedlemmer", "borgmestre", "optaelling"):
        assert mirrored[sheet] == direct[sheet], sheet


def test_the_newest_release_wins_whatever_the_file_names(tmp_path):
    """A district's older release under a name that sorts last, and files in another order, change nothing."""
    tree = shutil.copytree(FIXTURES / "valgdk", tmp_path / "tree") / "kommunalvalg-134-18-11-2025"
    before = tmp_path / "before.xlsx"
    ended(run("import", "valgdk", tree, "-o", before), 0)
    results = tree / "valgresultater"
    old = next(results.glob("*Dragør-1*2310.json"))
    old.rename(results / "zzz-the-oldest-release-of-dragør-1.json")
    after = tmp_path / "after.xlsx"
    ended(run("import", "valgdk", tree, "-o", after), 0)
    assert sheet_values(before)["stemmer"] == sheet_values(after)["stemmer"]


def test_two_releases_at_the_same_time_with_different_figures_are_refused(tmp_path):
    tree = shutil.copytree(FIXTURES / "valgdk", tmp_path / "tree") / "kommunalvalg-134-18-11-2025"
    newest = next((tree / "valgresultater").glob("*Dragør-1*0240.json"))
    document = json.loads(newest.read_text(encoding="utf-8-sig"))
    document["Kandidatlister"][0]["Stemmer"] += 1
    document["GyldigeStemmer"] += 1
    (newest.parent / "copy-of-dragør-1.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    said = ended(run("import", "valgdk", tree, "-o", tmp_path / "s.xlsx"), 2)
    assert "udgivet samme tidspunkt (19-11-2025 02:40:00)" in said and "copy-of-dragør-1.json" in said
    assert not (tmp_path / "s.xlsx").exists()


def test_a_tree_without_a_majority_day_names_the_days_and_valg_picks_one(tmp_path):
    """Without a day in the folder's name, the Valgdag of most files is the election; a tie cannot be told."""
    from valgdk_shapes import district, write

    tree = shutil.copytree(FIXTURES / "valgdk" / "kommunalvalg-134-18-11-2025", tmp_path / "kv")
    for number in range(1, 8):
        write(
            tree, district(825, "Læsø", 10 + number, [("A", "S", 5)], day="16-11-2021", released="17-11-2021 01:00:00")
        )
    said = ended(run("import", "valgdk", tree, "-o", tmp_path / "s.xlsx"), 2)
    assert "ingen af dem har flertal: 18-11-2025 (7), 16-11-2021 (7)" in said and "--valg DD-MM-ÅÅÅÅ" in said
    chosen = ended(run("import", "valgdk", tree, "--valg", "18-11-2025", "-o", tmp_path / "s.xlsx"), 0)
    assert chosen.count("fra et andet valg (Valgart Kommunalvalg, Valgdag 16-11-2021)") == 7


def mayors_sheet(path: Path, rows: dict[str, tuple[str | None, str]]) -> Path:
    """A copy of the bundled workbook with some mayors (municipality → (letter, name)) typed differently."""
    book = load_workbook(BUNDLED)
    sheet = book["borgmestre"]
    for row in sheet.iter_rows(min_row=2):
        if row[1].value in rows:
            row[2].value, row[3].value = rows[row[1].value]
    book.save(path)
    return path


def test_mayors_by_name_ignore_case_spacing_and_the_town(tmp_path):
    path = mayors_sheet(
        tmp_path / "s.xlsx", {"Gribskov": (None, "  trine   EGETVED, Gilleleje "), "Lemvig": (None, "Jens Lønberg")}
    )
    document = json.loads(ended(run("allocate", path, "--strict", "--format", "json"), 0))
    bundled = json.loads(run("allocate", BUNDLED, "--format", "json").stdout)
    assert document["kkr"] == bundled["kkr"]


@pytest.mark.parametrize(
    "mayor, said",
    [
        (
            (None, "Trine Egtved"),
            "Trine Egtved er ikke valgt til kommunalbestyrelsen i Gribskov. Nærmeste valgte: Trine Egetved (C)",
        ),
        (("A", "Trine Egetved"), "Trine Egetved er valgt for liste C, men rækken siger liste A"),
        (("Å", None), "Listen Å vandt intet mandat i Gribskov"),
        (("Q", None), "Borgmesterens liste Q har ingen række i arket 'stemmer' for Gribskov"),
    ],
)
def test_a_mayor_who_is_not_that_councils_member_is_refused(tmp_path, mayor, said):
    path = mayors_sheet(tmp_path / "s.xlsx", {"Gribskov": mayor})
    assert said in ended(run("allocate", path), 2)


def test_two_members_of_one_name_are_never_picked_between(tmp_path):
    path = mayors_sheet(tmp_path / "s.xlsx", {"Gribskov": (None, "Trine Egetved")})
    book = load_workbook(path)
    book["byraadsmedlemmer"].append([270, "Gribskov", "A", "Trine Egetved, Helsinge", "x"])
    book.save(path)
    said = ended(run("allocate", path), 2)
    assert "To valgte i Gribskov hedder Trine Egetved (lister A, C)" in said and "kolonnen 'liste'" in said
    path = mayors_sheet(path, {"Gribskov": ("C", "Trine Egetved")})
    ended(run("allocate", path, "--kkr", "Hovedstaden"), 0)


def test_without_a_member_sheet_the_letter_is_required(tmp_path, small_workbook):
    from helpers import small_sheets

    sheets = small_sheets()
    sheets["borgmestre"][1] = ["Åby", None, "Anna"]
    said = ended(run("allocate", write_workbook(tmp_path / "s.xlsx", sheets)), 2)
    assert "Borgmesteren for Åby (Anna) har intet listebogstav" in said


def test_a_mayor_typed_ahead_waits_for_the_count(tmp_path):
    """Election night: Østerby has no results yet, but its mayor is typed in; nothing refuses the workbook."""
    from helpers import small_sheets

    sheets = small_sheets()
    sheets["stemmer"] = [r for r in sheets["stemmer"] if r[0] != "Østerby"]
    early = write_workbook(tmp_path / "early.xlsx", sheets)
    result = run("allocate", early, "--kkr", "Nord", "--format", "json")
    nord = json.loads(ended(result, 0))["kkr"][0]
    assert nord["missing"] == ["Østerby"] and nord["waiting_mayors"] == ["Østerby"] and nord["provisional"]
    shown = ended(run("allocate", early, "--kkr", "Nord", columns=200), 0)
    assert "venter på optælling eller mandatfordeling: Østerby" in shown
    assert "borgmestre, der venter" in ended(run("allocate", early, "--strict"), 2)
    later = write_workbook(tmp_path / "later.xlsx", small_sheets())
    changes = json.loads(ended(run("diff", early, later, "--format", "json"), 0))
    assert changes["municipalities"]["counted"] == ["Østerby"]


def test_the_bundled_workbook_is_rebuilt_from_the_official_record(tmp_path):
    target = tmp_path / "kv2025_kkr.xlsx"
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_kv2025.py"), str(target)], check=True, cwd=tmp_path)
    assert sheet_values(target) == sheet_values(BUNDLED)


def test_the_bundled_result_is_the_final_official_one():
    """KV2025 from valg.dk with the 98 mayors: every KKR final, and the sizes and posts the README shows."""
    result = run("allocate", BUNDLED, "--strict", "--format", "json")
    document = json.loads(ended(result, 0))
    assert document["complete"] and document["ties_resolved"]
    sizes = {
        k["kkr"]: (k["members"], k["mayors"], k["chair"]["formand"], k["chair"]["naestformand"])
        for k in document["kkr"]
    }
    assert sizes == {
        "Hovedstaden": (57, 29, "A", "C"),
        "Sjælland": (34, 17, "A", "V"),
        "Syddanmark": (42, 22, "V", "A"),
        "Midtjylland": (38, 19, "A", "V"),
        "Nordjylland": (22, 11, "A", "V"),
    }
    depends = [a for a in document["sensitivity"] if a["changes"]]
    assert [(a["setting"], a["value"]) for a in depends] == [("stopping_rule", "fill_cap")]
    assert {(c["body"], c["before"], c["after"]) for c in depends[0]["changes"] if c["kind"] == "size"} == {
        ("Hovedstaden", 57, 58),
        ("Syddanmark", 42, 44),
    }
    shown = ended(run("allocate", BUNDLED, "--strict"), 0)
    assert "FORELØBIG" not in shown and "Afhænger af en usikker regel — med stop ved loftet (R5)" in shown


def test_election_night_replayed_into_a_watched_folder_ends_on_the_final_result(tmp_path):
    """valg.dk's tree at 21:59 (four files caught mid-write, 406 districts without results), at 00:25, then the
    final download, copied in that order into a folder ``watch`` follows, with the 98 mayors typed in beforehand.
    The watch never stops, leaves the half-written files out until they are whole, and ends on the final result."""
    from test_night import Lines

    snapshots = []
    for name in ("valgdk-2025-11-18T2159Z", "valgdk-2025-11-19T0025Z"):
        unpack(ROOT / "data" / "kv2025" / "night" / f"{name}.tar.xz", tmp_path / name)
        snapshots.append(tmp_path / name / "kv")
    unpack(ARCHIVE, tmp_path / "final")
    snapshots.append(tmp_path / "final" / "kv")
    mirror = tmp_path / "spejl" / "kv"
    mirror.mkdir(parents=True)
    workbook = tmp_path / "valgnat.xlsx"
    mayors = load_workbook(BUNDLED)["borgmestre"]
    write_workbook(workbook, {"borgmestre": [list(row)[:4] for row in mayors.iter_rows(values_only=True)]})
    command = [sys.executable, "-m", "kkrvalg", "watch", str(mirror.parent), "--workbook", str(workbook)]
    command += ["--format", "jsonl", "--interval", "0.5"]
    watcher = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lines = Lines(watcher.stdout)
        rounds = []
        for snapshot in snapshots:
            shutil.copytree(snapshot, mirror, dirs_exist_ok=True)
            copied = datetime.now(UTC)
            rounds.append(lines.until(lambda line, t=copied: datetime.fromisoformat(line["read_at"]) > t, 240))
        assert watcher.poll() is None  # never stopped
    finally:
        watcher.terminate()
        _, err = watcher.communicate(timeout=60)
    assert watcher.returncode == 0, err
    first, second, final = rounds
    half_written = {"valgresultater/valgresultater-Kommunalvalg-Aarhus_Kommune-Hasle_Skole.json"}
    assert half_written <= set(first["skipped"]) and len(first["skipped"]) == 4
    assert not second["skipped"] and not final["skipped"]
    assert not first["complete"] and any(k["missing"] for k in first["kkr"])
    assert final["complete"]
    assert [(k["kkr"], k["members"]) for k in final["kkr"]] == [
        ("Hovedstaden", 57),
        ("Sjælland", 34),
        ("Syddanmark", 42),
        ("Midtjylland", 38),
        ("Nordjylland", 22),
    ]
    official = json.loads(run("allocate", BUNDLED, "--format", "json").stdout)
    assert [k["parties"] for k in final["kkr"]] == [k["parties"] for k in official["kkr"]]


def test_the_import_counts_every_file_it_reads(download):
    """A whole country's tree has thousands of files: the import tells its progress (a bar on a terminal)."""
    from kkrvalg.io.reference import bundled_municipalities
    from kkrvalg.io.valgdk import read_tree

    told: list[tuple[int, int]] = []
    imported = read_tree(download, bundled_municipalities(), progress=lambda done, total: told.append((done, total)))
    data = [p for folder in ("valgresultater", "mandatfordeling") for p in (download / folder).rglob("*.json")]
    total = len([p for p in data if "verifikation" not in p.parts])
    assert told == [(n, total) for n in range(1, total + 1)] and total >= len(imported.files) > 1000
