"""Read a workbook (.xlsx) or a folder of CSV files into plain tables of cell values.

Nothing is allowed to shadow anything else: two headers of one sheet that mean the same column, or two
sheets that mean the same sheet, are a problem naming both — never "the last one wins".
"""

from __future__ import annotations

import codecs
import csv
import errno
import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError, Label, Problem
from ..names import nfc


@dataclass(frozen=True)
class Table:
    """One sheet: its normalised header and its non-empty rows, each with the row number a user sees."""

    file: str
    sheet: str
    header: tuple[str, ...]
    rows: tuple[tuple[int, dict[str, Any]], ...]
    titles: tuple[str, ...] = ()
    """The header cells as written (to name a column by what the user typed)."""
    hidden: bool = False
    """A hidden sheet of a workbook: what it holds counts, though nobody sees it in Excel."""


def normalise_header(value: Any) -> str:
    return nfc(str(value)).casefold() if value is not None else ""


def csv_files(folder: Path) -> list[Path]:
    """The CSV files of a folder in name order, whatever the case of their suffix (``Stemmer.CSV``)."""
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.casefold() == ".csv")


def source_name(path: Path) -> str:
    """The name reports show for the input: ``.`` (a CSV folder given as the current folder) has none."""
    return path.name or path.resolve().name


@dataclass(frozen=True)
class Source:
    """What was read: the sheets, and the SHA-256 of exactly the bytes they were parsed from (a CSV folder's
    files in name order), so a report names the input it computed — even if the file changes meanwhile."""

    tables: list[Table]
    sha256: str


def read_source(path: Path, wanted: Callable[[str], bool] = lambda _title: True) -> Source:
    """All sheets of ``path`` in order, each file read once; a ``.csv`` path stands for the folder holding it.

    Only the sheets whose title ``wanted`` accepts have their rows read; the others (an ``Import`` log, ``Om
    data``) are listed by title alone, so that two titles for one sheet are still seen.
    """
    if not path.exists():
        raise InputError([Problem("file_missing", {"path": str(path), "what": Label("expected_data")})])
    if path.is_file() and path.suffix.lower() == ".csv":
        path = path.parent
    if path.is_dir():
        return _read_csv_folder(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise InputError([Problem("file_type", {"path": str(path)})])
    return _read_workbook(path, wanted)


def _table(file: str, sheet: str, raw_rows: list[tuple[Any, ...]], is_csv: bool, hidden: bool = False) -> Table:
    header: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    rows = []
    for number, raw in enumerate(raw_rows, start=1):
        values = [v.strip() if isinstance(v, str) else v for v in raw]
        if all(v is None or v == "" for v in values):
            continue
        if not header:
            header = tuple(normalise_header(v) for v in values)
            titles = tuple("" if v is None else str(v) for v in values)
            _check_header(file, sheet, number, values, header, is_csv)
            continue
        rows.append((number, {h: v for h, v in zip(header, values) if h and v not in (None, "")}))
    return Table(file, sheet, header, tuple(rows), titles, hidden)


def _check_header(file: str, sheet: str, number: int, raw: list[Any], header: tuple[str, ...], is_csv: bool) -> None:
    """Two header cells that name the same column after normalisation would shadow each other."""
    seen: dict[str, int] = {}
    problems = []

    def column(index: int) -> int | str:
        from openpyxl.utils import get_column_letter

        return index + 1 if is_csv else get_column_letter(index + 1)

    for index, name in enumerate(header):
        if not name:
            continue
        if name in seen:
            first = seen[name]
            problems.append(
                Problem(
                    "duplicate_header",
                    {
                        "first": str(raw[first]),
                        "second": str(raw[index]),
                        "first_column": column(first),
                        "second_column": column(index),
                    },
                    file=file,
                    sheet=sheet,
                    row=number,
                )
            )
        seen.setdefault(name, index)
    if problems:
        raise InputError(problems)


def _read_workbook(path: Path, wanted: Callable[[str], bool]) -> Source:
    """The workbook's sheets through calamine (Rust; a tenth of openpyxl's time on the official workbook), from
    cell A1 so that row numbers are the ones a user sees."""
    from python_calamine import CalamineWorkbook, SheetVisibleEnum

    data = read_bytes(path, path.name)
    if not _has_workbook_part(data):
        raise corrupt(path, data)
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        tables = [
            _table(
                path.name,
                sheet.name,
                _rows(workbook.get_sheet_by_name(sheet.name).to_python(skip_empty_area=False))
                if wanted(sheet.name)
                else [],
                is_csv=False,
                hidden=sheet.visible != SheetVisibleEnum.Visible,
            )
            for sheet in workbook.sheets_metadata
        ]
    except InputError:
        raise
    except Exception as exc:  # any failure of the parser on a damaged file is a damaged file
        raise corrupt(path, data, exc) from None
    return Source(tables, hashlib.sha256(data).hexdigest())


def _rows(grid: list[list[Any]]) -> list[tuple[Any, ...]]:
    """calamine's cells as openpyxl gives them: an empty cell None, a whole number an ``int`` (a workbook stores
    every number as a double, and ``12345`` must read as the count it is), everything else as it is."""
    return [tuple(_cell(value) for value in row) for row in grid]


def _cell(value: Any) -> Any:
    if value == "" and isinstance(value, str):
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


WORKBOOK_PART = "xl/workbook.xml"
"""The part every workbook has: a zip without it is not a damaged workbook but not one at all."""


def corrupt(path: Path, data: bytes, error: Exception | None = None) -> InputError:
    """A workbook (``data``, the bytes read) the parser cannot read, with what is wrong in words instead of the
    parser's class name."""
    import zipfile

    if not zipfile.is_zipfile(io.BytesIO(data)):
        reason = "corrupt_not_zip"
    elif not _has_workbook_part(data):
        reason = "corrupt_part_missing"
    elif error is not None and "xml" in type(error).__name__.casefold():
        reason = "corrupt_bad_xml"
    else:
        reason = "corrupt_damaged"
    return InputError([Problem("file_corrupt", {"path": str(path), "detail": Label(reason)})])


def _has_workbook_part(data: bytes) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return WORKBOOK_PART in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def explain_empty(path: Path, cells: list[tuple[str, int, int]]) -> dict[tuple[str, int, int], str]:
    """Why cells of a workbook read as empty, for the message: ``formula`` (a formula without a saved value,
    which a file written by a program other than Excel may have) or ``merged`` (inside merged cells, where
    only the first cell holds the value). Read again in full only when some cell is empty, so a good
    workbook loads as fast as ever."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, data_only=False)
    except Exception:  # it was read a moment ago; if not now, the plain message stands
        return {}
    found = {}
    for sheet, row, column in cells:
        if sheet not in workbook.sheetnames:
            continue
        ws = workbook[sheet]
        if ws.cell(row, column).data_type == "f":
            found[sheet, row, column] = "formula"
        elif any(r.min_row <= row <= r.max_row and r.min_col <= column <= r.max_col for r in ws.merged_cells.ranges):
            found[sheet, row, column] = "merged"
    return found


_OS_REASONS = {
    errno.EACCES: "os_denied",
    errno.EPERM: "os_denied",
    errno.ENOENT: "os_missing",
    errno.EISDIR: "os_folder",
    errno.EIO: "os_io",
    errno.ENOSPC: "write_disk_full",
    errno.EROFS: "write_read_only",
}


def os_reason(error: OSError) -> Label | str:
    """Why the system refused to read or write a file, in the reader's language; otherwise the errno's
    name (``ELOOP``), which a search finds — never the system's English sentence."""
    reason = _OS_REASONS.get(error.errno or 0)
    return Label(reason) if reason else errno.errorcode.get(error.errno or 0, type(error).__name__)


def read_bytes(path: Path | str, name: str) -> bytes:
    """A file's bytes, or an :class:`InputError` naming it (``name``) and why it cannot be read."""
    try:
        with open(path, "rb") as file:
            return file.read()
    except OSError as error:
        raise InputError([Problem("file_unreadable", {"detail": os_reason(error)}, file=name)]) from None


def require_file(path: Path, what: str) -> None:
    """Refuse a path that is missing, or that is a folder where a file (``what``, a label) is expected."""
    if path.is_dir():
        raise InputError([Problem("path_is_folder", {"path": str(path), "what": Label(what)})])
    if not path.exists():
        raise InputError([Problem("file_missing", {"path": str(path), "what": Label(what)})])


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with its BOM (Excel's "Unicode text"), then Windows-1252: the
    encodings Danish CSV files come in. Text with NUL bytes is none of them (UTF-16 without a BOM, or not
    text at all): refused, rather than shown as mojibake."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError([Problem("csv_undecodable", {"path": name})]) from None
    if b"\x00" in data:
        raise InputError([Problem("csv_undecodable", {"path": name})])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError([Problem("csv_undecodable", {"path": name})]) from None


def csv_rows(text: str, name: str) -> list[tuple[str, ...]]:
    """Rows of the CSV text of file ``name``, its delimiter (``;``, ``,`` or tab) taken from the first line.

    The csv module's own limits (a field longer than its limit, a NUL byte) become an :class:`InputError`
    naming the file and line, like every other problem with the input.
    """
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        return [tuple(row) for row in reader]
    except csv.Error as error:
        detail = Label("csv_field_too_long" if "field larger" in str(error) else "csv_malformed")
        raise InputError([Problem("csv_unreadable", {"detail": detail}, file=name, row=reader.line_num)]) from None


def _read_csv_folder(folder: Path) -> Source:
    tables, digest = [], hashlib.sha256()
    if not csv_files(folder):
        raise InputError([Problem("csv_folder_empty", {"path": str(folder)})])
    for file in csv_files(folder):
        data = read_bytes(file, file.name)
        digest.update(data)
        tables.append(_table(file.name, file.stem, csv_rows(decode(data, file.name), file.name), is_csv=True))
    return Source(tables, digest.hexdigest())
