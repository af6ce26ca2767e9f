"""Long-running modes: `katas watch` (re-check on save) and `katas interview` (timed session)."""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from rich.console import Console
from rich.text import Text
from watchfiles import watch

from katas import runner, term
from katas.catalog import Catalog, Kata
from katas.progress import Progress, now


def changed_katas(changes: set, katas: list[Kata], exercises: Path) -> list[Kata]:
    paths = {Path(p).resolve() for _, p in changes}
    return [k for k in katas if (exercises / k.chapter / k.filename).resolve() in paths]


def watch_katas(catalog: Catalog, katas: list[Kata], exercises: Path, console: Console,
                *, stop_after: int | None = None) -> int:
    """Check the target once, then re-check each kata whose file is saved, until Ctrl-C."""
    progress = Progress(catalog.root)
    failing: dict[str, list[str]] = {}  # kata id -> checks that failed in its last full check

    def header(text: str) -> None:
        console.clear()
        console.print(Text(f"katas watch · {text} · {datetime.now():%H:%M:%S}", style="bold"))

    def failing_first(selected: list[Kata]) -> None:
        """Re-run only the checks that failed last time, for feedback in a fraction of the full
        check's time; the full check follows (a fix can break another check)."""
        again = {k.id: failing[k.id] for k in selected if failing.get(k.id)}
        if not again:
            return
        record = runner.run(catalog, [k for k in selected if k.id in again], exercises, checks=again)
        header("the checks that failed last time")
        term.checks_only(record, console)
        console.print(Text("Running all the checks...", style="dim"))

    def check(selected: list[Kata]) -> None:
        record = runner.run(catalog, selected, exercises)
        progress.record(record)
        for kata in record.katas:
            names = [c.name for c in kata.checks if c.status != "pass"]
            failing[kata.id] = names if 0 < len(names) < len(kata.checks) else []
        latest = progress.latest()
        done = sum(latest.get(k.id, ("",))[0] == "passed" for k in katas)
        header(f"{done}/{len(katas)} passed")
        term.report(record, console)
        console.print(Text("Save a file to re-check it; Ctrl-C to stop.", style="dim"))

    rounds = 0
    try:
        check(katas)
        for changes in watch(exercises, debounce=150, step=50,
                             watch_filter=lambda _, path: path.endswith(".py")):
            selected = changed_katas(changes, katas, exercises)
            if selected:
                failing_first(selected)
                check(selected)
                rounds += 1
                if stop_after is not None and rounds >= stop_after:
                    break
    except KeyboardInterrupt:
        console.print("\nStopped watching.")
    return 0


@dataclass
class InterviewKata:
    kata: Kata
    passed_after_s: float | None = None
    checks_passed: int = 0
    checks: int = 0
    attempts: int = 0
    history: list[dict] = field(default_factory=list)


def interview(catalog: Catalog, exercises: Path, console: Console, *, minutes: float, count: int,
              level: int | None, seed: int | None) -> int:
    """A timed session: draw katas, show their statements, grade on save without revealing hidden
    inputs, stop at the deadline, and write a report (Markdown and JSON) to .katas/interviews/."""
    seed = seed if seed is not None else random.SystemRandom().randrange(2**31)
    pool = [k for k in catalog.katas if level is None or k.difficulty == level]
    if not pool:
        console.print("No kata matches that level.")
        return 2
    chosen = [InterviewKata(k) for k in random.Random(seed).sample(pool, min(count, len(pool)))]
    progress = Progress(catalog.root)
    started_at, start = now(), time.monotonic()
    deadline = start + minutes * 60
    console.print(Text(f"Interview: {len(chosen)} kata(s), {minutes:g} minutes, seed {seed}. "
                       "No hints; hidden inputs are not shown. Save a file to grade it.",
                       style="bold"))
    for item in chosen:
        stub = item.kata.stub_path(catalog.root).relative_to(catalog.root)
        console.rule(f"{item.kata.id} — {item.kata.title}  ({stub})")
        console.print(_statement(item.kata, catalog.root))
    by_id = {i.kata.id: i for i in chosen}
    try:
        for changes in watch(exercises, debounce=150, step=50, rust_timeout=500,
                             yield_on_timeout=True,
                             watch_filter=lambda _, path: path.endswith(".py")):
            if time.monotonic() >= deadline:
                console.print(Text("Time is up.", style="bold yellow"))
                break
            selected = changed_katas(changes, [i.kata for i in chosen], exercises)
            if not selected:
                continue
            record = runner.run(catalog, selected, exercises)
            progress.record(record)
            elapsed = time.monotonic() - start
            for result in record.katas:
                item = by_id[result.id]
                item.attempts += 1
                item.checks = len(result.checks)
                item.checks_passed = sum(c.status == "pass" for c in result.checks)
                item.history.append({"at_s": round(elapsed, 1), "status": result.status,
                                     "checks_passed": item.checks_passed})
                if result.status == "passed" and item.passed_after_s is None:
                    item.passed_after_s = round(elapsed, 1)
            term.report(record, console, brief=True)
            left = max(0, deadline - time.monotonic())
            console.print(Text(f"{left / 60:.1f} minutes left", style="dim"))
            if all(i.passed_after_s is not None for i in chosen):
                console.print(Text("Every kata passes.", style="bold green"))
                break
    except KeyboardInterrupt:
        console.print("\nInterview stopped.")
    report = _write_report(catalog.root, chosen, seed, minutes, started_at,
                           time.monotonic() - start, progress)
    console.print(f"Report: {report.relative_to(catalog.root)} (and .json)")
    return 0


def _statement(kata: Kata, root: Path) -> str:
    import ast

    return ast.get_docstring(ast.parse(kata.stub_path(root).read_text(encoding="utf-8"))) or ""


def _write_report(root: Path, chosen: list[InterviewKata], seed: int, minutes: float,
                  started_at: str, elapsed_s: float, progress: Progress) -> Path:
    hints = {i.kata.id: progress.db.execute(
        "SELECT COUNT(*) FROM hints WHERE kata = ? AND at >= ?", (i.kata.id, started_at)
    ).fetchone()[0] for i in chosen}
    data = {
        "started": started_at, "minutes": minutes, "seed": seed, "elapsed_s": round(elapsed_s, 1),
        "katas": [{"id": i.kata.id, "title": i.kata.title, "difficulty": i.kata.difficulty,
                   "passed_after_s": i.passed_after_s, "checks_passed": i.checks_passed,
                   "checks": i.checks, "gradings": i.attempts, "hints_used": hints[i.kata.id],
                   "history": i.history} for i in chosen],
    }
    folder = progress.folder / "interviews"
    folder.mkdir(exist_ok=True)
    stem = folder / f"interview-{datetime.now():%Y%m%d-%H%M%S}"
    stem.with_suffix(".json").write_text(json.dumps(data, indent=2))
    lines = [f"# Interview report — {started_at}", "",
             f"{len(chosen)} kata(s), {minutes:g} minutes, seed {seed}, "
             f"{elapsed_s / 60:.1f} minutes used.", "",
             "| kata | level | passed after | checks passed | gradings | hints |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for k in data["katas"]:
        passed = f"{k['passed_after_s'] / 60:.1f} min" if k["passed_after_s"] is not None else "—"
        lines.append(f"| {k['id']} — {k['title']} | {k['difficulty']} | {passed} | "
                     f"{k['checks_passed']}/{k['checks']} | {k['gradings']} | "
                     f"{k['hints_used'] or 'none'} |")
    stem.with_suffix(".md").write_text("\n".join(lines) + "\n")
    return stem.with_suffix(".md")
