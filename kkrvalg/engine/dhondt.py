"""The one d'Hondt primitive every rule uses: prior seats, a stopping rule, a cap, exact ties.

``prior`` seats are held before the allocation starts (the mayors, R5); the primitive never takes them
away. Seats are added one at a time to the largest quotient votes ÷ (seats + 1) until one of the stopping
rules holds: ``seats_to_add`` seats were added, the total reached ``max_total`` (R7), or — with
``until_proportional`` — no party is over-represented (R5).

Ties (R8) are flagged only where they cross a boundary: when several parties share the largest quotient
and the allocation stops before all of them get a seat, or — with ``ordered`` seats such as formand and
næstformand, which are not interchangeable — whenever several parties share the quotient of a seat. A tie
that no lot settles ends the allocation (``stopped_by == "pending"``): every seat after it depends on the
drawing, so none is awarded.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

from .lots import Lots, Tie, TieContext
from .quotient import Quotient

StopReason = Literal["seats", "cap", "proportional", "pending"]
ANONYMOUS = TieContext("", "seat")
"""The context of an allocation that is not part of an election (tests, oracles)."""


@dataclass(frozen=True)
class Award:
    """One seat added by the allocation, with the quotient that won it."""

    order: int
    party: str
    quotient: Quotient
    tie: str | None = None


@dataclass(frozen=True)
class Allocation:
    """The outcome of one d'Hondt run: seats per party (prior included), every award and every tie."""

    prior: Mapping[str, int]
    seats: Mapping[str, int]
    awards: tuple[Award, ...]
    ties: tuple[Tie, ...]
    stopped_by: StopReason
    boundary: StopReason | None = None
    """The rule that ends the allocation within the tie left ``pending`` (the cap, say): the seats it decides
    are the last ones."""

    def added(self, party: str) -> int:
        return self.seats[party] - self.prior[party]

    @property
    def pending(self) -> Tie | None:
        """The tie that stopped the allocation because no lot settles it yet."""
        return self.ties[-1] if self.stopped_by == "pending" else None


def next_quotient(votes: int, seats: int) -> Quotient:
    return Quotient(votes, seats + 1)


def is_proportional(votes: Mapping[str, int], seats: Mapping[str, int]) -> bool:
    """True when ``seats`` is itself a d'Hondt allocation of its size: no party over-represented (R5).

    A party is over-represented when the quotient of its last seat, votes ÷ seats, is below another
    party's next quotient, votes ÷ (seats + 1). Equality is not over-representation.
    """
    held = [Quotient(votes[p], seats[p]) for p in votes if seats[p] > 0]
    if not held:
        return True
    return max(next_quotient(votes[p], seats[p]) for p in votes) <= min(held)


def highest_averages(
    votes: Mapping[str, int],
    prior: Mapping[str, int] | None = None,
    *,
    seats_to_add: int | None = None,
    max_total: int | None = None,
    until_proportional: bool = False,
    ordered: bool = False,
    lots: Lots | None = None,
    context: TieContext = ANONYMOUS,
) -> Allocation:
    """Add seats by d'Hondt to ``prior`` until a stopping rule holds (see the module docstring)."""
    if seats_to_add is None and max_total is None and not until_proportional:
        raise ValueError("highest_averages needs a stopping rule")
    if any(v < 0 for v in votes.values()):
        raise ValueError("votes must be non-negative")
    lots = lots or Lots()
    start = {p: (prior or {}).get(p, 0) for p in votes}
    seats = dict(start)
    awards: list[Award] = []
    ties: list[Tie] = []

    def stop_reason(state: Mapping[str, int], added: int) -> StopReason | None:
        if until_proportional and is_proportional(votes, state):
            return "proportional"
        if seats_to_add is not None and added >= seats_to_add:
            return "seats"
        if max_total is not None and sum(state.values()) >= max_total:
            return "cap"
        return None

    reason = stop_reason(seats, 0)
    while reason is None:
        quotients = {p: next_quotient(votes[p], seats[p]) for p in sorted(votes)}
        best = max(quotients.values())
        if best.votes == 0:
            raise ValueError("no party has votes left to win a further seat")
        tied = tuple(p for p, q in quotients.items() if q == best)
        winners, tie, reason = _settle(tied, seats, len(awards), stop_reason, ordered, lots, context, best)
        if tie is not None:
            ties.append(tie)
            if not tie.resolved:
                return Allocation(start, seats, tuple(awards), tuple(ties), "pending", reason)
        for party in winners:
            awards.append(Award(len(awards) + 1, party, quotients[party], tie.key if tie else None))
            seats[party] += 1
        if reason is None:
            reason = stop_reason(seats, len(awards))
    return Allocation(start, seats, tuple(awards), tuple(ties), reason)


def _settle(
    tied: tuple[str, ...],
    seats: Mapping[str, int],
    added: int,
    stop_reason: Callable[[Mapping[str, int], int], StopReason | None],
    ordered: bool,
    lots: Lots,
    context: TieContext,
    quotient: Quotient,
) -> tuple[tuple[str, ...], Tie | None, StopReason | None]:
    """Decide which of the parties sharing the largest quotient get a seat in this step.

    The stopping rules are symmetric in the tied parties (they share the quotient), so awarding to the
    first ``j`` in name order tells after how many of them the allocation stops.
    """
    seat = added + 1
    if len(tied) == 1:
        return tied, None, None
    if ordered:
        tie = lots.draw(context, seat, quotient, tied, 1)
        return tie.winners, tie, None
    for j in range(1, len(tied)):
        trial = dict(seats)
        for party in tied[:j]:
            trial[party] += 1
        reason = stop_reason(trial, added + j)
        if reason is not None:
            tie = lots.draw(context, seat, quotient, tied, j)
            return tie.winners, tie, reason
    return tied, None, None
