"""Start-up targets, as ratios and differences measured in one run (the machine is noisy: repeated, min and median).

1. ``kkrvalg --help`` within 2× the wall time of ``python -c "import typer"``.
2. ``uv run kkrvalg --help`` at most 0.15 s above the installed script (nothing slow or chatty on every ``uv run``).
3. ``kkrvalg allocate`` on the bundled official workbook (``data/kv2025_kkr.xlsx``) within 1.5× reading that
   workbook with plain openpyxl (``read_only``, every row of every sheet).

Each command is a fresh process, as a user starts it, and the commands run in turn so a busy moment falls on all
of them alike. ``--before REV`` measures ``--help`` and ``allocate`` of an older commit of kkrvalg too (its source
unpacked to a temporary folder, run with this environment).

    uv run python benchmarks/startup.py [--repeat 7] [--before REV]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORKBOOK = ROOT / "data" / "kv2025_kkr.xlsx"
READ = """
import sys
from openpyxl import load_workbook
book = load_workbook(sys.argv[1], read_only=True, data_only=True)
for sheet in book.worksheets:
    for _ in sheet.iter_rows(values_only=True):
        pass
"""
RUN_FROM = "import sys; sys.path.insert(0, sys.argv.pop(1)); from kkrvalg.cli import main; main()"


def wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - start


def measure(commands: dict[str, list[str]], repeat: int) -> dict[str, list[float]]:
    """Every command ``repeat`` times, interleaved, after one round that warms the file cache."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():
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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--before", help="an older commit to measure the same way")
    options = parser.parse_args()
    python = sys.executable
    script = str(Path(python).with_name("kkrvalg"))
    uv = shutil.which("uv")
    with tempfile.TemporaryDirectory() as scratch:
        commands = {
            "import typer": [python, "-c", "import typer"],
            "openpyxl read": [python, "-c", READ, str(WORKBOOK)],
            "kkrvalg --help": [script, "--help"],
            "allocate": [script, "allocate", str(WORKBOOK)],
        }
        if uv:
            commands["uv run kkrvalg --help"] = [uv, "run", "--quiet", "kkrvalg", "--help"]
        if options.before:
            older = [python, "-c", RUN_FROM, str(unpack(options.before, Path(scratch)))]
            commands[f"--help ({options.before})"] = [*older, "--help"]
            commands[f"allocate ({options.before})"] = [*older, "allocate", str(WORKBOOK)]
        times = measure(commands, options.repeat)
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"{'command':<28} {'min s':>7} {'median s':>9}")
    for name, values in times.items():
        print(f"{name:<28} {min(values):7.3f} {median[name]:9.3f}")
    help_ratio = median["kkrvalg --help"] / median["import typer"]
    run_ratio = median["allocate"] / median["openpyxl read"]
    print(f"kkrvalg --help ÷ import typer: {help_ratio:.2f}× (target ≤ 2)")
    print(f"allocate ÷ openpyxl read of the bundled workbook: {run_ratio:.2f}× (target ≤ 1.5)")
    if uv:
        extra = median["uv run kkrvalg --help"] - median["kkrvalg --help"]
        print(f"uv run kkrvalg --help − kkrvalg --help: {extra:+.3f} s (target ≤ 0.15 s)")


if __name__ == "__main__":
    main()
