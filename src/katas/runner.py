"""Running checks: which katas to grade, one pytest session over them, and the result record."""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import hashlib
import io
import os
import stat
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from katas.catalog import Catalog, Kata
from katas.plugin import SPEC, RunSpec
from katas.record import KataResult, RunRecord, new_record
from katas.sandbox import Confinement, ForkServer

MAX_ATTEMPT_BYTES = 256 * 1024

# Workers get one BLAS thread; so does this process (see the design's note on threads).
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")


class _SpecPlugin:
    def __init__(self, spec: RunSpec) -> None:
        self.spec = spec

    def pytest_configure(self, config: pytest.Config) -> None:
        config.stash[SPEC] = self.spec


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def precheck(kata: Kata, attempt: Path) -> KataResult | None:
    """A result for an attempt that must not or need not run; None when it should be checked."""
    result = KataResult(id=kata.id, title=kata.title, status="missing", max_score=kata.points,
                        attempt=str(attempt))
    try:
        info = attempt.lstat()
    except FileNotFoundError:
        result.message = f"no file at {attempt}"
        return result
    result.status = "rejected"
    if not stat.S_ISREG(info.st_mode):
        result.message = "the attempt must be a regular file (not a link or a folder)"
        return result
    if info.st_size > MAX_ATTEMPT_BYTES:
        result.message = f"the file is larger than {MAX_ATTEMPT_BYTES // 1024} KiB"
        return result
    data = attempt.read_bytes()
    if b"\0" in data:
        result.message = "the file contains NUL bytes"
        return result
    result.attempt_sha256 = hashlib.sha256(data).hexdigest()
    return None


def run(catalog: Catalog, katas: list[Kata], exercises: Path, *, seed: int | None = None,
        checks: dict[str, list[str]] | None = None, first_failure_only: bool = False,
        exercises_arg: str = "") -> RunRecord:
    """Grade ``katas`` with the attempts found under ``exercises``; never raises for a bad attempt."""
    root = catalog.root
    record = new_record(seed, datetime.now(UTC).isoformat(timespec="seconds"))
    started = time.monotonic()
    results: dict[str, KataResult] = {}
    to_run: list[Kata] = []
    for kata in katas:
        attempt = exercises / kata.chapter / kata.filename
        early = precheck(kata, attempt)
        if early is None:
            to_run.append(kata)
            results[kata.id] = KataResult(id=kata.id, title=kata.title, status="failed",
                                          max_score=kata.points, attempt=str(attempt),
                                          attempt_sha256=sha256(attempt))
        else:
            results[kata.id] = early
    if to_run:
        # Folders under /tmp are hidden with /tmp itself; leaving them out of the key lets runs
        # on temporary folders (decoy audits, tests) share one warm fork server.
        confinement = Confinement(hidden=tuple(
            f for f in (root, exercises) if not f.resolve().is_relative_to("/tmp")))
        server = _forkserver(confinement)
        with tempfile.TemporaryDirectory(prefix="katas-run-",
                                         dir=server.scratch if server else None) as scratch:
            spec = RunSpec(attempts={k.id: exercises / k.chapter / k.filename for k in to_run},
                           scratch=scratch, seed=seed, first_failure_only=first_failure_only,
                           exercises_arg=exercises_arg, confinement=confinement,
                           forkserver=server)
            try:
                code, output = _pytest(root, to_run, spec, checks or {})
                if code == pytest.ExitCode.OK or code == pytest.ExitCode.TESTS_FAILED:
                    if not first_failure_only:
                        _rerun_timeouts(root, to_run, spec)
            finally:
                if server is not None:
                    server.cleanup()
            if code == pytest.ExitCode.INTERRUPTED:  # Ctrl-C: pytest caught it, we pass it on
                raise KeyboardInterrupt
            if code not in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED):
                record.status = "infra_error"
                record.message = (f"the check session ended with pytest exit code {int(code)}"
                                  f"\n{output[-3000:]}")
            for kata in to_run:
                _finish(results[kata.id], kata, spec)
    record.katas = [results[k.id] for k in katas]
    record.score = round(sum(k.score for k in record.katas), 4)
    record.max_score = round(sum(k.max_score for k in record.katas), 4)
    record.duration_s = round(time.monotonic() - started, 3)
    return record


def _rerun_timeouts(root: Path, katas: list[Kata], spec: RunSpec) -> None:
    """Run each timed-out check once more, alone, and keep that verdict: a timeout caused by a
    busy machine must not cost a correct attempt (a genuinely slow attempt times out again)."""
    again = {kid: [c.name for c in checks if c.status == "timeout"]
             for kid, checks in spec.results.items()}
    again = {kid: names for kid, names in again.items() if names}
    if not again:
        return
    retry = dataclasses.replace(spec, results={}, load_failures={}, not_implemented={}, answered={})
    _pytest(root, [k for k in katas if k.id in again], retry, again)
    for kid, names in again.items():
        fresh = {c.name: c for c in retry.results.get(kid, [])}
        spec.results[kid] = [fresh.get(c.name, c) if c.name in names else c
                             for c in spec.results[kid]]


_FORKSERVERS: dict[tuple, ForkServer] = {}


def _forkserver(confinement: Confinement) -> ForkServer | None:
    """A warm fork server for the run's workers, kept for later runs of this process (watch mode,
    the authoring gate); without one, each worker starts as a fresh interpreter."""
    if os.environ.get("KATAS_NO_FORKSERVER"):
        return None
    key = confinement.hidden
    server = _FORKSERVERS.get(key)
    if server is not None and server.alive():
        return server
    try:
        server = ForkServer(tempfile.mkdtemp(prefix="katas-forkserver-"), confinement)
    except OSError:
        return None
    _FORKSERVERS[key] = server
    return server


@atexit.register
def _close_forkservers() -> None:
    for server in _FORKSERVERS.values():
        server.close()
    _FORKSERVERS.clear()


def _pytest(root: Path, katas: list[Kata], spec: RunSpec,
            checks: dict[str, list[str]]) -> tuple[int, str]:
    targets: list[str] = []
    for kata in katas:
        path = str(kata.checks_path(root))
        names = checks.get(kata.id)
        targets += [f"{path}::{n}" for n in names] if names else [path]
    # unraisableexception runs gc.collect twice per session (~0.3 s with scikit-learn loaded), to
    # report exceptions in __del__ of the checks' own objects: nothing a grade depends on.
    args = ["-p", "no:cacheprovider", "-p", "no:terminal", "-p", "no:unraisableexception",
            "--import-mode=importlib",
            "--rootdir", str(root), "-c", str(root / "pyproject.toml"), *targets]
    if spec.first_failure_only:
        args.append("-x")
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = pytest.main(args, plugins=[_SpecPlugin(spec)])
    return code, out.getvalue()


def _finish(result: KataResult, kata: Kata, spec: RunSpec) -> None:
    result.checks = spec.results.get(kata.id, [])
    result.duration_s = round(sum(c.duration_s for c in result.checks), 4)
    total = len(result.checks)
    passed = sum(c.status == "pass" for c in result.checks)
    for check in result.checks:
        check.max_score = round(kata.points / total, 6) if total else 0.0
        check.score = check.max_score if check.status == "pass" else 0.0
    result.score = round(kata.points * passed / total, 4) if total else 0.0
    if kata.id in spec.load_failures:
        failure = spec.load_failures[kata.id]
        result.status, result.message, result.score = failure.status, failure.message, 0.0
    elif total == 0:
        result.status, result.message = "infra_error", "no check ran for this kata"
    elif spec.not_implemented.get(kata.id) and not spec.answered.get(kata.id):
        result.status, result.message = "not_attempted", "every function still raises NotImplementedError"
        result.score = 0.0
        for check in result.checks:
            check.score = 0.0
    elif passed == total:
        result.status = "passed"
    else:
        result.status = "failed"
