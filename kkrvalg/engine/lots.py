"""R8: ties are decided by lot, and only by an explicit one — all of it in this module.

A lot is either supplied from the real drawing (keyed by the tie's stable description) or drawn from a
recorded seed. Without either the tie stays *unresolved*: it has no winners, and the allocation that met
it stops there, so nothing after it is ever computed from a placeholder. :func:`alternatives` gives what
each possible drawing would decide, and :func:`settle_in_order` settles the ties in the order they are
listed — by the results of real drawings, or by the seeded draw.

The seeded draw is a published rule anyone can redo without kkrvalg (:func:`seeded_draw`): for the lot
numbered *n* under seed *S*, every contender *x* gets the key SHA-256 of the UTF-8 text ``S:n:x`` in
lowercase hex, and the smallest keys win. ``printf '%s' '20260126:1:V' | sha256sum`` checks one key by hand.
"""

from __future__ import annotations

import hashlib
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
    number: int | None = None
    """The lot's number, 1, 2, … in the order the ties are listed (set when it was drawn from the seed)."""
    keys: tuple[tuple[str, str], ...] = ()
    """For a seeded draw: each contender with its key, SHA-256 of ``seed:number:contender`` (see the module)."""

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
class Drawing:
    """The result of one drawing: its winners and, for a seeded draw, the seed, the lot's number and the keys."""

    winners: tuple[str, ...]
    seed: int | None = None
    number: int | None = None
    keys: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Lots:
    """How ties are resolved: the result of each drawing made so far, keyed by the tie it settles."""

    drawings: Mapping[str, Drawing] = field(default_factory=dict)

    def draw(self, context: TieContext, seat: int, quotient: Quotient, candidates: Iterable[str], seats: int) -> Tie:
        ordered = tuple(sorted(candidates))
        pending = Tie(context, seat, quotient, ordered, seats, (), "unresolved")
        drawing = self.drawings.get(pending.key)
        if drawing is None:
            return pending
        winners = tuple(sorted(drawing.winners))
        check_winners(pending, winners)
        resolution: Resolution = "seed" if drawing.seed is not None else "supplied"
        return Tie(
            context, seat, quotient, ordered, seats, winners, resolution, drawing.seed, drawing.number, drawing.keys
        )

    def with_drawing(self, tie: Tie, drawing: Drawing) -> Lots:
        """These lots with one more drawing: the one for ``tie``."""
        return Lots({**self.drawings, tie.key: drawing})

    def with_result(self, tie: Tie, winners: Sequence[str]) -> Lots:
        """These lots with the result of the real drawing for ``tie`` added."""
        return self.with_drawing(tie, Drawing(tuple(winners)))

    @classmethod
    def of(cls, ties: Iterable[Tie]) -> Lots:
        """The drawings that settled ``ties`` (the resolved ones), to compute again with the same lots."""
        return cls({t.key: Drawing(t.winners, t.seed, t.number, t.keys) for t in ties if t.resolved})


def draw_key(seed: int, number: int, contender: str) -> str:
    """A contender's key in lot ``number`` under ``seed``: SHA-256 of the UTF-8 text ``seed:number:contender``."""
    return hashlib.sha256(f"{seed}:{number}:{contender}".encode()).hexdigest()


def seeded_draw(seed: int, number: int, tie: Tie) -> Drawing:
    """R8 by a rule anyone can redo: the ``tie.seats`` contenders with the smallest keys win."""
    keys = tuple((x, draw_key(seed, number, x)) for x in tie.candidates)
    ranked = sorted(keys, key=lambda pair: pair[1])
    return Drawing(tuple(sorted(x for x, _ in ranked[: tie.seats])), seed, number, keys)


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
    listed: Callable[[T], Sequence[Tie]],
    results: Sequence[Sequence[str]],
    seed: int | None,
) -> tuple[T, int]:
    """Run ``run`` and settle its open ties, first listed first: by the results of real drawings while there
    are any, then by the seeded draw when there is a seed.

    Each result names all winners of one tie. Settling a tie can reveal the next (a later seat, or the chair
    election that waited for the composition), so the calculation is repeated after each. A tie's number is its
    place among all ties ``listed`` (1, 2, …): settling in that order never puts a new tie before a settled one,
    so the number a seeded draw used is the one the tie keeps. Returns the final result and how many of
    ``results`` were used; a result that does not fit raises LotError.
    """
    lots = Lots()
    used = 0
    while True:
        outcome = run(lots)
        ties = listed(outcome)
        pending = next((t for t in ties if not t.resolved), None)
        if pending is None:
            return outcome, used
        if used < len(results):
            check_winners(pending, results[used])
            lots = lots.with_result(pending, results[used])
            used += 1
        elif seed is not None:
            lots = lots.with_drawing(pending, seeded_draw(seed, ties.index(pending) + 1, pending))
        else:
            return outcome, used
