"""Turn the input workbook (or CSV folder) into validated :class:`ElectionData`, or list every problem.

Each sheet is read by its own small function; all of them report into one :class:`_Reader`, so
``validate`` can list every problem at once. List letters are read as the party letter they equal up to
case and Unicode form (each such cell is noted, for ``validate``); a letter that only looks like a party
letter is refused, naming the letter it resembles.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import EllipsisType
from typing import Any, TypedDict, TypeVar

from .. import names
from ..errors import InputError, Problem
from ..i18n import keys
from ..model import (
    CellNote,
    CouncilMember,
    CountStatus,
    ElectionData,
    ListResult,
    Location,
    Mayor,
    Municipality,
    PendingMayor,
    PooledList,
    SourceInfo,
    ValgforbundMember,
)
from .cells import (
    CellError,
    MunicipalityIndex,
    normalise_name,
    parse_colour,
    parse_count,
    parse_letter,
    parse_name,
    parse_text,
    parse_yes,
)
from .reference import bundled_municipalities, bundled_parties, bundled_uncertain_parties
from .tables import Table, explain_empty, read_source, source_name

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


def _visible(text: str) -> str:
    """``text`` without its invisible characters: what a person reading it takes it for."""
    return "".join(c for c in text if names.invisible(c) is None)


class _Where(TypedDict):
    """A cell, as a :class:`Problem` names it."""

    file: str
    sheet: str
    row: int
    column: str


class _Reader:
    """Collects problems instead of stopping at the first, so ``validate`` can list them all."""

    def __init__(self, tables: dict[str, Table]) -> None:
        self.tables = tables
        self.problems: list[Problem] = []
        self.notes: list[CellNote] = []
        self.letters: tuple[str, ...] = ()
        self.lists: dict[tuple[int, str], str] = {}
        """Each municipality's list letters by :func:`names.identity`, spelt as in ``stemmer``."""
        self.rows: dict[tuple[int, str], int] = {}
        """The row of ``stemmer`` each list was read from."""
        self.empty: list[tuple[Problem, Table, str]] = []
        """Required cells found empty (the problem, its sheet, its column), explained once all are known."""
        self.hidden: list[str] = []

    def sheet(self, name: str, required: bool) -> Table | None:
        table = self.tables.get(name)
        if table is None:
            if required:
                found = ", ".join(t.sheet for t in self.tables.values()) or "-"
                expected = ", ".join(REQUIRED_SHEETS)
                self.problems.append(Problem("sheet_missing", {"sheet": name, "expected": expected, "found": found}))
            return None
        if table.hidden:
            self.hidden.append(table.sheet)
        hidden = [(i, t) for i, t in enumerate(table.titles) if names.invisible(t)]
        for index, title in hidden:
            params = {"value": _visible(title), "codepoints": names.invisible(title), "column": index + 1}
            self.problems.append(Problem("header_invisible", params, file=table.file, sheet=table.sheet))
        if hidden or (not table.rows and not required):
            return None if hidden else table
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
        self,
        table: Table,
        number: int,
        row: dict[str, Any],
        column: str,
        parse: Callable[[Any], T],
        default: T | None | EllipsisType = ...,
    ) -> T | None:
        value = row.get(column)
        if column == "kommune" and value is None and "kommunekode" in table.header:
            column, value = "kommunekode", row.get("kommunekode")
        location: _Where = {"file": table.file, "sheet": table.sheet, "row": number, "column": column}
        if value is None:
            if default is not ...:
                return default
            problem = Problem("empty_required", {}, **location)
            self.problems.append(problem)
            self.empty.append((problem, table, column))
            return None
        try:
            return parse(value)
        except CellError as err:
            self.problems.append(Problem(err.code, err.params, **location))
            return None

    def name(
        self, table: Table, number: int, row: dict[str, Any], column: str, default: str | None | EllipsisType = ...
    ) -> str | None:
        """A text that names something: NFC, invisible characters refused."""
        return self.cell(table, number, row, column, parse_name, default)

    def letter(
        self,
        table: Table,
        number: int,
        row: dict[str, Any],
        column: str = "liste",
        default: None | EllipsisType = ...,
        code: int | None = None,
    ) -> str | None:
        """A list letter: the party letter it equals up to case and form, or the municipality's list (``code``)
        as ``stemmer`` spells it, noted when written otherwise; a look-alike, a digit or an invisible character
        refused."""
        letter = self.cell(table, number, row, column, lambda v: parse_letter(v, self.letters), default)
        if letter is None:
            return letter
        if code is not None:
            letter = self.lists.get((code, names.identity(letter)), letter)
        raw = parse_text(row[column])
        if letter != raw:
            self.notes.append(
                CellNote(file=table.file, sheet=table.sheet, row=number, column=column, value=raw, read_as=letter)
            )
        return letter

    def municipality(self, table: Table, number: int, row: dict[str, Any], index: MunicipalityIndex) -> int | None:
        """The municipality of a row; a row giving both ``kommune`` and ``kommunekode`` must name one and the
        same (a code copied from the row above would otherwise move its votes silently)."""
        code = self.cell(table, number, row, "kommune", lambda v: index.find(parse_name(v)).code)
        if code is None or "kommune" not in row or "kommunekode" not in row:
            return code
        other = self.cell(table, number, row, "kommunekode", lambda v: index.find(parse_name(v)).code)
        if other is not None and other != code:
            self.problem(
                table,
                number,
                "municipality_code_disagrees",
                "kommunekode",
                name=parse_text(row["kommune"]),
                municipality=index.find(code).name,
                given=parse_text(row["kommunekode"]),
                other=index.find(other).name,
            )
            return None
        return code

    def problem(self, table: Table, number: int, code: str, column: str | None = None, **params: Any) -> None:
        """A problem of a row (and of its ``column``, when one cell is what is wrong)."""
        self.problems.append(Problem(code, params, file=table.file, sheet=table.sheet, row=number, column=column))

    def explain_empty(self, path: Path) -> None:
        """Say why a required cell of a workbook is empty when it is a formula without a saved value or part
        of merged cells (both look filled in in Excel)."""
        if not self.empty or path.is_dir() or path.suffix.casefold() == ".csv":
            return
        cells = {
            (table.sheet, problem.row, table.header.index(column) + 1): problem
            for problem, table, column in self.empty
            if column in table.header and problem.row is not None
        }
        reasons = explain_empty(path, list(cells))
        replaced = {
            id(cells[key]): replace(cells[key], code=keys.EMPTY_CELL[reason]) for key, reason in reasons.items()
        }
        self.problems = [replaced.get(id(p), p) for p in self.problems]


def _sheets(path: Path) -> tuple[dict[str, Table], str]:
    """The workbook's sheets by :func:`sheet_key` (rows read for the sheets of the contract only), and the SHA-256
    of what was read; two titles for one sheet are a problem naming both, and so is the title of a sheet that is
    read, written with invisible characters (it would not be found)."""
    tables: dict[str, Table] = {}
    problems = []
    source = read_source(path, wanted=lambda title: sheet_key(title) in COLUMNS)
    for table in source.tables:
        key = sheet_key(table.sheet)
        hidden = names.invisible(table.sheet)
        if hidden and sheet_key(_visible(table.sheet)) in COLUMNS:
            params = {"value": _visible(table.sheet), "codepoints": hidden}
            problems.append(Problem("sheet_invisible", params, file=source_name(path)))
            continue
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
    votes, mayor_rows = tables["stemmer"], tables["borgmestre"]
    if votes is not None and not votes.rows:
        reader.problems.append(Problem("sheet_empty", {"sheet": "stemmer"}, file=votes.file, sheet=votes.sheet))
    if reader.problems:
        raise InputError(reader.problems)
    assert votes is not None and mayor_rows is not None, "a required sheet not read is a problem"

    municipalities = _geography(reader, tables["kommuner"], path)
    index = MunicipalityIndex(municipalities)
    parties, colours, uncertain = _parties(reader, tables["partier"])
    reader.letters = tuple(parties)
    results = _results(reader, votes, index)
    members = _members(reader, tables["byraadsmedlemmer"], index)
    _seats_match_members(reader, votes, results, members, index)
    mayors, pending = _mayors(reader, mayor_rows, index, results, members)
    pooled = _pooled(reader, tables["listesamarbejder"], index, results, parties)
    valgforbund = _valgforbund(reader, tables["valgforbund"], municipalities, parties, pooled)
    status = _status(reader, tables["optaelling"], index, results)
    if reader.problems:
        reader.explain_empty(path)
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
        hidden_sheets=tuple(reader.hidden),
    )


def _results(reader: _Reader, table: Table, index: MunicipalityIndex) -> dict[tuple[int, str], ListResult]:
    """``stemmer``: votes and council seats per municipality and list; a list appears once per municipality
    (``A`` and ``a``, or ``q`` and ``Q``, are one list written twice)."""
    results: dict[tuple[int, str], ListResult] = {}
    first_row: dict[tuple[int, str], int] = {}
    for number, row in table.rows:
        code = reader.municipality(table, number, row, index)
        letter = reader.letter(table, number, row)
        votes = reader.cell(table, number, row, "stemmer", parse_count)
        seats = reader.cell(table, number, row, "mandater", parse_count, default=None)
        name = reader.name(table, number, row, "navn", default="")
        if code is None or letter is None or votes is None or name is None:
            continue
        key = (code, names.identity(letter))
        if key in reader.lists:
            municipality = index.find(code).name
            reader.problem(
                table,
                number,
                "duplicate_list",
                "liste",
                letter=reader.lists[key],
                municipality=municipality,
                first_row=first_row[key],
            )
            continue
        first_row[key] = number
        reader.lists[key] = letter
        reader.rows[code, letter] = number
        results[code, letter] = ListResult(municipality=code, letter=letter, name=name, votes=votes, seats=seats)
    return results


def _members(reader: _Reader, table: Table | None, index: MunicipalityIndex) -> dict[int, list[CouncilMember]] | None:
    """``byraadsmedlemmer``: the elected members of each council (written by the import); None without the sheet."""
    if table is None:
        return None
    members: dict[int, list[CouncilMember]] = {}
    for number, row in table.rows:
        code = reader.municipality(table, number, row, index)
        letter = reader.letter(table, number, row, code=code)
        name = reader.cell(table, number, row, "navn", parse_text)
        candidate = reader.cell(table, number, row, "kandidat_id", parse_text, default="")
        if code is not None and letter is not None and name is not None and candidate is not None:
            members.setdefault(code, []).append(
                CouncilMember(municipality=code, letter=letter, name=name, candidate_id=candidate)
            )
    return members


def _seats_match_members(
    reader: _Reader,
    table: Table,
    results: dict[tuple[int, str], ListResult],
    members: dict[int, list[CouncilMember]] | None,
    index: MunicipalityIndex,
) -> None:
    """A list's council seats in ``stemmer`` are its elected members in ``byraadsmedlemmer``, where both are
    given: the seat condition (R4) and a mayor's list (R1) must not read one figure here and another there."""
    for (code, letter), result in results.items():
        council = (members or {}).get(code)
        if council is None or result.seats is None:
            continue
        elected = sum(m.letter == letter for m in council)
        if elected != result.seats:
            number = reader.rows[code, letter]
            municipality = index.find(code).name
            reader.problem(
                table,
                number,
                "seats_disagree_members",
                "mandater",
                letter=letter,
                municipality=municipality,
                seats=result.seats,
                members=elected,
            )


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
        letter = reader.letter(table, number, row, default=None, code=code)
        name = reader.cell(table, number, row, "navn", parse_text, default="")
        if code is None or name is None or (letter is None and "liste" in row):
            continue  # refused above: its problem is told, not a second one about a missing letter
        if letter is None and not name:
            continue  # a row the import wrote for a mayor not known yet
        municipality = index.find(code).name
        if code in mayors:
            reader.problem(table, number, "two_mayors", "kommune", municipality=municipality, first_row=mayors[code][0])
            continue
        council = (members or {}).get(code)
        if code not in counted:
            found: Mayor | PendingMayor | None = PendingMayor(
                municipality=code, letter=letter, name=name, reason="not_counted"
            )
        elif council is None and letter is None:
            if members is None:
                reader.problem(table, number, "mayor_needs_letter", "liste", name=name, municipality=municipality)
                continue
            found = PendingMayor(municipality=code, name=name, reason="members_unknown")
        elif council is None or not name:
            assert letter is not None, "a row without a letter has a name, and its council is known"
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
        reader.problem(table, number, "mayor_list_unknown", "liste", letter=letter, municipality=municipality)
        return None
    seats = sum(m.letter == letter for m in council) if council is not None else result.seats
    if result.votes == 0 or seats == 0:
        reader.problem(table, number, "mayor_list_no_seat", "liste", letter=letter, municipality=municipality)
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
        reader.problem(
            table, number, "mayor_not_member", "navn", name=name, municipality=municipality, closest=closest or "-"
        )
        return None
    lists = sorted({m.letter for m in matches})
    if letter is not None and letter not in lists:
        reader.problem(
            table, number, "mayor_letter_disagrees", "liste", name=name, letter=letter, member_letter=", ".join(lists)
        )
        return None
    if letter is None and len(lists) > 1:
        reader.problem(
            table, number, "mayor_name_ambiguous", "navn", name=name, municipality=municipality, lists=", ".join(lists)
        )
        return None
    chosen = letter or lists[0]
    shown = names.person_name(next(m.name for m in matches if m.letter == chosen))
    return Mayor(municipality=code, letter=chosen, name=shown)


def _pooled(
    reader: _Reader,
    table: Table | None,
    index: MunicipalityIndex,
    results: dict[tuple[int, str], ListResult],
    parties: dict[str, str],
) -> tuple[PooledList, ...]:
    """``listesamarbejder``: local lists whose votes count for an approved listesamarbejde (R3).

    A listesamarbejde is one party whatever case it is written in; it may not be named like a party letter
    (its votes would be added to that party's), and it pools local lists only: a national party stays itself.
    """
    if table is None:
        return ()
    pooled: dict[tuple[int, str], tuple[int, PooledList]] = {}
    spelt: dict[str, str] = {}
    for number, row in table.rows:
        code = reader.municipality(table, number, row, index)
        letter = reader.letter(table, number, row, code=code)
        group = reader.name(table, number, row, "listesamarbejde")
        if code is None or letter is None or group is None:
            continue
        group = spelt.setdefault(names.identity(group), group)
        municipality = index.find(code).name
        like = _party_named(group, parties)
        if like is not None:
            reader.problem(
                table, number, "listesamarbejde_named_like_party", "listesamarbejde", name=group, letter=like
            )
        elif letter in parties:
            reader.problem(
                table, number, "pooled_national_party", "liste", letter=letter, name=parties[letter], group=group
            )
        elif (code, letter) not in results:
            reader.problem(table, number, "pooled_list_unknown", "liste", letter=letter, municipality=municipality)
        elif (code, letter) in pooled:
            first, other = pooled[code, letter]
            reader.problem(
                table,
                number,
                "pooled_twice",
                "liste",
                letter=letter,
                municipality=municipality,
                other=other.listesamarbejde,
                first_row=first,
            )
        else:
            pooled[code, letter] = (number, PooledList(municipality=code, letter=letter, listesamarbejde=group))
    return tuple(p for _, p in pooled.values())


def _party_named(name: str, parties: dict[str, str]) -> str | None:
    """The national party letter ``name`` would be read as (in any case, or as a look-alike), or None."""
    letter = names.party_letter(name, parties)
    if letter in parties:
        return letter
    return names.lookalike(name, parties)


def _valgforbund(
    reader: _Reader,
    table: Table | None,
    municipalities: tuple[Municipality, ...],
    parties: dict[str, str],
    pooled: tuple[PooledList, ...],
) -> tuple[ValgforbundMember, ...]:
    """``valgforbund``: declared valgforbund per KKR (R10), each member with its row, so that what the
    composition later shows (an unrepresented member) still names it.

    Names are matched as everywhere else (case, Unicode form and spaces ignored; ``KKR Nord`` is Nord). A
    valgforbund may not be named like a party or listesamarbejde (the chair result would name the one for
    the other), and a party stands once in one valgforbund of a KKR.
    """
    if table is None:
        return ()
    known = [*dict.fromkeys(m.kkr for m in municipalities), "bestyrelse"]
    groups = {names.identity(p.listesamarbejde): p.listesamarbejde for p in pooled}
    members: list[ValgforbundMember] = []
    spelt: dict[tuple[str, str], str] = {}
    seen: dict[tuple[str, str], tuple[int, str]] = {}
    for number, row in table.rows:
        kkr = reader.name(table, number, row, "kkr")
        group = reader.name(table, number, row, "valgforbund")
        written = reader.name(table, number, row, "parti")
        pooling = groups.get(names.identity(written or ""))  # a listesamarbejde's name is no letter
        party = pooling or (reader.letter(table, number, row, "parti") if written is not None else None)
        if kkr is None or group is None or written is None or party is None:
            continue
        body = names.match_name(kkr, known, prefix=names.KKR_PREFIX)
        if body is None:
            reader.problem(table, number, "unknown_kkr", "kkr", value=kkr, known=", ".join(known))
            continue
        group = spelt.setdefault((body, names.identity(group)), group)
        like = _party_named(group, parties) or groups.get(names.identity(group))
        if like is not None:
            reader.problem(table, number, "valgforbund_named_like_party", "valgforbund", name=group, party=like)
            continue
        if (body, party) in seen:
            first, other = seen[body, party]
            code = "valgforbund_repeated_row" if other == group else "valgforbund_twice_row"
            reader.problem(table, number, code, "parti", party=party, name=group, other=other, first_row=first)
            continue
        seen[body, party] = (number, group)
        where = Location(file=table.file, sheet=table.sheet, row=number)
        members.append(ValgforbundMember(kkr=body, valgforbund=group, party=party, where=where))
    return tuple(members)


def _status(
    reader: _Reader, table: Table | None, index: MunicipalityIndex, results: dict[tuple[int, str], ListResult]
) -> tuple[CountStatus, ...]:
    """``optaelling``: the state of each municipality's count; preliminary counts make a KKR provisional.

    One row per municipality (a municipality cannot be both final and preliminary), and the ballots cast
    cannot be fewer than the valid votes of the lists in ``stemmer``.
    """
    if table is None:
        return ()
    valid: dict[int, int] = {}
    for (counted, _), result in results.items():
        valid[counted] = valid.get(counted, 0) + result.votes
    status: dict[int, tuple[int, CountStatus]] = {}
    for number, row in table.rows:
        code = reader.municipality(table, number, row, index)
        final = reader.cell(table, number, row, "status", _parse_final)
        ballots = reader.cell(table, number, row, "afgivne_stemmer", parse_count, default=None)
        note = reader.cell(table, number, row, "note", parse_text, default="")
        if code is None or final is None or note is None:
            continue
        municipality = index.find(code).name
        if code in status:
            reader.problem(
                table, number, "status_twice", "kommune", municipality=municipality, first_row=status[code][0]
            )
            continue
        if ballots is not None and ballots < valid.get(code, 0):
            reader.problem(
                table,
                number,
                "ballots_below_valid",
                "afgivne_stemmer",
                municipality=municipality,
                ballots=ballots,
                valid=valid[code],
            )
            continue
        status[code] = (number, CountStatus(municipality=code, final=final, ballots_cast=ballots, note=note))
    return tuple(s for _, s in status.values())


def _parse_final(value: Any) -> bool:
    text = parse_text(value).casefold()
    if text not in FINAL:
        raise CellError("not_yes_no", value=value)
    return FINAL[text]


def _geography(reader: _Reader, table: Table | None, path: Path) -> tuple[Municipality, ...]:
    """The KKR geography: the workbook's ``kommuner`` sheet when given, else the bundled 2026–2030 one.

    One KKR, one name: ``Nordjylland``, ``nordjylland`` and ``KKR Nordjylland`` are one KKR (spelt as first
    written), and a name one letter from another is refused as the typing error it almost surely is. A
    municipality has one code, one name and one KKR.
    """
    if table is None or not table.rows:
        return bundled_municipalities()
    seen: dict[int, tuple[int, Municipality]] = {}
    by_name: dict[str, tuple[int, int]] = {}
    kkr_rows: dict[str, list[int]] = {}
    spelt: dict[str, str] = {}
    for number, row in table.rows:
        code = reader.cell(table, number, row, "kommunekode", parse_count)
        name = reader.name(table, number, row, "kommune")
        kkr = reader.name(table, number, row, "kkr")
        if code is None or name is None or kkr is None:
            continue
        kkr = spelt.setdefault(names.kkr_key(kkr), names.without_prefix(kkr))
        kkr_rows.setdefault(kkr, []).append(number)
        if code in seen:
            first = seen[code][1]
            if first.kkr != kkr:
                reader.problem(
                    table, number, "municipality_two_kkr", "kkr", municipality=name, first=first.kkr, second=kkr
                )
            elif normalise_name(first.name) != normalise_name(name):
                reader.problem(
                    table,
                    number,
                    "code_two_names",
                    "kommune",
                    given=code,
                    first=first.name,
                    second=name,
                    first_row=seen[code][0],
                )
            continue
        key = normalise_name(name)
        if key in by_name and by_name[key][1] != code:
            first_row, other = by_name[key]
            reader.problem(
                table, number, "name_two_codes", "kommunekode", name=name, first=other, second=code, first_row=first_row
            )
            continue
        by_name.setdefault(key, (number, code))
        seen[code] = (number, Municipality(code=code, name=name, kkr=kkr))
    for typo, right in _kkr_typos(kkr_rows):
        rows = kkr_rows[typo]
        reader.problem(table, rows[0], "kkr_typo", "kkr", value=typo, known=right, rows=", ".join(map(str, rows)))
    if reader.problems:
        reader.explain_empty(path)
        raise InputError(reader.problems)
    return tuple(m for _, m in seen.values())


def _kkr_typos(rows: dict[str, list[int]]) -> list[tuple[str, str]]:
    """KKR names one edit apart (``Nordjyland`` beside ``Nordjylland``): (the rarer spelling, the other)."""
    found = []
    for name in rows:
        for other in rows:
            if names.one_edit_apart(names.kkr_key(name), names.kkr_key(other)) and (len(rows[name]), -rows[name][0]) < (
                len(rows[other]),
                -rows[other][0],
            ):
                found.append((name, other))
    return found


def _parties(reader: _Reader, table: Table | None) -> tuple[dict[str, str], dict[str, str], tuple[str, ...]]:
    """R3's national party letters, their colours and the letters marked uncertain (``usikker``): the ``partier``
    sheet when given, else the bundled."""
    if table is None or not table.rows:
        return bundled_parties(), {}, bundled_uncertain_parties()
    parties: dict[str, tuple[int, str]] = {}
    colours: dict[str, str] = {}
    uncertain: list[str] = []
    for number, row in table.rows:
        letter = reader.cell(table, number, row, "liste", lambda v: parse_letter(v, ()))
        name = reader.name(table, number, row, "navn")
        colour = reader.cell(table, number, row, "farve", parse_colour, default=None)
        doubtful = reader.cell(table, number, row, "usikker", parse_yes, default=False)
        if letter is None or name is None:
            continue
        if doubtful and letter not in parties:
            uncertain.append(letter)
        letter = next((known for known in parties if known.casefold() == letter.casefold()), letter)
        if letter in parties:
            reader.problem(table, number, "duplicate_party", "liste", letter=letter, first_row=parties[letter][0])
        parties.setdefault(letter, (number, name))
        if colour is not None:
            colours.setdefault(letter, colour)
    return {letter: name for letter, (_, name) in parties.items()}, colours, tuple(uncertain)
