"""Decoys: known-wrong attempts that a kata's checks must reject.

A decoy file holds only what differs from the kata's reference: a docstring ``Decoy: <the
mistake>.`` and the top-level definitions it replaces (functions, classes, assignments) or adds
(imports, helpers). :func:`materialise` splices them into the reference, so a decoy stays one
mistake away from the reference when the reference changes, and no decoy repeats it.
"""

from __future__ import annotations

import ast
from pathlib import Path


def _name(node: ast.stmt) -> str | None:
    """The name a top-level statement defines, if it defines exactly one."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return node.name
    targets = node.targets if isinstance(node, ast.Assign) else \
        [node.target] if isinstance(node, ast.AnnAssign) else []
    if len(targets) == 1 and isinstance(targets[0], ast.Name):
        return targets[0].id
    return None


def _span(node: ast.stmt) -> tuple[int, int]:
    """0-based first line (decorators included) and end line (exclusive) of a statement."""
    first = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))])
    return first - 1, node.end_lineno or node.lineno


def _docstring(tree: ast.Module) -> ast.stmt | None:
    first = tree.body[0] if tree.body else None
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \
            and isinstance(first.value.value, str):
        return first
    return None


def _body(tree: ast.Module) -> list[ast.stmt]:
    """Top-level statements without the module docstring."""
    return tree.body[1:] if _docstring(tree) else tree.body


def _text(lines: list[str], node: ast.stmt) -> str:
    start, end = _span(node)
    text = "".join(lines[start:end])
    return text if text.endswith("\n") else text + "\n"


def materialise(reference: str, decoy: str) -> str:
    """The full decoy module: the reference with the decoy's docstring and definitions spliced in
    (same name: replaced in place; new imports: after the reference's imports; anything else:
    appended at the end)."""
    ref_tree, decoy_tree = ast.parse(reference), ast.parse(decoy)
    lines, decoy_lines = reference.splitlines(keepends=True), decoy.splitlines(keepends=True)
    defined = {name: n for n in _body(ref_tree) if (name := _name(n))}
    ref_imports = [n for n in _body(ref_tree) if isinstance(n, (ast.Import, ast.ImportFrom))]
    known_imports = {ast.dump(n) for n in ref_imports}
    edits: list[tuple[int, int, str]] = []
    new_imports, appended = [], []
    for node in _body(decoy_tree):
        name = _name(node)
        if name in defined:
            edits.append((*_span(defined[name]), _text(decoy_lines, node)))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            if ast.dump(node) not in known_imports:
                new_imports.append(_text(decoy_lines, node))
        else:
            appended.append("\n\n" + _text(decoy_lines, node))
    ref_doc, decoy_doc = _docstring(ref_tree), _docstring(decoy_tree)
    after_imports = max((_span(n)[1] for n in ref_imports),
                        default=_span(ref_doc)[1] if ref_doc is not None else 0)
    edits.append((after_imports, after_imports, "".join(new_imports)))
    if decoy_doc is not None:
        start, end = _span(ref_doc) if ref_doc is not None else (0, 0)
        edits.append((start, end, _text(decoy_lines, decoy_doc)))
    # Bottom-up, so earlier spans keep their line numbers; an insertion point shared with a
    # replacement (imports right after the docstring) goes after it.
    for start, end, text in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        lines[start:end] = [text]
    return "".join(lines) + "".join(appended)


def minimal(reference: str, decoy: str) -> list[str]:
    """Names of the decoy's top-level definitions that are identical to the reference's: a decoy
    should hold only what it changes."""
    defined = {_name(n): ast.dump(n) for n in _body(ast.parse(reference)) if _name(n)}
    return [name for n in _body(ast.parse(decoy))
            if (name := _name(n)) and defined.get(name) == ast.dump(n)]


def write_materialised(reference: Path, decoy: Path, target: Path) -> Path:
    """Write the full decoy module to ``target`` (an attempt file) and return it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(materialise(reference.read_text(encoding="utf-8"),
                                  decoy.read_text(encoding="utf-8")), encoding="utf-8")
    return target
