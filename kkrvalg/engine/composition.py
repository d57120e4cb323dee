"""R4–R7: who is eligible, how many supplementary members each party gets, and the cap."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from ..model import RulesProfile
from .dhondt import Allocation, highest_averages
from .lots import Lots, Tie
from .quotient import Quotient
from .tally import KkrTally, PartyTally

Ineligibility = Literal["not_a_party", "no_votes", "below_threshold", "no_council_seat"]


@dataclass(frozen=True)
class PartyResult:
    party: str
    name: str
    votes: int
    share: Fraction
    council_seats: int
    mayors: int
    eligible: bool
    reason: Ineligibility | None
    supplementary: int
    seat_assumed: bool = False
    """Eligible only because its council seats are unknown: the seat condition (R4) is assumed met."""

    @property
    def members(self) -> int:
        return self.mayors + self.supplementary


@dataclass(frozen=True)
class Seat:
    """A KKR seat: a mayor (born member, R1) or a supplementary member with the quotient that won it."""

    party: str
    kind: Literal["mayor", "supplementary"]
    order: int | None
    quotient: Quotient | None
    municipality: str | None = None
    tie: str | None = None


@dataclass(frozen=True)
class Composition:
    kkr: str
    tally: KkrTally
    denominator: int
    cap: int
    cap_reached: bool
    parties: tuple[PartyResult, ...]
    seats: tuple[Seat, ...]
    ties: tuple[Tie, ...]

    @property
    def mayors(self) -> int:
        return sum(p.mayors for p in self.parties)

    @property
    def supplementary(self) -> int:
        return sum(p.supplementary for p in self.parties)

    @property
    def members(self) -> int:
        return self.mayors + self.supplementary

    @property
    def complete(self) -> bool:
        """No tie is waiting for a lot."""
        return all(t.resolved for t in self.ties)


def threshold_denominator(tally: KkrTally, rules: RulesProfile) -> int:
    """R4: the votes the threshold share is taken of."""
    if rules.threshold_denominator == "ballots_cast":
        if tally.ballots_cast is None:
            raise ValueError(
                f"{tally.kkr}: the rules use ballots cast as the threshold denominator, "
                "but ballots cast are not given for every counted municipality"
            )
        return tally.ballots_cast
    return tally.valid_votes


def seat_unknown(party: PartyTally, rules: RulesProfile) -> bool:
    """R4 cannot be decided from the data: no known council seat in scope, but some seat counts missing."""
    return {
        "geography": party.council_seats == 0 and party.seats_unknown,
        "anywhere": party.council_seats_anywhere == 0 and party.seats_unknown_anywhere,
        "not_required": False,
    }[rules.council_seat_scope]


def ineligibility(party: PartyTally, denominator: int, rules: RulesProfile) -> Ineligibility | None:
    """R3/R4: why a party may not have supplementary members, or None when it may.

    Where seat counts are missing (see :func:`seat_unknown`) the seat condition is taken as met — the
    result is then provisional and says so — rather than excluding every party for lack of data.
    """
    if not party.is_party:
        return "not_a_party"
    if party.votes == 0:
        return "no_votes"
    if Fraction(party.votes * 100) < Fraction(rules.threshold_percent) * denominator:
        return "below_threshold"
    seats = {
        "geography": party.council_seats,
        "anywhere": party.council_seats_anywhere,
        "not_required": 1,
    }[rules.council_seat_scope]
    if seats == 0 and not seat_unknown(party, rules):
        return "no_council_seat"
    return None


def compose(tally: KkrTally, rules: RulesProfile, lots: Lots | None = None) -> Composition:
    """R5–R7: add supplementary members by d'Hondt with the mayors as prior seats, within the cap."""
    denominator = threshold_denominator(tally, rules)
    reasons = {p.party: ineligibility(p, denominator, rules) for p in tally.parties}
    eligible = [p for p in tally.parties if reasons[p.party] is None]
    cap = rules.cap_factor * len(tally.municipalities)
    ineligible_mayors = sum(len(p.mayors) for p in tally.parties if reasons[p.party] is not None)
    allocation: Allocation | None = None
    if eligible:
        allocation = highest_averages(
            {p.party: p.votes for p in eligible},
            {p.party: len(p.mayors) for p in eligible},
            max_total=cap - ineligible_mayors,
            until_proportional=rules.stopping_rule == "proportional",
            lots=lots,
            context=f"{tally.kkr}/supplerende",
        )
    parties = tuple(
        PartyResult(
            party=p.party,
            name=p.name,
            votes=p.votes,
            share=Fraction(p.votes, denominator) if denominator else Fraction(0),
            council_seats=p.council_seats,
            mayors=len(p.mayors),
            eligible=reasons[p.party] is None,
            reason=reasons[p.party],
            supplementary=allocation.added(p.party) if allocation and reasons[p.party] is None else 0,
            seat_assumed=reasons[p.party] is None and seat_unknown(p, rules),
        )
        for p in sorted(tally.parties, key=lambda p: (-p.votes, p.party))
    )
    return Composition(
        kkr=tally.kkr,
        tally=tally,
        denominator=denominator,
        cap=cap,
        cap_reached=allocation is not None and allocation.stopped_by == "cap",
        parties=parties,
        seats=_seats(tally, reasons, allocation),
        ties=allocation.ties if allocation else (),
    )


def _seats(tally: KkrTally, reasons: dict, allocation: Allocation | None) -> tuple[Seat, ...]:
    """The audit trail: mayors first (with the quotient their seat stands for), then awards in order."""
    seats = []
    for p in sorted(tally.parties, key=lambda p: p.party):
        for k, municipality in enumerate(p.mayors, start=1):
            quotient = Quotient(p.votes, k) if reasons[p.party] is None else None
            seats.append(Seat(p.party, "mayor", None, quotient, municipality))
    for award in allocation.awards if allocation else ():
        seats.append(Seat(award.party, "supplementary", award.order, award.quotient, tie=award.tie))
    return tuple(seats)
