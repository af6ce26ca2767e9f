"""pytest plugin that runs hidden checks against an attempt and records each check's outcome.

The hidden tests' conftest loads it (``pytest_plugins = ["katas.plugin"]``). Under ``katas check``
the runner puts a :class:`RunSpec` in the config stash: the ``attempt`` fixture is then a proxy to a
worker process running the learner's file, and every outcome becomes a :class:`CheckResult`.
Without a spec (a bare ``pytest tests/katas`` run, for authors), ``attempt`` is the reference
module itself, in process.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import seed as hypothesis_seed

from katas.attempt import (
    Attempt,
    AttemptError,
    LoadFailed,
    NotImplementedYet,
    WorkerStopped,
    display_path,
)
from katas.catalog import Catalog, Kata, load_catalog
from katas.record import CheckResult
from katas.sandbox import Confinement, ForkServer, Limits

PROFILE = "katas-grading"
settings.register_profile(
    PROFILE,
    derandomize=True,
    database=None,
    deadline=None,  # wall-clock limits belong to the worker, never to Hypothesis
    max_examples=25,
    print_blob=True,
    report_multiple_bugs=False,
    # too_slow measures wall time: on a busy machine it would fail a correct attempt at random.
    suppress_health_check=(HealthCheck.too_slow,),
    # No explain phase: its extra runs cost seconds per failing check and its notes name our lines.
    phases=(Phase.explicit, Phase.generate, Phase.shrink),
)

SPEC = pytest.StashKey["RunSpec"]()
CATALOG = pytest.StashKey[Catalog]()
BY_CHECKS = pytest.StashKey[dict[Path, Kata]]()  # resolved checks file -> kata


@dataclass
class RunSpec:
    """What ``katas check`` asks of one pytest session."""

    attempts: dict[str, Path]  # kata id -> attempt file
    scratch: str
    seed: int | None = None
    first_failure_only: bool = False  # decoy audits: no shrinking, stop at the first failure
    exercises_arg: str = ""  # for reproduce commands
    forkserver: ForkServer | None = None
    confinement: Confinement = field(default_factory=Confinement)
    results: dict[str, list[CheckResult]] = field(default_factory=dict)
    load_failures: dict[str, LoadFailed] = field(default_factory=dict)
    not_implemented: dict[str, int] = field(default_factory=dict)
    answered: dict[str, int] = field(default_factory=dict)


def pytest_configure(config: pytest.Config) -> None:
    settings.load_profile(PROFILE)
    catalog = config.stash[CATALOG] = load_catalog(Path(str(config.rootpath)))
    config.stash[BY_CHECKS] = {k.checks_path(catalog.root).resolve(): k for k in catalog.katas}


def kata_of(config: pytest.Config, path: Path) -> Kata:
    try:
        return config.stash[BY_CHECKS][Path(path).resolve()]
    except KeyError:
        raise LookupError(f"{path} is not the checks file of any kata in the catalog") from None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Per-kata Hypothesis budget, the run's seed, and no shrinking for decoy audits."""
    spec = config.stash.get(SPEC, None)
    for item in items:
        test = getattr(item, "obj", None)
        if not getattr(test, "is_hypothesis_test", False):
            continue
        try:
            kata = kata_of(config, item.path)
        except LookupError:  # not a kata's check (the harness's own tests)
            continue
        changes: dict[str, Any] = {"max_examples": kata.max_examples}
        if spec is not None and spec.first_failure_only:
            changes["phases"] = (Phase.explicit, Phase.generate)
        if spec is not None and spec.seed is not None:
            changes["derandomize"] = False
            hypothesis_seed(spec.seed)(test)
        parent = getattr(test, "_hypothesis_internal_use_settings", None) or settings()
        # Rebinding the settings the @given wrapper reads at run time (pinned Hypothesis version).
        test._hypothesis_internal_use_settings = settings(parent, **changes)


@pytest.fixture(scope="module")
def reference(request: pytest.FixtureRequest) -> ModuleType:
    """The reference solution, imported in the trusted process."""
    kata = kata_of(request.config, request.path)
    return _import(kata.reference_path(request.config.stash[CATALOG].root), f"reference_{kata.name}")


@pytest.fixture(scope="module")
def attempt(request: pytest.FixtureRequest) -> Any:
    """The code under test: a proxy to the learner's file running in a worker process."""
    spec = request.config.stash.get(SPEC, None)
    kata = kata_of(request.config, request.path)
    root = request.config.stash[CATALOG].root
    if spec is None:
        yield _import(kata.reference_path(root), f"bare_reference_{kata.name}")
        return
    path = spec.attempts[kata.id]
    limits = Limits(call_timeout_s=kata.call_timeout_s, memory_bytes=kata.memory_mib * 2**20)
    proxy = Attempt(path, display_path(path, root), limits, spec.scratch, spec.seed or 0,
                    spec.forkserver, spec.confinement)
    try:
        proxy._ensure_worker()
    except LoadFailed as exc:
        spec.load_failures[kata.id] = exc
    yield proxy
    proxy.close()
    spec.answered[kata.id] = proxy.answered


@pytest.fixture(scope="module")
def attempt_source(request: pytest.FixtureRequest) -> str:
    """The attempt's source text, for style rules (banned calls, loops). Never executed here."""
    spec = request.config.stash.get(SPEC, None)
    kata = kata_of(request.config, request.path)
    path = spec.attempts[kata.id] if spec else kata.reference_path(request.config.stash[CATALOG].root)
    return path.read_text(encoding="utf-8", errors="replace")


def _import(path: Path, name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    module_spec = importlib.util.spec_from_file_location(name, path)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[name] = module
    module_spec.loader.exec_module(module)
    return module


_KATA_STARTED = pytest.StashKey[dict[str, float]]()


def pytest_runtest_setup(item: pytest.Item) -> None:
    spec = item.config.stash.get(SPEC, None)
    if spec is None:
        return
    kata = kata_of(item.config, item.path)
    started = item.config.stash.setdefault(_KATA_STARTED, {}).setdefault(kata.id, time.monotonic())
    if kata.id in spec.load_failures:
        raise spec.load_failures[kata.id]
    attempt = getattr(item, "funcargs", {}).get("attempt")
    if isinstance(attempt, Attempt):
        attempt.mark_output()
    if time.monotonic() - started > kata.budget_s:
        raise BudgetExhausted(f"not run: the kata's {kata.budget_s:g} s budget is spent")


class BudgetExhausted(WorkerStopped):
    status = "timeout"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Any:
    report = yield
    spec = item.config.stash.get(SPEC, None)
    if spec is None or not (call.when == "call" or (call.when == "setup" and report.failed)):
        return report
    kata = kata_of(item.config, item.path)
    result = classify(item, kata, call, spec)
    spec.results.setdefault(kata.id, []).append(result)
    return report


def classify(item: pytest.Item, kata: Kata, call: pytest.CallInfo, spec: RunSpec) -> CheckResult:
    name = item.name
    doc = " ".join((getattr(item, "obj", None).__doc__ or "").split())
    reproduce = f"katas check {kata.id}::{name}"
    if spec.seed is not None:
        reproduce += f" --seed {spec.seed}"
    if spec.exercises_arg:
        reproduce += f" --exercises {spec.exercises_arg}"
    result = CheckResult(name=name, title=doc or name.replace("_", " "),
                         status="pass", seed=spec.seed, reproduce=reproduce,
                         duration_s=round(call.duration, 4),
                         visibility="public" if name in kata.public_checks else "hidden")
    exc = call.excinfo.value if call.excinfo is not None else None
    if exc is None:
        result.score = 1.0
        return result
    result.message = _message(exc)
    result.falsifying_example = _example(getattr(exc, "__notes__", []))
    for key in ("expected", "actual", "help"):
        if hasattr(exc, key):
            setattr(result, key, getattr(exc, key))
    attempt = item.funcargs.get("attempt") if hasattr(item, "funcargs") else None
    if isinstance(attempt, Attempt):
        result.output = attempt.printed()
        if attempt.last_call is not None:
            result.call = describe_call(*attempt.last_call)
    if isinstance(exc, LoadFailed):
        result.status, result.message = "error", f"not run: {exc.status.replace('_', ' ')}"
    elif isinstance(exc, WorkerStopped):
        result.status = exc.status
        if isinstance(exc, NotImplementedYet):
            spec.not_implemented[kata.id] = spec.not_implemented.get(kata.id, 0) + 1
    elif isinstance(exc, AttemptError):
        result.status = "error"
        if exc.traceback:
            result.message += f"\n{exc.traceback.rstrip()}"
    elif call.excinfo is not None and call.excinfo.errisinstance(pytest.skip.Exception):
        result.status, result.message = "error", f"the check was skipped: {exc}"
    else:
        result.status = "fail"
    return result


def _example(notes: list[str]) -> str:
    """Hypothesis' falsifying example, without the fixtures and the author's replay blob."""
    lines = "\n".join(notes).splitlines()
    keep = [ln for ln in lines if not ln.strip().startswith(
        ("attempt=", "reference=", "attempt_source=", "You can reproduce", "@reproduce_failure",
         "# The test always failed"))]
    return "\n".join(keep).strip()


def _message(exc: BaseException) -> str:
    if isinstance(exc, AttemptError):
        return str(exc)
    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        return message
    text = str(exc).strip()
    if isinstance(exc, AssertionError):
        return text or "assertion failed"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def describe_call(label: str, args: tuple, kwargs: dict) -> str:
    from katas.render import short_repr

    parts = [short_repr(a) for a in args] + [f"{k}={short_repr(v)}" for k, v in kwargs.items()]
    return f"{label}({', '.join(parts)})"
