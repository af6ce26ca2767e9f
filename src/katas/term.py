"""Terminal report of a run record, built on rich (colour only on a terminal; NO_COLOR honoured)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from katas.record import CheckResult, KataResult, RunRecord
from katas.render import short_repr

KATA_STYLE = {
    "passed": ("✓", "green", "passed"),
    "failed": ("✗", "red", "failed"),
    "not_attempted": ("·", "dim", "not attempted"),
    "missing": ("?", "yellow", "missing"),
    "syntax_error": ("!", "red", "syntax error"),
    "import_error": ("!", "red", "import error"),
    "rejected": ("!", "red", "rejected"),
    "infra_error": ("!", "magenta", "infrastructure error (not your fault)"),
}
CHECK_STYLE = {
    "pass": ("✓", "green"),
    "fail": ("✗", "red"),
    "error": ("!", "red"),
    "timeout": ("⏱", "yellow"),
    "memory": ("M", "yellow"),
    "output_limit": ("…", "yellow"),
    "crashed": ("☠", "red"),
}
MAX_DETAIL_CHARS = 1200


def report(record: RunRecord, console: Console | None = None, *, verbose: bool = False,
           brief: bool = False) -> None:
    """One line per kata; per failing check its title and, unless ``brief`` (interview mode:
    nothing of the hidden inputs), why, the call, the example, expected, actual and how to
    reproduce it."""
    console = console or Console(highlight=False)
    for kata in record.katas:
        _kata(console, kata, verbose or brief, brief)
    passed = sum(k.status == "passed" for k in record.katas)
    line = Text(f"\n{passed}/{len(record.katas)} katas passed · score "
                f"{record.score:g}/{record.max_score:g} · {record.duration_s:.1f} s", style="bold")
    console.print(line)
    if record.status != "ok":
        console.print(Text(f"infrastructure error: {record.message}", style="magenta"))


def checks_only(record: RunRecord, console: Console) -> None:
    """The checks of a partial run (watch mode's failing-first pass), without scores: a score over
    some of the checks would mislead."""
    for kata in record.katas:
        if not kata.checks:
            _kata(console, kata, verbose=False, brief=False)
        for check in kata.checks:
            _check(console, check, brief=False)


def _kata(console: Console, kata: KataResult, verbose: bool, brief: bool) -> None:
    glyph, style, label = KATA_STYLE.get(kata.status, ("?", "", kata.status))
    checks = f"  {sum(c.status == 'pass' for c in kata.checks)}/{len(kata.checks)} checks" \
        if kata.checks and kata.status in ("passed", "failed") else ""
    head = Text()
    head.append(f"{glyph} ", style=style)
    head.append(f"{kata.id:<28}", style="bold")
    head.append(f" {label}", style=style)
    head.append(f"{checks}  {kata.score:g}/{kata.max_score:g} pts", style="dim")
    console.print(head)
    if kata.status in ("not_attempted", "passed") and not verbose:
        return
    if kata.status in ("missing", "syntax_error", "import_error", "rejected", "infra_error"):
        console.print(Text(_indent(kata.message, 4)))
        return
    for check in kata.checks:
        if check.status == "pass" and not verbose:
            continue
        _check(console, check, brief)


def _check(console: Console, check: CheckResult, brief: bool) -> None:
    glyph, style = CHECK_STYLE.get(check.status, ("?", ""))
    line = Text("  ")
    line.append(f"{glyph} ", style=style)
    line.append(check.title)
    if check.status not in ("pass", "fail"):
        line.append(f"  [{check.status}]", style=style)
    console.print(line)
    if check.status == "pass" or brief:
        return
    rows: list[tuple[str, Any]] = [("why", check.message), ("call", check.call),
                                   ("example", check.falsifying_example)]
    if check.expected is not None or check.actual is not None:
        rows += [("expected", _value(check.expected)), ("actual", _value(check.actual))]
    rows += [("printed", check.output), ("help", check.help), ("reproduce", check.reproduce)]
    for key, value in rows:
        if value:
            text = _indent(str(value), 17)[17:][:MAX_DETAIL_CHARS]
            console.print(f"      [dim]{key + ':':<11}[/dim]{escape(text)}", soft_wrap=True)


def _value(value: Any) -> str:
    return value if isinstance(value, str) else short_repr(value)


def _indent(text: str, n: int) -> str:
    return "\n".join(" " * n + line for line in str(text).splitlines())
