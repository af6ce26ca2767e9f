"""`katas report`: one static HTML file about the cohort, from the gradebook's current records.

Self-contained: plots are inline SVG drawn by matplotlib (fonts as paths), styles inline, no
script, and a Content-Security-Policy that forbids loading anything, so it reads the same offline.
Instructor-facing: hidden checks' counterexamples are shown here (never in learner feedback)."""

from __future__ import annotations

import html
import io
from collections import Counter
from pathlib import Path

from katas.cohort.feedback import clean
from katas.cohort.gradebook import Gradebook
from katas.record import RunRecord

STYLE = """body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222}
h1{margin-bottom:0}.sub{color:#666}table{border-collapse:collapse;margin:1em 0;width:100%}
td,th{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
td.n,th.n{text-align:right}pre{margin:0;white-space:pre-wrap;font-size:12px}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:1em}figure{margin:0}svg{max-width:100%;height:auto}"""
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
TOP_EXAMPLES = 3
STATUS_COLOURS = {"passed": "#59a14f", "failed": "#e15759", "not_attempted": "#bab0ac", "missing": "#f28e2b",
                  "rejected": "#b07aa1", "syntax_error": "#9c755f", "import_error": "#edc948",
                  "infra_error": "#76b7b2"}


def _svg(fig) -> str:
    import matplotlib.pyplot as plt

    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight")
    plt.close(fig)
    text = buffer.getvalue()
    return text[text.index("<svg"):]


def _figure(width: float = 5.5, height: float = 3.2, ncols: int = 1):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update({"svg.fonttype": "path", "svg.hashsalt": "katas-report", "font.size": 9})
    return plt.subplots(1, ncols, figsize=(width, height))


def score_plot(records: list[RunRecord]) -> str:
    fig, ax = _figure()
    percents = [100 * r.score / r.max_score if r.max_score else 0.0 for r in records]
    ax.hist(percents, bins=range(0, 105, 5), color="#4878a8", edgecolor="white")
    ax.set(xlabel="score (% of the maximum)", ylabel="learners", title="Score distribution", xlim=(0, 100))
    return _svg(fig)


def pass_rates(records: list[RunRecord]) -> list[tuple[str, str, float, int]]:
    """(kata, check title, pass rate, runs) over every check that ran, in record order."""
    ran: dict[tuple[str, str], list[bool]] = {}
    for record in records:
        for kata in record.katas:
            for check in kata.checks:
                ran.setdefault((kata.id, check.title), []).append(check.status == "pass")
    return [(k, t, sum(v) / len(v), len(v)) for (k, t), v in ran.items()]


def pass_rate_plot(rates: list[tuple[str, str, float, int]]) -> str:
    fig, ax = _figure(11, max(2.0, 0.22 * len(rates) + 0.8))
    labels = [f"{k}: {t[:70]}" for k, t, _, _ in rates]
    ax.barh(range(len(rates)), [100 * r for _, _, r, _ in rates], color="#59a14f")
    ax.set_yticks(range(len(rates)), labels)
    ax.invert_yaxis()
    ax.set(xlabel="learners passing (%)", xlim=(0, 100), title="Pass rate per check")
    return _svg(fig)


def status_plot(records: list[RunRecord], rows: list[dict]) -> str:
    fig, (left, right) = _figure(11, 3.2, ncols=2)
    kata_ids = list(dict.fromkeys(k.id for r in records for k in r.katas))
    statuses = sorted({k.status for r in records for k in r.katas})
    bottom = [0] * len(kata_ids)
    for status in statuses:
        counts = [sum(1 for r in records for k in r.katas if k.id == kid and k.status == status)
                  for kid in kata_ids]
        left.bar(kata_ids, counts, bottom=bottom, label=status.replace("_", " "),
                 color=STATUS_COLOURS.get(status, "#4e79a7"))
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    left.set(ylabel="learners", title="Kata status per kata")
    left.legend(fontsize=7)
    left.tick_params(axis="x", rotation=30)
    right.hist([row["duration_s"] for row in rows], bins=15, color="#f28e2b", edgecolor="white")
    right.set(xlabel="grading time per submission (s)", ylabel="submissions", title="Grading time")
    return _svg(fig)


def common_examples(records: list[RunRecord]) -> list[tuple[str, str, int, list[tuple[str, int]]]]:
    """Per failing check: (kata, title, failures, the most common shrunk counterexamples)."""
    found: dict[tuple[str, str], Counter] = {}
    for record in records:
        for kata in record.katas:
            for check in kata.checks:
                if check.status != "pass":
                    example = check.falsifying_example or check.call or check.message.splitlines()[0]
                    found.setdefault((kata.id, check.title), Counter())[clean(example, 600)] += 1
    ranked = sorted(found.items(), key=lambda item: -sum(item[1].values()))
    return [(k, t, sum(c.values()), c.most_common(TOP_EXAMPLES)) for (k, t), c in ranked]


def _table(head: list[str], rows: list[list[str]], numeric: set[int] = frozenset()) -> str:
    cls = [' class="n"' if i in numeric else "" for i in range(len(head))]
    out = ["<table><tr>" + "".join(f"<th{c}>{h}</th>" for c, h in zip(cls, head, strict=True)) + "</tr>"]
    out += ["<tr>" + "".join(f"<td{c}>{v}</td>" for c, v in zip(cls, row, strict=True)) + "</tr>"
            for row in rows]
    return "\n".join(out) + "</table>"


def build_report(gradebook: Path) -> str:
    book = Gradebook(gradebook)
    meta, current = book.meta(), book.current()
    book.close()
    records = [record for _, _, record in current]
    rows = [row for _, row, _ in current]
    esc = html.escape
    status_counts = Counter(row["status"] for row in rows)
    summary = ", ".join(f"{n} {s}" for s, n in sorted(status_counts.items()))
    learners = _table(["learner", "status", "score", "%", "graded", "why graded"], [
        [esc(name), esc(row["status"]), f"{rec.score:g} / {rec.max_score:g}",
         f"{100 * rec.score / rec.max_score:.0f}" if rec.max_score else "0", esc(row["graded_at"]),
         esc(row["reason"])] for name, row, rec in current], {2, 3})
    rates = pass_rates(records)
    examples = _table(["kata", "failing check", "failures", "most common shrunk counterexamples"], [
        [esc(k), esc(t), str(n), "".join(f"<pre>{esc(e)}</pre><p>× {c}</p>" for e, c in top)]
        for k, t, n, top in common_examples(records)], {2})
    plots = (f'<div class="grid"><figure>{score_plot(records)}</figure></div>'
             if records else "<p>No graded submissions yet.</p>")
    rest = (f"<h2>Pass rate per check</h2><figure>{pass_rate_plot(rates)}</figure>"
            f"<h2>Status and time</h2><figure>{status_plot(records, rows)}</figure>"
            if rates else "")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<title>{esc(meta.get("title", "Cohort report"))}</title><style>{STYLE}</style></head>
<body><h1>{esc(meta.get("title", "Cohort report"))}</h1>
<p class="sub">Due {esc(meta.get("due", "?"))} · {len(current)} learners ({esc(summary)}) ·
maximum {esc(meta.get("max_score", "?"))} points · from {esc(gradebook.name)}</p>
<h2>Scores</h2>{plots}
{rest}
<h2>Most common counterexamples per failing check</h2>{examples}
<h2>Learners</h2>{learners}
</body></html>
"""


def write_report(gradebook: Path, out: Path) -> Path:
    out.write_text(build_report(gradebook), encoding="utf-8")
    return out
