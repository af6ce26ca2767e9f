"""`katas grade`: every submission of a cohort graded in parallel into the gradebook.

Data flows one way: intake -> ``runner.run`` over the assignment's katas with the learner's folder
as ``exercises`` -> a RunRecord -> the gradebook. A pool of N processes (spawned, so nothing of this
process is shared) grades whole submissions; each process keeps its own warm fork server, which the
runner caches per confinement. Only this process writes to the gradebook.

Reuse, on by default: a kata file byte-identical to one already graded under the same grader and
seed (an untouched stub, a shared copy) gets that verdict instead of a new run. Grading is
deterministic, so this changes time, not results; ``reuse=False`` turns it off.
"""

from __future__ import annotations

import copy
import multiprocessing
import os
import shutil
import tempfile
import traceback
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from katas.catalog import Kata, load_catalog
from katas.cohort.assignment import Assignment, load_assignment
from katas.cohort.gradebook import Gradebook, record_from_json
from katas.cohort.submissions import Submission, discover, intake
from katas.record import KataResult, RunRecord, new_record


@dataclass
class Job:
    """One submission to grade: the katas to run and the verdicts to take from elsewhere."""

    submission: Submission
    submission_id: int
    reason: str
    files: Path  # the kept copy of the graded files (reproduce commands point here)
    to_run: list[str] = field(default_factory=list)
    reused: dict[str, tuple[int, KataResult]] = field(default_factory=dict)  # kata -> (run, verdict)
    waits_for: dict[str, int] = field(default_factory=dict)  # kata -> index of the job grading it
    record: RunRecord | None = None
    run_id: int | None = None
    crashed: bool = False  # the grading process died on it, twice


@dataclass
class Summary:
    gradebook: Path
    graded: int = 0
    unchanged: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    kata_runs: int = 0  # kata verdicts computed by running checks
    kata_reused: int = 0  # kata verdicts taken from an identical file


def grade_cohort(assignment: Assignment, submissions: Path, gradebook: Path, *, workers: int | None = None,
                 force: bool = False, reuse: bool = True, console: Console | None = None) -> Summary:
    """Grade every submission in ``submissions`` that changed since its last grade (all if ``force``)."""
    workers = max(1, workers or os.cpu_count() or 1)
    book = Gradebook(gradebook)
    book.set_assignment(assignment)
    grader, seed = assignment.grader(), assignment.seed
    summary = Summary(gradebook)
    files_root = gradebook.with_name(gradebook.stem + "-files")
    with tempfile.TemporaryDirectory(prefix="katas-cohort-") as scratch:
        jobs = _plan(book, assignment, discover(submissions), Path(scratch), files_root, grader,
                     force=force, reuse=reuse, summary=summary)
        with _progress(console) as bar:
            task = bar.add_task("grading", total=len(jobs))

            def finished(index: int, record: RunRecord) -> None:
                jobs[index].record = record
                for job in _ready(jobs):
                    _store(book, assignment, job, grader, summary)
                    bar.advance(task)

            for index, job in enumerate(jobs):  # rejected, or every verdict reused
                if job.submission.status != "ok" or not job.to_run:
                    finished(index, _empty_record(assignment, job, seed))
            _execute(jobs, workers, assignment, seed, finished)
    book.close()
    return summary


def _plan(book: Gradebook, assignment: Assignment, sources: list[Path], scratch: Path, files_root: Path,
          grader: str, *, force: bool, reuse: bool, summary: Summary) -> list[Job]:
    jobs: list[Job] = []
    claimed: dict[tuple[str, str], int] = {}  # (kata, file sha256) -> job grading it in this batch
    seen: set[str] = set()
    for source in sources:
        sub = intake(source, assignment, scratch)
        if sub.learner in seen:  # `alice/` and `alice.zip`: keep both, named apart
            sub.learner = f"{sub.learner}.{source.suffix.lstrip('.') or 'folder'}"
        seen.add(sub.learner)
        latest = book.latest(sub.learner)
        reason = _reason(latest, sub, grader, assignment.seed, force)
        if reason is None:
            summary.unchanged += 1
            continue
        job = Job(sub, book.add_submission(sub), reason, files_root / sub.learner)
        if sub.status == "ok":
            shutil.rmtree(job.files, ignore_errors=True)
            shutil.copytree(sub.folder, job.files)
            for kata in assignment.katas:
                sha = sub.files.get(kata.id)
                known = book.known_verdict(kata.id, sha, grader, assignment.seed) if reuse and sha else None
                if known is not None:
                    job.reused[kata.id] = known
                elif reuse and sha and (kata.id, sha) in claimed:
                    job.waits_for[kata.id] = claimed[(kata.id, sha)]
                else:
                    job.to_run.append(kata.id)
                    if sha:
                        claimed[(kata.id, sha)] = len(jobs)
        jobs.append(job)
    return jobs


def _reason(latest: dict | None, sub: Submission, grader: str, seed: int | None, force: bool) -> str | None:
    """Why the submission is graded now, or None when its current grade still stands."""
    if latest is None:
        return "new"
    if force:
        return "forced"
    if latest["content_hash"] != sub.content_hash:
        return "changed"
    if latest["grader"] != grader or latest["seed"] != seed:
        return "grader changed"
    if latest["status"] in ("crashed", "infra_error"):
        return "retry"
    return None


def _ready(jobs: list[Job]) -> list[Job]:
    """Jobs whose own record and every verdict they wait for are in, not stored yet (in order)."""
    ready = []
    for job in jobs:
        if job.run_id is None and job.record is not None and all(
                jobs[i].record is not None for i in job.waits_for.values()):
            for kata_id, index in job.waits_for.items():
                provider = jobs[index].record
                job.reused[kata_id] = (-1, next(k for k in provider.katas if k.id == kata_id))
            job.waits_for = {}
            ready.append(job)
    return ready


def _store(book: Gradebook, assignment: Assignment, job: Job, grader: str, summary: Summary) -> None:
    record = _assemble(assignment, job)
    status = ("rejected" if job.submission.status != "ok" else "crashed" if job.crashed else
              "infra_error" if record.status != "ok" else "graded")
    job.run_id = book.add_run(job.submission_id, job.submission.learner, record, grader=grader,
                              content_hash=job.submission.content_hash, reason=job.reason, status=status,
                              reused={k: run for k, (run, _) in job.reused.items() if run >= 0})
    summary.graded += 1
    summary.statuses[status] = summary.statuses.get(status, 0) + 1
    summary.kata_runs += sum(k in job.submission.files for k in job.to_run)  # missing files cost nothing
    summary.kata_reused += len(job.reused)


def _assemble(assignment: Assignment, job: Job) -> RunRecord:
    """The submission's record: its own run plus reused verdicts, in assignment order, with the
    assignment's public checks and reproduce commands pointing at the kept copy of its files."""
    record = copy.deepcopy(job.record)
    own = {k.id: k for k in record.katas}
    katas = []
    for kata in assignment.katas:
        result = own.get(kata.id) or copy.deepcopy(job.reused[kata.id][1])
        result.attempt = str(job.files / kata.chapter / kata.filename)
        if result.status == "missing":  # the runner names the scratch path; the learner needs this
            result.message = f"no {kata.chapter}/{kata.filename} (nor {kata.filename}) in the submission"
        result.message = _unscratch(result.message, job, kata)
        for check in result.checks:
            check.message = _unscratch(check.message, job, kata)
            check.output = _unscratch(check.output, job, kata)
            check.visibility = "public" if check.name in kata.public_checks else "hidden"
            check.reproduce = (f"katas check {kata.id}::{check.name}"
                               + (f" --seed {record.seed}" if record.seed is not None else "")
                               + f" --exercises {job.files}")
        katas.append(result)
    record.katas = katas
    record.score = round(sum(k.score for k in katas), 4)
    record.max_score = round(sum(k.max_score for k in katas), 4)
    return record


def _unscratch(text: str, job: Job, kata: Kata) -> str:
    """Tracebacks name the file where it was graded (a temporary folder, or for a reused verdict
    another learner's): name the kept copy instead, so results do not depend on where or when."""
    for reused, (_, result) in job.reused.items():
        if reused == kata.id and result.attempt:
            text = text.replace(str(Path(result.attempt).parent.parent), str(job.files))
    return text.replace(str(job.submission.folder), str(job.files)) if job.submission.folder else text


def _empty_record(assignment: Assignment, job: Job, seed: int | None) -> RunRecord:
    """A record for a submission nothing needs running for: rejected at intake, or all reused."""
    if job.submission.status == "ok":
        return new_record(seed, datetime.now(UTC).isoformat(timespec="seconds"))
    return _record_without_run(assignment, [k.id for k in assignment.katas], seed, "rejected",
                               f"submission rejected: {job.submission.message}")


# ---- the pool ----------------------------------------------------------------------------------

_WORKER: dict[str, Assignment] = {}


def _init_worker(root: str, assignment_path: str) -> None:
    _WORKER["assignment"] = load_assignment(Path(assignment_path), load_catalog(Path(root)))


def _grade(folder: str, kata_ids: list[str], seed: int | None) -> str:
    """In a pool process: grade one submission; never raises (an exception is the harness's fault)."""
    from katas import runner
    from katas.catalog import load_catalog

    assignment = _WORKER["assignment"]
    try:
        record = runner.run(load_catalog(assignment.root), [assignment.kata(k) for k in kata_ids],
                            Path(folder), seed=seed)
    except Exception:  # noqa: BLE001 - recorded as the grader's failure, never the learner's
        record = _record_without_run(assignment, kata_ids, seed, "infra_error",
                                     f"the grader failed:\n{traceback.format_exc()[-3000:]}")
    return record.to_json()


def _record_without_run(assignment: Assignment, kata_ids: list[str], seed: int | None, status: str,
                        message: str) -> RunRecord:
    """Every kata ``status`` (rejected, infra_error) with ``message``; infra_error also run-wide."""
    record = new_record(seed, datetime.now(UTC).isoformat(timespec="seconds"))
    if status == "infra_error":
        record.status, record.message = status, message
    record.katas = [KataResult(id=k.id, title=k.title, status=status, max_score=k.points, message=message)
                    for k in map(assignment.kata, kata_ids)]
    record.max_score = sum(k.max_score for k in record.katas)
    return record


def _execute(jobs: list[Job], workers: int, assignment: Assignment, seed: int | None, finished) -> None:
    """Run the jobs that need running; a job whose pool process died is retried alone, and if its
    process dies again it is recorded as crashed. The batch always completes."""
    pending = [i for i, job in enumerate(jobs) if job.record is None and job.to_run]
    for alone in (False, True):
        broken: list[int] = []
        batches = [[i] for i in pending] if alone else [pending]
        for batch in batches:
            if not batch:
                continue
            with ProcessPoolExecutor(1 if alone else min(workers, len(batch)),
                                     mp_context=multiprocessing.get_context("spawn"),
                                     initializer=_init_worker,
                                     initargs=(str(assignment.root), str(assignment.source))) as pool:
                futures = {pool.submit(_grade, str(jobs[i].submission.folder), jobs[i].to_run, seed): i
                           for i in batch}
                for future in as_completed(futures):
                    index = futures[future]
                    try:
                        finished(index, record_from_json(future.result()))
                    except BrokenProcessPool:
                        broken.append(index)
        if alone:
            for index in broken:
                jobs[index].crashed = True
                finished(index, _record_without_run(assignment, jobs[index].to_run, seed, "infra_error",
                                                    "the grading process died on this submission, twice"))
        pending = sorted(broken)


def _progress(console: Console | None) -> Progress:
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=console, transient=False,
                    disable=console is None)
