"""R12: what valgforbund can achieve in the chair election (R9–R11), before anyone has declared one.

Two analyses of the represented parties' votes:

* **Guaranteed** (over subsets): a bloc takes the formand post whatever the others do exactly when its
  votes exceed those of all the others together — the others' best reply is to unite — and both posts
  when they exceed twice that. Linear in the 2^n subsets, so instant for 16+ parties.
* **Enumeration** (over set partitions): every way the parties can split into valgforbund and lone lists,
  each evaluated as :func:`~kkrvalg.engine.chair.elect_chair` would. A KKR with 12 parties has 4 213 597
  partitions, so the walk is vectorised over numpy integer arrays: sums are exact int64, comparisons of
  ÷1 and ÷2 quotients are by multiplication, and every tie is detected (and counted as "by lot").

Parties are addressed by index (their order in the ``votes`` mapping) and blocks by bitmask.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from fractions import Fraction
from math import comb

import numpy as np

LOT = -1
"""Marks a post whose holder is decided by lot (R8) in a scenario."""

CHUNK_ROWS = 1 << 18


def inner_posts(member_votes: list[int]) -> tuple[int, int]:
    """R11 inside one list: the member (index) taking its first post, and its second if it wins both.

    d'Hondt on the members' own votes: the largest member first; the second post to the largest of the
    first member's ÷2 and the runner-up's ÷1. ``LOT`` where equal quotients leave it to a drawing.
    """
    ranked = sorted(range(len(member_votes)), key=lambda i: -member_votes[i])
    top = member_votes[ranked[0]]
    runner = member_votes[ranked[1]] if len(ranked) > 1 else 0
    if len(ranked) > 1 and runner == top:
        return LOT, LOT
    if top > 2 * runner:
        return ranked[0], ranked[0]
    if top < 2 * runner and (len(ranked) < 3 or member_votes[ranked[2]] != runner):
        return ranked[0], ranked[1]
    return ranked[0], LOT


def _mask_members(mask: int) -> list[int]:
    return [i for i in range(mask.bit_length()) if mask >> i & 1]


@dataclass(frozen=True)
class Bloc:
    """A set of parties that secures ``posts`` posts if it forms one valgforbund (or stands alone)."""

    members: tuple[str, ...]
    votes: int
    others: int
    posts: int
    formand: str | None
    naestformand: str | None

    @property
    def surplus(self) -> int:
        """Votes above the line: the bloc's votes minus ``posts`` × the rest's (the line is excluded)."""
        return self.votes - self.posts * self.others


def guaranteed(votes: Mapping[str, int], posts: int, min_parties: int = 2) -> tuple[Bloc, ...]:
    """The minimal blocs that take ``posts`` (1: formand, 2: both) whatever the other parties do.

    A bloc is a party alone or a valgforbund of at least ``min_parties`` (R10); it is minimal when no
    smaller bloc inside it secures the same. The largest-voted proper sub-bloc is checked, which suffices
    because securing is monotone in the bloc's votes.
    """
    names = list(votes)
    values = [votes[p] for p in names]
    total = sum(values)
    n = len(names)
    size = 1 << n
    sums, low, high = [0] * size, [0] * size, [0] * size
    for mask in range(1, size):
        bit = (mask & -mask).bit_length() - 1
        rest = mask & (mask - 1)
        v = values[bit]
        sums[mask] = sums[rest] + v
        low[mask] = min(low[rest], v) if rest else v
        high[mask] = max(high[rest], v) if rest else v

    def secures(bloc_votes: int) -> bool:
        return bloc_votes > posts * (total - bloc_votes)

    found = []
    for mask in range(1, size):
        count = mask.bit_count()
        if 1 < count < min_parties or not secures(sums[mask]):
            continue
        if count > 1:
            k = count - 1 if count - 1 >= min_parties or count == 2 else 1
            best_sub = sums[mask] - low[mask] if k == count - 1 else high[mask]
            if secures(best_sub):
                continue
        members = _mask_members(mask)
        first, second = inner_posts([values[i] for i in members])
        holder = {LOT: None} | {i: names[members[i]] for i in range(len(members))}
        found.append(
            Bloc(
                tuple(names[i] for i in members),
                sums[mask],
                total - sums[mask],
                posts,
                holder[first],
                holder[second] if posts == 2 else None,
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


def partition_outcomes(votes: Mapping[str, int], chunk_rows: int = CHUNK_ROWS) -> Iterator[PartitionOutcomes]:
    """Every set partition of the parties with its chair result, in chunks of about ``chunk_rows``.

    Partitions are built as restricted-growth walks: the first parties' partial partitions are expanded
    fully, then each group of them is completed and evaluated as one vectorised chunk.
    """
    values = list(votes.values())
    n = len(values)
    if n == 0 or sum(values) <= 0:
        raise ValueError("scenarios need represented parties with votes")
    tables = _Tables(values)
    memo: dict[tuple[int, int], int] = {}
    prefix_len = n
    while prefix_len > 1 and partitions_of(prefix_len) * 4 > chunk_rows:
        prefix_len -= 1
    prefix = np.zeros((1, n), dtype=np.int64), np.zeros(1, dtype=np.int64)
    for party in range(prefix_len):
        prefix = _extend(*prefix, party)
    weights = [_completions(n - prefix_len, int(k), memo) for k in prefix[1]]
    start = 0
    while start < len(weights):
        stop, rows = start, 0
        while stop < len(weights) and (rows == 0 or rows + weights[stop] <= chunk_rows):
            rows += weights[stop]
            stop += 1
        chunk = prefix[0][start:stop], prefix[1][start:stop]
        for party in range(prefix_len, n):
            chunk = _extend(*chunk, party)
        yield _evaluate(chunk[0], tables)
        start = stop


@dataclass(frozen=True)
class BlocOutlook:
    """For one party: how it fares with one particular valgforbund, over every arrangement of the rest."""

    members: tuple[str, ...]
    votes: int
    scenarios: int
    formand: int
    naestformand: int
    lot: int

    @property
    def formand_share(self) -> Fraction:
        return Fraction(self.formand, self.scenarios)

    @property
    def naestformand_share(self) -> Fraction:
        return Fraction(self.naestformand, self.scenarios)


@dataclass(frozen=True)
class Enumeration:
    """Counts over all valid partitions: posts per party, lots, and per-block tallies for outlooks."""

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

    def outlook(self, party: str) -> tuple[BlocOutlook, ...]:
        """Every valgforbund ``party`` could be in (alone included), best prospects first."""
        index = self.parties.index(party)
        found = []
        for mask, scenarios in self.block_scenarios.items():
            if not mask >> index & 1:
                continue
            members = _mask_members(mask)
            first, second = inner_posts([self.votes[i] for i in members])
            takes_first = first != LOT and members[first] == index
            takes_second = second != LOT and members[second] == index
            found.append(
                BlocOutlook(
                    tuple(self.parties[i] for i in members),
                    sum(self.votes[i] for i in members),
                    scenarios,
                    self.block_formand.get(mask, 0) if takes_first else 0,
                    (self.block_both.get(mask, 0) if takes_second else 0)
                    + (self.block_second.get(mask, 0) if takes_first else 0),
                    self.block_lot.get(mask, 0),
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
    votes: Mapping[str, int], min_parties: int = 2, progress: Callable[[int], None] | None = None
) -> Enumeration:
    """Evaluate every partition into valgforbund of at least ``min_parties`` (R10) and count outcomes.

    ``progress`` is called with the number of partitions examined after each chunk.
    """
    parties, values = tuple(votes), tuple(votes.values())
    n, size = len(parties), 1 << len(parties)
    block_size = np.array([m.bit_count() for m in range(size)], dtype=np.int64)
    formand, naestformand = np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64)
    blocks = {key: np.zeros(size, dtype=np.int64) for key in ("scenarios", "formand", "both", "second", "lot")}
    scenarios = formand_lot = naestformand_lot = 0
    for chunk in partition_outcomes(votes):
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
        *(_nonzero(blocks[key]) for key in ("scenarios", "formand", "both", "second", "lot")),
    )


def partitions_of(n: int, min_parties: int = 2) -> int:
    """How many partitions of ``n`` parties respect the valgforbund minimum (blocks of 1 or ≥ min)."""
    counts = [1]
    for m in range(1, n + 1):
        counts.append(sum(comb(m - 1, k - 1) * counts[m - k] for k in range(1, m + 1) if k == 1 or k >= min_parties))
    return counts[n]
