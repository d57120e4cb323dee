"""Builders for the second sweep of bad input (tests/test_sweep.py): small inputs with one thing odd about them.

Each builder takes the test's temporary folder and returns what goes on the command line (a path, usually).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from helpers import FIXTURES, GEOGRAPHY, small_sheets, write_csv_folder, write_workbook

Sheets = dict[str, list[list[object]]]
Builder = Callable[[Path], Any]
ELECTION = "kommunalvalg-134-18-11-2025"
DRAGOER_1 = "valgresultater/valgresultater-Kommunalvalg-Dragør-1. Område 1-191120250240.json"
DRAGOER_2 = "valgresultater/valgresultater-Kommunalvalg-Dragør-2. Område 2-191120250130.json"
LAESOE_SEATS = "mandatfordeling/mandatfordeling-Kommunalvalg-Læsø-191120250300.json"


def three_parties() -> Sheets:
    """KKR Nord with three represented parties: A's mayor in Åby, Ø's in Østerby (3 000 votes), V with two
    supplementary members (7 000). Without valgforbund V is formand and A næstformand."""
    sheets = small_sheets()
    sheets["stemmer"][6] = ["Østerby", "Ø", "Enhedslisten", 3000, 6]
    sheets["borgmestre"][2] = ["Østerby", "Ø", "Øjvind"]
    return sheets


def many_parties(n: int, other_kkr: bool = True) -> Sheets:
    """KKR Stor of ``n`` municipalities, each with a local list pooled in its own listesamarbejde P01, P02, …
    whose mayor makes it represented: ``n`` parties in the chair election. With ``other_kkr``, KKR Lille (one
    municipality, A and V) can be analysed beside it."""
    codes = [(2000 + i, f"By{i:02}", f"P{i:02}") for i in range(1, n + 1)]
    sheets: Sheets = {
        "kommuner": [["kommunekode", "kommune", "kkr"], *[[c, name, "Stor"] for c, name, _ in codes]],
        "stemmer": [
            ["kommune", "liste", "stemmer", "mandater"],
            *[[name, "L", 1000 + 7 * c % 97, 5] for c, name, _ in codes],
        ],
        "borgmestre": [["kommune", "liste"], *[[name, "L"] for _, name, _ in codes]],
        "listesamarbejder": [
            ["kommune", "liste", "listesamarbejde"],
            *[[name, "L", group] for _, name, group in codes],
        ],
    }
    if other_kkr:
        sheets["kommuner"].append([3000, "Lilleby", "Lille"])
        sheets["stemmer"] += [["Lilleby", "A", 600, 5], ["Lilleby", "V", 400, 4]]
        sheets["borgmestre"].append(["Lilleby", "A"])
    return sheets


def edited(edit: Callable[[Sheets], None] | None = None, base: Callable[[], Sheets] = small_sheets) -> Sheets:
    sheets = base()
    if edit is not None:
        edit(sheets)
    return sheets


def xlsx(edit: Callable[[Sheets], None] | None = None, base: Callable[[], Sheets] = small_sheets, name="s.xlsx"):
    """A builder of the workbook ``base()`` with ``edit`` applied."""
    return lambda tmp: write_workbook(tmp / name, edited(edit, base))


def folder(edit: Callable[[Sheets], None] | None = None, base: Callable[[], Sheets] = small_sheets):
    """A builder of the same as a folder of CSV files."""
    return lambda tmp: write_csv_folder(tmp / "csv", edited(edit, base))


def cell(sheet: str, row: int, column: int, value: object) -> Callable[[Sheets], None]:
    """An edit setting one cell (rows and columns counted from 0, the header being row 0)."""

    def edit(sheets: Sheets) -> None:
        sheets[sheet][row][column] = value

    return edit


def rows(sheet: str, *added: list[object], header: list[str] | None = None) -> Callable[[Sheets], None]:
    """An edit adding rows to a sheet (creating it with ``header`` when it is not there)."""

    def edit(sheets: Sheets) -> None:
        if sheet not in sheets:
            sheets[sheet] = [list(header or [])]
        sheets[sheet].extend(list(r) for r in added)

    return edit


def drop(sheet: str, row: int) -> Callable[[Sheets], None]:
    def edit(sheets: Sheets) -> None:
        del sheets[sheet][row]

    return edit


def both(*edits: Callable[[Sheets], None]) -> Callable[[Sheets], None]:
    def edit(sheets: Sheets) -> None:
        for e in edits:
            e(sheets)

    return edit


VALGFORBUND = ["kkr", "valgforbund", "parti"]
LISTESAMARBEJDER = ["kommune", "liste", "listesamarbejde"]
OPTAELLING = ["kommune", "status", "afgivne_stemmer"]


def valgforbund(*members: tuple[str, str, str]) -> Callable[[Sheets], None]:
    return rows("valgforbund", *[list(m) for m in members], header=VALGFORBUND)


def pooled(*members: tuple[str, str, str]) -> Callable[[Sheets], None]:
    return rows("listesamarbejder", *[list(m) for m in members], header=LISTESAMARBEJDER)


def status(*members: tuple[object, ...]) -> Callable[[Sheets], None]:
    return rows("optaelling", *[list(m) for m in members], header=OPTAELLING)


def with_codes(sheet: str, codes: dict[str, object]) -> Callable[[Sheets], None]:
    """Give a sheet a ``kommunekode`` column beside ``kommune`` (``codes`` by municipality name)."""

    def edit(sheets: Sheets) -> None:
        header, *body = sheets[sheet]
        sheets[sheet] = [["kommunekode", *header], *[[codes.get(r[0], 901), *r] for r in body]]

    return edit


CODES = {row[1]: row[0] for row in GEOGRAPHY[1:]}


def tree(*edits: tuple[str, Callable[[dict], None]]) -> Builder:
    """A builder of the small valg.dk tree with each (file, edit of its JSON) applied."""

    def build(tmp: Path) -> Path:
        election = shutil.copytree(FIXTURES / "valgdk" / ELECTION, tmp / "valgdk" / ELECTION)
        for file, edit in edits:
            path = election / file
            document = json.loads(path.read_bytes().decode("utf-8-sig"))
            edit(document)
            path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        return tmp / "valgdk"

    return build


def tree_raw(file: str, edit: Callable[[bytes], bytes]) -> Builder:
    """A builder of the small valg.dk tree with one file's bytes edited (to break its JSON)."""

    def build(tmp: Path) -> Path:
        election = shutil.copytree(FIXTURES / "valgdk" / ELECTION, tmp / "valgdk" / ELECTION)
        (election / file).write_bytes(edit((election / file).read_bytes()))
        return tmp / "valgdk"

    return build


def put(value: object, *path: object) -> Callable[[dict], None]:
    def edit(document: dict) -> None:
        *parents, last = path
        place: Any = document
        for step in parents:
            place = place[step]
        place[last] = value

    return edit


def append_list(letter: str, name: str, votes: int) -> Callable[[dict], None]:
    """Another list in a district (its votes added to GyldigeStemmer, so the sums still agree)."""

    def edit(document: dict) -> None:
        document["Kandidatlister"].append({"Bogstavbetegnelse": letter, "Navn": name, "Stemmer": votes})
        document["GyldigeStemmer"] += votes

    return edit


def csv_export(rows_: list[str], name: str = "Dragør.csv", encoding: str = "utf-8") -> Builder:
    """A builder of a valg.dk CSV export (five-column layout) with these data rows."""

    def build(tmp: Path) -> Path:
        path = tmp / name
        header = "Afstemningsområde;Bogstavbetegnelse;Listenavn;Navn;Stemmetal"
        path.write_bytes("\n".join([header, *rows_]).encode(encoding))
        return path

    return build


def text_file(name: str, content: str | bytes) -> Builder:
    def build(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return path

    return build


def a_folder(name: str) -> Builder:
    def build(tmp: Path) -> Path:
        (tmp / name).mkdir()
        return tmp / name

    return build


def missing(name: str) -> Builder:
    return lambda tmp: tmp / name


def profile(content: str) -> Builder:
    return text_file("profil.toml", content)


VALGK3_HEADER = "OMRÅDE;PARTI;STEMMER;TID;INDHOLD"


def valgk3(*lines: str) -> Builder:
    return text_file("VALGK3.csv", "\n".join([VALGK3_HEADER, *lines]) + "\n")
