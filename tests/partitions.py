"""Set partitions by the textbook recursion, and scenario inputs full of ties: shared by tests and benchmark."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from hypothesis import strategies as st

NAMES = "ABCDEFGHIJ"

TIE_PRONE_VOTES = st.one_of(st.integers(0, 6), st.sampled_from([0, 1, 2, 3, 4, 6, 8, 12]))
"""Small votes with zeros, duplicates and doubles, so that equal quotients and exact halves abound."""


def set_partitions(items: Sequence) -> Iterator[list[tuple]]:
    """Every set partition of ``items``: each partition of the rest, with the first item alone or joined in."""
    if not items:
        yield []
        return
    first, rest = items[0], items[1:]
    for partition in set_partitions(rest):
        yield [(first,), *partition]
        for i in range(len(partition)):
            yield [*partition[:i], (first, *partition[i]), *partition[i + 1 :]]


@st.composite
def scenario_inputs(draw, max_parties: int = 8) -> tuple[dict[str, int], int, tuple[tuple[str, ...], ...]]:
    """Votes, a valgforbund minimum (2 or 3) and up to two fixed valgforbund, members in any order."""
    n = draw(st.integers(1, max_parties))
    values = draw(st.lists(TIE_PRONE_VOTES, min_size=n, max_size=n).filter(lambda v: sum(v) > 0))
    votes = dict(zip(NAMES, values))
    min_parties = draw(st.sampled_from([2, 3]))
    fixed: list[tuple[str, ...]] = []
    for _ in range(draw(st.integers(0, 2))):
        free = [p for p in votes if not any(p in group for group in fixed)]
        if len(free) < min_parties:
            break
        size = st.integers(min_parties, min(len(free), min_parties + 1))
        fixed.append(tuple(draw(st.permutations(free))[: draw(size)]))
    return votes, min_parties, tuple(fixed)
