"""The result of a calculation: one record per KKR (or national body), and the calculation around them.

Every report (terminal, JSON, Excel, HTML) and the Python API iterate :attr:`Calculation.records`; a
record holds everything about its body — composition, chair election, the tie waiting for a lot with
what each possible drawing would decide, and the scenario analysis when one was asked for — so nothing is
ever re-joined by position.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Literal

from .engine.chair import ChairResult
from .engine.composition import Composition
from .engine.lots import Tie
from .engine.tally import AreaTally
from .model import Organ, RulesProfile, SourceInfo
from .request import ChairRequest, OutlookSort, Request, ScenarioMethod
from .sensitivity import Alternative

if TYPE_CHECKING:  # numpy is imported only when scenarios are analysed
    from .engine.scenarios import Bloc, BlocOutlook, Enumeration

ValgforbundSource = Literal["sheet", "option"]
BodyStatus = Literal["final", "provisional", "undecided"]


@dataclass(frozen=True)
class LotOutcome:
    """What one possible result of a pending drawing would decide."""

    winners: tuple[str, ...]
    members: Mapping[str, int]
    """Members per party (only parties with members)."""
    formand: str | None
    naestformand: str | None
    open: bool
    """Something is still undecided even after this drawing (a further tie, or the chair after it)."""


@dataclass(frozen=True)
class PendingLot:
    """The first tie of a body that waits for a lot, and every outcome the drawing can have."""

    tie: Tie
    outcomes: tuple[LotOutcome, ...]


SortKey = tuple[object, ...]
"""What a party's options are sorted by (``--sort``)."""


def _smallest_winning(o: BlocOutlook) -> SortKey:
    """Blocs in which the party takes formand in every arrangement of the others first — the smallest, then
    the cheapest —, then the rest by the party's prospects."""
    secured = o.formand == o.scenarios
    return (
        not secured,
        len(o.members) if secured else 0,
        o.votes if secured else 0,
        -o.formand_share,
        -o.naestformand_share,
        len(o.members),
        o.members,
    )


OUTLOOK_ORDERS: dict[OutlookSort, Callable[[BlocOutlook], SortKey]] = {
    "smallest": _smallest_winning,
    "formand": lambda o: (-o.formand_share, -o.naestformand_share, len(o.members), -o.votes, o.members),
    "naestformand": lambda o: (-o.naestformand_share, -o.formand_share, len(o.members), -o.votes, o.members),
    "votes": lambda o: (-o.votes, o.members),
}
"""The orders a party's options can be shown in (``--sort``)."""


@dataclass(frozen=True)
class ScenarioAnalysis:
    """R12 for one KKR: the guaranteed blocs, and the counts over every way to form valgforbund."""

    votes: Mapping[str, int]
    given: tuple[tuple[str, ...], ...]
    """Valgforbund fixed beforehand (``--given``); the other parties arrange themselves freely."""
    formand_blocs: tuple[Bloc, ...]
    both_blocs: tuple[Bloc, ...]
    scenarios: int
    """How many ways there are to form valgforbund (the partitions of the parties not in ``given``)."""
    method: ScenarioMethod
    enumeration: Enumeration | None
    """The counts; None when they were left out (``skipped`` says why; the guaranteed blocs are still known)."""
    max_scenarios: int | None
    skipped: Literal["max_scenarios"] | None
    party: str | None
    sort: OutlookSort = "smallest"
    top: int | None = 15
    """How many of the party's options to show (None: all); the party standing alone is always shown."""

    def outlook(self) -> tuple[BlocOutlook, ...]:
        """Every valgforbund the party could be in (alone included), in the chosen order."""
        if self.enumeration is None or self.party is None:
            return ()
        return tuple(sorted(self.enumeration.outlook(self.party), key=OUTLOOK_ORDERS[self.sort]))

    def shown_outlook(self) -> tuple[BlocOutlook, ...]:
        """The first ``top`` options, and the party alone wherever it ranks."""
        options = self.outlook()
        if self.top is None or len(options) <= self.top:
            return options
        shown = options[: self.top]
        alone = [o for o in options[self.top :] if len(o.members) == 1]
        return shown + tuple(alone)


@dataclass(frozen=True)
class BodyRecord:
    """Everything about one KKR or national body."""

    name: str
    organ: Organ
    composition: Composition
    chair: ChairResult | None
    """None for a national body, and while the composition waits for a lot (the chair depends on it)."""
    pending: tuple[PendingLot, ...]
    """Every tie waiting for a lot, each with what the possible drawings would decide."""
    valgforbund: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    valgforbund_source: ValgforbundSource | None = None
    scenarios: ScenarioAnalysis | None = None
    chair_basis: Literal["votes", "seats"] = "votes"
    """What the chair election counts: votes (R9), or on KL's bestyrelse possibly seats (R15)."""

    @property
    def tally(self) -> AreaTally:
        return self.composition.tally

    @property
    def ties(self) -> tuple[Tie, ...]:
        """Every tie of the body in the order it is listed: the composition's, then the chair's."""
        return self.composition.ties + (self.chair.ties if self.chair else ())

    @property
    def unresolved(self) -> tuple[Tie, ...]:
        return tuple(t for t in self.ties if not t.resolved)

    @property
    def chair_waits(self) -> bool:
        """A KKR (or KL's bestyrelse) whose chair election cannot be held until the composition's lot is drawn."""
        return self.organ in ("kkr", "bestyrelse") and self.chair is None

    @property
    def decided(self) -> bool:
        """No tie waits for a lot, and nothing waits for one."""
        return not self.unresolved and not self.chair_waits

    @property
    def provisional(self) -> bool:
        """Computed from partial data (missing municipalities or mayors, preliminary counts, …)."""
        return self.tally.provisional

    @property
    def complete(self) -> bool:
        return self.decided and not self.provisional

    @property
    def status(self) -> BodyStatus:
        """The one verdict every report and ``diff`` shows: waiting for a lot, provisional data, or final."""
        if not self.decided:
            return "undecided"
        return "provisional" if self.provisional else "final"


@dataclass(frozen=True)
class Calculation:
    """One run: the request and input it used, and a record per body in the geography's order."""

    request: Request
    source: SourceInfo
    records: tuple[BodyRecord, ...]
    computed_at: datetime
    version: str
    deadline: date | None = None
    """The last day to notify a valgforbund (R10), when the request names the meeting."""
    colours: Mapping[str, str] = field(default_factory=dict)
    """Party colours given in the input (the ``farve`` column of ``partier``); they override the bundled."""
    sensitivity: tuple[Alternative, ...] | None = None
    """What each alternative of each uncertain setting would change (None: not checked)."""

    @property
    def depends_on(self) -> tuple[Alternative, ...]:
        """The alternatives that change something."""
        return tuple(a for a in self.sensitivity or () if a.changes)

    @property
    def rules(self) -> RulesProfile:
        return self.request.rules

    @property
    def organ(self) -> Organ:
        return self.request.organ

    @property
    def valgforbund_option(self) -> tuple[tuple[str, ...], ...] | None:
        """Valgforbund given on the command line (``--valgforbund``), replacing the workbook's."""
        return self.request.valgforbund if isinstance(self.request, ChairRequest) else None

    @property
    def ties(self) -> tuple[Tie, ...]:
        """Every tie in the order they are listed (and numbered: the lot protocol, ``--lot``, the seeded draw)."""
        return tuple(t for r in self.records for t in r.ties)

    @property
    def lot_numbers(self) -> dict[str, int]:
        """Each tie's lot number, 1, 2, … in the order the ties are listed."""
        return {t.key: n for n, t in enumerate(self.ties, start=1)}

    @property
    def ties_resolved(self) -> bool:
        """No tie waits for a lot anywhere, and no chair election waits for one."""
        return all(r.decided for r in self.records)

    @property
    def complete(self) -> bool:
        """Every body complete: no missing or preliminary data, and every tie decided."""
        return all(r.complete for r in self.records)
