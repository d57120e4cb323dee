"""What an import of official results found, whatever it was read from (valg.dk's JSON tree or its CSV export).

The import workbook is written from these records (:mod:`.import_workbook`), never from the files themselves.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from ..errors import InputError, Problem
from ..names import fold, identity


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


def same_list(first: str, second: str) -> bool:
    """Whether two names of one letter's list are one name, one perhaps shortened: equal, or one the start of
    the other, ignoring case, spaces and punctuation."""
    a, b = sorted((fold(first), fold(second)), key=len)
    return b.startswith(a)


@dataclass
class MunicipalityImport:
    """What the import found for one municipality: its lists' votes, seats, members and the state of its count."""

    code: int
    name: str
    votes: dict[str, int] = field(default_factory=dict)
    names: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    seats: dict[str, int] | None = None
    members: tuple[ElectedMember, ...] = ()
    districts: int = 0
    counted: int = 0
    final: int = 0
    ballots: int = 0
    released: datetime | None = None
    spelt: dict[str, str] = field(default_factory=dict)
    """Each list letter by :func:`~kkrvalg.names.identity`, as first written."""
    named_in: dict[str, str] = field(default_factory=dict)
    """Where each list's name was first read (a file, or a file and line): to name both when it changes."""

    def spelling(self, letter: str) -> str:
        """The letter as this municipality's lists first spelt it: ``q`` and ``Q`` are one list."""
        return self.spelt.setdefault(identity(letter), letter)

    def add_list(self, letter: str, name: str, votes: int, where: str) -> None:
        """Add a list's votes from one district (file ``where``). One letter is one list in a municipality: its
        name may be spelt shorter in one file (``Venstre``, ``Venstre, Danmarks Liberale Parti``), but two
        different names would be two lists summed as one."""
        letter = self.spelling(letter)
        first = next(iter(self.names[letter]), name)
        if first != name and not same_list(first, name):
            params = {"letter": letter, "municipality": self.name, "first": first, "second": name}
            raise InputError(
                [Problem("valgdk_letter_two_names", {**params, "first_file": self.named_in[letter]}, file=where)]
            )
        self.named_in.setdefault(letter, where)
        self.votes[letter] = self.votes.get(letter, 0) + votes
        self.names[letter][name] += 1

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
