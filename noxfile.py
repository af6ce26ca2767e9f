"""Entry points: `nox -s check -- chapter8`, `nox -s tests`, `nox -s lint`, `nox -s bench`.

Environments are reused between runs (`reuse_venv`), so only the first run installs anything; the
project is installed editable, so edits to the harness take effect without reinstalling.
"""

import nox

nox.options.reuse_venv = "yes"
nox.options.sessions = ["tests"]


def _install(session: nox.Session) -> None:
    session.install("-e", ".")


@nox.session
def check(session: nox.Session) -> None:
    """Grade your attempts: nox -s check -- chapter8 (any `katas check` arguments work)."""
    _install(session)
    session.run("katas", "check", *(session.posargs or ["all"]))


@nox.session
def watch(session: nox.Session) -> None:
    """Re-check a kata whenever you save it: nox -s watch -- chapter8."""
    _install(session)
    session.run("katas", "watch", *(session.posargs or ["all"]))


@nox.session
def tests(session: nox.Session) -> None:
    """The harness's own tests and the authoring gate over every kata."""
    session.install("-e", ".[audit]")  # the audit's own tests use mutmut
    session.run("pytest", "tests/harness", *session.posargs)


@nox.session
def grade(session: nox.Session) -> None:
    """Grade a cohort: nox -s grade -- ASSIGNMENT.toml SUBMISSIONS [--workers N] [--force] [--feedback]."""
    _install(session)
    session.run("katas", "grade", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Cost of isolation: `katas check chapter8` vs a bare pytest run, and a warm re-check; then
    cohort grading vs one fresh process per submission (benchmarks/cohort.py)."""
    _install(session)
    session.run("python", "benchmarks/bench.py", *session.posargs)
    session.run("python", "benchmarks/cohort.py")


@nox.session
def audit(session: nox.Session) -> None:
    """How strong the hidden checks are: nox -s audit -- chapter8 [--flaky N] [--sample K] [--jobs J].

    Mutation score per kata and a flakiness audit; merges rows into docs/audit.json and re-renders
    docs/audit.md (see docs/audit.md for what is measured)."""
    session.install("-e", ".[audit]")
    session.run("nice", "python", "-m", "katas.audit", *(session.posargs or ["all"]), external=True)


@nox.session
def lint(session: nox.Session) -> None:
    session.install("ruff==0.17.6")
    session.run("ruff", "check", "src", "tests", "noxfile.py")
