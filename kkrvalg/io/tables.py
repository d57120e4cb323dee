"""Read a workbook (.xlsx) or a folder of CSV files into plain tables of cell values."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError, Problem


@dataclass(frozen=True)
class Table:
    """One sheet: its normalised header and its non-empty rows, each with the row number a user sees."""

    file: str
    sheet: str
    header: tuple[str, ...]
    rows: tuple[tuple[int, dict[str, Any]], ...]


def normalise_header(value: Any) -> str:
    return str(value).strip().casefold() if value is not None else ""


def read_tables(path: Path) -> dict[str, Table]:
    """All sheets of ``path`` by lower-case sheet name; a ``.csv`` path stands for the folder holding it."""
    if not path.exists():
        raise InputError([Problem("file_missing", {"path": str(path)})])
    if path.is_file() and path.suffix.lower() == ".csv":
        path = path.parent
    if path.is_dir():
        return _read_csv_folder(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise InputError([Problem("file_type", {"path": str(path)})])
    return _read_workbook(path)


def _table(file: str, sheet: str, raw_rows: list[tuple[Any, ...]]) -> Table:
    header: tuple[str, ...] = ()
    rows = []
    for number, raw in enumerate(raw_rows, start=1):
        values = [v.strip() if isinstance(v, str) else v for v in raw]
        if all(v is None or v == "" for v in values):
            continue
        if not header:
            header = tuple(normalise_header(v) for v in values)
            continue
        rows.append((number, {h: v for h, v in zip(header, values) if h and v not in (None, "")}))
    return Table(file, sheet, header, tuple(rows))


def _read_workbook(path: Path) -> dict[str, Table]:
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise InputError([Problem("file_corrupt", {"path": str(path), "detail": type(exc).__name__})]) from None
    try:
        return {
            ws.title.strip().casefold(): _table(path.name, ws.title, list(ws.iter_rows(values_only=True)))
            for ws in workbook.worksheets
        }
    finally:
        workbook.close()


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) first, then Windows-1252, the two encodings Danish CSV files come in."""
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
        raise InputError([Problem("csv_unreadable", {"detail": str(error)}, file=name, row=reader.line_num)]) from None


def _read_csv_folder(folder: Path) -> dict[str, Table]:
    tables = {}
    for file in sorted(folder.glob("*.csv")):
        text = decode(file.read_bytes(), file.name)
        tables[file.stem.strip().casefold()] = _table(file.name, file.stem, csv_rows(text, file.name))
    return tables
