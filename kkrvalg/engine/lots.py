"""R8: ties are decided by lot, and only by an explicit one — all of it in this module.

A lot is either supplied from the real drawing (keyed by the tie's stable description) or drawn from a
recorded seed. Without either the tie stays *unresolved*: it has no winners, and the allocation that met
it stops there, so nothing after it is ever computed from a placeholder. :func:`alternatives` gives what
each possible drawing would decide, and :func:`settle_in_order` applies the results of real drawings to
the ties in the order they are listed.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Literal, TypeVar

from .quotient import Quotient

Resolution = Literal["seed", "supplied", "unresolved"]
TieKind = Literal["supplementary", "seat", "chair", "valgforbund"]
T = TypeVar("T")


@dataclass(frozen=True)
class TieContext:
    """Where a tie arose: which body, which allocation (and, inside a valgforbund, which one)."""

    body: str
    kind: TieKind
    valgforbund: str | None = None

    @property
    def key(self) -> str:
        """A language-neutral name, stable across runs and languages (it keys supplied lots)."""
        inner = f":{self.valgforbund}" if self.valgforbund is not None else ""
        return f"{self.body}/{self.kind}{inner}"


@dataclass(frozen=True)
class Tie:
    """Equal quotients where fewer seats are left than tied parties: who gets them is decided by lot."""

    context: TieContext
    seat: int
    quotient: Quotient
    candidates: tuple[str, ...]
    seats: int
    winners: tuple[str, ...]
    resolution: Resolution
    seed: int | None = None

    @property
    def key(self) -> str:
        return tie_key(self.context, self.seat, self.candidates)

    @property
    def resolved(self) -> bool:
        return self.resolution != "unresolved"


def tie_key(context: TieContext, seat: int, candidates: Iterable[str]) -> str:
    """The stable name of a tie: where, which seat, who — the same on every run with the same data."""
    return f"{context.key}#{seat}:{','.join(sorted(candidates))}"


class LotError(ValueError):
    """A supplied lot does not fit the tie it is applied to (``code`` names the problem)."""

    def __init__(self, code: str, tie: Tie, winners: Sequence[str]) -> None:
        super().__init__(code)
        self.code = code
        self.tie = tie
        self.winners = tuple(winners)


@dataclass(frozen=True)
class Lots:
    """How ties are to be resolved: a seed for a recorded draw, and/or results of real drawings."""

    seed: int | None = None
    supplied: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def draw(self, context: TieContext, seat: int, quotient: Quotient, candidates: Iterable[str], seats: int) -> Tie:
        ordered = tuple(sorted(candidates))
        pending = Tie(context, seat, quotient, ordered, seats, (), "unresolved")
        if pending.key in self.supplied:
            winners = tuple(sorted(self.supplied[pending.key]))
            check_winners(pending, winners)
            return Tie(context, seat, quotient, ordered, seats, winners, "supplied")
        if self.seed is not None:
            rng = random.Random(f"{self.seed}|{pending.key}")
            winners = tuple(sorted(rng.sample(ordered, seats)))
            return Tie(context, seat, quotient, ordered, seats, winners, "seed", self.seed)
        return pending

    def with_result(self, tie: Tie, winners: Sequence[str]) -> Lots:
        """These lots with the result of the real drawing for ``tie`` added."""
        return Lots(self.seed, {**self.supplied, tie.key: tuple(winners)})


def check_winners(tie: Tie, winners: Sequence[str]) -> None:
    """A drawing's result must name exactly ``tie.seats`` different parties, all of them candidates."""
    if not set(winners) <= set(tie.candidates):
        raise LotError("lot_not_candidate", tie, winners)
    if len(set(winners)) != len(winners) or len(winners) != tie.seats:
        raise LotError("lot_wrong_count", tie, winners)


def possible_draws(tie: Tie) -> list[tuple[str, ...]]:
    """Every result the drawing for ``tie`` can have: each choice of ``tie.seats`` of its candidates."""
    return list(combinations(tie.candidates, tie.seats))


def alternatives(tie: Tie, lots: Lots, run: Callable[[Lots], T]) -> list[tuple[tuple[str, ...], T]]:
    """What ``run`` gives under each possible result of the pending drawing for ``tie``."""
    return [(winners, run(lots.with_result(tie, winners))) for winners in possible_draws(tie)]


def settle_in_order(
    run: Callable[[Lots], T],
    open_ties: Callable[[T], Sequence[Tie]],
    results: Sequence[Sequence[str]],
    seed: int | None,
) -> tuple[T, int]:
    """Run ``run`` and settle its open ties, first listed first, by the results of the real drawings.

    Each result names all winners of one tie. Settling a tie can reveal the next (a later seat, or the
    chair election that waited for the composition), so the calculation is repeated after each. Returns
    the final result and how many of ``results`` were used; a result that does not fit raises LotError.
    """
    lots = Lots(seed)
    used = 0
    while True:
        outcome = run(lots)
        pending = open_ties(outcome)
        if not pending or used == len(results):
            return outcome, used
        check_winners(pending[0], results[used])
        lots = lots.with_result(pending[0], results[used])
        used += 1
