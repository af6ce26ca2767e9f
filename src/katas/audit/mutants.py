"""The mutation engine: mutmut's operators applied to one reference, one standalone file per mutant."""

from __future__ import annotations

import ast
import contextlib
import difflib
import hashlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Mutant:
    key: str  # stable across unrelated edits: "function:hash of the changed lines"
    function: str
    line: int
    diff: str  # unified diff against the reference
    source: str  # the whole mutated module


@contextlib.contextmanager
def _mutmut_settings() -> Iterator[None]:
    """mutmut reads its settings from the working folder; give it an empty one, so the mutants do
    not depend on where the audit was started (its defaults are what we want)."""
    from mutmut import configuration

    here = Path.cwd()
    with tempfile.TemporaryDirectory(prefix="katas-mutmut-") as folder:
        Path(folder, "pyproject.toml").write_text('[tool.mutmut]\nsource_paths = ["."]\n')
        os.chdir(folder)
        configuration.reset_config()
        try:
            configuration.config()
        finally:
            os.chdir(here)
        yield
    configuration.reset_config()


def mutants_of(path: Path, label: str) -> list[Mutant]:
    """Every mutant mutmut makes of the functions in ``path`` (shown as ``label`` in diffs), less
    the ones that change only a docstring or an exception's message (no statement promises a
    message's words)."""
    from mutmut.mutation.file_mutation import create_mutations

    code = path.read_text(encoding="utf-8")
    with _mutmut_settings():
        module, mutations, _, _ = create_mutations(path.name, code)
    original = _meaning(code)
    mutants: list[Mutant] = []
    seen: dict[str, int] = {}
    for mutation in mutations:
        source = module.deep_replace(mutation.original_node, mutation.mutated_node).code
        if _meaning(source) == original:
            continue
        function = getattr(getattr(mutation.contained_by_top_level_function, "name", None), "value", "?")
        diff, line, changed = _diff(code, source, label)
        base = f"{function}:{hashlib.sha256(changed.encode()).hexdigest()[:10]}"
        seen[base] = seen.get(base, 0) + 1  # the same edit on two identical lines
        key = base if seen[base] == 1 else f"{base}#{seen[base]}"
        mutants.append(Mutant(key, function, line, diff, source))
    return mutants


def _diff(before: str, after: str, label: str) -> tuple[str, int, str]:
    """The unified diff, the first changed line, and the changed lines without line numbers."""
    old, new = before.splitlines(True), after.splitlines(True)
    lines = list(difflib.unified_diff(old, new, label, "mutant", n=1))
    changed = "".join(ln.strip() + "\n" for ln in lines[2:] if ln[:1] in "+-")
    line = next((i for i, (a, b) in enumerate(zip(old, new, strict=False), 1) if a != b), len(old))
    return "".join(lines), line, changed


class _Plain(ast.NodeTransformer):
    """Drops what cannot change a result: docstrings and the arguments of raised exceptions."""

    def visit_Raise(self, node: ast.Raise) -> ast.Raise:
        if isinstance(node.exc, ast.Call):
            node.exc.args, node.exc.keywords = [], []
        return node

    def generic_visit(self, node: ast.AST) -> ast.AST:
        body = getattr(node, "body", None)
        if (isinstance(body, list) and body and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str)):
            node.body = body[1:]  # type: ignore[attr-defined]
        return super().generic_visit(node)


def _meaning(code: str) -> str:
    return ast.dump(_Plain().visit(ast.parse(code)))
