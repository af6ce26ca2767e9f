"""The learner's commands besides `check`: list, hint, solution, reset, next, questions."""

from __future__ import annotations

import re
import shutil
from datetime import datetime

from rich.console import Console, Group
from rich.markup import escape
from rich.syntax import Syntax
from rich.table import Table
from rich.text import Text

from katas.catalog import Catalog, CatalogError, Kata
from katas.progress import Progress, pristine_stub

STATUS = {"passed": ("✓", "green"), "failed": ("✗", "red"), "not_attempted": ("·", "dim")}


def status_of(progress: Progress, kata: Kata) -> str:
    return progress.latest().get(kata.id, ("not_attempted", ""))[0]


def list_katas(catalog: Catalog, katas: list[Kata], console: Console) -> None:
    progress = Progress(catalog.root)
    latest = progress.latest()
    table = Table("", "kata", "title", "level", "guide questions", box=None, pad_edge=False)
    chapters: dict[str, list[bool]] = {}
    for kata in katas:
        status = latest.get(kata.id, ("not_attempted", ""))[0]
        glyph, style = STATUS.get(status, ("!", "red"))
        table.add_row(Text(glyph, style=style), kata.id, kata.title, "●" * kata.difficulty,
                      ", ".join(f"Q{q}" for q in kata.questions))
        chapters.setdefault(kata.chapter, []).append(status == "passed")
    console.print(table)
    bars = Table(box=None, show_header=False, pad_edge=False)
    for chapter, done in [*chapters.items(), ("overall", sum(chapters.values(), []))]:
        filled = round(30 * sum(done) / len(done)) if done else 0
        bars.add_row(chapter, Text("█" * filled + "░" * (30 - filled), style="green"),
                     f"{sum(done)}/{len(done)}")
    console.print(bars)


def hint(catalog: Catalog, kata: Kata, console: Console) -> None:
    progress = Progress(catalog.root)
    used = progress.hints_used(kata.id)
    level = min(used + 1, len(kata.hints))
    if used < len(kata.hints):
        progress.use_hint(kata.id, level)
    console.print(Text(f"Hint {level}/{len(kata.hints)} for {kata.id}:", style="bold"))
    console.print(kata.hints[level - 1])
    if level == len(kata.hints):
        console.print(Text("That is the last hint.", style="dim"))


def solution(catalog: Catalog, kata: Kata, console: Console, force: bool) -> int:
    progress = Progress(catalog.root)
    if progress.first_pass(kata.id) is None and not force:
        console.print(f"The reference for {kata.id} is shown once your attempt passes. "
                      "`katas solution --force` shows it now (and records that you looked).")
        return 1
    progress.reveal(kata.id, forced=progress.first_pass(kata.id) is None)
    console.print(Syntax(kata.reference_path(catalog.root).read_text(), "python",
                         theme="ansi_dark", line_numbers=True))
    return 0


def reset(catalog: Catalog, kata: Kata, console: Console) -> int:
    """Restore the stub; the learner's file is first copied to .katas/backups/."""
    path = kata.stub_path(catalog.root)
    stub = pristine_stub(catalog.root, path)
    if stub is None:
        raise CatalogError(f"cannot find the original stub of {kata.id} in git history")
    if path.exists() and path.read_text(encoding="utf-8") == stub:
        console.print(f"{path.relative_to(catalog.root)} is already the original stub.")
        return 0
    if path.exists():
        backups = Progress(catalog.root).folder / "backups" / kata.chapter
        backups.mkdir(parents=True, exist_ok=True)
        backup = backups / f"{kata.name}-{datetime.now():%Y%m%d-%H%M%S-%f}.py"
        shutil.copy2(path, backup)
        console.print(f"Your file was saved as {backup.relative_to(catalog.root)}")
    path.write_text(stub, encoding="utf-8")
    console.print(f"{path.relative_to(catalog.root)} is the original stub again.")
    return 0


def next_kata(catalog: Catalog, katas: list[Kata], console: Console) -> int:
    progress = Progress(catalog.root)
    for kata in katas:
        if status_of(progress, kata) != "passed":
            console.print(Text(f"Next: {kata.id} — {kata.title}", style="bold"))
            console.print(f"  statement and stub: {kata.stub_path(catalog.root).relative_to(catalog.root)}")
            console.print(f"  check it:           katas check {kata.id}")
            return 0
    console.print("Every selected kata passes. Well done!")
    return 0


def questions(catalog: Catalog, spec: str | None, console: Console) -> int:
    """Which kata covers each guide question, and whether it is passed."""
    lo, hi = _question_range(spec)
    progress = Progress(catalog.root)
    by_question: dict[int, list] = {}
    for kata in catalog.katas:
        for q in kata.questions:
            by_question.setdefault(q, []).append(kata)
    concepts = {c.question: c for c in catalog.concepts}
    table = Table("Q", "kind", "kata", "status", box=None, pad_edge=False)
    for q in sorted(set(by_question) | set(concepts)):
        if not lo <= q <= hi:
            continue
        if q in by_question and q not in concepts:
            for kata in by_question[q]:
                status = status_of(progress, kata)
                glyph, style = STATUS.get(status, ("!", "red"))
                table.add_row(f"Q{q}", "code", kata.id, Text(f"{glyph} {status}", style=style))
        else:
            c = concepts[q]
            carried = f"claims checked in {c.carried_by}" if c.carried_by else "nothing to check"
            table.add_row(f"Q{q}", "concept", escape(c.title), Text(carried, style="dim"))
    console.print(Group(table))
    return 0


def _question_range(spec: str | None) -> tuple[int, int]:
    if not spec:
        return 1, 10**6
    m = re.fullmatch(r"Q?(\d+)(?:-Q?(\d+))?", spec.strip(), re.I)
    if not m:
        raise CatalogError(f"a question range looks like Q176-Q230 or 207, not {spec!r}")
    lo = int(m.group(1))
    return lo, int(m.group(2) or lo)


