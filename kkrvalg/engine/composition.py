"""R4–R7: who is eligible, how many supplementary members each party gets, and the cap.

The rules arrive as plain :class:`CompositionRules` (the pipeline turns the rules profile into them), so
this module knows nothing of files or of the pydantic model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from .dhondt import Allocation, highest_averages
from .lots import Lots, Tie, TieContext
from .quotient import Quotient
from .tally import AreaTally, PartyTally

Ineligibility = Literal["not_a_party", "no_votes", "below_threshold", "no_council_seat"]
Denominator = Literal["valid_votes", "ballots_cast"]
SeatScope = Literal["geography", "anywhere", "not_required"]
StoppingRule = Literal["proportional", "fill_cap"]


@dataclass(frozen=True)
class CompositionRules:
    """The settings of R4–R7 as plain values: the threshold in percent as an exact fraction."""

    threshold_percent: Fraction
    denominator: Denominator
    council_seat_scope: SeatScope
    cap_factor: int | None
    """R7: at most ``cap_factor`` × municipalities members; None for no cap (KL's repræsentantskab)."""
    stopping_rule: StoppingRule


@dataclass(frozen=True)
class PartyResult:
    party: str
    name: str
    votes: int
    denominator: int
    """What the share is a share of (R4): the area's valid votes or ballots cast."""
    council_seats: int
    mayors: int
    eligible: bool
    reason: Ineligibility | None
    supplementary: int
    """Supplementary members decided so far (a seat awaiting a lot is not counted for anyone)."""
    seat_assumed: bool = False
    """Eligible only because its council seats are unknown: the seat condition (R4) is assumed met."""

    @property
    def members(self) -> int:
        return self.mayors + self.supplementary

    @property
    def share(self) -> Fraction:
        """The exact share of the votes (a property: the allocation never needs it, only the reports)."""
        return Fraction(self.votes, self.denominator) if self.denominator else Fraction(0)


@dataclass(frozen=True)
class Seat:
    """A seat: a mayor (born member, R1), or one added by d'Hondt with the quotient that won it.

    A seat awaiting a lot has no ``party``; ``candidates`` are the parties the drawing is between.
    """

    party: str | None
    kind: Literal["mayor", "supplementary", "seat"]
    order: int | None
    quotient: Quotient | None
    municipality: str | None = None
    tie: str | None = None
    candidates: tuple[str, ...] = ()
    assumed: bool = False
    """A mayor assumed from the largest list on election night, not elected."""
    name: str = ""
    """A mayor's name, where the data give it."""


@dataclass(frozen=True)
class Composition:
    name: str
    tally: AreaTally
    denominator: int
    cap: int | None
    cap_reached: bool
    parties: tuple[PartyResult, ...]
    seats: tuple[Seat, ...]
    ties: tuple[Tie, ...]

    @property
    def mayors(self) -> int:
        return sum(p.mayors for p in self.parties)

    @property
    def supplementary(self) -> int:
        """Supplementary members decided so far."""
        return sum(p.supplementary for p in self.parties)

    @property
    def members(self) -> int:
        """Members decided so far: every mayor and every decided supplementary member."""
        return self.mayors + self.supplementary

    @property
    def pending(self) -> Tie | None:
        """The tie that waits for a lot; the seats it decides have no holder yet."""
        return next((t for t in self.ties if not t.resolved), None)

    @property
    def undecided(self) -> int:
        """Seats that wait for a lot."""
        return self.pending.seats if self.pending else 0

    @property
    def size(self) -> int:
        """The number of members once every lot is drawn."""
        return self.members + self.undecided

    @property
    def complete(self) -> bool:
        """No tie is waiting for a lot."""
        return self.pending is None


def threshold_denominator(tally: AreaTally, rules: CompositionRules) -> int:
    """R4: the votes the threshold share is taken of (ballots cast must be known; the pipeline checks)."""
    if rules.denominator == "ballots_cast":
        if tally.ballots_cast is None:
            raise ValueError(f"{tally.name}: ballots cast are not given for every counted municipality")
        return tally.ballots_cast
    return tally.valid_votes


def below(votes: int, denominator: int, percent: Fraction) -> bool:
    """R4 (and R14): ``votes`` under ``percent`` % of ``denominator``, compared exactly in integers."""
    return votes * 100 * percent.denominator < percent.numerator * denominator


def seat_unknown(party: PartyTally, rules: CompositionRules) -> bool:
    """R4 cannot be decided from the data: no known council seat in scope, but some seat counts missing."""
    return {
        "geography": party.council_seats == 0 and party.seats_unknown,
        "anywhere": party.council_seats_anywhere == 0 and party.seats_unknown_anywhere,
        "not_required": False,
    }[rules.council_seat_scope]


def ineligibility(party: PartyTally, denominator: int, rules: CompositionRules) -> Ineligibility | None:
    """R3/R4: why a party may not have supplementary members, or None when it may.

    Where seat counts are missing (see :func:`seat_unknown`) the seat condition is taken as met — the
    result is then provisional and says so — rather than excluding every party for lack of data.
    """
    if not party.is_party:
        return "not_a_party"
    if party.votes == 0:
        return "no_votes"
    if below(party.votes, denominator, rules.threshold_percent):
        return "below_threshold"
    seats = {
        "geography": party.council_seats,
        "anywhere": party.council_seats_anywhere,
        "not_required": 1,
    }[rules.council_seat_scope]
    if seats == 0 and not seat_unknown(party, rules):
        return "no_council_seat"
    return None


def compose(tally: AreaTally, rules: CompositionRules, lots: Lots | None = None) -> Composition:
    """R5–R7: add supplementary members by d'Hondt with the mayors as prior seats, within the cap."""
    denominator = threshold_denominator(tally, rules)
    reasons = {p.party: ineligibility(p, denominator, rules) for p in tally.parties}
    eligible = [p for p in tally.parties if reasons[p.party] is None]
    cap = rules.cap_factor * len(tally.municipalities) if rules.cap_factor is not None else None
    ineligible_mayors = sum(len(p.mayors) for p in tally.parties if reasons[p.party] is not None)
    allocation: Allocation | None = None
    if eligible:
        allocation = highest_averages(
            {p.party: p.votes for p in eligible},
            {p.party: len(p.mayors) for p in eligible},
            max_total=cap - ineligible_mayors if cap is not None else None,
            until_proportional=rules.stopping_rule == "proportional" or cap is None,
            lots=lots,
            context=TieContext(tally.name, "supplementary"),
        )
    parties = party_results(tally, reasons, denominator, allocation, assumed=lambda p: seat_unknown(p, rules))
    return Composition(
        name=tally.name,
        tally=tally,
        denominator=denominator,
        cap=cap,
        cap_reached=allocation is not None and "cap" in (allocation.stopped_by, allocation.boundary),
        parties=parties,
        seats=_seats(tally, reasons, allocation),
        ties=allocation.ties if allocation else (),
    )


def party_results(
    tally: AreaTally,
    reasons: dict[str, Ineligibility | None],
    denominator: int,
    allocation: Allocation | None,
    mayors: bool = True,
    assumed: Callable[[PartyTally], bool] = lambda _party: False,
) -> tuple[PartyResult, ...]:
    """Every party of the area, largest first, with the seats ``allocation`` added to it (R4–R6).

    ``mayors`` false for a body without born members (KL's bestyrelse); ``assumed`` tells an eligible party
    whose council-seat condition is only assumed (R4).
    """
    return tuple(
        PartyResult(
            party=p.party,
            name=p.name,
            votes=p.votes,
            denominator=denominator,
            council_seats=p.council_seats,
            mayors=len(p.mayors) if mayors else 0,
            eligible=reasons[p.party] is None,
            reason=reasons[p.party],
            supplementary=allocation.added(p.party) if allocation and reasons[p.party] is None else 0,
            seat_assumed=reasons[p.party] is None and assumed(p),
        )
        for p in sorted(tally.parties, key=lambda p: (-p.votes, p.party))
    )


def undecided_seats(allocation: Allocation | None, kind: Literal["supplementary", "seat"]) -> list[Seat]:
    """The seats the pending tie of ``allocation`` decides: numbered, with the quotient, held by nobody."""
    pending = allocation.pending if allocation else None
    if pending is None:
        return []
    return [
        Seat(None, kind, pending.seat + k, pending.quotient, tie=pending.key, candidates=pending.candidates)
        for k in range(pending.seats)
    ]


def _seats(
    tally: AreaTally, reasons: dict[str, Ineligibility | None], allocation: Allocation | None
) -> tuple[Seat, ...]:
    """The audit trail: mayors first (with the quotient their seat stands for), then awards in order,
    then the seats that wait for a lot."""
    seats = []
    names = dict(tally.mayor_names)
    for p in sorted(tally.parties, key=lambda p: p.party):
        for k, municipality in enumerate(p.mayors, start=1):
            quotient = Quotient(p.votes, k) if reasons[p.party] is None else None
            assumed = municipality in p.assumed_mayors
            seats.append(
                Seat(p.party, "mayor", None, quotient, municipality, assumed=assumed, name=names.get(municipality, ""))
            )
    for award in allocation.awards if allocation else ():
        seats.append(Seat(award.party, "supplementary", award.order, award.quotient, tie=award.tie))
    return tuple(seats + undecided_seats(allocation, "supplementary"))
