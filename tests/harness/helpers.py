"""Helpers shared by the harness's own tests."""

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def attempt_folder(tmp_path: Path, kata, source: Path | str) -> Path:
    """A folder of attempts holding ``source`` (a file, or text) as the kata's attempt."""
    folder = tmp_path / "attempts" / kata.chapter
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / kata.filename
    if isinstance(source, Path):
        shutil.copy(source, target)
    else:
        target.write_text(source, encoding="utf-8")
    return tmp_path / "attempts"


PROJECT_PYPROJECT = """
[tool.pytest.ini_options]
addopts = "-p no:cacheprovider -p katas.plugin --import-mode=importlib"
"""

TOY_METADATA = """
[[kata]]
name = "twice"
title = "Double a number or an array"
questions = [1]
difficulty = 1
hints = ["multiply by two"]
max_examples = 10
call_timeout_s = 1.0
budget_s = 20.0

[[kata]]
name = "inc"
title = "Add one"
questions = [2]
difficulty = 1
hints = ["add one"]
"""

TOY_CHECKS = {
    "twice": '''
import numpy as np
from hypothesis import given, strategies as st


def test_fixed(attempt):
    """twice(3) is 6"""
    assert attempt.twice(3) == 6


@given(st.integers(-1000, 1000))
def test_property(attempt, n):
    """twice(n) is 2n"""
    assert attempt.twice(n) == 2 * n


def test_array(attempt):
    """twice doubles every element of an array"""
    x = np.arange(4.0)
    out = attempt.twice(x)
    assert type(out) is np.ndarray and out.shape == (4,) and np.array_equal(out, 2 * x)
''',
    "inc": '''
def test_fixed(attempt):
    """inc(1) is 2"""
    assert attempt.inc(1) == 2
''',
}

TOY_REFERENCES = {"twice": "def twice(x):\n    return 2 * x\n",
                  "inc": "def inc(x):\n    return x + 1\n"}


def toy_project(root: Path) -> Path:
    """A two-kata project (ch99/twice, ch99/inc) for testing the harness apart from the content."""
    chapter = "ch99_toy"
    for folder in ("exercises", "solutions", "tests/katas"):
        (root / folder / chapter).mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text(PROJECT_PYPROJECT)
    (root / "exercises" / chapter / "katas.toml").write_text(TOY_METADATA)
    for name in TOY_CHECKS:
        (root / "tests" / "katas" / chapter / f"test_{name}.py").write_text(TOY_CHECKS[name])
        (root / "solutions" / chapter / f"{name}.py").write_text(TOY_REFERENCES[name])
        stub = f"def {name}(x):\n    raise NotImplementedError\n"
        (root / "exercises" / chapter / f"{name}.py").write_text(stub)
    return root


def tree_digest(root: Path) -> dict[str, str]:
    """Content hash of every file below root, to prove a run changed nothing there."""
    import hashlib

    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}
