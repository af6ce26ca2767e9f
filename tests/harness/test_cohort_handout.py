"""`katas handout`: stubs and public checks only; no reference, no hidden check; the public checks
run with plain pytest against the learner's files."""

import ast
import shutil
import subprocess
import sys

import pytest
from cohort_helpers import assignment
from helpers import ROOT

from katas.catalog import CatalogError
from katas.cohort.assignment import check_names
from katas.cohort.handout import build_handout

MANY = 'title = "Week 8"\ndue = "2026-12-04"\nkatas = ["ch08/ols", "ch08/ridge", "ch08/batch_gd"]\n'


@pytest.fixture(scope="module")
def handout(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("handout")
    a = assignment(tmp, MANY)
    build_handout(a, tmp / "out")
    return a, tmp / "out"


def _function_bodies(path):
    """Source of every function and method body in a reference (skipping one-liners)."""
    source = path.read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef) and len(node.body) > 1:
            body = [ast.get_source_segment(source, s) for s in node.body
                    if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
            yield node.name, "\n".join(b for b in body if b)


def test_handout_has_no_hidden_check_and_no_reference(handout):
    a, out = handout
    text = "\n".join(p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file())
    for kata in a.katas:
        hidden = set(check_names(kata, ROOT)) - set(kata.public_checks)
        assert hidden and not [name for name in hidden if name in text]
        for name, body in _function_bodies(kata.reference_path(ROOT)):
            assert body not in text, f"the handout holds the body of the reference's {name}"
        assert (out / kata.chapter / kata.filename).read_bytes() == kata.stub_path(ROOT).read_bytes()
        for check in kata.public_checks:
            shipped = out / "public_checks" / kata.chapter / f"test_{kata.name}.py"
            assert f"def {check}(" in shipped.read_text()


def test_handout_readme_says_what_and_when(handout):
    a, out = handout
    readme = (out / "README.md").read_text()
    assert a.title in readme and "2026-12-04" in readme and "**Points:** 30" in readme
    assert "python -m pytest public_checks" in readme and "numpy==" in readme


def test_public_checks_run_with_plain_pytest(handout, tmp_path):
    a, out = handout
    work = tmp_path / "learner"
    shutil.copytree(out, work)
    run = [sys.executable, "-m", "pytest", "public_checks", "-q"]
    stubs = subprocess.run(run, cwd=work, capture_output=True, text=True, timeout=300)
    assert stubs.returncode == 1 and "NotImplementedError" in stubs.stdout, stubs.stdout[-2000:]
    for kata in a.katas:
        shutil.copy(kata.reference_path(ROOT), work / kata.chapter / kata.filename)
    done = subprocess.run(run, cwd=work, capture_output=True, text=True, timeout=300)
    public = sum(len(k.public_checks) for k in a.katas)
    assert done.returncode == 0 and f"{public} passed" in done.stdout, done.stdout[-2000:]


def test_handout_refuses_a_public_check_that_needs_the_reference(tmp_path):
    a = assignment(tmp_path, 'title = "t"\nkatas = ["ch08/ridge"]\n'
                             '[public]\n"ch08/ridge" = ["test_path_rows_are_fits"]\n')
    with pytest.raises(CatalogError, match="uses the reference"):
        build_handout(a, tmp_path / "out")


def test_handout_refuses_a_folder_in_use(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "mine.txt").write_text("x")
    with pytest.raises(CatalogError, match="not empty"):
        build_handout(assignment(tmp_path), tmp_path / "out")
