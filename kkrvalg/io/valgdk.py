"""Read valg.dk's JSON data tree for a municipal election, exactly as it is downloaded or mirrored.

``valgresultater`` holds one object per polling district (afstemningsområde), re-released during the night;
``mandatfordeling`` one object per municipality with the elected persons. Lists are keyed on (municipality,
ballot letter), never on their name, which is spelt differently from place to place.

A real download holds more than the election: a ``.hash`` beside every file, a ``verifikation/`` tree of test
data, folders this tool does not need (``kandidat-data/``, …), stray files (``.DS_Store``) and stale test files
in the live folders (another ``Valgdag``, or results released before the election day). Each of them is left
out and named with the reason (:attr:`ElectionImport.ignored`); the tree is refused only when it cannot tell
which election is meant. Anything that does not fit in a file of the election is an :class:`InputError`
naming the file (and key).
"""

from __future__ import annotations

import json
import os
import re
import reprlib
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypedDict

from ..errors import InputError, Label, Problem
from ..i18n import keys
from ..model import Municipality
from ..names import identity
from .cells import CellError, MunicipalityIndex, parse_count, parse_letter, parse_name
from .official import ElectedMember, ElectionImport, MunicipalityImport, SourceFile
from .reference import bundled_parties
from .tables import read_bytes

ELECTION = "Kommunalvalg"
NOT_COUNTED = "ingenresultater"
RESULTS, SEATS, TEST_DATA = "valgresultater", "mandatfordeling", "verifikation"
UNUSED_FOLDERS = ("kandidat-data", "valgdeltagelse", "geografi")
"""Folders of a valg.dk download that the calculation does not need."""
DAY = re.compile(r"(?<!\d)(\d{2})-(\d{2})-(\d{4})(?!\d)")
"""A day as valg.dk writes it (``18-11-2025``): in ``Valgdag``, in an election folder's name, and in ``--valg``."""
ASCII_SPELLINGS = {
    key: key.replace("område", "omraade")
    for key in ("Afstemningsområde", "AfstemningsområdeNummer", "AfstemningsområdeDagiId")
}
"""The keys read that contain Danish letters, and the spelling some tools write instead."""
JSON_ERRORS = {
    "Expecting value": "json_expecting_value",
    "Expecting ',' delimiter": "json_expecting_comma",
    "Expecting ':' delimiter": "json_expecting_colon",
    "Expecting property name enclosed in double quotes": "json_expecting_name",
    "Unterminated string starting at": "json_unterminated",
    "Invalid control character at": "json_control",
    "Invalid \\escape": "json_escape",
    "Invalid \\uXXXX escape": "json_escape",
    "Extra data": "json_extra",
}
"""The json module's messages (English) as what the reader is told instead."""
_REQUIRED = object()
_SHORT = reprlib.Repr()
_SHORT.maxlevel, _SHORT.maxstring, _SHORT.maxother, _SHORT.maxlist, _SHORT.maxdict = 1, 40, 40, 4, 4


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

    def letter(self, key: str, fallback: str, letters: tuple[str, ...]) -> str:
        """A list's letter (or, without one, its ``fallback`` key's name) as the loader reads letters: the
        national party letter up to case and form; invisible characters, digits and look-alikes refused."""
        raw = self.text(key, "").strip() or self.text(fallback).strip()
        try:
            return parse_letter(raw, letters)
        except CellError as error:
            spelt = key if self.text(key, "").strip() else fallback
            raise InputError(
                [Problem(error.code, error.params, file=self.file, column=self.path + self._spelling(spelt))]
            ) from None

    def name(self, key: str, default: str) -> str:
        """A list's name, read as the loader reads names (invisible characters refused)."""
        try:
            return parse_name(self.text(key, default))
        except CellError as error:
            raise InputError(
                [Problem(error.code, error.params, file=self.file, column=self.path + self._spelling(key))]
            ) from None

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

    def day(self, key: str) -> date | None:
        """A day written ``DD-MM-YYYY``; None when the key is missing or empty."""
        value = self.text(key, "")
        if not value:
            return None
        day = parse_day(value)
        if day is None:
            raise self._problem("valgdk_bad_day", key, value)
        return day

    def objects(self, key: str) -> list[_Object]:
        """The objects of a JSON list, each read like this one."""
        items = self.value(key)
        if not isinstance(items, list):
            raise self._problem("valgdk_expected_list", key, items)
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                raise self._problem("valgdk_expected_object", f"{key}[{i}]", item)
        return [_Object(item, self.file, f"{self.path}{key}[{i}].") for i, item in enumerate(items)]


def parse_day(value: str) -> date | None:
    """``18-11-2025`` as a date; None when the text is not such a day."""
    match = DAY.fullmatch(value.strip())
    if match is None:
        return None
    try:
        return date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        return None


def day_text(day: date) -> str:
    return day.strftime("%d-%m-%Y")


def _shown(value: Any) -> str:
    """A value as a message shows it: short, and never deeper than one level (a file may nest thousands)."""
    return _SHORT.repr(value)


def _read_object(path: str, name: str) -> _Object:
    """Parse one file; every way a file can be broken (or still being written) is an :class:`InputError`."""
    data = read_bytes(path, name)
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
        detail = Label(next((v for k, v in JSON_ERRORS.items() if error.msg.startswith(k)), "json_malformed"))
        raise InputError(
            [Problem("valgdk_bad_json", {"line": error.lineno, "column": error.colno, "detail": detail}, file=name)]
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


def _inventory(root: Path) -> tuple[list[tuple[str, str, str]], list[Problem]]:
    """Every file below the election folder ``root``: the data files to read, as (kind, name below ``root``,
    path) in path order, and the files left out, each a problem naming it and why. Plain strings: thousands of
    Path objects cost more than reading the files."""
    data, ignored = [], []
    for parent, folders, files in os.walk(root):
        folders.sort()
        below = os.path.relpath(parent, root)
        parts = [] if below == "." else below.split(os.sep)
        for file in sorted(files):
            name = "/".join([*parts, file])
            path = os.path.join(parent, file)
            if TEST_DATA in parts:
                ignored.append(Problem("valgdk_ignored_test_data", {"folder": TEST_DATA}, file=name))
            elif file.endswith(".hash"):
                ignored.append(Problem("valgdk_ignored_hash", {}, file=name))
            elif parts and parts[0] in (RESULTS, SEATS) and file.endswith(".json"):
                data.append((parts[0], name, path))
            elif parts and parts[0] in UNUSED_FOLDERS:
                ignored.append(Problem("valgdk_ignored_unused", {"folder": parts[0]}, file=name))
            else:
                ignored.append(Problem("valgdk_ignored_stray", {}, file=name))
    data.sort(key=lambda found: (found[0] != RESULTS, found[1].split("/")))  # the results first, as listed
    return data, ignored


def require_folder(directory: Path) -> None:
    """Refuse a path that does not exist, or that is a file, where the folder of valg.dk data is expected."""
    if not directory.exists():
        raise InputError([Problem("valgdk_folder_missing", {"path": str(directory)})])
    if not directory.is_dir():
        raise InputError([Problem("valgdk_not_a_folder", {"path": str(directory)})])


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
    """The election folder to read: the only one at or below ``directory``, the only municipal election among
    several, or the one ``election`` names (by folder name or path below ``directory``; a day such as
    ``18-11-2025`` chooses among the files, not among the folders)."""
    require_folder(directory)
    found = _find_elections(directory)
    if not found:
        raise InputError([Problem("valgdk_not_a_tree", {"path": str(directory)})])
    paths = [f.relative_to(directory) for f in found]
    if election is not None and parse_day(election) is None:
        chosen = [f for f, path in zip(found, paths) if Path(election) in (Path(f.name), path, f)]
    else:
        chosen = found if len(found) == 1 else [f for f in found if f.name.casefold().startswith("kommunalvalg")]
    if len(chosen) == 1:
        return chosen[0]
    listed = {"path": str(directory), "found": ", ".join(path.as_posix() for path in paths)}
    if not chosen and election is not None:
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


@dataclass(frozen=True, slots=True)
class _Release:
    """What the import keeps of one file instead of the parsed file: a release of a polling district's result
    (``kind`` RESULTS) or of a municipality's seat allocation (SEATS)."""

    kind: str
    file: str
    election: str
    day: date | None
    municipality: int
    key: str
    district: str
    released: datetime
    result_kind: str
    ballots: int = 0
    lists: tuple[tuple[str, str, int], ...] = ()
    members: tuple[ElectedMember, ...] = ()
    numbers: tuple[int, ...] = ()
    mismatch: Problem | None = None

    @property
    def counted(self) -> bool:
        return self.kind == SEATS or self.result_kind.casefold() != NOT_COUNTED

    @property
    def figures(self) -> tuple[str, int, tuple[tuple[str, str, int], ...], tuple[ElectedMember, ...]]:
        """What the release says, to tell two releases of the same time apart."""
        return (self.result_kind, self.ballots, self.lists, self.members)


def _named(index: MunicipalityIndex, document: _Object) -> list[tuple[str, Municipality]]:
    """The municipalities a file names besides its ``Kommunekode``: its ``Kommune`` key, the folders it lies in
    below ``valgresultater/`` and its own name (``valgresultater-Kommunalvalg-Aabenraa_Kommune-…``)."""
    named = []
    kommune = document.value("Kommune", None)
    if isinstance(kommune, str):
        named.append(("Kommune", kommune))
    *folders, file = document.file.split("/")
    named += [("folder", folder) for folder in folders[1:]]
    words = [w for w in re.split(r"[-_\s]+", re.sub(r"^[^-]*-Kommunalvalg-", "", file)) if w]
    named += [("file", " ".join(words[:size])) for size in range(len(words), 0, -1)]
    found, by_file = [], False
    for where, text in named:
        municipality = None if where == "file" and by_file else index.get(text)
        if municipality is not None:
            found.append((where, municipality))
            by_file = by_file or where == "file"
    return found


class _ReleaseHead(TypedDict):
    """What every :class:`_Release` of a file says about it, whatever its kind."""

    kind: str
    file: str
    election: str
    day: date | None
    municipality: int
    released: datetime


def _release(kind: str, document: _Object, index: MunicipalityIndex, letters: tuple[str, ...]) -> _Release:
    """One file of the tree as a release; the lists' votes checked against ``GyldigeStemmer``, the lists named
    once each, and the municipality the file names (its key, folder and name) one and the same."""
    m = _municipality(index, document)
    for where, other in _named(index, document):
        if other.code != m.code:
            params = {
                "code": m.code,
                "municipality": m.name,
                "where": Label(keys.VALGDK_NAMED[where]),
                "other": other.name,
            }
            raise InputError([Problem("valgdk_municipality_disagrees", params, file=document.file)])
    head: _ReleaseHead = {
        "kind": kind,
        "file": document.file,
        "election": document.text("Valgart", ELECTION),
        "day": document.day("Valgdag"),
        "municipality": m.code,
        "released": document.time("FrigivelsesTidspunktUTC"),
    }
    if kind == SEATS:
        members, numbers = [], []
        for entry in document.objects("PersonligeMandater"):
            letter = entry.letter("Bogstavbetegnelse", "KandidatlisteNavn", letters)
            name = " ".join(entry.text("Stemmeseddelnavn", "").split())
            members.append(ElectedMember(letter, name, entry.text("KandidatId", "")))
            numbers.append(entry.count("Nummer"))
        return _Release(
            **head,
            key="",
            district="",
            result_kind=document.text("Resultatart", ""),
            members=tuple(members),
            numbers=tuple(numbers),
        )
    name = document.text("Afstemningsområde", "")
    key = (
        document.text("AfstemningsområdeDagiId", "")
        or document.text("AfstemningsområdeNummer", "")
        or document.text("Afstemningsområde")
    )
    result_kind = document.text("Resultatart")
    if result_kind.casefold() == NOT_COUNTED:
        return _Release(**head, key=key, district=name, result_kind=result_kind)
    ballots = document.count("AfgivneStemmer", 0)
    lists: list[tuple[str, str, int]] = []
    seen: dict[str, int] = {}
    for i, entry in enumerate(document.objects("Kandidatlister")):
        letter = entry.letter("Bogstavbetegnelse", "Navn", letters)
        if identity(letter) in seen:
            params = {"letter": letter, "district": name, "first": seen[identity(letter)], "second": i}
            raise InputError([Problem("valgdk_list_twice", params, file=document.file)])
        seen[identity(letter)] = i
        lists.append((letter, entry.name("Navn", letter), entry.count("Stemmer")))
    total, valid = sum(votes for _, _, votes in lists), document.count("GyldigeStemmer")
    mismatch = None
    if total != valid:
        mismatch = Problem(
            "valgdk_sum_mismatch", {"district": name, "lists": total, "valid": valid}, file=document.file
        )
    return _Release(
        **head,
        key=key,
        district=name,
        result_kind=result_kind,
        ballots=ballots,
        lists=tuple(lists),
        mismatch=mismatch,
    )


def election_day(releases: Iterable[_Release], root: Path, option: str | None) -> date | None:
    """The day of the municipal election the tree holds: ``--valg DD-MM-YYYY``, else the day in the folder's name
    (``kommunalvalg-134-18-11-2025``), else the ``Valgdag`` of more than half of its municipal-election files.

    When no day has a majority the tree cannot tell which election is meant: the candidates are named.
    """
    if option is not None and (day := parse_day(option)) is not None:
        return day
    in_name = DAY.search(root.name)
    if in_name is not None and (day := parse_day(in_name[0])) is not None:
        return day
    days = Counter(r.day for r in releases if r.election == ELECTION and r.day is not None)
    if not days:
        return None
    (first, most), *others = days.most_common()
    if most * 2 > sum(days.values()):
        return first
    found = ", ".join(f"{day_text(day)} ({n})" for day, n in days.most_common())
    raise InputError([Problem("valgdk_which_day", {"path": str(root), "found": found})])


def _ignored(release: _Release, day: date | None) -> Problem | None:
    """Why a file of the tree is not part of the election on ``day`` — or None when it is."""
    shown = day_text(day) if day else "-"
    if release.election != ELECTION or (release.day is not None and day is not None and release.day != day):
        params = {"election": release.election[:40], "day": day_text(release.day) if release.day else "-"}
        return Problem("valgdk_ignored_other_election", {**params, "expected": shown}, file=release.file)
    if release.counted and day is not None and release.released.date() < day:
        released = release.released.strftime("%d-%m-%Y %H:%M")
        return Problem("valgdk_ignored_before_day", {"released": released, "day": shown}, file=release.file)
    return None


def read_tree(
    directory: Path | str,
    municipalities: Iterable[Municipality],
    election: str | None = None,
    skip_bad: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ElectionImport:
    """Read a downloaded valg.dk KV data tree (``valgresultater/`` and ``mandatfordeling/``), keeping only the
    newest release (by ``FrigivelsesTidspunktUTC``, whatever the file names) of each polling district and
    municipality, and leaving out — and naming — every file that is not part of the election.

    With ``skip_bad`` (``kkrvalg watch``) a file that cannot be used — often one still being written — is
    left out and its problem recorded in ``skipped``, so the next round can take it once it is whole.
    ``progress(done, total)`` is told of every file read (a whole country's tree has thousands).
    """
    root = find_tree(Path(directory), election)
    data, ignored = _inventory(root)
    if not any(kind == RESULTS for kind, _, _ in data):
        raise InputError([Problem("valgdk_not_a_tree", {"path": str(directory)})])
    index = MunicipalityIndex(municipalities)
    letters = tuple(bundled_parties())
    imported = ElectionImport(Path(os.path.abspath(root)).name, "valgdk", {}, ignored=ignored)
    releases = []
    for done, (kind, name, path) in enumerate(data, start=1):
        if progress is not None:
            progress(done, len(data))
        try:
            releases.append(_release(kind, _read_object(path, name), index, letters))
        except InputError as error:
            if not skip_bad:
                raise
            imported.skipped.extend(error.problems)
    imported.election_day = day = election_day(releases, root, election)
    newest: dict[tuple[str, int, str], _Release] = {}
    for release in releases:
        problem = _ignored(release, day)
        if problem is not None:
            imported.ignored.append(problem)
            continue
        key = (release.kind, release.municipality, release.key)
        kept = newest.get(key)
        if kept is not None and kept.released == release.released and kept.figures != release.figures:
            files = {"first": kept.file, "second": release.file}
            raise InputError([Problem("valgdk_same_release", {**files, "released": _time(release.released)})])
        if kept is None or release.released > kept.released:
            newest[key] = release
        imported.files.append(
            SourceFile(
                release.file,
                release.kind,
                release.municipality,
                release.district,
                release.released,
                release.result_kind,
                False,
            )
        )
    used = {r.file for r in newest.values()}
    imported.files = [replace(f, used=f.file in used) for f in imported.files]
    for (kind, code, _), release in sorted(newest.items(), key=lambda item: (item[0][0] != RESULTS, item[0])):
        m = imported.municipalities.setdefault(code, MunicipalityImport(code, index.find(code).name))
        if kind == RESULTS:
            _add_district(m, release, imported.warnings)
        else:
            _add_seats(m, release, imported.warnings)
    return imported


def _time(moment: datetime) -> str:
    return moment.strftime("%d-%m-%Y %H:%M:%S")


def _add_district(m: MunicipalityImport, release: _Release, warnings: list[Problem]) -> None:
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
        m.add_list(letter, name, votes, release.file)
    if release.mismatch is not None:
        warnings.append(release.mismatch)


def _add_seats(m: MunicipalityImport, allocation: _Release, warnings: list[Problem]) -> None:
    """A list's seats are the number of its elected persons; their numbers must run 1, 2, … without gaps."""
    m.members = tuple(replace(member, letter=m.spelling(member.letter)) for member in allocation.members)
    m.seats = dict(Counter(member.letter for member in m.members))
    for letter in m.seats:
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
