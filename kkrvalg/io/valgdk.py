"""Read the official results of valg.dk: the JSON data tree and the per-municipality CSV export.

The formats are those collected in the project's format notes (no official file could be fetched when this
was written): ``valgresultater`` holds one object per polling district (afstemningsområde), re-released
during the night; ``mandatfordeling`` one object per municipality with the elected persons. Lists are
keyed on (municipality, ballot letter), never on their name, which is spelt differently from place to
place. Anything that does not fit is an :class:`InputError` naming the file (and key or line).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import InputError, Problem
from ..model import Municipality
from .cells import CellError, MunicipalityIndex, normalise_name, parse_count
from .tables import csv_rows, decode

ELECTION = "Kommunalvalg"
NOT_COUNTED = "ingenresultater"
KEY_SPELLINGS = (
    ("omraade", "område"),
    ("Omraade", "Område"),
    ("Vaelgere", "Vælgere"),
    ("Anfoert", "Anført"),
    ("Stedfortraedere", "Stedfortrædere"),
    ("Moedte", "Mødte"),
)
CSV_LAYOUTS = {
    ("afstemningsomraade", "bogstavbetegnelse", "listenavn", "navn", "stemmetal"): ("bogstavbetegnelse", "listenavn"),
    ("opstillingskreds", "afstemningsomraade", "partibogstav", "partinavn", "navn", "stemmetal"): (
        "partibogstav",
        "partinavn",
    ),
}


@dataclass(frozen=True)
class SourceFile:
    """One file of the tree: what it is, whose it is, when it was released and whether it was used."""

    file: str
    kind: str
    municipality: int
    district: str
    released: datetime | None
    result_kind: str
    used: bool


@dataclass
class MunicipalityImport:
    """What the import found for one municipality: its lists' votes, seats and the state of its count."""

    code: int
    name: str
    votes: dict[str, int] = field(default_factory=dict)
    names: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    seats: dict[str, int] | None = None
    districts: int = 0
    counted: int = 0
    final: int = 0
    ballots: int = 0
    released: datetime | None = None

    @property
    def status(self) -> str:
        """``endelig`` only when every district has a final count and the seats are known."""
        complete = self.districts > 0 and self.final == self.districts and self.seats is not None
        return "endelig" if complete else "foreløbig"


@dataclass
class ElectionImport:
    """The result of an import: per municipality, the files read and every check that failed."""

    source: str
    kind: str
    municipalities: dict[int, MunicipalityImport]
    files: list[SourceFile] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def _normalise_keys(value: Any) -> Any:
    """Accept both spellings of the Danish keys (``Afstemningsområde…`` and ``Afstemningsomraade…``)."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            for ascii_, danish in KEY_SPELLINGS:
                key = key.replace(ascii_, danish)
            out[key] = _normalise_keys(item)
        return out
    if isinstance(value, list):
        return [_normalise_keys(v) for v in value]
    return value


def _read_json(path: Path, root: Path) -> dict[str, Any]:
    name = str(path.relative_to(root))
    try:
        document = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError([Problem("valgdk_not_utf8", {}, file=name)]) from None
    except json.JSONDecodeError as error:
        raise InputError(
            [Problem("valgdk_bad_json", {"line": error.lineno, "column": error.colno, "detail": error.msg}, file=name)]
        ) from None
    if not isinstance(document, dict):
        raise InputError([Problem("valgdk_not_object", {}, file=name)])
    return _normalise_keys(document)


def _require(document: dict[str, Any], key: str, name: str) -> Any:
    if key not in document:
        raise InputError([Problem("valgdk_key_missing", {"key": key}, file=name)])
    return document[key]


def _released(document: dict[str, Any], name: str) -> datetime:
    value = _require(document, "FrigivelsesTidspunktUTC", name)
    try:
        return datetime.strptime(str(value), "%d-%m-%Y %H:%M:%S")
    except ValueError:
        raise InputError(
            [Problem("valgdk_bad_time", {"key": "FrigivelsesTidspunktUTC", "value": value}, file=name)]
        ) from None


def _integer(document: dict[str, Any], key: str, name: str) -> int:
    try:
        return parse_count(_require(document, key, name))
    except CellError:
        raise InputError([Problem("valgdk_bad_number", {"key": key, "value": document[key]}, file=name)]) from None


def _data_files(root: Path, folder: str) -> list[Path]:
    """The JSON files of one part of the tree; ``.hash`` files and the ``verifikation`` test data are skipped."""
    base = root / folder
    if not base.is_dir():
        return []
    return sorted(p for p in base.rglob("*.json") if "verifikation" not in p.relative_to(root).parts)


def find_tree(directory: Path) -> Path:
    """The folder holding ``valgresultater/`` (the given one, or its only sub-folder that does)."""
    if not directory.is_dir():
        raise InputError([Problem("valgdk_not_a_folder", {"path": str(directory)})])
    if (directory / "valgresultater").is_dir():
        return directory
    candidates = [d for d in directory.iterdir() if d.is_dir() and (d / "valgresultater").is_dir()]
    if len(candidates) == 1:
        return candidates[0]
    raise InputError([Problem("valgdk_not_a_tree", {"path": str(directory)})])


def _municipality(index: MunicipalityIndex, document: dict[str, Any], name: str) -> Municipality:
    code = _require(document, "Kommunekode", name)
    try:
        return index.find(code)
    except CellError:
        raise InputError(
            [Problem("valgdk_unknown_municipality", {"key": "Kommunekode", "value": code}, file=name)]
        ) from None


def _check_election(documents: list[tuple[str, dict[str, Any]]]) -> None:
    """Every file must be of the same municipal election: the right ``Valgart`` and one ``Valgdag``."""
    problems = [
        Problem("valgdk_wrong_election", {"value": d.get("Valgart"), "expected": ELECTION}, file=name)
        for name, d in documents
        if d.get("Valgart", ELECTION) != ELECTION
    ]
    days = Counter(d.get("Valgdag") for _, d in documents if d.get("Valgdag"))
    if days:
        usual = days.most_common(1)[0][0]
        problems += [
            Problem("valgdk_wrong_day", {"value": d["Valgdag"], "expected": usual}, file=name)
            for name, d in documents
            if d.get("Valgdag", usual) != usual
        ]
    if problems:
        raise InputError(problems)


def read_tree(directory: Path | str, municipalities: Iterable[Municipality]) -> ElectionImport:
    """Read a downloaded valg.dk KV data tree (``valgresultater/`` and ``mandatfordeling/``)."""
    root = find_tree(Path(directory))
    index = MunicipalityIndex(municipalities)
    results = [(str(p.relative_to(root)), _read_json(p, root)) for p in _data_files(root, "valgresultater")]
    seats = [(str(p.relative_to(root)), _read_json(p, root)) for p in _data_files(root, "mandatfordeling")]
    if not results:
        raise InputError([Problem("valgdk_not_a_tree", {"path": str(directory)})])
    _check_election(results + seats)
    imported = ElectionImport(root.name, "valgdk", {})

    newest: dict[tuple[int, str], tuple[datetime, str, dict[str, Any]]] = {}
    for name, document in results:
        m = _municipality(index, document, name)
        district = str(
            document.get("AfstemningsområdeDagiId")
            or document.get("AfstemningsområdeNummer")
            or _require(document, "Afstemningsområde", name)
        )
        released = _released(document, name)
        imported.municipalities.setdefault(m.code, MunicipalityImport(m.code, m.name))
        if (m.code, district) not in newest or released > newest[m.code, district][0]:
            newest[m.code, district] = (released, name, document)
    used = {name for _, name, _ in newest.values()}
    for name, document in results:
        m = _municipality(index, document, name)
        imported.files.append(
            SourceFile(
                name,
                "valgresultater",
                m.code,
                str(document.get("Afstemningsområde", "")),
                _released(document, name),
                str(document.get("Resultatart", "")),
                name in used,
            )
        )
    for (code, _), (released, name, document) in sorted(newest.items()):
        _add_district(imported.municipalities[code], document, name, released, imported.warnings)

    latest: dict[int, tuple[datetime, str, dict[str, Any]]] = {}
    for name, document in seats:
        m = _municipality(index, document, name)
        released = _released(document, name)
        if m.code not in latest or released > latest[m.code][0]:
            latest[m.code] = (released, name, document)
    for name, document in seats:
        m = _municipality(index, document, name)
        imported.files.append(
            SourceFile(
                name,
                "mandatfordeling",
                m.code,
                "",
                _released(document, name),
                str(document.get("Resultatart", "")),
                latest[m.code][1] == name,
            )
        )
    for code, (_, name, document) in sorted(latest.items()):
        municipality = imported.municipalities.setdefault(code, MunicipalityImport(code, index.find(code).name))
        _add_seats(municipality, document, name, imported.warnings)
    return imported


def _add_district(
    m: MunicipalityImport, document: dict[str, Any], name: str, released: datetime, warnings: list[Problem]
) -> None:
    """Add one polling district's newest release to its municipality, checking its vote sum."""
    m.districts += 1
    m.released = max(filter(None, (m.released, released)))
    kind = str(_require(document, "Resultatart", name))
    if kind.casefold() == NOT_COUNTED:
        return
    m.counted += 1
    if "fint" in kind.casefold() or "endelig" in kind.casefold():
        m.final += 1
    m.ballots += _integer(document, "AfgivneStemmer", name) if "AfgivneStemmer" in document else 0
    total = 0
    for entry in _require(document, "Kandidatlister", name):
        letter = str(entry.get("Bogstavbetegnelse") or "").strip() or str(_require(entry, "Navn", name)).strip()
        votes = _integer(entry, "Stemmer", name)
        m.votes[letter] = m.votes.get(letter, 0) + votes
        m.names[letter][str(entry.get("Navn", letter)).strip()] += 1
        total += votes
    valid = _integer(document, "GyldigeStemmer", name)
    if total != valid:
        warnings.append(
            Problem(
                "valgdk_sum_mismatch",
                {"district": document.get("Afstemningsområde", ""), "lists": total, "valid": valid},
                file=name,
            )
        )


def _add_seats(m: MunicipalityImport, document: dict[str, Any], name: str, warnings: list[Problem]) -> None:
    """A list's seats are the number of its elected persons; their numbers must run 1, 2, … without gaps."""
    mandates = _require(document, "PersonligeMandater", name)
    seats: Counter = Counter()
    for entry in mandates:
        letter = str(entry.get("Bogstavbetegnelse") or "").strip() or str(entry.get("KandidatlisteNavn", "")).strip()
        seats[letter] += 1
        if letter not in m.votes:
            warnings.append(Problem("valgdk_seat_unknown_list", {"letter": letter, "municipality": m.name}, file=name))
    numbers = sorted(
        int(e["Nummer"]) for e in mandates if str(e.get("Nummer", "")).isascii() and str(e.get("Nummer", "")).isdigit()
    )
    if numbers != list(range(1, len(mandates) + 1)):
        warnings.append(
            Problem(
                "valgdk_seat_numbers",
                {"municipality": m.name, "count": len(mandates), "highest": max(numbers, default=0)},
                file=name,
            )
        )
    m.seats = dict(seats)


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
    files: Iterable[Path | str], municipalities: Iterable[Municipality], kommune: str | None = None
) -> ElectionImport:
    """Read valg.dk's per-municipality CSV exports (five- or six-column layout); seats are not in them."""
    index = MunicipalityIndex(municipalities)
    paths = [Path(f) for f in files]
    imported = ElectionImport(", ".join(p.name for p in paths), "valgdk-csv", {})
    for path in paths:
        if not path.is_file():
            raise InputError([Problem("file_missing", {"path": str(path)})])
        if kommune is not None:
            try:
                m = index.find(kommune)
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
    rows = [r for r in csv_rows(decode(path.read_bytes(), path.name), path.name) if any(c.strip() for c in r)]
    if not rows:
        raise InputError([Problem("csv_empty", {}, file=path.name)])
    header = tuple(normalise_name(c) for c in rows[0])
    if header not in CSV_LAYOUTS:
        raise InputError([Problem("csv_unknown_headers", {"found": ";".join(rows[0])}, file=path.name, row=1)])
    letter_column, name_column = (header.index(c) for c in CSV_LAYOUTS[header])
    votes_column, district_column = header.index("stemmetal"), header.index("afstemningsomraade")
    districts = set()
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise InputError(
                [Problem("csv_row_width", {"found": len(row), "expected": len(header)}, file=path.name, row=number)]
            )
        letter = row[letter_column].strip() or row[name_column].strip()
        try:
            votes = parse_count(row[votes_column])
        except CellError as error:
            raise InputError(
                [Problem(error.code, error.params, file=path.name, row=number, column=rows[0][votes_column])]
            ) from None
        m.votes[letter] = m.votes.get(letter, 0) + votes
        m.names[letter][row[name_column].strip()] += 1
        districts.add(row[district_column].strip())
    m.districts = m.counted = len(districts)
