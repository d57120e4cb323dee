"""Exact quotients: votes ÷ divisor compared by integer cross-multiplication, never as floats."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from functools import total_ordering


@total_ordering
@dataclass(frozen=True)
class Quotient:
    """A highest-averages quotient kept as the pair (votes, divisor) so a report can show how it arose."""

    votes: int
    divisor: int

    def __post_init__(self) -> None:
        if self.votes < 0 or self.divisor < 1:
            raise ValueError(f"invalid quotient {self.votes}/{self.divisor}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Quotient):
            return NotImplemented
        return self.votes * other.divisor == other.votes * self.divisor

    def __lt__(self, other: Quotient) -> bool:
        return self.votes * other.divisor < other.votes * self.divisor

    def __gt__(self, other: Quotient) -> bool:  # written out: the allocation compares millions of times
        return self.votes * other.divisor > other.votes * self.divisor

    def __hash__(self) -> int:
        return hash(Fraction(self.votes, self.divisor))

    @property
    def value(self) -> Fraction:
        return Fraction(self.votes, self.divisor)

    def mixed(self) -> str:
        """The quotient as a mixed number, e.g. ``4 2/5``, the way a reviewer checks it by hand."""
        whole, rest = divmod(self.votes, self.divisor)
        if rest == 0:
            return str(whole)
        frac = Fraction(rest, self.divisor)
        return f"{whole} {frac.numerator}/{frac.denominator}"
