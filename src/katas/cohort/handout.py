"""`katas handout`: the folder a cohort receives: stubs, the public checks only, and a README.

Public checks are shipped as real pytest files cut from the kata's hidden checks file (only the
public test functions and the module-level helpers they use, see :mod:`katas.cohort.extract`),
plus the shared check helpers (`kit`) and a conftest whose `attempt` fixture imports the learner's
file in process. A public check that needs the reference solution cannot be shipped: that is an
error, never a silent leak."""

from __future__ import annotations

import ast
import shutil
import tomllib
from pathlib import Path

from katas.catalog import CatalogError, Kata
from katas.cohort.assignment import Assignment
from katas.cohort.extract import keep_only

CONFTEST = '''"""Runs the public checks in this process against your files one folder up."""

import importlib.util
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("handout", derandomize=True, database=None, deadline=None,
                          max_examples=25, suppress_health_check=(HealthCheck.too_slow,))
settings.load_profile("handout")
HANDOUT = Path(__file__).resolve().parent.parent


def _attempt_path(request):
    return HANDOUT / request.path.parent.name / (request.path.stem.removeprefix("test_") + ".py")


@pytest.fixture(scope="module")
def attempt(request):
    path = _attempt_path(request)
    spec = importlib.util.spec_from_file_location(f"attempt_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def attempt_source(request):
    return _attempt_path(request).read_text(encoding="utf-8")
'''
PYTEST_INI = """[pytest]
addopts = -p no:cacheprovider --import-mode=importlib
pythonpath = .
"""
SHIM_ATTEMPT = '''"""Stand-in for the grader's module: in a handout your exceptions arrive as themselves."""


class AttemptError(Exception):
    """Never raised here."""
'''
NOT_NEEDED_BY_CHECKS = {"rich", "watchfiles"}


def build_handout(assignment: Assignment, out: Path) -> list[Path]:
    """Write the handout folder; return the files written."""
    if out.exists() and any(out.iterdir()):
        raise CatalogError(f"{out} exists and is not empty; choose a new folder")
    root = assignment.root
    checks = out / "public_checks"
    files: dict[Path, str] = {
        checks / "conftest.py": CONFTEST,
        checks / "pytest.ini": PYTEST_INI,
        checks / "katas" / "__init__.py": "",
        checks / "katas" / "attempt.py": SHIM_ATTEMPT,
        checks / "katas" / "worker.py": keep_only(
            (root / "src" / "katas" / "worker.py").read_text(encoding="utf-8"), {"memory_facts"},
            "Stand-in for the grader's module: what the check helpers need of it."),
    }
    for helper in sorted((root / "tests" / "katas" / "kit").glob("*.py")):
        files[checks / "kit" / helper.name] = helper.read_text(encoding="utf-8")
    for kata in assignment.katas:
        files[out / kata.chapter / kata.filename] = kata.stub_path(root).read_text(encoding="utf-8")
        if kata.public_checks:
            files[checks / kata.chapter / f"test_{kata.name}.py"] = public_checks_source(kata, root)
    files[out / "README.md"] = readme(assignment)
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return sorted(files)


def public_checks_source(kata: Kata, root: Path) -> str:
    source = kata.checks_path(root).read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef) and node.name in kata.public_checks:
            if "reference" in {a.arg for a in node.args.args}:
                raise CatalogError(f"{kata.id}: public check {node.name} uses the reference "
                                   "solution, which a handout must not contain")
    return keep_only(source, set(kata.public_checks),
                     f"Public checks for {kata.id} ({kata.title}); the grader runs more.")


def requirements(root: Path) -> list[str]:
    """The pinned libraries the checks need, from the project's pyproject.toml."""
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [d for d in project["dependencies"] if d.split("==")[0] not in NOT_NEEDED_BY_CHECKS]


def readme(assignment: Assignment) -> str:
    rows = "\n".join(
        f"| `{k.chapter}/{k.filename}` | {k.title} | {k.points:g} | {len(k.public_checks)} |"
        for k in assignment.katas)
    due = f"**Due:** {assignment.due}  \n" if assignment.due else ""
    first = assignment.katas[0]
    return f"""# {assignment.title}

{due}**Points:** {assignment.max_score:g}

| file | kata | points | public checks |
| --- | --- | ---: | ---: |
{rows}

## What to do

Each file starts with its statement: what to write, the signature, the output types, the
tolerance the checks use and which exception bad input raises. Replace every
`raise NotImplementedError` with your code. Keep the file names and the chapter folders.

## Check your work locally

`public_checks/` holds some of the checks the grader runs (the grader runs more, on other
inputs, with the same tolerances). With Python 3.11+:

```console
$ python -m venv .venv && . .venv/bin/activate
$ python -m pip install {" ".join(requirements(assignment.root))}
$ python -m pytest public_checks -q
$ python -m pytest public_checks/{first.chapter}/test_{first.name}.py -q   # one kata
```

## Hand in

Zip this folder (or just the chapter folders with your files) and hand in the zip, one per person.
Files may be in their chapter folders (`{first.chapter}/{first.filename}`,
as here) or at the top level of the zip (`{first.filename}`). Other files are ignored;
symbolic links, absolute paths and `..` in the zip make it rejected.
"""


def copy_tree(source: Path, target: Path) -> None:
    """Copy a handout elsewhere (used by tests and the benchmark)."""
    shutil.copytree(source, target, dirs_exist_ok=True)
