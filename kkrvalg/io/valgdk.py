"""Read the official results of valg.dk: the JSON data tree and the per-municipality CSV export.

The formats are those collected in the project's format notes (no official file could be fetched when this
was written): ``valgresultater`` holds one object per polling district (afstemningsområde), re-released
during the night; ``mandatfordeling`` one object per municipality with the elected persons. Lists are
keyed on (municipality, ballot letter), never on their name, which is spelt differently from place to
place. Anything that does not fit is an :class:`InputError` naming the file (and key or line).
"""

from __future__ import annotations

import json
import os
import re
import reprlib
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import InputError, Label, Problem
from ..model import Municipality
from .cells import CellError, MunicipalityIndex, normalise_name, parse_count
from .tables import csv_rows, decode

ELECTION = "Kommunalvalg"
NOT_COUNTED = "ingenresultater"
RESULTS, SEATS, TEST_DATA = "valgresultater", "mandatfordeling", "verifikation"
ASCII_SPELLINGS = {
    key: key.replace("område", "omraade")
    for key in ("Afstemningsområde", "AfstemningsområdeNummer", "AfstemningsområdeDagiId")
}
"""The keys read that contain Danish letters, and the spelling some tools write instead."""
_REQUIRED = object()
_SHORT = reprlib.Repr()
_SHORT.maxlevel, _SHORT.maxstring, _SHORT.maxother, _SHORT.maxlist, _SHORT.maxdict = 1, 40, 40, 4, 4
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
    skipped: list[Problem] = field(default_factory=list)
    """Files left out because they could not be read (only with ``read_tree(..., skip_bad=True)``)."""


class _Object:
    """One JSON object of a file, read key by key so that a missing key or a value of the wrong kind is an
    :class:`InputError` naming the file and the key (``Kandidatlister[2].Stemmer``), never a traceback. Only
    the keys read are looked up, in both spellings: rewriting every key of every candidate was most of the
    import's time."""

    __slots__ = ("values", "file", "path")

    def __init__(self, values: dict[str, Any], file: str, path: str = "") -> None:
        self.values, self.file, self.path = values, file, path

    def _spelling(self, key: str) -> str:
        """How this object spells ``key``: as asked, unless it has only the ASCII spelling."""
        if key in self.values or ASCII_SPELLINGS.get(key) not in self.values:
            return key
        return ASCII_SPELLINGS[key]

    def _problem(self, code: str, key: str, value: Any = None) -> InputError:
        return InputError(
            [Problem(code, {"key": self.path + self._spelling(key), "value": _shown(value)}, file=self.file)]
        )

    def value(self, key: str, default: Any = _REQUIRED) -> Any:
        spelling = self._spelling(key)
        if spelling in self.values:
            return self.values[spelling]
        if default is _REQUIRED:
            raise self._problem("valgdk_key_missing", key)
        return default

    def text(self, key: str, default: str | None = None) -> str:
        """A text (a whole number counts as its digits); missing or null is ``default`` when there is one."""
        value = self.value(key, _REQUIRED if default is None else default)
        if value is None and default is not None:
            return default
        if isinstance(value, str):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        raise self._problem("valgdk_expected_text", key, value)

    def count(self, key: str, default: int | None = None) -> int:
        value = self.value(key, _REQUIRED if default is None else default)
        if isinstance(value, dict | list):  # parse_count would spell out the whole nesting
            raise self._problem("valgdk_bad_number", key, value)
        try:
            return parse_count(value)
        except CellError as error:
            codes = {"not_ascii_digits": "valgdk_not_ascii_digits", "too_large": "valgdk_too_large"}
            code = codes.get(error.code, "valgdk_bad_number")
            raise self._problem(code, key, value) from None

    def time(self, key: str) -> datetime:
        value = self.value(key)
        try:
            return datetime.strptime(value, "%d-%m-%Y %H:%M:%S")
        except (TypeError, ValueError):
            raise self._problem("valgdk_bad_time", key, value) from None

    def objects(self, key: str) -> list[_Object]:
        """The objects of a JSON list, each read like this one."""
        items = self.value(key)
        if not isinstance(items, list):
            raise self._problem("valgdk_expected_list", key, items)
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                raise self._problem("valgdk_expected_object", f"{key}[{i}]", item)
        return [_Object(item, self.file, f"{self.path}{key}[{i}].") for i, item in enumerate(items)]


def _shown(value: Any) -> str:
    """A value as a message shows it: short, and never deeper than one level (a file may nest thousands)."""
    return _SHORT.repr(value)


def _read_bytes(path: Path | str, name: str) -> bytes:
    try:
        with open(path, "rb") as file:
            return file.read()
    except OSError as error:
        raise InputError([Problem("file_unreadable", {"detail": error.strerror or str(error)}, file=name)]) from None


def _read_object(path: str, name: str) -> _Object:
    """Parse one file; every way a file can be broken (or still being written) is an :class:`InputError`."""
    data = _read_bytes(path, name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if error.reason != "unexpected end of data":
            raise InputError([Problem("valgdk_not_utf8", {}, file=name)]) from None
        text = data.decode("utf-8-sig", errors="replace")  # cut off inside a letter: reported as cut-off JSON
    if not text or text.isspace():
        raise InputError([Problem("valgdk_empty", {}, file=name)])
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            [Problem("valgdk_bad_json", {"line": error.lineno, "column": error.colno, "detail": error.msg}, file=name)]
        ) from None
    except RecursionError:
        raise InputError([Problem("valgdk_too_deep", {}, file=name)]) from None
    except ValueError:
        raise InputError(
            [Problem("valgdk_number_too_long", {"limit": sys.get_int_max_str_digits()}, file=name)]
        ) from None
    if not isinstance(document, dict):
        raise InputError([Problem("valgdk_not_object", {}, file=name)])
    return _Object(document, name)


def _json_files(root: Path, folder: str) -> list[tuple[str, str]]:
    """The JSON files below ``root/folder`` in path order, as (name below ``root``, path), skipping ``.hash``
    files and the ``verifikation/`` test data. Plain strings: thousands of Path objects cost more than reading."""
    base = os.path.join(root, folder)
    found = []
    for parent, folders, files in os.walk(base):
        folders[:] = [f for f in folders if f != TEST_DATA]
        below = folder + parent[len(base) :]
        found.extend((os.path.join(below, f), os.path.join(parent, f)) for f in files if f.endswith(".json"))
    found.sort(key=lambda names: names[0].split(os.sep))
    return found


def _find_elections(directory: Path) -> list[Path]:
    """The election folders (holding ``valgresultater/``) at or below ``directory``, so that a mirror of the
    whole SFTP root is read like one election; the search neither enters an election nor ``verifikation/``."""
    found = []
    for parent, folders, _ in os.walk(directory):
        if RESULTS in folders:
            found.append(Path(parent))
            folders.clear()
        else:
            folders[:] = sorted(f for f in folders if f != TEST_DATA)
    return found


def find_tree(directory: Path, election: str | None = None) -> Path:
    """The election folder to read: the only one at or below ``directory``, or the one ``election`` names
    (by folder name or path below ``directory``)."""
    if not directory.is_dir():
        raise InputError([Problem("valgdk_not_a_folder", {"path": str(directory)})])
    found = _find_elections(directory)
    if not found:
        raise InputError([Problem("valgdk_not_a_tree", {"path": str(directory)})])
    paths = [f.relative_to(directory) for f in found]
    chosen = [f for f, path in zip(found, paths) if election is None or Path(election) in (Path(f.name), path, f)]
    if len(chosen) == 1:
        return chosen[0]
    listed = {"path": str(directory), "found": ", ".join(path.as_posix() for path in paths)}
    if not chosen:
        raise InputError([Problem("valgdk_unknown_election", {"election": election, **listed})])
    raise InputError([Problem("valgdk_several_elections", listed)])


def _municipality(index: MunicipalityIndex, document: _Object) -> Municipality:
    try:
        return index.find(document.text("Kommunekode"))
    except CellError:
        raise InputError(
            [
                Problem(
                    "valgdk_unknown_municipality",
                    {"key": "Kommunekode", "value": _shown(document.value("Kommunekode"))},
                    file=document.file,
                )
            ]
        ) from None


class _ElectionCheck:
    """Every file must be of the same municipal election: the right ``Valgart`` and one ``Valgdag``. The
    problems are collected while the files stream by, so every stray file is named at once."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.days: list[tuple[str, str]] = []

    def admits(self, document: _Object) -> bool:
        """Whether the file is of a municipal election (its day is checked against the others at the end)."""
        kind = document.text("Valgart", ELECTION)
        if kind != ELECTION:
            self.problems.append(
                Problem("valgdk_wrong_election", {"value": _shown(kind), "expected": ELECTION}, file=document.file)
            )
            return False
        day = document.text("Valgdag", "")
        if day:
            self.days.append((document.file, day))
        return True

    def raise_problems(self) -> None:
        if self.days:
            usual = Counter(day for _, day in self.days).most_common(1)[0][0]
            self.problems += [
                Problem("valgdk_wrong_day", {"value": _shown(day), "expected": usual}, file=file)
                for file, day in self.days
                if day != usual
            ]
        if self.problems:
            raise InputError(self.problems)


@dataclass(frozen=True, slots=True)
class _DistrictRelease:
    """What the import keeps of one release of a polling district instead of the parsed file."""

    file: str
    released: datetime
    result_kind: str
    ballots: int = 0
    lists: tuple[tuple[str, str, int], ...] = ()
    mismatch: Problem | None = None

    @property
    def counted(self) -> bool:
        return self.result_kind.casefold() != NOT_COUNTED


@dataclass(frozen=True, slots=True)
class _SeatRelease:
    """What the import keeps of one municipality's seat allocation: the list and number of each elected person."""

    file: str
    released: datetime
    letters: tuple[str, ...]
    numbers: tuple[int, ...]


def _district_release(document: _Object) -> tuple[str, str, _DistrictRelease]:
    """The district's key and name, and its release (the lists' votes checked against ``GyldigeStemmer``)."""
    released = document.time("FrigivelsesTidspunktUTC")
    name = document.text("Afstemningsområde", "")
    key = (
        document.text("AfstemningsområdeDagiId", "")
        or document.text("AfstemningsområdeNummer", "")
        or document.text("Afstemningsområde")
    )
    release = _DistrictRelease(document.file, released, document.text("Resultatart"))
    if not release.counted:
        return key, name, release
    ballots = document.count("AfgivneStemmer", 0)
    lists = []
    for entry in document.objects("Kandidatlister"):
        letter = entry.text("Bogstavbetegnelse", "").strip() or entry.text("Navn").strip()
        lists.append((letter, entry.text("Navn", letter).strip(), entry.count("Stemmer")))
    total, valid = sum(votes for _, _, votes in lists), document.count("GyldigeStemmer")
    mismatch = None
    if total != valid:
        mismatch = Problem(
            "valgdk_sum_mismatch", {"district": name, "lists": total, "valid": valid}, file=document.file
        )
    return key, name, _DistrictRelease(document.file, released, release.result_kind, ballots, tuple(lists), mismatch)


def _seat_release(document: _Object) -> _SeatRelease:
    letters, numbers = [], []
    for entry in document.objects("PersonligeMandater"):
        letters.append(entry.text("Bogstavbetegnelse", "").strip() or entry.text("KandidatlisteNavn", "").strip())
        numbers.append(entry.count("Nummer"))
    return _SeatRelease(document.file, document.time("FrigivelsesTidspunktUTC"), tuple(letters), tuple(numbers))


def read_tree(
    directory: Path | str, municipalities: Iterable[Municipality], election: str | None = None, skip_bad: bool = False
) -> ElectionImport:
    """Read a downloaded valg.dk KV data tree (``valgresultater/`` and ``mandatfordeling/``) file by file,
    keeping only the newest release of each polling district and municipality, so a national tree of
    thousands of releases needs the memory of a few.

    With ``skip_bad`` (``kkrvalg watch``) a file that cannot be used — often one still being written — is
    left out and its problem recorded in ``skipped``, so the next round can take it once it is whole.
    """
    root = find_tree(Path(directory), election)
    result_files = _json_files(root, RESULTS)
    if not result_files:
        raise InputError([Problem("valgdk_not_a_tree", {"path": str(directory)})])
    index = MunicipalityIndex(municipalities)
    imported = ElectionImport(Path(os.path.abspath(root)).name, "valgdk", {})
    check = _ElectionCheck()
    districts: dict[tuple[int, str], _DistrictRelease] = {}
    for name, path in result_files:
        try:
            document = _read_object(path, name)
            if not check.admits(document):
                continue
            m = _municipality(index, document)
            key, district, release = _district_release(document)
        except InputError as error:
            if not skip_bad:
                raise
            imported.skipped.extend(error.problems)
            continue
        imported.municipalities.setdefault(m.code, MunicipalityImport(m.code, m.name))
        if (m.code, key) not in districts or release.released > districts[m.code, key].released:
            districts[m.code, key] = release
        imported.files.append(
            SourceFile(release.file, RESULTS, m.code, district, release.released, release.result_kind, False)
        )
    seats: dict[int, _SeatRelease] = {}
    for name, path in _json_files(root, SEATS):
        try:
            document = _read_object(path, name)
            if not check.admits(document):
                continue
            m = _municipality(index, document)
            allocation = _seat_release(document)
        except InputError as error:
            if not skip_bad:
                raise
            imported.skipped.extend(error.problems)
            continue
        if m.code not in seats or allocation.released > seats[m.code].released:
            seats[m.code] = allocation
        imported.files.append(
            SourceFile(allocation.file, SEATS, m.code, "", allocation.released, document.text("Resultatart", ""), False)
        )
    try:
        check.raise_problems()
    except InputError as error:
        if not skip_bad:
            raise
        imported.skipped.extend(error.problems)
    used = {r.file for r in districts.values()} | {r.file for r in seats.values()}
    imported.files = [replace(f, used=f.file in used) for f in imported.files]
    for (code, _), release in sorted(districts.items()):
        _add_district(imported.municipalities[code], release, imported.warnings)
    for code, allocation in sorted(seats.items()):
        municipality = imported.municipalities.setdefault(code, MunicipalityImport(code, index.find(code).name))
        _add_seats(municipality, allocation, imported.warnings)
    return imported


def _add_district(m: MunicipalityImport, release: _DistrictRelease, warnings: list[Problem]) -> None:
    """Add one polling district's newest release to its municipality."""
    m.districts += 1
    m.released = max(filter(None, (m.released, release.released)))
    if not release.counted:
        return
    m.counted += 1
    if "fint" in release.result_kind.casefold() or "endelig" in release.result_kind.casefold():
        m.final += 1
    m.ballots += release.ballots
    for letter, name, votes in release.lists:
        m.votes[letter] = m.votes.get(letter, 0) + votes
        m.names[letter][name] += 1
    if release.mismatch is not None:
        warnings.append(release.mismatch)


def _add_seats(m: MunicipalityImport, allocation: _SeatRelease, warnings: list[Problem]) -> None:
    """A list's seats are the number of its elected persons; their numbers must run 1, 2, … without gaps."""
    m.seats = dict(Counter(allocation.letters))
    for letter in allocation.letters:
        if letter not in m.votes:
            warnings.append(
                Problem("valgdk_seat_unknown_list", {"letter": letter, "municipality": m.name}, file=allocation.file)
            )
    numbers = sorted(allocation.numbers)
    if numbers != list(range(1, len(numbers) + 1)):
        warnings.append(
            Problem(
                "valgdk_seat_numbers",
                {"municipality": m.name, "count": len(numbers), "highest": max(numbers, default=0)},
                file=allocation.file,
            )
        )


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
        if not path.is_file():
            raise InputError([Problem("file_missing", {"path": str(path), "what": Label("expected_valgdk_csv")})])
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
    rows = [
        r for r in csv_rows(decode(_read_bytes(path, path.name), path.name), path.name) if any(c.strip() for c in r)
    ]
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
