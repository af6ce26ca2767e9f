"""Cutting a module down to some of its top-level definitions and everything they need.

Used to ship the public checks of a kata (and nothing of its hidden ones) in a handout: the kept
functions, the module-level helpers, constants and imports they reference, transitively, in their
original order and text."""

from __future__ import annotations

import ast

Statement = ast.stmt


def _bound(node: Statement) -> set[str]:
    """Names a top-level statement binds."""
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return {node.name}
    if isinstance(node, ast.Import | ast.ImportFrom):
        return {(a.asname or a.name).split(".")[0] for a in node.names}
    targets: list[ast.expr] = []
    if isinstance(node, ast.Assign):
        targets = node.targets
    elif isinstance(node, ast.AnnAssign | ast.AugAssign):
        targets = [node.target]
    return {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}


def _used(node: Statement) -> set[str]:
    """Names a statement reads (over-approximated: any Name it loads, anywhere inside it)."""
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


def keep_only(source: str, names: set[str], docstring: str) -> str:
    """``source`` reduced to the top-level definitions in ``names`` plus what they need."""
    tree = ast.parse(source)
    body = [s for s in tree.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    missing = names - set().union(*(_bound(s) for s in body))
    if missing:
        raise LookupError(f"not defined at module level: {sorted(missing)}")
    wanted, kept = set(names), set()
    changed = True
    while changed:  # close over the dependencies
        changed = False
        for index, stmt in enumerate(body):
            if index not in kept and (_bound(stmt) & wanted or isinstance(stmt, ast.ImportFrom)
                                      and stmt.module == "__future__"):
                kept.add(index)
                wanted |= _used(stmt)
                changed = True
    lines = source.splitlines()
    text, previous = f'"""{docstring}"""\n', None
    for index in sorted(kept):
        stmt = body[index]
        start = min([stmt.lineno, *(d.lineno for d in getattr(stmt, "decorator_list", []))])
        imports = isinstance(stmt, ast.Import | ast.ImportFrom)
        text += "" if imports and previous else "\n\n"
        text += "\n".join(lines[start - 1:stmt.end_lineno]) + "\n"
        previous = imports
    return text
