"""Danmarks Statistik's VALGK3 table, as a cross-check of the national parties' votes per municipality.

VALGK3 repeats every area × party for six STEMMER categories (only 1, the valid votes, is used), mixes
the whole country, the regions and the municipalities in OMRÅDE, and lumps local lists together, so it
can check a workbook but never feed one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, Problem
from ..model import ElectionData, Municipality
from .cells import CellError, MunicipalityIndex, normalise_name, parse_count
from .tables import csv_rows, decode, read_bytes, require_file

HEADER = ("omraade", "parti", "stemmer", "tid", "indhold")
_LETTER = re.compile(r"^([A-ZÆØÅ]{1,3})(?:\.|\s|$)|\(([A-ZÆØÅ]{1,3})\)\s*$")


@dataclass(frozen=True)
class StatbankVotes:
    votes: dict[tuple[int, str], int]
    """Valid votes per (municipality code, party letter) in ``period``."""
    period: str
    periods: tuple[str, ...]
    """Every period (TID) in the extract; only ``period`` is compared."""
    other_areas: tuple[str, ...] = ()
    """Areas that are no municipality (the whole country, the regions, a name not known): not compared."""
    parties: dict[str | None, str] = field(default_factory=dict)
    """Each party letter found (None: a label without one, such as the lumped local lists) and its label."""
    no_figure: int = 0
    """Valid-vote rows whose figure is Statistics Denmark's "not available" (``..``, ``-``) or empty."""


def party_letter(label: str) -> str | None:
    """``A. Socialdemokratiet`` → ``A``; ``Socialdemokratiet (A)`` → ``A``; other labels → None."""
    match = _LETTER.search(label.strip())
    return (match.group(1) or match.group(2)) if match else None


def _valid_votes(category: str) -> bool:
    """STEMMER = 1 (valid votes), written as a code, as ``1 Gyldige stemmer`` or as the label alone."""
    category = category.strip()
    return category.split(" ", 1)[0] == "1" or normalise_name(category) == "gyldigestemmer"


def read_valgk3(path: Path | str, municipalities: Iterable[Municipality], period: str | None = None) -> StatbankVotes:
    """The valid votes (STEMMER = 1) per municipality and party letter; regions and the country are skipped.

    An extract may hold several elections (TID); ``period`` picks one, by default the latest.
    """
    path = Path(path)
    require_file(path, "expected_statbank")
    rows = [r for r in csv_rows(decode(read_bytes(path, path.name), path.name), path.name) if any(c.strip() for c in r)]
    header = tuple(normalise_name(c) for c in rows[0]) if rows else ()
    if not set(HEADER) <= set(header):
        raise InputError(
            [
                Problem(
                    "statbank_headers",
                    {"found": ";".join(rows[0]) if rows else "-", "expected": "OMRÅDE;PARTI;STEMMER;TID;INDHOLD"},
                    file=path.name,
                    row=1,
                )
            ]
        )
    area, party, kind, tid, value = (header.index(c) for c in HEADER)
    index = MunicipalityIndex(municipalities)
    by_period: dict[str, dict[tuple[int, str], int]] = {}
    areas: dict[str, None] = {}
    parties: dict[str | None, str] = {}
    no_figure = 0
    for number, row in enumerate(rows[1:], start=2):
        if len(row) < len(header):
            raise InputError(
                [Problem("csv_row_width", {"found": len(row), "expected": len(header)}, file=path.name, row=number)]
            )
        if not _valid_votes(row[kind]):
            continue
        letter = party_letter(row[party])
        found = index.get(re.sub(r"^\d+\s+", "", row[area].strip()))
        if found is None:
            areas.setdefault(row[area].strip(), None)
        parties.setdefault(letter, row[party].strip())
        if row[value].strip() in ("..", "-", ""):
            no_figure += 1
            continue
        if letter is None or found is None:
            continue
        code = found.code
        try:
            votes = by_period.setdefault(row[tid].strip(), {})
            votes[code, letter] = votes.get((code, letter), 0) + parse_count(row[value])
        except CellError as error:
            raise InputError(
                [Problem(error.code, error.params, file=path.name, row=number, column="INDHOLD")]
            ) from None
    periods = tuple(sorted(by_period))
    chosen = period if period is not None else (periods[-1] if periods else "")
    if period is not None and period not in by_period:
        raise InputError(
            [Problem("statbank_period", {"period": period, "known": ", ".join(periods) or "-"}, file=path.name)]
        )
    return StatbankVotes(by_period.get(chosen, {}), chosen, periods, tuple(areas), parties, no_figure)


@dataclass(frozen=True)
class Difference:
    municipality: str
    letter: str
    statbank: int
    workbook: int

    @property
    def difference(self) -> int:
        return self.workbook - self.statbank


@dataclass(frozen=True)
class Comparison:
    differences: tuple[Difference, ...]
    compared: int
    only_statbank: tuple[str, ...]
    only_workbook: tuple[str, ...]
    other_parties: tuple[str, ...] = ()
    """VALGK3's parties that are not a national party of the workbook (or have no letter): not compared."""


def compare(statbank: StatbankVotes, data: ElectionData) -> Comparison:
    """Every national party's votes per municipality where the two sources disagree; also what could not be
    compared, so that a check that compared nothing never passes for one that found nothing."""
    names = {m.code: m.name for m in data.municipalities}
    other_parties = tuple(label for letter, label in statbank.parties.items() if letter not in data.parties)
    votes = statbank.votes
    workbook: dict[tuple[int, str], int] = {}
    for r in data.results:
        if r.letter in data.parties:
            workbook[r.municipality, r.letter] = workbook.get((r.municipality, r.letter), 0) + r.votes
    in_statbank = {code for code, _ in votes}
    in_workbook = {r.municipality for r in data.results}
    both = in_statbank & in_workbook
    keys = sorted({k for k in (*votes, *workbook) if k[0] in both and k[1] in data.parties})
    differences = tuple(
        Difference(names[code], letter, votes.get((code, letter), 0), workbook.get((code, letter), 0))
        for code, letter in keys
        if votes.get((code, letter), 0) != workbook.get((code, letter), 0)
    )
    return Comparison(
        differences,
        len(keys),
        tuple(names[c] for c in sorted(in_statbank - in_workbook)),
        tuple(names[c] for c in sorted(in_workbook - in_statbank)),
        other_parties,
    )
