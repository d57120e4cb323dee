"""Turn the input workbook (or CSV folder) into validated :class:`ElectionData`, or list every problem.

Each sheet is read by its own small function; all of them report into one :class:`_Reader`, so
``validate`` can list every problem at once. List letters are read as the party letter they equal up to
case and Unicode form (each such cell is noted, for ``validate``); a letter that only looks like a party
letter is refused, naming the letter it resembles.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from .. import names
from ..errors import InputError, Problem
from ..model import (
    CellNote,
    CountStatus,
    ElectionData,
    ListResult,
    Mayor,
    Municipality,
    PooledList,
    SourceInfo,
    ValgforbundMember,
)
from .cells import CellError, MunicipalityIndex, parse_colour, parse_count, parse_text
from .reference import bundled_municipalities, bundled_parties
from .tables import Table, csv_files, read_tables, source_name

T = TypeVar("T")

REQUIRED_SHEETS = ("stemmer", "borgmestre")
COLUMNS = {
    "stemmer": ("kommune", "liste", "stemmer", "mandater"),
    "borgmestre": ("kommune", "liste"),
    "listesamarbejder": ("kommune", "liste", "listesamarbejde"),
    "partier": ("liste", "navn"),
    "valgforbund": ("kkr", "valgforbund", "parti"),
    "kommuner": ("kommunekode", "kommune", "kkr"),
    "optaelling": ("kommune", "status"),
}
OPTIONAL_COLUMNS = {
    "stemmer": ("navn",),
    "borgmestre": ("navn",),
    "partier": ("farve",),
    "optaelling": ("afgivne_stemmer", "note"),
}
"""Columns read when present; with :data:`COLUMNS` they make the full contract (and the template)."""
SHEET_ALIASES = {"optælling": "optaelling"}
FINAL = {"endelig": True, "final": True, "foreløbig": False, "forelobig": False, "preliminary": False}


def file_digest(path: Path) -> str:
    """SHA-256 of a file, or of a folder's CSV files in name order, so a report can name its input."""
    digest = hashlib.sha256()
    for file in csv_files(path) if path.is_dir() else [path]:
        digest.update(file.read_bytes())
    return digest.hexdigest()


def sheet_key(title: str) -> str:
    """The sheet a title stands for: case, surrounding spaces, Unicode form and ``optælling`` ignored."""
    key = names.nfc(title).casefold()
    return SHEET_ALIASES.get(key, key)


class _Reader:
    """Collects problems instead of stopping at the first, so ``validate`` can list them all."""

    def __init__(self, tables: dict[str, Table]) -> None:
        self.tables = tables
        self.problems: list[Problem] = []
        self.notes: list[CellNote] = []
        self.letters: tuple[str, ...] = ()

    def sheet(self, name: str, required: bool) -> Table | None:
        table = self.tables.get(name)
        if table is None:
            if required:
                found = ", ".join(t.sheet for t in self.tables.values()) or "-"
                expected = ", ".join(REQUIRED_SHEETS)
                self.problems.append(Problem("sheet_missing", {"sheet": name, "expected": expected, "found": found}))
            return None
        if not table.rows and not required:
            return table
        missing = [c for c in COLUMNS[name] if not self._has_column(table, c)]
        for column in missing:
            params = {
                "column": column,
                "expected": ", ".join(COLUMNS[name]),
                "found": ", ".join(h for h in table.header if h) or "-",
            }
            self.problems.append(Problem("column_missing", params, file=table.file, sheet=table.sheet))
        return None if missing else table

    @staticmethod
    def _has_column(table: Table, column: str) -> bool:
        return column in table.header or (column == "kommune" and "kommunekode" in table.header)

    def cell(
        self, table: Table, number: int, row: dict[str, Any], column: str, parse: Callable[[Any], T], default: Any = ...
    ) -> T | None:
        value = row.get(column)
        if column == "kommune" and value is None:
            column, value = "kommunekode", row.get("kommunekode")
        location = {"file": table.file, "sheet": table.sheet, "row": number, "column": column}
        if value is None:
            if default is not ...:
                return default
            self.problems.append(Problem("empty_required", {}, **location))
            return None
        try:
            return parse(value)
        except CellError as err:
            self.problems.append(Problem(err.code, err.params, **location))
            return None

    def letter(self, table: Table, number: int, row: dict[str, Any], column: str = "liste", default: Any = ...):
        """A list letter: the party letter it equals up to case and form, noted; a look-alike refused."""
        raw = self.cell(table, number, row, column, parse_text, default)
        if raw is None or raw is default:
            return raw
        resembles = names.lookalike(raw, self.letters)
        if resembles is not None:
            params = {"value": raw, "codepoints": _codepoints(raw), "letter": resembles}
            self.problems.append(
                Problem("letter_lookalike", params, file=table.file, sheet=table.sheet, row=number, column=column)
            )
            return None
        letter = names.party_letter(raw, self.letters)
        if letter != raw:
            self.notes.append(
                CellNote(file=table.file, sheet=table.sheet, row=number, column=column, value=raw, read_as=letter)
            )
        return letter

    def municipality(self, table: Table, number: int, row: dict[str, Any], index: MunicipalityIndex) -> int | None:
        return self.cell(table, number, row, "kommune", lambda v: index.find(v).code)

    def problem(self, table: Table, number: int, code: str, **params: Any) -> None:
        self.problems.append(Problem(code, params, file=table.file, sheet=table.sheet, row=number))


def _codepoints(text: str) -> str:
    return " ".join(f"U+{ord(c):04X}" for c in text)


def _sheets(path: Path) -> dict[str, Table]:
    """The workbook's sheets by :func:`sheet_key`; two titles for one sheet are a problem naming both."""
    tables: dict[str, Table] = {}
    problems = []
    for table in read_tables(path):
        key = sheet_key(table.sheet)
        if key in tables:
            problems.append(
                Problem("duplicate_sheet", {"first": tables[key].sheet, "second": table.sheet}, file=source_name(path))
            )
        tables.setdefault(key, table)
    if problems:
        raise InputError(problems)
    return tables


def load(path: Path | str) -> ElectionData:
    """Read and check the input; raise :class:`InputError` listing every problem found."""
    path = Path(path)
    reader = _Reader(_sheets(path))
    tables = {name: reader.sheet(name, name in REQUIRED_SHEETS) for name in COLUMNS}
    votes = tables["stemmer"]
    if votes is not None and not votes.rows:
        reader.problems.append(Problem("sheet_empty", {"sheet": "stemmer"}, file=votes.file, sheet=votes.sheet))
    if reader.problems:
        raise InputError(reader.problems)

    municipalities = _geography(reader, tables["kommuner"])
    index = MunicipalityIndex(municipalities)
    parties, colours = _parties(reader, tables["partier"])
    reader.letters = tuple(parties)
    results = _results(reader, votes, index)
    mayors = _mayors(reader, tables["borgmestre"], index, results)
    pooled = _pooled(reader, tables["listesamarbejder"], index, results)
    valgforbund = _valgforbund(reader, tables["valgforbund"])
    status = _status(reader, tables["optaelling"], index)
    if reader.problems:
        raise InputError(reader.problems)
    return ElectionData(
        source=SourceInfo(name=source_name(path), sha256=file_digest(path)),
        municipalities=municipalities,
        parties=parties,
        results=tuple(results.values()),
        mayors=mayors,
        pooled=pooled,
        valgforbund=valgforbund,
        status=status,
        colours=colours,
        notes=tuple(reader.notes),
    )


def _results(reader: _Reader, table: Table, index: MunicipalityIndex) -> dict[tuple[int, str], ListResult]:
    """``stemmer``: votes and council seats per municipality and list; a list appears once per municipality."""
    results: dict[tuple[int, str], ListResult] = {}
    first_row: dict[tuple[int, str], int] = {}
    for number, row in table.rows:
        code = reader.municipality(table, number, row, index)
        letter = reader.letter(table, number, row)
        votes = reader.cell(table, number, row, "stemmer", parse_count)
        seats = reader.cell(table, number, row, "mandater", parse_count, default=None)
        name = reader.cell(table, number, row, "navn", parse_text, default="")
        if None in (code, letter, votes):
            continue
        if (code, letter) in results:
            municipality = index.find(code).name
            reader.problem(
                table,
                number,
                "duplicate_list",
                letter=letter,
                municipality=municipality,
                first_row=first_row[code, letter],
            )
            continue
        first_row[code, letter] = number
        results[code, letter] = ListResult(municipality=code, letter=letter, name=name, votes=votes, seats=seats)
    return results


def _mayors(reader: _Reader, table: Table, index: MunicipalityIndex, results: dict) -> tuple[Mayor, ...]:
    """``borgmestre``: one mayor per municipality, from a list that has votes there (R1)."""
    mayors: dict[int, tuple[int, Mayor]] = {}
    for number, row in table.rows:
        code = reader.municipality(table, number, row, index)
        letter = reader.letter(table, number, row, default=None)
        name = reader.cell(table, number, row, "navn", parse_text, default="")
        if code is None or letter is None:
            continue
        municipality = index.find(code).name
        if code in mayors:
            reader.problem(table, number, "two_mayors", municipality=municipality, first_row=mayors[code][0])
        elif (code, letter) not in results:
            reader.problem(table, number, "mayor_list_unknown", letter=letter, municipality=municipality)
        else:
            mayors[code] = (number, Mayor(municipality=code, letter=letter, name=name))
    return tuple(m for _, m in mayors.values())


def _pooled(reader: _Reader, table: Table | None, index: MunicipalityIndex, results: dict) -> tuple[PooledList, ...]:
    """``listesamarbejder``: local lists whose votes count for an approved listesamarbejde (R3)."""
    pooled: dict[tuple[int, str], tuple[int, PooledList]] = {}
    for number, row in table.rows if table else ():
        code = reader.municipality(table, number, row, index)
        letter = reader.letter(table, number, row)
        group = reader.cell(table, number, row, "listesamarbejde", parse_text)
        if None in (code, letter, group):
            continue
        municipality = index.find(code).name
        if (code, letter) not in results:
            reader.problem(table, number, "pooled_list_unknown", letter=letter, municipality=municipality)
        elif (code, letter) in pooled:
            first, other = pooled[code, letter]
            reader.problem(
                table,
                number,
                "pooled_twice",
                letter=letter,
                municipality=municipality,
                other=other.listesamarbejde,
                first_row=first,
            )
        else:
            pooled[code, letter] = (number, PooledList(municipality=code, letter=letter, listesamarbejde=group))
    return tuple(p for _, p in pooled.values())


def _valgforbund(reader: _Reader, table: Table | None) -> tuple[ValgforbundMember, ...]:
    """``valgforbund``: declared valgforbund per KKR; checked against the composition later (R10)."""
    members = []
    for number, row in table.rows if table else ():
        kkr = reader.cell(table, number, row, "kkr", parse_text)
        group = reader.cell(table, number, row, "valgforbund", parse_text)
        party = reader.letter(table, number, row, "parti")
        if None not in (kkr, group, party):
            members.append(ValgforbundMember(kkr=kkr, valgforbund=group, party=party))
    return tuple(members)


def _status(reader: _Reader, table: Table | None, index: MunicipalityIndex) -> tuple[CountStatus, ...]:
    """``optaelling``: the state of each municipality's count; preliminary counts make a KKR provisional."""
    status = []
    for number, row in table.rows if table else ():
        code = reader.municipality(table, number, row, index)
        final = reader.cell(table, number, row, "status", _parse_final)
        ballots = reader.cell(table, number, row, "afgivne_stemmer", parse_count, default=None)
        note = reader.cell(table, number, row, "note", parse_text, default="")
        if code is not None and final is not None:
            status.append(CountStatus(municipality=code, final=final, ballots_cast=ballots, note=note))
    return tuple(status)


def _parse_final(value: Any) -> bool:
    text = parse_text(value).casefold()
    if text not in FINAL:
        raise CellError("not_yes_no", value=value)
    return FINAL[text]


def _geography(reader: _Reader, table: Table | None) -> tuple[Municipality, ...]:
    """The KKR geography: the workbook's ``kommuner`` sheet when given, else the bundled 2026–2030 one."""
    if table is None or not table.rows:
        return bundled_municipalities()
    seen: dict[int, tuple[int, Municipality]] = {}
    for number, row in table.rows:
        code = reader.cell(table, number, row, "kommunekode", parse_count)
        name = reader.cell(table, number, row, "kommune", parse_text)
        kkr = reader.cell(table, number, row, "kkr", parse_text)
        if None in (code, name, kkr):
            continue
        if code in seen and seen[code][1].kkr != kkr:
            reader.problem(
                table, number, "municipality_two_kkr", municipality=name, first=seen[code][1].kkr, second=kkr
            )
        seen.setdefault(code, (number, Municipality(code=code, name=name, kkr=kkr)))
    if reader.problems:
        raise InputError(reader.problems)
    return tuple(m for _, m in seen.values())


def _parties(reader: _Reader, table: Table | None) -> tuple[dict[str, str], dict[str, str]]:
    """R3's national party letters and their colours: the ``partier`` sheet when given, else the bundled."""
    if table is None or not table.rows:
        return bundled_parties(), {}
    parties: dict[str, tuple[int, str]] = {}
    colours: dict[str, str] = {}
    for number, row in table.rows:
        letter = reader.cell(table, number, row, "liste", lambda v: names.nfc(parse_text(v)))
        name = reader.cell(table, number, row, "navn", parse_text)
        colour = reader.cell(table, number, row, "farve", parse_colour, default=None)
        if letter is None or name is None:
            continue
        if letter in parties:
            reader.problem(table, number, "duplicate_party", letter=letter, first_row=parties[letter][0])
        parties.setdefault(letter, (number, name))
        if colour is not None:
            colours.setdefault(letter, colour)
    return {letter: name for letter, (_, name) in parties.items()}, colours
