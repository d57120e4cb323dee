"""Write an import as an input workbook, or refresh an existing one without losing what the user typed.

The importer owns the sheets ``stemmer``, ``byraadsmedlemmer``, ``optaelling`` and ``Import``; every other
sheet belongs to the user (``borgmestre``, ``listesamarbejder``, ``valgforbund``, ``partier``, ``kommuner``
and anything else) and is kept as it is, except that ``borgmestre`` gains a row for each newly imported
municipality.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from ..errors import InputError, OutputError, Problem, describe, replace_file
from ..i18n import Lang, label
from .cells import CellError, MunicipalityIndex
from .load import COLUMNS, OPTIONAL_COLUMNS
from .official import ElectionImport, MunicipalityImport
from .tables import normalise_header
from .template import columns
from .write import append_row

EMPTY_USER_SHEETS = ("listesamarbejder", "valgforbund")
BOLD = Font(bold=True)
TIME = "%d-%m-%Y %H:%M:%S"


def _header(ws: Worksheet, headers: tuple[str, ...] | list[str]) -> None:
    for col, value in enumerate(headers, start=1):
        ws.cell(1, col, value).font = BOLD
    ws.freeze_panes = "A2"


def _replace(wb: Workbook, title: str, position: int | None = None) -> Worksheet:
    """A fresh, empty sheet in the place of ``title`` (or at ``position``, or at the end)."""
    if title in wb.sheetnames:
        position = wb.sheetnames.index(title)
        wb.remove(wb[title])
    sheet: Worksheet = wb.create_sheet(title, position)
    return sheet


def _list_name(m: MunicipalityImport, letter: str) -> str:
    """The name a list was given most often (the spelling varies between districts and files)."""
    names = m.names.get(letter)
    return names.most_common(1)[0][0] if names else letter


def _votes_sheet(ws: Worksheet, imported: ElectionImport) -> int:
    _header(ws, ["kommunekode", "kommune", "liste", "navn", "stemmer", "mandater"])
    rows = 0
    for m in sorted(imported.municipalities.values(), key=lambda m: m.code):
        if not m.counted:
            continue
        for letter in sorted(m.votes, key=lambda k: (-m.votes[k], k)):
            seats = None if m.seats is None else m.seats.get(letter, 0)
            append_row(ws, [m.code, m.name, letter, _list_name(m, letter), m.votes[letter], seats])
            rows += 1
    return rows


def _members_sheet(ws: Worksheet, imported: ElectionImport) -> None:
    """The elected members of each council (``mandatfordeling``): who a mayor can be, and who is eligible."""
    _header(ws, ["kommunekode", *columns("byraadsmedlemmer")])
    for m in sorted(imported.municipalities.values(), key=lambda m: m.code):
        for member in m.members:
            append_row(ws, [m.code, m.name, member.letter, member.name, member.candidate_id])


def _note(m: MunicipalityImport, lang: Lang) -> str:
    parts = []
    if m.counted < m.districts:
        parts.append(label("import_note_districts", lang, counted=m.counted, districts=m.districts))
    elif m.final < m.counted:
        parts.append(label("import_note_preliminary", lang))
    if m.seats is None:
        parts.append(label("import_note_no_seats", lang))
    return "; ".join(parts)


def _counts_sheet(ws: Worksheet, imported: ElectionImport, lang: Lang) -> None:
    _header(ws, list(columns("optaelling")))
    for m in sorted(imported.municipalities.values(), key=lambda m: m.code):
        if m.counted:
            ballots = m.ballots if m.counted == m.districts and m.ballots else None
            append_row(ws, [m.name, m.status, ballots, _note(m, lang)])


def _import_sheet(ws: Worksheet, imported: ElectionImport, lang: Lang) -> None:
    """Where the figures came from: the state of each municipality's count, the checks and every file."""
    yes_no = {True: label("yes", lang), False: label("no", lang)}
    _header(
        ws,
        [
            label(k, lang)
            for k in (
                "import_code",
                "municipality",
                "import_districts",
                "counted",
                "import_final",
                "import_seats",
                "import_status",
                "import_released",
            )
        ],
    )
    for m in sorted(imported.municipalities.values(), key=lambda m: m.code):
        append_row(
            ws,
            [
                m.code,
                m.name,
                m.districts,
                m.counted,
                m.final,
                yes_no[m.seats is not None],
                m.status if m.counted else label("import_not_counted", lang),
                m.released.strftime(TIME) if m.released else None,
            ],
        )
    append_row(ws, [])
    for caption, value in (
        (label("import_source", lang), imported.source),
        (label("import_kind", lang), imported.kind),
        (
            label("import_election_day", lang),
            imported.election_day.strftime("%d-%m-%Y") if imported.election_day else None,
        ),
        (label("import_time", lang), datetime.now(UTC).strftime(TIME + " UTC")),
    ):
        append_row(ws, [caption, value])
        ws.cell(ws.max_row, 1).font = BOLD
    append_row(ws, [])
    append_row(ws, [label("import_checks", lang)])
    ws.cell(ws.max_row, 1).font = BOLD
    for problem in imported.warnings or ():
        append_row(ws, [describe(problem, lang)])
    if not imported.warnings:
        append_row(ws, [label("import_no_warnings", lang)])
    if imported.ignored:
        append_row(ws, [])
        append_row(ws, [label("import_ignored", lang, count=len(imported.ignored))])
        ws.cell(ws.max_row, 1).font = BOLD
        for problem in imported.ignored:
            append_row(ws, [problem.file, describe(replace_file(problem), lang)])
    append_row(ws, [])
    append_row(
        ws,
        [
            label(k, lang)
            for k in (
                "import_file",
                "import_file_kind",
                "import_code",
                "import_district",
                "import_released",
                "import_result_kind",
                "import_used",
            )
        ],
    )
    for cell in ws[ws.max_row]:
        cell.font = BOLD
    for f in imported.files:
        append_row(
            ws,
            [
                f.file,
                f.kind,
                f.municipality,
                f.district,
                f.released.strftime(TIME) if f.released else None,
                f.result_kind,
                yes_no[f.used],
            ],
        )
    for letter, width in zip("ABCDEFGH", (70, 18, 16, 16, 16, 16, 18, 22)):
        ws.column_dimensions[letter].width = width


def _mayors_sheet(ws: Worksheet, imported: ElectionImport, index: MunicipalityIndex) -> None:
    """One row per imported municipality; rows the user already has (matched by name or code) are kept."""
    if ws.max_row <= 1 and ws.cell(1, 1).value is None:
        _header(ws, ["kommunekode", "kommune", "liste", "navn"])
    header = [normalise_header(c.value) if c.value is not None else "" for c in ws[1]]
    present = set()
    for row in ws.iter_rows(min_row=2, values_only=True):
        for column in ("kommunekode", "kommune"):
            if column in header and row[header.index(column)] is not None:
                try:
                    present.add(index.find(row[header.index(column)]).code)
                except CellError:
                    pass
    for m in sorted(imported.municipalities.values(), key=lambda m: m.code):
        if m.code not in present:
            values = {"kommunekode": m.code, "kommune": m.name}
            append_row(ws, [values.get(h) for h in header])


def _existing(path: Path) -> Workbook:
    """The workbook to refresh, or an InputError when it is not a readable workbook (nothing is written)."""
    try:
        return load_workbook(path)
    except Exception as exc:  # any failure of the parser on a damaged file is a damaged file
        raise InputError([Problem("file_corrupt", {"path": str(path), "detail": type(exc).__name__})]) from None


def build_import_workbook(
    imported: ElectionImport, index: MunicipalityIndex, lang: Lang, existing: Path | None = None
) -> tuple[Workbook, int]:
    """The input workbook of ``imported`` (fresh, or ``existing`` refreshed); also the number of list rows."""
    if existing is None:
        wb = Workbook()
        first = wb.active
        assert first is not None, "a new workbook has one sheet"
        wb.remove(first)
        for title in ("stemmer", "borgmestre", *EMPTY_USER_SHEETS, "optaelling", "Import"):
            wb.create_sheet(title)
    else:
        wb = _existing(existing)
    rows = _votes_sheet(_replace(wb, "stemmer"), imported)
    mayors = wb["borgmestre"] if "borgmestre" in wb.sheetnames else wb.create_sheet("borgmestre", 1)
    _mayors_sheet(mayors, imported, index)
    if imported.kind == "valgdk":
        _members_sheet(_replace(wb, "byraadsmedlemmer", wb.sheetnames.index("borgmestre") + 1), imported)
    for title in EMPTY_USER_SHEETS:
        if title not in wb.sheetnames:
            _header(wb.create_sheet(title), list(COLUMNS[title] + OPTIONAL_COLUMNS.get(title, ())))
        elif wb[title].max_row <= 1 and wb[title].cell(1, 1).value is None:
            _header(wb[title], list(COLUMNS[title]))
    _counts_sheet(_replace(wb, "optaelling"), imported, lang)
    _import_sheet(_replace(wb, "Import"), imported, lang)
    return wb, rows


def backup(path: Path) -> Path:
    """Copy ``path`` next to itself with a timestamp, before it is replaced; a name of its own even when
    several updates run within one second (``…-093012-2.xlsx``), so no backup replaces another."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}")
    number = 1
    try:
        while True:
            try:
                with open(target, "xb") as copy, open(path, "rb") as original:
                    shutil.copyfileobj(original, copy)
                break
            except FileExistsError:
                number += 1
                target = path.with_name(f"{path.stem}.backup-{stamp}-{number}{path.suffix}")
        shutil.copystat(path, target)
    except OSError as error:
        raise OutputError(
            [Problem("write_failed", {"path": str(target), "detail": error.strerror or str(error)})]
        ) from None
    return target
