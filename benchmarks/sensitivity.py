"""What saying which assumptions matter costs: ``allocate`` with the sensitivity check against ``allocate`` without it.

Target: the whole ``kkrvalg allocate`` on the bundled official workbook, which re-runs the engine once per
alternative of each uncertain setting, within 2× the same command without the check. Measured in one run, as
ratios, in fresh processes (start-up included, as a user starts it) and in process (the calculation alone);
repeated, min and median, because the machine is noisy.

    uv run python benchmarks/sensitivity.py [--repeat 7]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORKBOOK = ROOT / "data" / "kv2025_kkr.xlsx"
COMMAND = """
import sys
from kkrvalg import pipeline
if sys.argv.pop(1) == "without":
    calculate = pipeline.calculate
    pipeline.calculate = lambda *args, **options: calculate(*args, **options, sensitivity=False)
from kkrvalg.cli import main
main()
"""


def wall(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True)
    return time.perf_counter() - start


def in_process(repeat: int) -> tuple[list[float], list[float]]:
    """Seconds of the calculation alone, with and without the check, on the loaded workbook."""
    sys.path.insert(0, str(ROOT))
    from kkrvalg.io.load import load
    from kkrvalg.pipeline import calculate

    data = load(WORKBOOK)
    with_check, without = [], []
    for _ in range(repeat):
        for times, check in ((with_check, True), (without, False)):
            start = time.perf_counter()
            calculate(data, sensitivity=check)
            times.append(time.perf_counter() - start)
    return with_check, without


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    repeat = parser.parse_args().repeat
    args = ["allocate", str(WORKBOOK), "--format", "json"]
    ratios = []
    for _ in range(repeat):  # paired, in turn, so a drifting machine moves both alike
        checked = wall([sys.executable, "-c", COMMAND, "with", *args])
        plain = wall([sys.executable, "-c", COMMAND, "without", *args])
        ratios.append(checked / plain)
    shown = f"min {min(ratios):.2f}×, median {statistics.median(ratios):.2f}×"
    print(f"allocate with ÷ without the check (fresh processes): {shown}")
    checked, plain = in_process(repeat)
    print(
        f"the calculation alone: with {min(checked) * 1000:.0f}/{statistics.median(checked) * 1000:.0f} ms, "
        f"without {min(plain) * 1000:.0f}/{statistics.median(plain) * 1000:.0f} ms (min/median)"
    )
    print("target: at most 2× (fresh processes)")


if __name__ == "__main__":
    main()
