"""Turn the input workbook (or CSV folder) into validated :class:`ElectionData`, or list every problem."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from ..errors import InputError, Problem
from ..model import (
    CountStatus,
    ElectionData,
    ListResult,
    Mayor,
    Municipality,
    PooledList,
    SourceInfo,
    ValgforbundMember,
)
from .cells import CellError, MunicipalityIndex, parse_count, parse_text
from .reference import bundled_municipalities, bundled_parties
from .tables import Table, read_tables

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
    "optaelling": ("afgivne_stemmer", "note"),
}
"""Columns read when present; with :data:`COLUMNS` they make the full contract (and the template)."""
SHEET_ALIASES = {"optælling": "optaelling"}
FINAL = {"endelig": True, "final": True, "foreløbig": False, "forelobig": False, "preliminary": False}


def file_digest(path: Path) -> str:
    """SHA-256 of a file, or of a folder's CSV files in name order, so a report can name its input."""
    digest = hashlib.sha256()
    files = sorted(path.glob("*.csv")) if path.is_dir() else [path]
    for file in files:
        digest.update(file.read_bytes())
    return digest.hexdigest()


class _Reader:
    """Collects problems instead of stopping at the first, so ``validate`` can list them all."""

    def __init__(self, tables: dict[str, Table]) -> None:
        self.tables = tables
        self.problems: list[Problem] = []

    def sheet(self, name: str, required: bool) -> Table | None:
        table = self.tables.get(name)
        if table is None:
            if required:
                self.problems.append(
                    Problem(
                        "sheet_missing",
                        {"sheet": name, "expected": ", ".join(REQUIRED_SHEETS), "found": ", ".join(self.tables) or "-"},
                    )
                )
            return None
        if not table.rows and not required:
            return table
        missing = [c for c in COLUMNS[name] if not self._has_column(table, c)]
        for column in missing:
            self.problems.append(
                Problem(
                    "column_missing",
                    {
                        "column": column,
                        "expected": ", ".join(COLUMNS[name]),
                        "found": ", ".join(h for h in table.header if h) or "-",
                    },
                    file=table.file,
                    sheet=table.sheet,
                )
            )
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

    def problem(self, table: Table, number: int, code: str, **params: Any) -> None:
        self.problems.append(Problem(code, params, file=table.file, sheet=table.sheet, row=number))


def load(path: Path | str) -> ElectionData:
    """Read and check the input; raise :class:`InputError` listing every problem found."""
    path = Path(path)
    reader = _Reader({_sheet_name(k): t for k, t in read_tables(path).items()})
    tables = {name: reader.sheet(name, name in REQUIRED_SHEETS) for name in COLUMNS}
    if tables["stemmer"] is not None and not tables["stemmer"].rows:
        reader.problems.append(
            Problem("sheet_empty", {"sheet": "stemmer"}, file=tables["stemmer"].file, sheet=tables["stemmer"].sheet)
        )
    if reader.problems:
        raise InputError(reader.problems)

    municipalities = _geography(reader, tables["kommuner"])
    index = MunicipalityIndex(municipalities)
    names = {m.code: m.name for m in municipalities}
    find = index.find
    parties = _parties(reader, tables["partier"])

    results: dict[tuple[int, str], tuple[int, ListResult]] = {}
    for number, row in tables["stemmer"].rows:
        code = reader.cell(tables["stemmer"], number, row, "kommune", lambda v: find(v).code)
        letter = reader.cell(tables["stemmer"], number, row, "liste", parse_text)
        votes = reader.cell(tables["stemmer"], number, row, "stemmer", parse_count)
        seats = reader.cell(tables["stemmer"], number, row, "mandater", parse_count, default=None)
        name = reader.cell(tables["stemmer"], number, row, "navn", parse_text, default="")
        if None in (code, letter, votes):
            continue
        if (code, letter) in results:
            reader.problem(
                tables["stemmer"],
                number,
                "duplicate_list",
                letter=letter,
                municipality=names[code],
                first_row=results[code, letter][0],
            )
            continue
        results[code, letter] = (
            number,
            ListResult(municipality=code, letter=letter, name=name, votes=votes, seats=seats),
        )

    mayors: dict[int, tuple[int, Mayor]] = {}
    for number, row in tables["borgmestre"].rows:
        code = reader.cell(tables["borgmestre"], number, row, "kommune", lambda v: find(v).code)
        letter = reader.cell(tables["borgmestre"], number, row, "liste", parse_text, default=None)
        name = reader.cell(tables["borgmestre"], number, row, "navn", parse_text, default="")
        if code is None or letter is None:
            continue
        if code in mayors:
            reader.problem(
                tables["borgmestre"], number, "two_mayors", municipality=names[code], first_row=mayors[code][0]
            )
        elif (code, letter) not in results:
            reader.problem(tables["borgmestre"], number, "mayor_list_unknown", letter=letter, municipality=names[code])
        else:
            mayors[code] = (number, Mayor(municipality=code, letter=letter, name=name))

    pooled: dict[tuple[int, str], tuple[int, PooledList]] = {}
    for number, row in tables["listesamarbejder"].rows if tables["listesamarbejder"] else ():
        table = tables["listesamarbejder"]
        code = reader.cell(table, number, row, "kommune", lambda v: find(v).code)
        letter = reader.cell(table, number, row, "liste", parse_text)
        group = reader.cell(table, number, row, "listesamarbejde", parse_text)
        if None in (code, letter, group):
            continue
        if (code, letter) not in results:
            reader.problem(table, number, "pooled_list_unknown", letter=letter, municipality=names[code])
        elif (code, letter) in pooled:
            first, other = pooled[code, letter]
            reader.problem(
                table,
                number,
                "pooled_twice",
                letter=letter,
                municipality=names[code],
                other=other.listesamarbejde,
                first_row=first,
            )
        else:
            pooled[code, letter] = (number, PooledList(municipality=code, letter=letter, listesamarbejde=group))

    valgforbund = []
    for number, row in tables["valgforbund"].rows if tables["valgforbund"] else ():
        table = tables["valgforbund"]
        values = [reader.cell(table, number, row, c, parse_text) for c in ("kkr", "valgforbund", "parti")]
        if None not in values:
            kkr, group, party = values
            valgforbund.append(ValgforbundMember(kkr=kkr, valgforbund=group, party=party))

    status = []
    for number, row in tables["optaelling"].rows if tables["optaelling"] else ():
        table = tables["optaelling"]
        code = reader.cell(table, number, row, "kommune", lambda v: find(v).code)
        final = reader.cell(table, number, row, "status", _parse_final)
        ballots = reader.cell(table, number, row, "afgivne_stemmer", parse_count, default=None)
        note = reader.cell(table, number, row, "note", parse_text, default="")
        if code is not None and final is not None:
            status.append(CountStatus(municipality=code, final=final, ballots_cast=ballots, note=note))

    if reader.problems:
        raise InputError(reader.problems)
    return ElectionData(
        source=SourceInfo(name=path.name, sha256=file_digest(path)),
        municipalities=municipalities,
        parties=parties,
        results=tuple(r for _, r in results.values()),
        mayors=tuple(m for _, m in mayors.values()),
        pooled=tuple(p for _, p in pooled.values()),
        valgforbund=tuple(valgforbund),
        status=tuple(status),
    )


def _sheet_name(name: str) -> str:
    return SHEET_ALIASES.get(name, name)


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


def _parties(reader: _Reader, table: Table | None) -> dict[str, str]:
    """R3's national party letters: the workbook's ``partier`` sheet when given, else the bundled list."""
    if table is None or not table.rows:
        return bundled_parties()
    parties: dict[str, tuple[int, str]] = {}
    for number, row in table.rows:
        letter = reader.cell(table, number, row, "liste", parse_text)
        name = reader.cell(table, number, row, "navn", parse_text)
        if letter is None or name is None:
            continue
        if letter in parties:
            reader.problem(table, number, "duplicate_party", letter=letter, first_row=parties[letter][0])
        parties.setdefault(letter, (number, name))
    return {letter: name for letter, (_, name) in parties.items()}
