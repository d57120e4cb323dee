"""Benchmark of ``kkrvalg scenarios`` (R12): counting against the enumeration, measured in one run.

Run with ``uv run python benchmarks/scenarios.py``. The machine is noisy, so every time is measured
``--repeat`` times and shown as min/median seconds. For n represented parties with realistic votes:

* counting, n = 10…16: the wall time of a fresh ``python -c`` process that imports kkrvalg and counts
  (Python start-up included, numba's compile cache warm), and the time of ``count_scenarios`` alone;
* enumeration, n = 10…13: ``enumerate_scenarios`` in process (checked equal to the counting), and how
  many times slower it is than counting in a fresh process and than counting alone;
* votelib baseline, n = 10…12: each partition evaluated one by one with votelib's d'Hondt, timed on an
  evenly spread sample and extrapolated (walking the partitions to sample them is not timed);
* a fresh process counting 16 parties and one party's outlook; a cold start, numba compiling into an
  empty cache; the guaranteed blocs (subsets) for 16 parties.

Targets: 16 parties counted in at most 10 s in a fresh process, with one party's outlook in at most 15 s;
at 13 parties counting at least 8 times faster than the enumeration; subsets for 16 parties in at most 1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path

from kkrvalg.engine.counting import count_scenarios
from kkrvalg.engine.scenarios import enumerate_scenarios, guaranteed, partitions_of
from votelib.evaluate.proportional import HighestAverages

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from partitions import set_partitions  # noqa: E402  (the tests' copy of the textbook recursion)

DHONDT = HighestAverages("d_hondt")

CHILD = """
import json, sys
from kkrvalg.engine.counting import count_scenarios
votes = json.loads(sys.argv[1])
result = count_scenarios(votes)
if sys.argv[2] == "outlook":
    result.outlook(next(iter(votes)))
"""


def realistic_votes(n: int, rng: random.Random) -> dict[str, int]:
    """Vote totals shaped like a KKR's: a few large parties and a tail of small ones."""
    return {f"P{i:02d}": rng.randint(5_000, 200_000) // (1 + i // 3) for i in range(n)}


def timed(repeat: int, run: Callable, *args: object) -> tuple[list[float], object]:
    """The seconds of ``repeat`` calls of ``run(*args)``, and what the last one returned."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = run(*args)
        times.append(time.perf_counter() - start)
    return times, result


def fresh_process(votes: dict[str, int], mode: str = "count", env: dict[str, str] | None = None) -> None:
    subprocess.run([sys.executable, "-c", CHILD, json.dumps(votes), mode], check=True, env=env)


def cold_process(votes: dict[str, int]) -> None:
    """A fresh process whose numba cache is empty, so that it compiles the kernels first."""
    with tempfile.TemporaryDirectory() as cache:
        fresh_process(votes, env=os.environ | {"NUMBA_CACHE_DIR": cache})


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


def baseline_seconds(votes: dict[str, int], sample: int) -> float:
    """votelib's time for all partitions, from an evenly spread sample (their generation is not timed)."""
    step = max(1, partitions_of(len(votes)) // sample)
    spent, done = 0.0, 0
    for partition in islice(set_partitions(list(votes)), 0, None, step):
        start = time.perf_counter()
        baseline_outcome(votes, partition)
        spent += time.perf_counter() - start
        done += 1
    return spent / done * partitions_of(len(votes))


def spread(times: list[float]) -> str:
    return f"{min(times):6.2f}/{statistics.median(times):<6.2f}"


def summary(what: str, times: list[float], limit: float | None = None) -> str:
    line = f"{what:<48} min {min(times):5.2f} s, median {statistics.median(times):5.2f} s"
    if limit is not None:
        line += f"; target <= {limit:g} s: {'met' if statistics.median(times) <= limit else 'MISSED'} (median)"
    return line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="measurements per time (min/median shown)")
    parser.add_argument("--sample", type=int, default=20_000, help="baseline partitions timed per n")
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    votes_for = {n: realistic_votes(n, rng) for n in range(10, 17)}
    fresh_process(votes_for[10])  # fills numba's cache if this checkout has never compiled the kernels
    count_scenarios(votes_for[10])
    print(f"seconds, min/median of {args.repeat}; 'process': a fresh python -c, start-up included")
    print(
        f"{'n':>3} {'scenarios':>14} | {'count process':>13} {'count alone':>13} | {'enumerate':>13}"
        f" {'x process':>9} {'x alone':>8} | {'votelib':>8}"
    )
    process_times, speedups = {}, {}
    for n, votes in votes_for.items():
        process, _ = timed(args.repeat, fresh_process, votes)
        process_times[n] = process
        alone, counted = timed(args.repeat, count_scenarios, votes)
        assert counted.scenarios == partitions_of(n)
        row = f"{n:>3} {partitions_of(n):>14,} | {spread(process)} {spread(alone)} |"
        if n <= 13:
            enumeration, enumerated = timed(args.repeat, enumerate_scenarios, votes)
            assert enumerated == counted
            by_process, by_alone = min(enumeration) / min(process), min(enumeration) / min(alone)
            row += f" {spread(enumeration)} {by_process:>8.1f}x {by_alone:>7.0f}x |"
            speedups[n] = statistics.median(enumeration) / statistics.median(process)
        else:
            row += f" {'':>13} {'':>9} {'':>8} |"
        if n <= 12:
            row += f" {baseline_seconds(votes, args.sample):>7.0f}s"
        print(row)
    print("(x: the enumeration's min over counting's min; votelib: extrapolated seconds for all partitions)")
    print()
    print(summary("count 16 parties, fresh process:", process_times[16], 10))
    with_outlook = timed(args.repeat, fresh_process, votes_for[16], "outlook")[0]
    print(summary("count 16 parties + one outlook, fresh process:", with_outlook, 15))
    print(f"{'13 parties, enumeration / fresh-process count:':<48} {speedups[13]:.0f}x (medians); target >= 8x")
    subsets = timed(args.repeat, guaranteed_both, votes_for[16])[0]
    print(summary("guaranteed blocs, both posts, 16 parties:", subsets, 1))
    print(summary("cold start (numba compiles), 10 parties:", timed(args.repeat, cold_process, votes_for[10])[0]))


def guaranteed_both(votes: dict[str, int]) -> None:
    guaranteed(votes, 1)
    guaranteed(votes, 2)


if __name__ == "__main__":
    main()
