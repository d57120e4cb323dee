"""R12: what valgforbund can achieve in the chair election (R9–R11), before anyone has declared one.

Three analyses of the represented parties' votes:

* **Guaranteed** (over subsets): a bloc takes the formand post whatever the others do exactly when its
  votes exceed its *rival*, the strongest list the others can form — all of them united, unless fixed
  valgforbund or the minimum size keep them apart — and both posts when they exceed twice that. Linear
  in the 2^n subsets, so instant for 16+ parties.
* **Enumeration** (over set partitions): every way the parties can split into valgforbund and lone lists,
  each evaluated as :func:`~kkrvalg.engine.chair.elect_chair` would. A KKR with 12 parties has 4 213 597
  partitions, so the walk is vectorised over numpy integer arrays: sums are exact int64, comparisons of
  ÷1 and ÷2 quotients are by multiplication, and every tie is detected (and counted as "by lot").
* **Counting** (:mod:`~kkrvalg.engine.counting`): the enumeration's numbers without visiting partitions,
  for 13 parties and more; the enumeration stays as its oracle.

Some valgforbund may be *fixed* (declared or agreed): such a group is one list that nobody else joins,
and only the other parties arrange themselves. The pieces arranged are then :class:`Units`.

Parties are addressed by index (their order in the ``votes`` mapping) and blocks by bitmask.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property
from math import comb

import numpy as np

from .chair import LOT, inner_posts
from .valgforbund import valgforbund_problems

CHUNK_ROWS = 1 << 18


def _mask_members(mask: int) -> list[int]:
    return [i for i in range(mask.bit_length()) if mask >> i & 1]


FIXED_REFUSALS = {
    "valgforbund_unrepresented": "{party} not among the represented parties",
    "valgforbund_repeated": "a party is listed twice",
    "valgforbund_too_small": "a valgforbund needs at least {min} parties",
    "valgforbund_twice": "shares a party with another fixed valgforbund",
}
"""R10's refusals (:func:`~kkrvalg.engine.valgforbund.valgforbund_problems`) as this module's ValueError says them."""


def fixed_groups(
    parties: Sequence[str], fixed: Sequence[Sequence[str]], min_parties: int = 2
) -> tuple[tuple[int, ...], ...]:
    """The fixed valgforbund as sorted party indices; ValueError unless each is a valid valgforbund — by R10 as
    :func:`~kkrvalg.engine.valgforbund.valgforbund_problems` applies it to declared ones, nowhere else."""
    if any(isinstance(group, str) for group in fixed):
        group = next(g for g in fixed if isinstance(g, str))
        raise ValueError(f"fixed valgforbund {group!r}: give its members as a sequence of party names")
    named = {"+".join(group): list(group) for group in fixed}
    problems = valgforbund_problems("", named, dict.fromkeys(parties, 0), max(2, min_parties))
    if problems:
        first = problems[0]
        name = first.params.get("name", first.params.get("second"))
        raise ValueError(f"fixed valgforbund {name}: " + FIXED_REFUSALS[first.code].format(**first.params))
    index = {p: i for i, p in enumerate(parties)}
    return tuple(sorted(tuple(sorted(index[p] for p in group)) for group in fixed))


def _over_subsets(
    per_unit: Sequence[int], combine: Callable[[np.ndarray, int], np.ndarray], empty: int = 0
) -> np.ndarray:
    """A value for every mask of units, each mask combining its highest unit into the mask without it."""
    table = np.full(1 << len(per_unit), empty, dtype=np.int64)
    for unit, value in enumerate(per_unit):
        table[1 << unit : 2 << unit] = combine(table[: 1 << unit], value)
    return table


@dataclass(frozen=True)
class Units:
    """The pieces a scenario arranges: each party outside the fixed valgforbund, and each of those whole.

    A block (one list in the chair election) is a set of units, by bitmask over ``members``: one unit alone,
    or at least ``min_parties`` free parties, because a fixed valgforbund takes nobody in. Without fixed
    valgforbund the units are the parties, in their order. The tables below have one entry per mask.
    """

    parties: tuple[str, ...]
    values: tuple[int, ...]
    members: tuple[tuple[int, ...], ...]
    min_parties: int

    @classmethod
    def of(cls, votes: Mapping[str, int], min_parties: int = 2, fixed: Sequence[Sequence[str]] = ()) -> Units:
        parties = tuple(votes)
        groups = fixed_groups(parties, fixed, min_parties)
        grouped = {i for group in groups for i in group}
        alone = [(i,) for i in range(len(parties)) if i not in grouped]
        return cls(parties, tuple(votes.values()), tuple(sorted(alone + list(groups))), min_parties)

    @property
    def fixed(self) -> tuple[tuple[str, ...], ...]:
        """The fixed valgforbund by party names, in a canonical order."""
        return tuple(tuple(self.parties[i] for i in unit) for unit in self.members if len(unit) > 1)

    @cached_property
    def unit_votes(self) -> tuple[int, ...]:
        return tuple(sum(self.values[i] for i in unit) for unit in self.members)

    @cached_property
    def sums(self) -> np.ndarray:
        """Each block's pooled votes."""
        return _over_subsets(self.unit_votes, np.add)

    @cached_property
    def party_masks(self) -> np.ndarray:
        """Each block as a mask of parties."""
        return _over_subsets([sum(1 << i for i in unit) for unit in self.members], np.bitwise_or)

    @cached_property
    def sizes(self) -> np.ndarray:
        return _over_subsets([1] * len(self.members), np.add)

    @cached_property
    def free_sizes(self) -> np.ndarray:
        """How many of a mask's units are free parties."""
        return _over_subsets([len(unit) == 1 for unit in self.members], np.add)

    @cached_property
    def valid(self) -> np.ndarray:
        """Which masks are blocks: one unit, or at least ``min_parties`` free parties (R10)."""
        valid: np.ndarray = (self.sizes == 1) | ((self.sizes >= self.min_parties) & (self.free_sizes == self.sizes))
        valid[0] = False
        return valid

    @cached_property
    def rivals(self) -> np.ndarray:
        """For each block, the strongest list the units outside it can form against it.

        That is the other free parties united if their number is a valid size (else the largest of them), or
        a fixed valgforbund among the others if it is stronger.
        """
        free = [v if len(unit) == 1 else 0 for unit, v in zip(self.members, self.unit_votes)]
        fixed = [0 if len(unit) == 1 else v for unit, v in zip(self.members, self.unit_votes)]
        united = (self.free_sizes == 1) | (self.free_sizes >= self.min_parties)
        best_free = np.where(united, _over_subsets(free, np.add), _over_subsets(free, np.maximum))
        strongest: np.ndarray = np.maximum(_over_subsets(fixed, np.maximum), best_free)
        return strongest[::-1].copy()

    def block(self, party_mask: int) -> int:
        """The mask of units making up a block given by its parties."""
        return sum(1 << u for u, unit in enumerate(self.members) if party_mask >> unit[0] & 1)

    def holders(self, block: int) -> tuple[int, int]:
        """R11 inside the list ``block``: the parties (indices) taking its first and second post, or ``LOT``."""
        members = sorted(i for u in _mask_members(block) for i in self.members[u])
        first, second = inner_posts([self.values[i] for i in members])
        return (LOT if first == LOT else members[first]), (LOT if second == LOT else members[second])


@dataclass(frozen=True)
class Bloc:
    """A set of parties that secures ``posts`` posts if it forms one valgforbund (or stands alone).

    ``others`` are the votes of all the other represented parties, ``rival`` those of the strongest list
    they can form against the bloc (``others`` unless fixed valgforbund or the minimum size split them).
    """

    members: tuple[str, ...]
    votes: int
    others: int
    rival: int
    posts: int
    formand: str | None
    naestformand: str | None

    @property
    def surplus(self) -> int:
        """Votes above the line: the bloc's votes minus ``posts`` × its rival's (the line is excluded)."""
        return self.votes - self.posts * self.rival


def guaranteed(
    votes: Mapping[str, int], posts: int, min_parties: int = 2, fixed: Sequence[Sequence[str]] = ()
) -> tuple[Bloc, ...]:
    """The minimal blocs that take ``posts`` (1: formand, 2: both) whatever the other parties do.

    A bloc is a block of the scenarios: a party alone, a ``fixed`` valgforbund as it is, or a valgforbund of
    at least ``min_parties`` parties outside the fixed ones (R10). It secures the posts when its votes exceed
    ``posts`` × its rival's, and is minimal when no smaller bloc inside it secures the same. Taking a party
    from the others into a bloc never lowers its votes nor raises its rival's, so it suffices to check the
    strongest proper sub-bloc: without the weakest party when that leaves a valid size, else the largest alone.
    """
    units = Units.of(votes, min_parties, fixed)
    sums, sizes = units.sums, units.sizes
    secures = units.valid & (sums > posts * units.rivals)
    weakest, largest = np.zeros_like(sums), np.zeros_like(sums)  # the bit of each mask's weakest, largest unit
    for unit, value in enumerate(units.unit_votes):
        low, high = slice(0, 1 << unit), slice(1 << unit, 2 << unit)
        weakest[high] = np.where((weakest[low] == 0) | (value < sums[weakest[low]]), 1 << unit, weakest[low])
        largest[high] = np.where((largest[low] == 0) | (value > sums[largest[low]]), 1 << unit, largest[low])
    drop_weakest = (sizes - 1 == 1) | (sizes - 1 >= min_parties)
    strongest_sub = np.where(drop_weakest, np.arange(len(sums)) ^ weakest, largest)
    minimal = secures & ~((sizes > 1) & secures[strongest_sub])
    total = sum(votes.values())
    found = []
    for block in np.flatnonzero(minimal).tolist():
        first, second = units.holders(block)
        found.append(
            Bloc(
                tuple(units.parties[i] for i in _mask_members(int(units.party_masks[block]))),
                int(sums[block]),
                total - int(sums[block]),
                int(units.rivals[block]),
                posts,
                None if first == LOT else units.parties[first],
                None if second == LOT or posts == 1 else units.parties[second],
            )
        )
    return tuple(sorted(found, key=lambda b: (len(b.members), -b.votes, b.members)))


@dataclass(frozen=True)
class PartitionOutcomes:
    """A chunk of partitions and their chair results, one row per partition.

    ``masks[r]`` lists the blocks of partition ``r`` (0 = unused slot); ``formand[r]``/``naestformand[r]``
    are the party indices taking the posts, or ``LOT``. Between lists: ``formand_block[r]`` is the block
    that won formand outright (0 when lists tie for it), ``both[r]`` whether it also won næstformand, and
    ``naestformand_block[r]`` the block holding næstformand.
    """

    masks: np.ndarray
    formand: np.ndarray
    naestformand: np.ndarray
    formand_block: np.ndarray
    both: np.ndarray
    naestformand_block: np.ndarray


class _Tables:
    """Per-block lookups over all 2^n masks: pooled votes and the members taking its posts."""

    def __init__(self, values: list[int]) -> None:
        n = len(values)
        self.votes = np.zeros(1 << n, dtype=np.int64)
        self.first = np.full(1 << n, LOT, dtype=np.int64)
        self.second = np.full(1 << n, LOT, dtype=np.int64)
        for mask in range(1, 1 << n):
            members = _mask_members(mask)
            first, second = inner_posts([values[i] for i in members])
            self.votes[mask] = sum(values[i] for i in members)
            self.first[mask] = members[first] if first != LOT else LOT
            self.second[mask] = members[second] if second != LOT else LOT


def _completions(remaining: int, blocks: int, memo: dict[tuple[int, int], int]) -> int:
    """How many ways ``remaining`` more parties can join a partial partition with ``blocks`` blocks."""
    if remaining == 0:
        return 1
    key = (remaining, blocks)
    if key not in memo:
        memo[key] = blocks * _completions(remaining - 1, blocks, memo) + _completions(remaining - 1, blocks + 1, memo)
    return memo[key]


def _extend(masks: np.ndarray, blocks: np.ndarray, party: int) -> tuple[np.ndarray, np.ndarray]:
    """Every way ``party`` can join each partial partition: into one of its blocks or as a new one."""
    choices = blocks.astype(np.int64) + 1
    rows = np.repeat(np.arange(len(masks)), choices)
    starts = np.repeat(np.cumsum(choices) - choices, choices)
    slot = np.arange(len(rows)) - starts
    grown = masks[rows]
    grown[np.arange(len(rows)), slot] |= 1 << party
    return grown, blocks[rows] + (slot == blocks[rows])


def _evaluate(masks: np.ndarray, tables: _Tables) -> PartitionOutcomes:
    """R11 for every partition of a chunk at once (see :func:`elect_chair` for the scalar version)."""
    rows = np.arange(len(masks))
    sums = tables.votes[masks]
    a = sums.argmax(axis=1)
    s1 = sums[rows, a]
    lone_top = (sums == s1[:, None]).sum(axis=1) == 1
    sums[rows, a] = -1
    b = sums.argmax(axis=1)
    s2 = sums[rows, b]
    lone_second = (sums == s2[:, None]).sum(axis=1) == 1
    mask_a, mask_b = masks[rows, a], masks[rows, b]
    both = lone_top & (s1 > 2 * s2)
    split = lone_top & (s1 < 2 * s2)
    formand = np.where(lone_top, tables.first[mask_a], LOT)
    naestformand = np.where(both, tables.second[mask_a], np.where(split & lone_second, tables.first[mask_b], LOT))
    return PartitionOutcomes(
        masks, formand, naestformand, np.where(lone_top, mask_a, 0), both, np.where(both, mask_a, mask_b)
    )


def partition_outcomes(
    votes: Mapping[str, int], chunk_rows: int = CHUNK_ROWS, fixed: Sequence[Sequence[str]] = ()
) -> Iterator[PartitionOutcomes]:
    """Every set partition of the parties with its chair result, in chunks of about ``chunk_rows``.

    The ``fixed`` valgforbund are blocks of every partition and only the other parties are partitioned.
    Partitions are built as restricted-growth walks: the first free parties' partial partitions are
    expanded fully, then each group of them is completed and evaluated as one vectorised chunk.
    """
    values = list(votes.values())
    if not values or sum(values) <= 0:
        raise ValueError("scenarios need represented parties with votes")
    groups = fixed_groups(tuple(votes), fixed)
    grouped = {i for group in groups for i in group}
    free = [i for i in range(len(values)) if i not in grouped]
    tables = _Tables(values)
    memo: dict[tuple[int, int], int] = {}
    prefix_len = len(free)
    while prefix_len > 1 and partitions_of(prefix_len) * 4 > chunk_rows:
        prefix_len -= 1
    start = np.zeros((1, len(free) + len(groups)), dtype=np.int64)
    start[0, len(free) :] = [sum(1 << i for i in group) for group in groups]
    prefix = start, np.zeros(1, dtype=np.int64)
    for party in free[:prefix_len]:
        prefix = _extend(*prefix, party)
    weights = [_completions(len(free) - prefix_len, int(k), memo) for k in prefix[1]]
    first = 0
    while first < len(weights):
        stop, rows = first, 0
        while stop < len(weights) and (rows == 0 or rows + weights[stop] <= chunk_rows):
            rows += weights[stop]
            stop += 1
        chunk = prefix[0][first:stop], prefix[1][first:stop]
        for party in free[prefix_len:]:
            chunk = _extend(*chunk, party)
        yield _evaluate(chunk[0], tables)
        first = stop


@dataclass(frozen=True)
class BlocOutlook:
    """For one party: how it fares with one particular valgforbund, over every arrangement of the rest.

    ``others`` are the votes of all the other represented parties, ``rival`` those of the strongest list
    they can form against this bloc (as for :class:`Bloc`).
    """

    members: tuple[str, ...]
    votes: int
    scenarios: int
    formand: int
    naestformand: int
    lot: int
    others: int
    rival: int

    @property
    def formand_share(self) -> Fraction:
        return Fraction(self.formand, self.scenarios)

    @property
    def naestformand_share(self) -> Fraction:
        return Fraction(self.naestformand, self.scenarios)

    @property
    def short_of_formand(self) -> int:
        """Extra votes the bloc needs to take formand whatever the others do (above its rival); 0 if secured."""
        return max(0, self.rival + 1 - self.votes)

    @property
    def short_of_both(self) -> int:
        """Extra votes the bloc needs to take both posts whatever the others do (above twice its rival)."""
        return max(0, 2 * self.rival + 1 - self.votes)


@dataclass(frozen=True)
class Enumeration:
    """Counts over all valid partitions: posts per party, lots, and per-block tallies for outlooks.

    Blocks are keyed by their mask of parties. ``block_formand`` counts the partitions in which the block
    wins formand outright with its holder decided, ``block_both`` those in which it also wins næstformand
    (holder decided), ``block_second`` those in which it holds næstformand behind another list, and
    ``block_lot`` those containing it in which either post is left to a lot.
    """

    parties: tuple[str, ...]
    votes: tuple[int, ...]
    scenarios: int
    formand: Mapping[str, int]
    naestformand: Mapping[str, int]
    formand_lot: int
    naestformand_lot: int
    block_scenarios: Mapping[int, int]
    block_formand: Mapping[int, int]
    block_both: Mapping[int, int]
    block_second: Mapping[int, int]
    block_lot: Mapping[int, int]
    min_parties: int
    fixed: tuple[tuple[str, ...], ...]

    def outlook(self, party: str) -> tuple[BlocOutlook, ...]:
        """Every valgforbund ``party`` could be in (alone included), best prospects first."""
        index = self.parties.index(party)
        units = Units.of(dict(zip(self.parties, self.votes)), self.min_parties, self.fixed)
        total = sum(self.votes)
        found = []
        for mask, scenarios in self.block_scenarios.items():
            if not mask >> index & 1:
                continue
            members = _mask_members(mask)
            first, second = inner_posts([self.votes[i] for i in members])
            takes_first = first != LOT and members[first] == index
            takes_second = second != LOT and members[second] == index
            votes = sum(self.votes[i] for i in members)
            found.append(
                BlocOutlook(
                    tuple(self.parties[i] for i in members),
                    votes,
                    scenarios,
                    self.block_formand.get(mask, 0) if takes_first else 0,
                    (self.block_both.get(mask, 0) if takes_second else 0)
                    + (self.block_second.get(mask, 0) if takes_first else 0),
                    self.block_lot.get(mask, 0),
                    total - votes,
                    int(units.rivals[units.block(mask)]),
                )
            )
        return tuple(
            sorted(found, key=lambda o: (-o.formand_share, -o.naestformand_share, len(o.members), -o.votes, o.members))
        )


def _counts(values: np.ndarray, size: int) -> np.ndarray:
    return np.bincount(values.ravel(), minlength=size)


def _nonzero(counts: np.ndarray) -> dict[int, int]:
    return {int(m): int(counts[m]) for m in np.flatnonzero(counts) if m}


def enumerate_scenarios(
    votes: Mapping[str, int],
    min_parties: int = 2,
    progress: Callable[[int], None] | None = None,
    *,
    fixed: Sequence[Sequence[str]] = (),
) -> Enumeration:
    """Evaluate every partition into valgforbund of at least ``min_parties`` (R10) and count outcomes.

    The ``fixed`` valgforbund stay as they are in every partition. ``progress`` is called with the number
    of partitions examined after each chunk; they add up to ``partitions_of`` the free parties, since the
    walk visits the partitions with too small valgforbund too before it drops them.
    """
    units = Units.of(votes, min_parties, fixed)
    parties, values = tuple(votes), tuple(votes.values())
    n, size = len(parties), 1 << len(parties)
    block_size = np.array([m.bit_count() for m in range(size)], dtype=np.int64)
    formand, naestformand = np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64)
    blocks = {key: np.zeros(size, dtype=np.int64) for key in ("scenarios", "formand", "both", "second", "lot")}
    scenarios = formand_lot = naestformand_lot = 0
    for chunk in partition_outcomes(votes, fixed=units.fixed):
        sizes = block_size[chunk.masks]
        valid = ~((sizes > 1) & (sizes < min_parties)).any(axis=1)
        masks, f, nf, both = chunk.masks[valid], chunk.formand[valid], chunk.naestformand[valid], chunk.both[valid]
        second_block = chunk.naestformand_block[valid]
        scenarios += len(f)
        formand_lot += int((f == LOT).sum())
        naestformand_lot += int((nf == LOT).sum())
        formand += _counts(f[f != LOT], n)
        naestformand += _counts(nf[nf != LOT], n)
        blocks["scenarios"] += _counts(masks, size)
        blocks["formand"] += _counts(chunk.formand_block[valid][f != LOT], size)
        blocks["both"] += _counts(second_block[both & (nf != LOT)], size)
        blocks["second"] += _counts(second_block[~both & (nf != LOT)], size)
        blocks["lot"] += _counts(masks[(f == LOT) | (nf == LOT)], size)
        if progress:
            progress(len(chunk.masks))
    return Enumeration(
        parties,
        values,
        scenarios,
        {p: int(formand[i]) for i, p in enumerate(parties)},
        {p: int(naestformand[i]) for i, p in enumerate(parties)},
        formand_lot,
        naestformand_lot,
        _nonzero(blocks["scenarios"]),
        _nonzero(blocks["formand"]),
        _nonzero(blocks["both"]),
        _nonzero(blocks["second"]),
        _nonzero(blocks["lot"]),
        min_parties,
        units.fixed,
    )


def partitions_of(n: int, min_parties: int = 2) -> int:
    """How many partitions of ``n`` parties respect the valgforbund minimum (blocks of 1 or ≥ min)."""
    counts = [1]
    for m in range(1, n + 1):
        counts.append(sum(comb(m - 1, k - 1) * counts[m - k] for k in range(1, m + 1) if k == 1 or k >= min_parties))
    return counts[n]


def scenario_count(votes: Mapping[str, int], min_parties: int = 2, fixed: Sequence[Sequence[str]] = ()) -> int:
    """How many scenarios there are: the valid partitions of the parties outside the ``fixed`` valgforbund."""
    grouped = sum(len(group) for group in fixed_groups(tuple(votes), fixed, min_parties))
    return partitions_of(len(votes) - grouped, min_parties)
