"""The authoring gate: one battery applied to every kata of the catalog.

For each kata: the reference passes every check; the untouched stub is `not_attempted`; every decoy
(spliced into the reference, see `katas.decoys`) fails and holds only what it changes; stub and
reference have the same public signatures; the metadata and statement are complete;
the checks never import the attempt or the reference themselves.
"""

import ast
import importlib.util
import inspect
import re

import pytest
from helpers import ROOT, attempt_folder

from katas import runner
from katas.catalog import load_catalog
from katas.decoys import materialise, minimal

CATALOG = load_catalog(ROOT)
KATAS = list(CATALOG.katas)
DECOYS = [(k, d) for k in KATAS for d in sorted(k.decoys_dir(ROOT).glob("*.py"))]
MIN_DECOYS = 3


def ids(kata):
    return kata.id


def _public(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {n: inspect.signature(v) for n, v in vars(module).items()
            if not n.startswith("_") and (inspect.isfunction(v) or inspect.isclass(v))
            and v.__module__ == name}


@pytest.mark.parametrize("kata", KATAS, ids=ids)
def test_reference_passes_every_check(kata):
    record = runner.run(CATALOG, [kata], ROOT / "solutions")
    result = record.katas[0]
    failing = [(c.name, c.status, c.message[:300]) for c in result.checks if c.status != "pass"]
    assert result.status == "passed", (result.status, result.message, failing)


@pytest.mark.parametrize("kata", KATAS, ids=ids)
def test_untouched_stub_is_not_attempted(kata):
    record = runner.run(CATALOG, [kata], ROOT / "exercises")
    assert record.katas[0].status == "not_attempted", record.katas[0]


@pytest.mark.parametrize(("kata", "decoy"), DECOYS,
                         ids=[f"{k.id}:{d.stem}" for k, d in DECOYS])
def test_decoy_is_rejected(kata, decoy, tmp_path):
    full = materialise(kata.reference_path(ROOT).read_text(), decoy.read_text())
    folder = attempt_folder(tmp_path, kata, full)
    record = runner.run(CATALOG, [kata], folder, first_failure_only=True)
    assert record.katas[0].status == "failed", (
        f"decoy {decoy.name} was not rejected by the checks: {record.katas[0].status}")


@pytest.mark.parametrize(("kata", "decoy"), DECOYS,
                         ids=[f"{k.id}:{d.stem}" for k, d in DECOYS])
def test_decoy_holds_only_its_mistake(kata, decoy):
    """A decoy is the reference's definitions it changes, not a copy of the reference."""
    text = decoy.read_text()
    assert (ast.get_docstring(ast.parse(text)) or "").startswith("Decoy: "), "no 'Decoy: ...' docstring"
    same = minimal(kata.reference_path(ROOT).read_text(), text)
    assert not same, f"{', '.join(same)} {'is' if len(same) == 1 else 'are'} the same as in the reference"
    assert materialise(kata.reference_path(ROOT).read_text(), text) != kata.reference_path(ROOT).read_text()


@pytest.mark.parametrize("kata", KATAS, ids=ids)
def test_stub_and_reference_signatures_match(kata):
    stub = _public(kata.stub_path(ROOT), f"stub_{kata.name}")
    reference = _public(kata.reference_path(ROOT), f"ref_{kata.name}")
    assert stub, "the stub defines no public function or class"
    assert stub == reference


@pytest.mark.parametrize("kata", KATAS, ids=ids)
def test_metadata_is_complete(kata):
    assert kata.title and kata.questions and 1 <= kata.difficulty <= 3 and kata.hints
    assert kata.checks_path(ROOT).exists(), "no checks file"
    assert kata.reference_path(ROOT).exists(), "no reference"
    assert len(list(kata.decoys_dir(ROOT).glob("*.py"))) >= MIN_DECOYS, "too few decoys"
    checks = {n.name for n in ast.parse(kata.checks_path(ROOT).read_text()).body
              if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")}
    assert set(kata.public_checks) <= checks, "public_checks names a check that does not exist"


@pytest.mark.parametrize("kata", KATAS, ids=ids)
def test_statement_states_the_contract(kata):
    statement = ast.get_docstring(ast.parse(kata.stub_path(ROOT).read_text())) or ""
    for word in ("Tolerance", "Raises"):
        assert re.search(rf"^{word}", statement, re.M), f"the statement has no '{word}:' paragraph"
    for q in kata.questions:
        assert f"Q{q}" in statement, f"the statement does not name guide question Q{q}"
    stub = ast.parse(kata.stub_path(ROOT).read_text())
    for node in ast.walk(stub):
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            assert ast.get_docstring(node), f"{node.name} has no docstring"


@pytest.mark.parametrize("kata", KATAS, ids=ids)
def test_checks_never_import_attempt_or_reference(kata):
    tree = ast.parse(kata.checks_path(ROOT).read_text())
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
            assert not any(n.split(".")[0] in ("exercises", "solutions", "importlib")
                           for n in names), f"line {node.lineno} imports {names}"
        if isinstance(node, ast.Name):
            assert node.id not in ("__import__", "exec", "eval"), f"line {node.lineno}"


def test_concept_questions_name_existing_katas():
    ids = {k.id for k in KATAS}
    for concept in CATALOG.concepts:
        assert concept.carried_by is None or concept.carried_by in ids, concept
