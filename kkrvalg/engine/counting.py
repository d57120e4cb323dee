"""R12 by counting: the enumeration's numbers without visiting a single partition, in O(3^n) not Bell(n).

A partition's chair result depends only on its top block A (largest votes, alone) and its runner-up B
(R11). Let P_F(R) count the partitions of a set R of units into blocks from a family F. Adding a block C
to F adds P_F(R \\ C) to P_F(R) for every R ⊇ C, 2^(n−|C|) additions, 3^n over all blocks. Sweeping the
blocks in increasing votes and, on a level of equal votes, querying all before adding any, a query sees
exactly the blocks strictly below it:

* A wins formand outright in P_{<A}(U \\ A) partitions;
* B holds næstformand by a split in Σ P_{<B}(U \\ A \\ B) over the A with S_B < S_A < 2·S_B;
* A wins both posts in P_{2S<A}(U \\ A), from a second sweep over the blocks below half of A.

Inside the winning lists the holders follow from ``inner_posts``; a post is by lot in every partition not
counted for a decided holder, so lots are the total minus the decided. For the per-block lot counts each
query also credits the fully decided partitions to every block in them: to A and B directly, and to the
blocks beneath them through P(U \\ A \\ C) or, beneath a split, through a second array that counts the
partitions with exactly one block from the window S_B < S < 2·S_B as it slides, which keeps it O(3^n).

Counts are exact int64: none exceeds Bell(25) < 2^63, hence the limit of 25 units. The sweeps are numba
kernels: numpy spends microseconds on each of the 2^n small strided updates (9 s for 16 parties), numba
nanoseconds per addition. They are compiled once into numba's cache (see :func:`_kernel`).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar

import numba
import numpy as np

from .chair import LOT
from .scenarios import Enumeration, Units, scenario_count

if TYPE_CHECKING:
    from numba.core.dispatcher import Dispatcher

MAX_UNITS = 25
"""The most units (free parties plus fixed valgforbund) whose counts int64 holds: Bell(26) > 2^63."""

COUNT_LIMIT = 18
"""The most units a run counts, so that ``scenarios`` ends within seconds: 18 units take about 6 s and 0.3 GB
(this 2-core machine, with the guaranteed blocs); each unit more multiplies the time by about 2.7 and the
memory by 2, so 25 would take about 2 hours and 17 GB. Above it the run is refused before it starts."""
SECONDS_AT_LIMIT = 6.2
BYTES_PER_MASK = 530
"""Measured at :data:`COUNT_LIMIT`: the time of a count, and the memory per mask of the 2^n tables."""


def estimated_cost(units: int) -> tuple[float, int]:
    """About how long (seconds) and how much memory (bytes) counting ``units`` units would take."""
    return SECONDS_AT_LIMIT * 2.7 ** (units - COUNT_LIMIT), BYTES_PER_MASK << units


PROGRESS_STEPS = 200
"""About how many times a run with ``progress`` returns from the kernels to report."""


Kernel = TypeVar("Kernel", bound=Callable[..., object])


def _kernel(func: Kernel) -> Dispatcher[Kernel]:
    """``numba.njit`` with its compile cache: only the first run pays the few seconds of compiling.

    numba caches beside this file, else in the user's cache folder (``NUMBA_CACHE_DIR`` overrides both).
    Where neither is writable, a read-only install and home, it refuses to cache at all; the kernels then
    go to a private temporary folder, removed at exit, so that each such process compiles them anew.
    """
    try:
        return numba.njit(cache=True)(func)
    except RuntimeError:  # numba: "cannot cache function ...: no locator available"
        cache = tempfile.mkdtemp(prefix="kkrvalg-numba-")
        numba.config.CACHE_DIR = cache  # type: ignore[attr-defined]  # numba sets its config at run time, unseen
        atexit.register(shutil.rmtree, cache, True)
        return numba.njit(cache=True)(func)


@_kernel
def _add_block(target: np.ndarray, source: np.ndarray, block: int, full: int, sign: int) -> None:
    """Let ``target`` count partitions using ``block`` too: target(R) += sign × source(R \\ block), R ⊇ block."""
    rest = full ^ block
    sub = rest
    while True:
        target[block | sub] += sign * source[sub]
        if sub == 0:
            return
        sub = (sub - 1) & rest


@_kernel
def _sweep_below(
    order: np.ndarray,
    sums: np.ndarray,
    valid: np.ndarray,
    first_decided: np.ndarray,
    weight: np.ndarray,
    budget: int,
    state: np.ndarray,
    below: np.ndarray,
    marked: np.ndarray,
    top: np.ndarray,
    split: np.ndarray,
    split_decided: np.ndarray,
    top_of_split: np.ndarray,
    beneath_split: np.ndarray,
) -> int:
    """Sweep levels of equal votes upwards from ``state`` (next block, window start, window end) until ``budget``.

    ``below`` counts partitions from the blocks under the current level, ``marked`` those with also exactly
    one block of the window (level < S < 2·level, first post decided). For each block B with a decided
    first post: ``top`` its outright formand wins, ``split`` its næstformand by a split, ``split_decided``
    those with formand decided too, credited to the winner A in ``top_of_split``, and to every block beneath
    both in ``beneath_split``. Returns the weight of the blocks swept.
    """
    full = len(below) - 1
    blocks = len(order)
    k, low, high = state[0], state[1], state[2]
    done = 0
    while k < blocks and done < budget:
        level = sums[order[k]]
        end = k
        while end < blocks and sums[order[end]] == level:
            end += 1
        new_low = low
        while new_low < blocks and sums[order[new_low]] <= level:
            new_low += 1
        new_high = max(high, new_low)
        while new_high < blocks and sums[order[new_high]] < 2 * level:
            new_high += 1
        for j in range(low, min(high, new_low)):
            if first_decided[order[j]]:
                _add_block(marked, below, order[j], full, -1)
        for j in range(max(high, new_low), new_high):
            if first_decided[order[j]]:
                _add_block(marked, below, order[j], full, 1)
        low, high = new_low, new_high
        for j in range(k, end):
            b = order[j]
            if not first_decided[b]:
                continue
            rest = full ^ b
            top[b] = below[rest]
            a = rest
            while a:
                if valid[a]:
                    if level < sums[a] < 2 * level:
                        count = below[rest ^ a]
                        split[b] += count
                        if first_decided[a]:
                            split_decided[b] += count
                            top_of_split[a] += count
                    elif sums[a] < level:
                        beneath_split[a] += marked[rest ^ a]
                a = (a - 1) & rest
        for j in range(k, end):
            _add_block(below, below, order[j], full, 1)
            _add_block(marked, marked, order[j], full, 1)
            done += weight[order[j]]
        k = end
    state[0], state[1], state[2] = k, low, high
    return done


@_kernel
def _sweep_half(
    order: np.ndarray,
    sums: np.ndarray,
    valid: np.ndarray,
    second_decided: np.ndarray,
    weight: np.ndarray,
    budget: int,
    state: np.ndarray,
    half: np.ndarray,
    both: np.ndarray,
    beneath_both: np.ndarray,
) -> int:
    """Sweep the blocks A upwards from ``state`` (next A, blocks added to ``half``) until ``budget``.

    ``half`` counts partitions from the blocks with less than half A's votes. For each A with a decided
    second post: ``both`` its wins of both posts, credited also in ``beneath_both`` to every block beside it.
    Returns the weight of the blocks swept.
    """
    full = len(half) - 1
    blocks = len(order)
    k, added = state[0], state[1]
    done = 0
    while k < blocks and done < budget:
        a = order[k]
        votes = sums[a]
        while added < blocks and 2 * sums[order[added]] < votes:
            _add_block(half, half, order[added], full, 1)
            added += 1
        if second_decided[a]:
            rest = full ^ a
            both[a] = half[rest]
            c = rest
            while c:
                if valid[c] and 2 * sums[c] < votes:
                    beneath_both[c] += half[rest ^ c]
                c = (c - 1) & rest
        done += weight[a]
        k += 1
    state[0], state[1] = k, added
    return done


def _drive(
    sweep: Callable[..., int],
    inputs: tuple[np.ndarray, ...],
    outputs: tuple[np.ndarray, ...],
    state: np.ndarray,
    budget: int,
    advance: Callable[[int], None],
) -> None:
    """Call ``sweep`` until it has passed every block, a ``budget`` of work at a time, reporting each step."""
    while state[0] < len(inputs[0]):
        advance(sweep(*inputs, budget, state, *outputs))


class _Progress:
    """Turns work done into ``progress`` increments that add up to the number of scenarios."""

    def __init__(self, progress: Callable[[int], None] | None, scenarios: int, work: int) -> None:
        self.progress, self.scenarios, self.work = progress, scenarios, work
        self.done = self.reported = 0

    def __call__(self, swept: int) -> None:
        self.done += swept
        reached = self.scenarios * self.done // self.work
        if self.progress and reached > self.reported:
            self.progress(reached - self.reported)
            self.reported = reached


def count_scenarios(
    votes: Mapping[str, int],
    min_parties: int = 2,
    fixed: Sequence[Sequence[str]] = (),
    progress: Callable[[int], None] | None = None,
) -> Enumeration:
    """The :func:`~kkrvalg.engine.scenarios.enumerate_scenarios` result, field for field, by counting.

    Scenarios are the partitions of the parties outside the ``fixed`` valgforbund into lone parties and
    valgforbund of at least ``min_parties`` (R10), each fixed valgforbund being one more list. ``progress``
    is called with increments that add up to the number of scenarios, in step with the work done.
    """
    if not votes or sum(votes.values()) <= 0:
        raise ValueError("scenarios need represented parties with votes")
    units = Units.of(votes, min_parties, fixed)
    if len(units.members) > MAX_UNITS:
        raise ValueError(f"counting handles at most {MAX_UNITS} parties and fixed valgforbund")
    sums, valid = units.sums, units.valid
    size, full = len(sums), len(sums) - 1
    order = np.flatnonzero(valid)
    order = order[np.argsort(sums[order], kind="stable")]
    first, second = np.full(size, LOT, dtype=np.int64), np.full(size, LOT, dtype=np.int64)
    for block in order.tolist():
        first[block], second[block] = units.holders(block)
    weight = (1 << (len(units.members) - units.sizes)) * valid  # the sets a block's update or query touches
    work = 2 * int(weight.sum())
    budget = work // PROGRESS_STEPS + 1 if progress else work
    advance = _Progress(progress, scenario_count(votes, min_parties, units.fixed), work)

    below, marked, half = np.zeros((3, size), dtype=np.int64)
    below[0] = half[0] = 1
    top, split, split_decided, top_of_split, beneath_split, both, beneath_both = np.zeros((7, size), dtype=np.int64)
    inputs = order, sums, valid, first != LOT, weight
    outputs = below, marked, top, split, split_decided, top_of_split, beneath_split
    _drive(_sweep_below, inputs, outputs, np.zeros(3, dtype=np.int64), budget, advance)
    inputs = order, sums, valid, second != LOT, weight
    _drive(_sweep_half, inputs, (half, both, beneath_both), np.zeros(2, dtype=np.int64), budget, advance)

    total = int(below[full])
    containing = np.where(valid, below[full ^ np.arange(size)], 0)  # a block C is in P_all(U \ C) partitions
    decided = both + top_of_split + split_decided + beneath_both + beneath_split  # with both holders decided
    by_party = order[np.argsort(units.party_masks[order])]

    def per_block(counts: np.ndarray) -> dict[int, int]:
        return {int(units.party_masks[b]): int(counts[b]) for b in by_party[counts[by_party] != 0]}

    parties = units.parties
    return Enumeration(
        parties,
        units.values,
        total,
        {p: int(top[first == i].sum()) for i, p in enumerate(parties)},
        {p: int(both[second == i].sum() + split[first == i].sum()) for i, p in enumerate(parties)},
        total - int(top.sum()),
        total - int(both.sum() + split.sum()),
        per_block(containing),
        per_block(top),
        per_block(both),
        per_block(split),
        per_block(containing - decided),
        min_parties,
        units.fixed,
    )
