"""The flakiness audit: the checks against the reference, again and again, in fresh processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from katas.catalog import Kata


def schedule(n: int) -> list[tuple[int | None, str]]:
    """(Hypothesis seed, PYTHONHASHSEED) of each run: every seed twice, each time with its own hash
    seed, starting with the grading default (no seed: derandomised inputs)."""
    return [((i // 2) or None, str(101 + i)) for i in range(n)]


def flaky_audit(root: Path, katas: list[Kata], n: int, date: str) -> dict[str, dict]:
    """Per kata: runs, runs with a check that did not pass, the longest run, and each problem."""
    runs = [_run(root, katas, seed, hashseed) for seed, hashseed in schedule(n)]
    found: dict[str, dict] = {}
    for kata in katas:
        outcomes = [run.get(kata.id) for run in runs]
        problems: list[str] = []
        for (seed, hashseed), out in zip(schedule(n), outcomes, strict=True):
            where = f"seed {seed if seed is not None else 'default'}, PYTHONHASHSEED={hashseed}"
            if out is None:
                problems.append(f"{where}: no result (the run itself failed)")
                continue
            problems += [f"{where}: {name} {status}: {message[:200]}"
                         for name, (status, message) in out["checks"].items() if status != "pass"]
            if out["status"] != "passed" and all(s == "pass" for s, _ in out["checks"].values()):
                problems.append(f"{where}: the kata is {out['status']}: {out['message'][:200]}")
        for first, second in zip(outcomes[::2], outcomes[1::2], strict=False):
            if first and second and first["checks"] != second["checks"]:
                problems.append(f"seed {first['seed']}: two runs with the same seed disagree: "
                                f"{sorted(set(first['checks'].items()) ^ set(second['checks'].items()))}")
        failed = sum(out is None or out["status"] != "passed" for out in outcomes)
        found[kata.id] = {"runs": n, "failed_runs": failed, "problems": problems, "date": date,
                          "max_seconds": max((o["seconds"] for o in outcomes if o), default=0.0)}
    return found


def _run(root: Path, katas: list[Kata], seed: int | None, hashseed: str) -> dict[str, dict]:
    """One `katas check --exercises solutions` process; kata id -> its checks and duration."""
    with tempfile.TemporaryDirectory(prefix="katas-flaky-") as folder:
        out = Path(folder, "record.json")
        command = [sys.executable, "-m", "katas.cli", "check", *(k.id for k in katas),
                   "--exercises", str(root / "solutions"), "--json", str(out)]
        if seed is not None:
            command += ["--seed", str(seed)]
        env = {**os.environ, "PYTHONHASHSEED": hashseed, "KATAS_ROOT": str(root), "NO_COLOR": "1"}
        subprocess.run(command, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=False)
        if not out.exists():
            return {}
        record = json.loads(out.read_text(encoding="utf-8"))
    return {k["id"]: {"seed": seed, "seconds": k["duration_s"], "status": k["status"],
                      "message": k["message"],
                      "checks": {c["name"]: (c["status"], c["message"]) for c in k["checks"]}}
            for k in record["katas"]}
