"""Read valg.dk's per-municipality CSV export (one file per municipality; no seats, no valid-vote total).

The layouts are those collected in the project's format notes: five columns (``Afstemningsområde;
Bogstavbetegnelse;Listenavn;Navn;Stemmetal``) or the older six. A list's votes are the sum of its rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from ..errors import InputError, Problem
from ..model import Municipality
from .cells import CellError, MunicipalityIndex, normalise_name, parse_count, parse_letter, parse_name
from .official import ElectionImport, MunicipalityImport, SourceFile
from .reference import bundled_parties
from .tables import csv_rows, decode, read_bytes, require_file

CSV_LAYOUTS = {
    ("afstemningsomraade", "bogstavbetegnelse", "listenavn", "navn", "stemmetal"): ("bogstavbetegnelse", "listenavn"),
    ("opstillingskreds", "afstemningsomraade", "partibogstav", "partinavn", "navn", "stemmetal"): (
        "partibogstav",
        "partinavn",
    ),
}


def _municipality_from_name(index: MunicipalityIndex, stem: str) -> Municipality | None:
    """The municipality a CSV export is named after, e.g. ``København.csv`` or ``kv25_Aarhus_Kommune.csv``."""
    words = [w for w in re.split(r"[\s_\-.]+", stem) if w]
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            try:
                return index.find(" ".join(words[start : start + size]))
            except CellError:
                continue
    return None


def read_csv_exports(
    files: Iterable[Path | str], municipalities: Iterable[Municipality], named: str | None = None
) -> ElectionImport:
    """Read valg.dk's per-municipality CSV exports (five- or six-column layout); seats are not in them.

    ``named`` is the municipality of a single export whose file name does not say it (``--kommune``).
    """
    index = MunicipalityIndex(municipalities)
    paths = [Path(f) for f in files]
    imported = ElectionImport(", ".join(p.name for p in paths), "valgdk-csv", {})
    for path in paths:
        require_file(path, "expected_valgdk_csv")
        m: Municipality | None
        if named is not None:
            try:
                m = index.find(named)
            except CellError as error:
                raise InputError([Problem(error.code, error.params)]) from None
        else:
            m = _municipality_from_name(index, path.stem)
            if m is None:
                raise InputError([Problem("csv_municipality_unknown", {}, file=path.name)])
        if m.code in imported.municipalities:
            raise InputError([Problem("csv_municipality_twice", {"municipality": m.name}, file=path.name)])
        municipality = MunicipalityImport(m.code, m.name)
        _add_csv(municipality, path)
        imported.municipalities[m.code] = municipality
        imported.files.append(SourceFile(path.name, "csv", m.code, "", None, "", True))
    return imported


def _add_csv(m: MunicipalityImport, path: Path) -> None:
    rows = [r for r in csv_rows(decode(read_bytes(path, path.name), path.name), path.name) if any(c.strip() for c in r)]
    if not rows:
        raise InputError([Problem("csv_empty", {}, file=path.name)])
    header = tuple(normalise_name(c) for c in rows[0])
    if header not in CSV_LAYOUTS:
        raise InputError([Problem("csv_unknown_headers", {"found": ";".join(rows[0])}, file=path.name, row=1)])
    letter_column, name_column = (header.index(c) for c in CSV_LAYOUTS[header])
    votes_column, district_column = header.index("stemmetal"), header.index("afstemningsomraade")
    letters = tuple(bundled_parties())
    districts = set()
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise InputError(
                [Problem("csv_row_width", {"found": len(row), "expected": len(header)}, file=path.name, row=number)]
            )
        column = letter_column if row[letter_column].strip() else name_column
        try:
            letter = parse_letter(row[column], letters)
        except CellError as error:
            raise InputError(
                [Problem(error.code, error.params, file=path.name, row=number, column=rows[0][column])]
            ) from None
        try:
            votes = parse_count(row[votes_column])
        except CellError as error:
            raise InputError(
                [Problem(error.code, error.params, file=path.name, row=number, column=rows[0][votes_column])]
            ) from None
        try:
            name = parse_name(row[name_column])
        except CellError as error:
            raise InputError(
                [Problem(error.code, error.params, file=path.name, row=number, column=rows[0][name_column])]
            ) from None
        m.add_list(letter, name, votes, f"{path.name}:{number}")
        districts.add(row[district_column].strip())
    m.districts = m.counted = len(districts)
