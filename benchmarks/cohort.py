"""Cohort grading benchmark (`nox -s bench` runs it after bench.py; also runnable alone):

    python benchmarks/cohort.py [--submissions 60] [--katas ch08/ridge,ch08/ols,ch08/batch_gd]

A generated cohort mixes references (solutions/), decoys (tests/decoys/) and untouched stubs. In
one run it times the naive baseline (one fresh `katas check` process, i.e. one pytest session, per
submission, one after the other) and `katas grade` on 1 and 2 workers without reuse, and on 2
workers with reuse of verdicts on byte-identical kata files (which a cohort of copies and stubs
has plenty of). Peak memory is the largest resident set of any process a measurement started
(getrusage RUSAGE_CHILDREN ru_maxrss, measured in a fresh wrapper process per measurement).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
WRAP = ("import resource, subprocess, sys, json; done = subprocess.run(sys.argv[1:], capture_output=True, "
        "text=True); print(json.dumps([done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN)"
        ".ru_maxrss, done.stdout[-1500:] + done.stderr[-1500:]]))")


def make_cohort(folder: Path, katas: list, size: int) -> None:
    """Submission i: the references, a decoy, or the stubs, by i % 3 (decoys cycle per kata)."""
    from katas.decoys import materialise

    for i in range(size):
        learner = folder / f"learner{i:03d}"
        for kata in katas:
            reference = kata.reference_path(ROOT).read_text(encoding="utf-8")
            decoys = sorted(kata.decoys_dir(ROOT).glob("*.py"))
            decoy = materialise(reference, decoys[(i // 3) % len(decoys)].read_text(encoding="utf-8"))
            text = (reference, decoy, kata.stub_path(ROOT).read_text(encoding="utf-8"))[i % 3]
            (learner / kata.chapter).mkdir(parents=True, exist_ok=True)
            (learner / kata.chapter / kata.filename).write_text(text, encoding="utf-8")


def measure(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (MiB) of ``cmd`` and its descendants."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", WRAP, *cmd], capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - start
    code, rss_kib, tail = json.loads(done.stdout.strip().splitlines()[-1])
    if code not in (0, 1):  # `katas check` exits 1 when a check fails: expected for decoys
        sys.exit(f"{' '.join(cmd)} failed ({code}):\n{tail}")
    return elapsed, rss_kib // 1024


def main() -> None:
    from katas.catalog import load_catalog

    parser = argparse.ArgumentParser()
    parser.add_argument("--submissions", type=int, default=60)
    parser.add_argument("--katas", default="ch08/ridge,ch08/ols,ch08/batch_gd")
    args = parser.parse_args()
    katas = load_catalog(ROOT).select(args.katas.split(","))
    load = os.getloadavg()
    katas_cmd = [sys.executable, "-m", "katas.cli"]
    rows = []
    with tempfile.TemporaryDirectory(prefix="katas-bench-") as tmp:
        work = Path(tmp)
        make_cohort(work / "subs", katas, args.submissions)
        assignment = work / "assignment.toml"
        assignment.write_text(f'title = "bench"\nkatas = {json.dumps([k.id for k in katas])}\n')
        naive_s, naive_rss = 0.0, 0
        for learner in sorted((work / "subs").iterdir()):
            seconds, rss = measure([*katas_cmd, "check", *(k.id for k in katas), "--exercises", str(learner)])
            naive_s, naive_rss = naive_s + seconds, max(naive_rss, rss)
        rows.append(("naive: one fresh `katas check` process per submission", naive_s, naive_rss))
        for label, extra in (("katas grade, 1 worker, no reuse", ["--workers", "1", "--no-reuse"]),
                             ("katas grade, 2 workers, no reuse", ["--workers", "2", "--no-reuse"]),
                             ("katas grade, 2 workers, reuse identical files", ["--workers", "2"])):
            book = work / f"{len(rows)}.sqlite"
            seconds, rss = measure([*katas_cmd, "grade", str(assignment), str(work / "subs"),
                                    "--gradebook", str(book), "--out", str(work / f"out{len(rows)}"), *extra])
            rows.append((label, seconds, rss))
    n, names = args.submissions, ", ".join(k.id for k in katas)
    table = Table(title=f"cohort grading: {n} submissions x {len(katas)} katas ({names}); {os.cpu_count()} "
                        f"cores, load average before {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    for column in ("measurement", "seconds", "submissions/s", "x naive", "peak RSS MiB"):
        table.add_column(column, justify="left" if column == "measurement" else "right")
    for label, seconds, rss in rows:
        table.add_row(label, f"{seconds:.1f}", f"{n / seconds:.3f}", f"{naive_s / seconds:.2f}", str(rss))
    console = Console()
    console.print(table)
    one, two, reused = rows[1][1], rows[2][1], rows[3][1]
    console.print(f"speed-up of the second worker (no reuse): {one / two:.2f}x (target >= 1.8); "
                  f"throughput vs naive: {naive_s / two:.2f}x without reuse, {naive_s / reused:.2f}x "
                  "with reuse (target >= 5); load average after "
                  + " ".join(f"{x:.2f}" for x in os.getloadavg()))

if __name__ == "__main__":
    main()
