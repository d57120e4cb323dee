"""Turn the input workbook (or CSV folder) into validated :class:`ElectionData`, or list every problem.

Each sheet is read by its own small function; all of them report into one :class:`_Reader`, so
``validate`` can list every problem at once. List letters are read as the party letter they equal up to
case and Unicode form (each such cell is noted, for ``validate``); a letter that only looks like a party
letter is refused, naming the letter it resembles.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from .. import names
from ..errors import InputError, Problem
from ..model import (
    CellNote,
    CouncilMember,
    CountStatus,
    ElectionData,
    ListResult,
    Mayor,
    Municipality,
    PendingMayor,
    PooledList,
    SourceInfo,
    ValgforbundMember,
)
from .cells import CellError, MunicipalityIndex, parse_colour, parse_count, parse_text, parse_yes
from .reference import bundled_municipalities, bundled_parties, bundled_uncertain_parties
from .tables import Table, read_source, source_name

T = TypeVar("T")

REQUIRED_SHEETS = ("stemmer", "borgmestre")
COLUMNS = {
    "stemmer": ("kommune", "liste", "stemmer", "mandater"),
    "borgmestre": ("kommune",),
    "byraadsmedlemmer": ("kommune", "liste", "navn"),
    "listesamarbejder": ("kommune", "liste", "listesamarbejde"),
    "partier": ("liste", "navn"),
    "valgforbund": ("kkr", "valgforbund", "parti"),
    "kommuner": ("kommunekode", "kommune", "kkr"),
    "optaelling": ("kommune", "status"),
}
OPTIONAL_COLUMNS = {
    "stemmer": ("navn",),
    "borgmestre": ("liste", "navn"),
    "byraadsmedlemmer": ("kandidat_id",),
    "partier": ("farve", "usikker"),
    "optaelling": ("afgivne_stemmer", "note"),
}
"""Columns read when present; with :data:`COLUMNS` they make the full contract (and the template)."""
SHEET_ALIASES = {"optælling": "optaelling"}
FINAL = {"endelig": True, "final": True, "foreløbig": False, "forelobig": False, "preliminary": False}


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


def _sheets(path: Path) -> tuple[dict[str, Table], str]:
    """The workbook's sheets by :func:`sheet_key` (rows read for the sheets of the contract only), and the SHA-256
    of what was read; two titles for one sheet are a problem naming both."""
    tables: dict[str, Table] = {}
    problems = []
    source = read_source(path, wanted=lambda title: sheet_key(title) in COLUMNS)
    for table in source.tables:
        key = sheet_key(table.sheet)
        if key in tables:
            problems.append(
                Problem("duplicate_sheet", {"first": tables[key].sheet, "second": table.sheet}, file=source_name(path))
            )
        tables.setdefault(key, table)
    if problems:
        raise InputError(problems)
    return tables, source.sha256


def load(path: Path | str) -> ElectionData:
    """Read and check the input; raise :class:`InputError` listing every problem found."""
    path = Path(path)
    sheets, sha256 = _sheets(path)
    reader = _Reader(sheets)
    tables = {name: reader.sheet(name, name in REQUIRED_SHEETS) for name in COLUMNS}
    votes = tables["stemmer"]
    if votes is not None and not votes.rows:
        reader.problems.append(Problem("sheet_empty", {"sheet": "stemmer"}, file=votes.file, sheet=votes.sheet))
    if reader.problems:
        raise InputError(reader.problems)

    municipalities = _geography(reader, tables["kommuner"])
    index = MunicipalityIndex(municipalities)
    parties, colours, uncertain = _parties(reader, tables["partier"])
    reader.letters = tuple(parties)
    results = _results(reader, votes, index)
    members = _members(reader, tables["byraadsmedlemmer"], index)
    mayors, pending = _mayors(reader, tables["borgmestre"], index, results, members)
    pooled = _pooled(reader, tables["listesamarbejder"], index, results)
    valgforbund = _valgforbund(reader, tables["valgforbund"])
    status = _status(reader, tables["optaelling"], index)
    if reader.problems:
        raise InputError(reader.problems)
    return ElectionData(
        source=SourceInfo(name=source_name(path), sha256=sha256),
        municipalities=municipalities,
        parties=parties,
        results=tuple(results.values()),
        mayors=mayors,
        pending_mayors=pending,
        members=tuple(m for group in (members or {}).values() for m in group),
        uncertain_parties=uncertain,
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


def _members(reader: _Reader, table: Table | None, index: MunicipalityIndex) -> dict[int, list[CouncilMember]] | None:
    """``byraadsmedlemmer``: the elected members of each council (written by the import); None without the sheet."""
    if table is None:
        return None
    members: dict[int, list[CouncilMember]] = {}
    for number, row in table.rows:
        code = reader.municipality(table, number, row, index)
        letter = reader.letter(table, number, row)
        name = reader.cell(table, number, row, "navn", parse_text)
        candidate = reader.cell(table, number, row, "kandidat_id", parse_text, default="")
        if None not in (code, letter, name):
            members.setdefault(code, []).append(
                CouncilMember(municipality=code, letter=letter, name=name, candidate_id=candidate)
            )
    return members


def _mayors(
    reader: _Reader,
    table: Table,
    index: MunicipalityIndex,
    results: dict[tuple[int, str], ListResult],
    members: dict[int, list[CouncilMember]] | None,
) -> tuple[tuple[Mayor, ...], tuple[PendingMayor, ...]]:
    """``borgmestre``: one mayor per municipality (R1), by list letter, by name or both.

    A name is looked up among the council's elected members (``byraadsmedlemmer``), whose list is then the
    mayor's; a letter given as well must agree. A mayor typed for a municipality without results yet, or given
    by name where the members are not known yet, waits (:class:`PendingMayor`) and is checked when they arrive.
    """
    counted = {code for code, _ in results}
    mayors: dict[int, tuple[int, Mayor | PendingMayor]] = {}
    for number, row in table.rows:
        code = reader.municipality(table, number, row, index)
        letter = reader.letter(table, number, row, default=None)
        name = reader.cell(table, number, row, "navn", parse_text, default="")
        if code is None or (letter is None and not name):
            continue  # a row the import wrote for a mayor not known yet
        municipality = index.find(code).name
        if code in mayors:
            reader.problem(table, number, "two_mayors", municipality=municipality, first_row=mayors[code][0])
            continue
        council = (members or {}).get(code)
        if code not in counted:
            found: Mayor | PendingMayor | None = PendingMayor(
                municipality=code, letter=letter, name=name, reason="not_counted"
            )
        elif council is None and letter is None:
            if members is None:
                reader.problem(table, number, "mayor_needs_letter", name=name, municipality=municipality)
                continue
            found = PendingMayor(municipality=code, name=name, reason="members_unknown")
        elif council is None or not name:
            found = _mayor_by_letter(reader, table, number, code, letter, name, results, council, municipality)
        else:
            found = _mayor_by_name(reader, table, number, code, letter, name, council, municipality)
        if found is not None:
            mayors[code] = (number, found)
    chosen = [m for _, m in mayors.values()]
    return (
        tuple(m for m in chosen if isinstance(m, Mayor)),
        tuple(m for m in chosen if isinstance(m, PendingMayor)),
    )


def _mayor_by_letter(
    reader: _Reader,
    table: Table,
    number: int,
    code: int,
    letter: str,
    name: str,
    results: dict[tuple[int, str], ListResult],
    council: list[CouncilMember] | None,
    municipality: str,
) -> Mayor | None:
    """A mayor given by list letter: the list must stand in that municipality and have won a seat there."""
    result = results.get((code, letter))
    if result is None:
        reader.problem(table, number, "mayor_list_unknown", letter=letter, municipality=municipality)
        return None
    seats = sum(m.letter == letter for m in council) if council is not None else result.seats
    if result.votes == 0 or seats == 0:
        reader.problem(table, number, "mayor_list_no_seat", letter=letter, municipality=municipality)
        return None
    return Mayor(municipality=code, letter=letter, name=name)


def _mayor_by_name(
    reader: _Reader,
    table: Table,
    number: int,
    code: int,
    letter: str | None,
    name: str,
    council: list[CouncilMember],
    municipality: str,
) -> Mayor | None:
    """A mayor given by name: an elected member of that council, whose list is the mayor's list."""
    wanted = names.person_key(name)
    matches = [m for m in council if names.person_key(m.name) == wanted]
    if not matches:
        closest = names.closest_people(name, [(m.name, m.letter) for m in council])
        reader.problem(table, number, "mayor_not_member", name=name, municipality=municipality, closest=closest or "-")
        return None
    lists = sorted({m.letter for m in matches})
    if letter is not None and letter not in lists:
        reader.problem(
            table, number, "mayor_letter_disagrees", name=name, letter=letter, member_letter=", ".join(lists)
        )
        return None
    if letter is None and len(lists) > 1:
        reader.problem(
            table, number, "mayor_name_ambiguous", name=name, municipality=municipality, lists=", ".join(lists)
        )
        return None
    chosen = letter or lists[0]
    shown = names.person_name(next(m.name for m in matches if m.letter == chosen))
    return Mayor(municipality=code, letter=chosen, name=shown)


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


def _parties(reader: _Reader, table: Table | None) -> tuple[dict[str, str], dict[str, str], tuple[str, ...]]:
    """R3's national party letters, their colours and the letters marked uncertain (``usikker``): the ``partier``
    sheet when given, else the bundled."""
    if table is None or not table.rows:
        return bundled_parties(), {}, bundled_uncertain_parties()
    parties: dict[str, tuple[int, str]] = {}
    colours: dict[str, str] = {}
    uncertain: list[str] = []
    for number, row in table.rows:
        letter = reader.cell(table, number, row, "liste", lambda v: names.nfc(parse_text(v)))
        name = reader.cell(table, number, row, "navn", parse_text)
        colour = reader.cell(table, number, row, "farve", parse_colour, default=None)
        doubtful = reader.cell(table, number, row, "usikker", parse_yes, default=False)
        if letter is None or name is None:
            continue
        if doubtful and letter not in parties:
            uncertain.append(letter)
        if letter in parties:
            reader.problem(table, number, "duplicate_party", letter=letter, first_row=parties[letter][0])
        parties.setdefault(letter, (number, name))
        if colour is not None:
            colours.setdefault(letter, colour)
    return {letter: name for letter, (_, name) in parties.items()}, colours, tuple(uncertain)
