"""Start-up targets, as ratios measured in one run (the machine is noisy: repeated, min and median).

1. ``kkrvalg --help`` within 2× the wall time of ``python -c "import typer"``.
2. ``kkrvalg allocate`` on a 98-municipality workbook within 2× reading that workbook with plain openpyxl
   (``read_only``, every row of every sheet).

Each command is a fresh process, as a user starts it. ``--before REV`` measures the same against an older
commit of kkrvalg (its source unpacked to a temporary folder, run with this environment).

    uv run python benchmarks/startup.py [--repeat 7] [--before 285e41c]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kkrvalg.io.reference import bundled_municipalities, bundled_parties  # noqa: E402

READ = """
import sys
from openpyxl import load_workbook
book = load_workbook(sys.argv[1], read_only=True, data_only=True)
for sheet in book.worksheets:
    for _ in sheet.iter_rows(values_only=True):
        pass
"""
RUN_FROM = "import sys; sys.path.insert(0, sys.argv.pop(1)); from kkrvalg.cli import main; main()"


def national_workbook(path: Path) -> Path:
    """Every municipality with nine national lists, realistic vote sizes, seats and a mayor."""
    rng = random.Random(98)
    letters = list(bundled_parties())[:9]
    book = Workbook()
    votes = book.active
    votes.title = "stemmer"
    votes.append(["kommunekode", "kommune", "liste", "navn", "stemmer", "mandater"])
    mayors = book.create_sheet("borgmestre")
    mayors.append(["kommunekode", "kommune", "liste"])
    for m in bundled_municipalities():
        shares = [rng.randint(1, 30) ** 2 for _ in letters]
        total = rng.randint(8_000, 300_000)
        for letter, share in zip(letters, shares, strict=True):
            votes.append([m.code, m.name, letter, letter, total * share // sum(shares), share // 60])
        mayors.append([m.code, m.name, letters[shares.index(max(shares))]])
    book.save(path)
    return path


def wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure(commands: dict[str, list[str]], repeat: int) -> dict[str, list[float]]:
    """Every command ``repeat`` times, interleaved, so a busy moment falls on all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():  # warm the file cache once
        wall(command)
    for _ in range(repeat):
        for name, command in commands.items():
            times[name].append(wall(command))
    return times


def unpack(revision: str, folder: Path) -> Path:
    """The kkrvalg source of an older commit, to run with this environment."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "kkrvalg", "data"], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--before", help="an older commit to measure the same way")
    options = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as scratch:
        workbook = str(national_workbook(Path(scratch) / "kv98.xlsx"))
        versions = {"now": [python, "-c", RUN_FROM, str(ROOT)]}
        if options.before:
            versions[options.before] = [python, "-c", RUN_FROM, str(unpack(options.before, Path(scratch)))]
        commands = {"import typer": [python, "-c", "import typer"], "openpyxl read": [python, "-c", READ, workbook]}
        for version, kkrvalg in versions.items():
            commands[f"--help ({version})"] = [*kkrvalg, "--help"]
            commands[f"allocate ({version})"] = [*kkrvalg, "allocate", workbook]
        times = measure(commands, options.repeat)
    print(f"{'command':<26} {'min s':>7} {'median s':>9}   ratio (median)")
    for name, values in times.items():
        base = "import typer" if name.startswith("--help") else "openpyxl read" if name.startswith("allocate") else None
        ratio = statistics.median(values) / statistics.median(times[base]) if base else None
        shown = f"{ratio:5.2f}× {base}" if ratio else ""
        print(f"{name:<26} {min(values):7.3f} {statistics.median(values):9.3f}   {shown}")
    for version in versions:
        help_ratio = statistics.median(times[f"--help ({version})"]) / statistics.median(times["import typer"])
        run_ratio = statistics.median(times[f"allocate ({version})"]) / statistics.median(times["openpyxl read"])
        print(f"{version}: --help {help_ratio:.2f}× (target ≤ 2), allocate {run_ratio:.2f}× (target ≤ 2)")


if __name__ == "__main__":
    main()
