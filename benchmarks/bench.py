"""`nox -s bench`: what isolation costs, measured in one run on this machine.

1. `katas check chapter8 --exercises solutions` (every attempt in a confined worker process)
   against a bare in-process `pytest` run of the same checks with the references (no isolation).
2. A one-kata re-check in a warm process (as watch mode does): the second `runner.run`.
Timings are wall-clock medians of a few alternating repeats; compare ratios, not absolute numbers.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
REPEATS = 3


def wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return elapsed


def paired_medians(a: list[str], b: list[str]) -> tuple[float, float]:
    """Median wall times of two commands run alternately, so both see the same machine load."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(REPEATS):
        times[0].append(wall(a))
        times[1].append(wall(b))
    return statistics.median(times[0]), statistics.median(times[1])


def warm_recheck(target: str) -> tuple[float, float]:
    from katas import runner
    from katas.catalog import load_catalog

    catalog = load_catalog(ROOT)
    katas = catalog.select([target])
    times = []
    for _ in range(REPEATS + 1):
        start = time.perf_counter()
        record = runner.run(catalog, katas, ROOT / "solutions")
        times.append(time.perf_counter() - start)
        assert record.all_passed, record.to_json()[:2000]
    return times[0], statistics.median(times[1:])


def main() -> None:
    console = Console()
    chapter = sys.argv[1] if len(sys.argv) > 1 else "chapter8"
    folder = {"chapter8": "ch08_regression"}.get(chapter, chapter)
    with tempfile.TemporaryDirectory() as tmp:
        ours, bare = paired_medians(
            [sys.executable, "-m", "katas.cli", "check", chapter, "--exercises", "solutions",
             "--json", f"{tmp}/record.json"],
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"tests/katas/{folder}"])
    first, warm = warm_recheck("ch08/ridge")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    table = Table(title=f"katas bench ({REPEATS} alternating repeats, median wall-clock seconds; "
                        f"load average {load})")
    table.add_column("measurement")
    table.add_column("seconds", justify="right")
    table.add_row(f"katas check {chapter} --exercises solutions (isolated)", f"{ours:.2f}")
    table.add_row(f"bare in-process pytest tests/katas/{folder}", f"{bare:.2f}")
    table.add_row("[bold]ratio isolated / bare[/bold] (target <= 1.3)", f"[bold]{ours / bare:.2f}")
    table.add_row("one-kata check ch08/ridge, first run in a process", f"{first:.2f}")
    table.add_row("[bold]one-kata re-check ch08/ridge, warm[/bold] (target < 1 s)", f"[bold]{warm:.2f}")
    console.print(table)


if __name__ == "__main__":
    main()
