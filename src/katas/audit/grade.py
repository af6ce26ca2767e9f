"""Grading mutants: each mutant is an attempt, checked through the ordinary runner.

The runner always loads the ``reference`` fixture from ``solutions/``, so a check that compares
with the reference compares the mutant with the frozen, unmutated reference: the self-referential
oracle trap cannot happen here by construction.
"""

from __future__ import annotations

import hashlib
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from katas import runner
from katas.audit.mutants import Mutant, mutants_of
from katas.catalog import Catalog, Kata
from katas.record import KataResult


@dataclass
class Verdict:
    verdict: str  # killed, survived, timed_out, equivalent, error
    check: str = ""  # the check that killed it, or why it is equivalent / an error


def mutation_score(counts: dict) -> float:
    """Detected over detectable: a confirmed timeout is detected (the attempt fails grading the
    same way); equivalent mutants and harness errors are left out."""
    judged = counts["mutants"] - counts["equivalent"] - counts["errors"]
    return round((counts["killed"] + counts["timed_out"]) / judged, 4) if judged else 1.0


@dataclass
class KataAudit:
    kata: str
    mutants: int = 0
    killed: int = 0
    survived: int = 0
    timed_out: int = 0
    equivalent: int = 0
    errors: int = 0
    seconds: float = 0.0
    mode: str = "all mutants"
    survivors: list[dict] = field(default_factory=list)  # survivors and errors, with their diffs
    equivalents: list[dict] = field(default_factory=list)

    stale_triage: list[str] = field(default_factory=list)  # triaged keys no mutant has any more

    @property
    def score(self) -> float:
        return mutation_score(vars(self))

    def add(self, mutant: Mutant, verdict: Verdict) -> None:
        self.mutants += 1
        setattr(self, verdict.verdict, getattr(self, verdict.verdict) + 1)
        entry = {"key": mutant.key, "function": mutant.function, "line": mutant.line}
        if verdict.verdict == "equivalent":
            self.equivalents.append({**entry, "reason": verdict.check, "diff": mutant.diff})
        elif verdict.verdict in ("survived", "errors"):
            self.survivors.append({**entry, "diff": mutant.diff, "verdict": verdict.verdict,
                                   "note": verdict.check})

    def to_dict(self) -> dict:
        return {**asdict(self), "score": self.score}


def audit_kata(catalog: Catalog, kata: Kata, equivalent: dict[str, str],
               only: set[str] | None = None, sample: int = 0) -> KataAudit:
    """Grade every mutant of the kata's reference, or only the keys in ``only``, or a sample."""
    started = time.monotonic()
    label = str(kata.reference_path(catalog.root).relative_to(catalog.root))
    audit = KataAudit(kata.id)
    mutants = mutants_of(kata.reference_path(catalog.root), label)
    audit.stale_triage = sorted(set(equivalent) - {m.key for m in mutants})
    if only is not None:
        mutants = [m for m in mutants if m.key in only]
    elif 0 < sample < len(mutants):
        audit.mode = f"sample of {sample} in {len(mutants)}"
        mutants = choose(mutants, sample)
    with tempfile.TemporaryDirectory(prefix="katas-audit-") as scratch:
        for i, mutant in enumerate(mutants):
            if mutant.key in equivalent:
                audit.add(mutant, Verdict("equivalent", equivalent[mutant.key]))
                continue
            folder = Path(scratch, str(i))
            (folder / kata.chapter).mkdir(parents=True)
            (folder / kata.chapter / kata.filename).write_text(mutant.source, encoding="utf-8")
            audit.add(mutant, grade(catalog, kata, folder))
    audit.seconds = round(time.monotonic() - started, 1)
    return audit


def choose(mutants: list[Mutant], k: int) -> list[Mutant]:
    """A sample that stays the same from run to run (ranked by a hash of each key), in file order."""
    chosen = set(sorted((hashlib.sha256(m.key.encode()).hexdigest(), m.key) for m in mutants)[:k])
    return [m for m in mutants if (hashlib.sha256(m.key.encode()).hexdigest(), m.key) in chosen]


def grade(catalog: Catalog, kata: Kata, folder: Path) -> Verdict:
    """Killed at the first failing check; a timeout counts only if the timed-out check times out
    again when run alone (a busy machine must not pass for a detected mutant)."""
    first = _verdict(catalog, kata, folder)
    if first.verdict != "timed_out":
        return first
    alone = _verdict(catalog, kata, folder, [first.check])
    if alone.verdict == "survived":  # the timeout was the machine's: grade it once more
        return _verdict(catalog, kata, folder)
    return alone


def _verdict(catalog: Catalog, kata: Kata, folder: Path, checks: list[str] | None = None) -> Verdict:
    record = runner.run(catalog, [kata], folder, first_failure_only=True,
                        checks={kata.id: checks} if checks else None)
    if record.status == "infra_error":
        return Verdict("errors", record.message[-500:])
    return _classify(record.katas[0])


def _classify(result: KataResult) -> Verdict:
    if result.status == "passed":
        return Verdict("survived")
    if result.status == "infra_error":
        return Verdict("errors", result.message[-500:])
    failing = next((c for c in result.checks if c.status != "pass"), None)
    if failing is None:  # it did not even load: a syntax or import error is detected too
        return Verdict("killed", result.status)
    return Verdict("timed_out" if failing.status == "timeout" else "killed", failing.name)
