"""R8: ties are decided by lot, and only by an explicit one.

A lot is either supplied from the real drawing (keyed by the tie's stable description) or drawn from a
recorded seed. Without either, the tie stays *unresolved*: the engine still finishes with a provisional
pick so the alternatives can be shown, but the result is marked as needing a lot.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from .quotient import Quotient

Resolution = Literal["seed", "supplied", "unresolved"]


class LotError(ValueError):
    """A supplied lot does not fit the tie it names."""


@dataclass(frozen=True)
class Tie:
    """Equal quotients where fewer seats are left than tied parties: who gets them is decided by lot."""

    key: str
    context: str
    seat: int
    quotient: Quotient
    candidates: tuple[str, ...]
    seats: int
    winners: tuple[str, ...]
    resolution: Resolution
    seed: int | None = None

    @property
    def resolved(self) -> bool:
        return self.resolution != "unresolved"


def tie_key(context: str, seat: int, candidates: tuple[str, ...]) -> str:
    """The stable name of a tie: where, which seat, who — the same on every run with the same data."""
    return f"{context}#{seat}:{','.join(sorted(candidates))}"


@dataclass(frozen=True)
class Lots:
    """How ties are to be resolved: a seed for a recorded draw, and/or results of real drawings."""

    seed: int | None = None
    supplied: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def draw(self, context: str, seat: int, quotient: Quotient, candidates: tuple[str, ...], seats: int) -> Tie:
        ordered = tuple(sorted(candidates))
        key = tie_key(context, seat, ordered)
        if key in self.supplied:
            winners = tuple(self.supplied[key])
            if len(winners) != seats or not set(winners) <= set(ordered) or len(set(winners)) != seats:
                raise LotError(f"the lot for {key} must name {seats} of {', '.join(ordered)}, got {', '.join(winners)}")
            return Tie(key, context, seat, quotient, ordered, seats, tuple(sorted(winners)), "supplied")
        if self.seed is not None:
            rng = random.Random(f"{self.seed}|{key}")
            winners = tuple(sorted(rng.sample(ordered, seats)))
            return Tie(key, context, seat, quotient, ordered, seats, winners, "seed", self.seed)
        return Tie(key, context, seat, quotient, ordered, seats, ordered[:seats], "unresolved")
