"""Benchmark of ``kkrvalg scenarios`` (R12) against a straightforward baseline, measured in the same run.

Run with ``uv run python benchmarks/scenarios.py``. For n = 10, 11 and 12 represented parties it times
the full enumeration of set partitions into valgforbund, and a baseline that walks the partitions one by
one and evaluates each with votelib's d'Hondt (between lists, then inside the winning valgforbund). The
baseline's evaluation is timed on an evenly spread sample of partitions and extrapolated to all of them
(generating the partitions is not counted against it), which the output says. It
also times the guaranteed-bloc analysis over subsets for n = 16. Targets (from the issue): n = 12 in at
most 10 s and at least 20 times faster than the baseline; subsets for n = 16 in at most 1 s.
"""

from __future__ import annotations

import argparse
import random
import time
from itertools import islice

from kkrvalg.engine.scenarios import enumerate_scenarios, guaranteed, partitions_of
from votelib.evaluate.proportional import HighestAverages

DHONDT = HighestAverages("d_hondt")


def realistic_votes(n: int, rng: random.Random) -> dict[str, int]:
    """Vote totals shaped like a KKR's: a few large parties and a tail of small ones."""
    return {f"P{i:02d}": rng.randint(5_000, 200_000) // (1 + i // 3) for i in range(n)}


def set_partitions(items: list[str]):
    if not items:
        yield []
        return
    first, rest = items[0], items[1:]
    for partition in set_partitions(rest):
        yield [(first,), *partition]
        for i in range(len(partition)):
            yield [*partition[:i], (first, *partition[i]), *partition[i + 1 :]]


def baseline_outcome(votes: dict[str, int], partition: list[tuple[str, ...]]) -> tuple[str, str]:
    """Formand and næstformand of one partition by votelib: one seat, then two, then inside the winners."""
    pooled = {"+".join(block): sum(votes[p] for p in block) for block in partition}
    blocks = {"+".join(block): block for block in partition}
    first = DHONDT.evaluate(pooled, 1)
    formand_list = next(k for k, v in first.items() if v)
    two = DHONDT.evaluate(pooled, 2)
    naest_list = next(k for k, v in two.items() if v - first.get(k, 0) > 0)
    holders = []
    for seat, key in ((1, formand_list), (2 if naest_list == formand_list else 1, naest_list)):
        members = {p: votes[p] for p in blocks[key]}
        inner_one = DHONDT.evaluate(members, 1)
        if seat == 1:
            holders.append(next(k for k, v in inner_one.items() if v))
        else:
            inner_two = DHONDT.evaluate(members, 2)
            holders.append(next(k for k, v in inner_two.items() if v - inner_one.get(k, 0) > 0))
    return holders[0], holders[1]


def time_baseline(votes: dict[str, int], sample: int) -> tuple[float, int]:
    """Seconds spent evaluating an evenly spread sample of partitions (their generation is not timed)."""
    step = max(1, partitions_of(len(votes)) // sample)
    spent, done = 0.0, 0
    for partition in islice(set_partitions(list(votes)), 0, None, step):
        start = time.perf_counter()
        baseline_outcome(votes, partition)
        spent += time.perf_counter() - start
        done += 1
    return spent, done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=20_000, help="baseline partitions timed per n")
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    print(f"{'n':>3} {'partitions':>11} {'kkrvalg s':>10} {'baseline s':>11} {'ratio':>7}  note")
    for n in (10, 11, 12):
        votes = realistic_votes(n, rng)
        total = partitions_of(n)
        start = time.perf_counter()
        result = enumerate_scenarios(votes)
        ours = time.perf_counter() - start
        assert result.scenarios == total
        spent, done = time_baseline(votes, args.sample)
        baseline = spent / done * total
        note = "baseline measured on all" if done == total else f"baseline extrapolated from {done:,} partitions"
        target = "  (target: <= 10 s and >= 20x)" if n == 12 else ""
        print(f"{n:>3} {total:>11,} {ours:>10.2f} {baseline:>11.1f} {baseline / ours:>6.0f}x  {note}{target}")
    votes = realistic_votes(16, rng)
    start = time.perf_counter()
    formand, both = guaranteed(votes, 1), guaranteed(votes, 2)
    subsets = time.perf_counter() - start
    print(
        f"subsets n=16: {subsets:.2f} s for {2**16:,} subsets "
        f"({len(formand)} minimal formand blocs, {len(both)} for both posts; target: <= 1 s)"
    )


if __name__ == "__main__":
    main()
