"""Benchmark of ``kkrvalg import valgdk`` on a national-size valg.dk tree, against just ``json.loads``-ing its files.

Run with ``uv run python benchmarks/valgdk_import.py [--before 285e41c]``. It writes a tree shaped like KV2025's
into a temporary folder (the 98 municipalities, about 1 300 polling districts each released three times,
uncounted, preliminary and final, with lists of many candidates; one ``mandatfordeling`` per municipality; a
``.hash`` file beside each), then, in one run and repeated, times the importer's ``read_tree`` and a loop that
only reads and ``json.loads`` the same files (CPU seconds, ``time.process_time``). It measures the peak RSS
of a fresh subprocess doing each once, and of one running the whole command (workbook included).
``--before REV`` also measures ``kkrvalg/io/valgdk.py`` as it was at that git revision, on the same tree, and
checks that both give the same figures. Targets: the import in at most 2× the time of ``json.loads`` and at
most 150 MiB peak RSS.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ELECTION = "kommunalvalg-134-18-11-2025"
RELEASES = (
    ("IngenResultater", "18-11-2025", 20, 20),
    ("ForeløbigOptælling", "18-11-2025", 22, 23),
    ("Fintælling", "19-11-2025", 1, 9),
)


def build_tree(root: Path, districts: int, seed: int) -> Path:
    """A national-size tree under ``root``: 6–16 lists of 5–34 candidates per municipality, 9–31 seats."""
    sys.path.insert(0, str(ROOT / "tests"))
    from kkrvalg.io.reference import bundled_municipalities, bundled_parties

    from valgdk_shapes import district, seat_allocation, write

    rng = random.Random(seed)
    parties = sorted(bundled_parties().items())
    municipalities = bundled_municipalities()
    weights = [rng.lognormvariate(0, 0.8) for _ in municipalities]
    tree = root / "data" / ELECTION
    for m, weight in zip(municipalities, weights):
        lists = rng.sample(parties, min(len(parties), rng.randint(6, 16)))
        popularity = [rng.paretovariate(1.2) for _ in lists]
        candidates = {letter: rng.randint(5, 34) for letter, _ in lists}
        totals = dict.fromkeys(candidates, 0)
        for number in range(1, max(1, round(weight * districts / sum(weights))) + 1):
            valid = rng.randint(600, 3500)
            votes = [(letter, name, int(valid * p / sum(popularity))) for (letter, name), p in zip(lists, popularity)]
            for letter, _, v in votes:
                totals[letter] += v
            for kind, day, first_hour, last_hour in RELEASES:
                released = f"{day} {rng.randint(first_hour, last_hour):02d}:{rng.randint(0, 59):02d}:00"
                document = district(
                    m.code, m.name, number, votes, released=released, result_kind=kind, candidates=candidates
                )
                write(tree, document)
        write(tree, seat_allocation(m.code, m.name, dhondt(lists, totals, rng.choice((9, 15, 19, 21, 25, 27, 31)))))
    return tree


def dhondt(lists: list[tuple[str, str]], votes: dict[str, int], seats: int) -> list[tuple[str, str, int]]:
    """Plausible seats for the mandatfordeling (ties and list alliances do not matter here)."""
    won = dict.fromkeys(votes, 0)
    for _ in range(seats):
        best = max(votes, key=lambda letter: votes[letter] / (won[letter] + 1))
        won[best] += 1
    return [(letter, name, won[letter]) for letter, name in lists]


def importer(before: str | None) -> Callable:
    """``read_tree`` of the working tree, or of ``kkrvalg/io/valgdk.py`` at git revision ``before``."""
    import kkrvalg.io.valgdk

    if before is None:
        return kkrvalg.io.valgdk.read_tree
    source = subprocess.run(
        ["git", "show", f"{before}:kkrvalg/io/valgdk.py"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    path = Path(tempfile.mkdtemp()) / "valgdk_before.py"
    path.write_bytes(source)
    spec = importlib.util.spec_from_file_location("kkrvalg.io.valgdk_before", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.read_tree


def json_files(tree: Path) -> list[Path]:
    return sorted(p for folder in ("valgresultater", "mandatfordeling") for p in (tree / folder).rglob("*.json"))


def load_every_file(files: list[Path]) -> None:
    for path in files:
        json.loads(path.read_bytes())


def figures(imported) -> dict:
    """What the workbook is made of, to check that two importers agree."""
    return {
        code: (m.votes, {k: dict(v) for k, v in m.names.items()}, m.seats, m.districts, m.counted, m.final, m.ballots)
        for code, m in imported.municipalities.items()
    } | {"files": [(f.file, f.released, f.used) for f in imported.files], "warnings": imported.warnings}


def cpu_seconds(work: Callable[[], object]) -> tuple[float, object]:
    start = time.process_time()
    result = work()
    return time.process_time() - start, result


def child(mode: str, tree: Path, before: str | None) -> None:
    """Do one thing (an import, the whole command, or a pass of json.loads) and print the peak RSS in KiB."""
    from kkrvalg.io.reference import bundled_municipalities

    read_tree = importer(before)
    if mode == "import":
        read_tree(tree, bundled_municipalities())
    elif mode == "loads":
        load_every_file(json_files(tree))
    elif mode == "command":
        from kkrvalg.cli import app

        with tempfile.TemporaryDirectory() as folder:
            app(["import", "valgdk", str(tree), "-o", f"{folder}/stemmer.xlsx"], standalone_mode=False)
    print(peak_rss_kib())


def peak_rss_kib() -> int:
    """This process's peak RSS since it started (``VmHWM``; ``ru_maxrss`` would also count the parent's at fork)."""
    status = Path("/proc/self/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmHWM:")).split()[1])


def peak_rss_mib(mode: str, tree: Path, before: str | None) -> float:
    command = [sys.executable, __file__, "--child", mode, "--tree", str(tree)] + (
        ["--before", before] if before else []
    )
    return int(subprocess.run(command, capture_output=True, check=True, text=True).stdout) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--districts", type=int, default=1300)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--before", help="also measure the importer at this git revision, e.g. 285e41c")
    parser.add_argument("--child", choices=("import", "command", "loads", "idle"), help=argparse.SUPPRESS)
    parser.add_argument("--tree", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.tree, args.before)
        return
    from kkrvalg.io.reference import bundled_municipalities

    with tempfile.TemporaryDirectory() as folder:
        tree = build_tree(Path(folder), args.districts, args.seed)
        files = json_files(tree)
        size = sum(p.stat().st_size for p in files) / 2**20
        districts = len({p.name.rsplit("-", 1)[0] for p in files if p.parent.name == "valgresultater"})
        print(f"tree: {len(files):,} JSON files ({size:.0f} MiB), {districts:,} polling districts, 98 municipalities")
        importers = {"import": importer(None)} | (
            {f"import@{args.before}": importer(args.before)} if args.before else {}
        )
        seconds: dict[str, list[float]] = {"json.loads": [], **{name: [] for name in importers}}
        results = {}
        for _ in range(args.repeat):
            seconds["json.loads"].append(cpu_seconds(lambda: load_every_file(files))[0])
            for name, read_tree in importers.items():
                spent, results[name] = cpu_seconds(
                    lambda read_tree=read_tree: read_tree(tree, bundled_municipalities())
                )
                seconds[name].append(spent)
        if args.before:
            assert figures(results["import"]) == figures(results[f"import@{args.before}"]), "the importers disagree"
            print(f"import and import@{args.before} give the same figures, files and warnings")
        print(f"\n{'':<22} {'CPU s min':>9} {'median':>7} {'× loads min':>11} {'median':>7} {'peak RSS MiB':>13}")
        loads = seconds["json.loads"]
        for name, spent in seconds.items():
            ratios = [s / base for s, base in zip(spent, loads)]
            mode = "loads" if name == "json.loads" else "import"
            rss = peak_rss_mib(mode, tree, args.before if "@" in name else None)
            print(
                f"{name:<22} {min(spent):>9.2f} {statistics.median(spent):>7.2f} "
                f"{min(ratios):>11.2f} {statistics.median(ratios):>7.2f} {rss:>13.0f}"
            )
        for name, mode in (("whole import command", "command"), ("python + kkrvalg idle", "idle")):
            print(f"{name:<22} {'':>9} {'':>7} {'':>11} {'':>7} {peak_rss_mib(mode, tree, None):>13.0f}")
        print(f"\n{args.repeat} rounds; CPU seconds by time.process_time in this process; peak RSS (VmHWM) of a")
        print("fresh subprocess doing the same once. Targets: import ≤ 2× json.loads, peak RSS ≤ 150 MiB.")


if __name__ == "__main__":
    main()
