"""What an import of official results found, whatever it was read from (valg.dk's JSON tree or its CSV export).

The import workbook is written from these records (:mod:`.import_workbook`), never from the files themselves.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from ..errors import Problem


@dataclass(frozen=True)
class SourceFile:
    """One data file of the tree: what it is, whose it is, when it was released and whether it was used."""

    file: str
    kind: str
    municipality: int
    district: str
    released: datetime | None
    result_kind: str
    used: bool


@dataclass(frozen=True)
class ElectedMember:
    """A member of a municipal council as valg.dk's ``mandatfordeling`` names them."""

    letter: str
    name: str
    """``Stemmeseddelnavn``: the name as on the ballot, often with the candidate's town after a comma."""
    candidate_id: str


@dataclass
class MunicipalityImport:
    """What the import found for one municipality: its lists' votes, seats, members and the state of its count."""

    code: int
    name: str
    votes: dict[str, int] = field(default_factory=dict)
    names: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    seats: dict[str, int] | None = None
    members: tuple[ElectedMember, ...] = ()
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
    """The result of an import: per municipality, the files read, the files left out and every check that failed."""

    source: str
    kind: str
    municipalities: dict[int, MunicipalityImport]
    election_day: date | None = None
    files: list[SourceFile] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    ignored: list[Problem] = field(default_factory=list)
    """Files that are not part of the election imported (checksums, test data, another election, stray files),
    each a problem naming the file and why; they are left out and listed, never a reason to refuse the tree."""
    skipped: list[Problem] = field(default_factory=list)
    """Files of the election that could not be read (only with ``read_tree(..., skip_bad=True)``): usually one
    still being written, taken at the next round of ``kkrvalg watch``."""
