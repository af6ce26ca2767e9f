"""What a learner may see of a check: its title and message always; the call, the (shrunk)
example, expected and actual only when the check is public. Every learner-facing projection
(feedback files, Gradescope and Exercism results) goes through :func:`visible_detail`."""

from __future__ import annotations

import re
from pathlib import Path

from katas.record import CheckResult, KataResult, RunRecord
from katas.render import short_repr

MAX_MESSAGE = 2000
_CONTROL = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|[\x00-\x08\x0b-\x1f\x7f]")


def clean(text: str, limit: int = MAX_MESSAGE) -> str:
    """Text from an attempt, safe to show: no terminal escapes or control characters, bounded."""
    text = _CONTROL.sub("", text)
    return text if len(text) <= limit else text[:limit] + f"… ({len(text) - limit} more characters)"


def visible_detail(check: CheckResult) -> str:
    """The learner-visible explanation of a check's outcome (empty when it passed)."""
    if check.status == "pass":
        return ""
    lines = [clean(check.message) or check.status]
    if check.visibility == "public":
        for label, value in (("call", check.call), ("example", check.falsifying_example)):
            if value:
                lines.append(f"{label}: {clean(value)}")
        if check.expected is not None or check.actual is not None:
            lines += [f"expected: {clean(short_repr(check.expected))}",
                      f"actual: {clean(short_repr(check.actual))}"]
    if check.help:
        lines.append(f"hint: {clean(check.help)}")
    return "\n".join(lines)


def _fenced(text: str) -> str:
    fence = "`" * max(3, 1 + max((len(m) for m in re.findall(r"`+", text)), default=0))
    return f"{fence}text\n{text}\n{fence}"


def markdown(learner: str, title: str, due: str, record: RunRecord) -> str:
    out = [f"# {title}: feedback for {learner}", "",
           f"**Score: {record.score:g} / {record.max_score:g}**" + (f" · due {due}" if due else ""), ""]
    for kata in record.katas:
        out += _kata(kata)
    return "\n".join(out) + "\n"


def _kata(kata: KataResult) -> list[str]:
    out = [f"## {kata.title or kata.id} (`{kata.id}`): {kata.status.replace('_', ' ')}, "
           f"{kata.score:g} / {kata.max_score:g}", ""]
    if kata.message:
        out += [_fenced(clean(kata.message)), ""]
    failing = [c for c in kata.checks if c.status != "pass"]
    if kata.checks:
        out.append(f"{len(kata.checks) - len(failing)} of {len(kata.checks)} checks pass.")
        out.append("")
    if kata.status == "not_attempted":
        return out
    for check in failing:
        kind = "public check" if check.visibility == "public" else "hidden check"
        out += [f"- **{clean(check.title, 300)}** ({kind}, {check.status})", "",
                _fenced(visible_detail(check)), ""]
        if check.visibility == "public":
            test_file = f"public_checks/{Path(kata.attempt).parent.name}/test_{Path(kata.attempt).name}"
            out += [f"  Run it yourself: `python -m pytest {test_file}::{check.name}`", ""]
    return out


def write_feedback(folder: Path, title: str, due: str, records: list[tuple[str, RunRecord]]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for learner, record in records:
        path = folder / f"{learner}.md"
        path.write_text(markdown(learner, title, due, record), encoding="utf-8")
        written.append(path)
    return written
