"""Style rules read from the attempt's source: banned calls and Python loops, with line numbers."""

from __future__ import annotations

import ast

from kit.asserts import CheckFailure


def _tree(source: str) -> ast.AST:
    try:
        return ast.parse(source)
    except (SyntaxError, RecursionError, MemoryError, ValueError) as exc:
        raise CheckFailure(f"the file could not be parsed for style rules: {exc}") from None


def _dotted(node: ast.AST) -> str:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
    return ".".join(reversed(parts))


def _tail(dotted: str) -> str:
    return ".".join(dotted.split(".")[-2:])


def _aliases(tree: ast.AST) -> dict[str, str]:
    """Local name -> full dotted name, from the file's imports (``np`` -> ``numpy``)."""
    aliases = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    aliases[alias.asname] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return aliases


def banned_calls(source: str, names: set[str]) -> list[tuple[int, str]]:
    """(line, name) of every use of a banned function, however it was imported or aliased:
    ``names`` are full dotted names (``numpy.linalg.inv``); a use matches when its name, with
    import aliases resolved, is one of them or ends with the same last two components."""
    tree = _tree(source)
    aliases = _aliases(tree)
    tails = {_tail(n) for n in names}

    def banned(dotted: str) -> bool:
        head, _, rest = dotted.partition(".")
        resolved = ".".join(filter(None, (aliases.get(head, head), rest)))
        return resolved in names or _tail(dotted) in tails or _tail(resolved) in tails

    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and banned(_dotted(node)):
            found.append((node.lineno, _dotted(node)))
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                if banned(full):
                    found.append((node.lineno, full))
    return sorted(set(found))


def forbid_calls(source: str, names: set[str], reason: str) -> None:
    found = banned_calls(source, names)
    if found:
        where = ", ".join(f"line {line}: {name}" for line, name in found)
        raise CheckFailure(f"the kata asks you not to use {', '.join(sorted(names))} ({where})",
                           help=reason)


def python_loops(source: str, function: str) -> list[int]:
    """Lines of ``for``/``while`` loops and comprehensions inside ``function``."""
    for node in ast.walk(_tree(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == function:
            return sorted(n.lineno for n in ast.walk(node) if isinstance(
                n, (ast.For, ast.While, ast.ListComp, ast.SetComp, ast.DictComp,
                    ast.GeneratorExp)))
    return []


def import_lines(source: str, packages: set[str]) -> list[int]:
    """Lines that import any of the top-level ``packages`` (``sklearn``, ...), however spelled."""
    lines = []
    for node in ast.walk(_tree(source)):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            continue
        if any(n.split(".")[0] in packages for n in names):
            lines.append(node.lineno)
    return lines


def names_used(source: str, banned: set[str]) -> list[tuple[int, str]]:
    """(line, name) of every imported name or attribute in ``banned``, however it was imported
    or aliased (a bare name needs an import, which is caught)."""
    found = set()
    for node in ast.walk(_tree(source)):
        if isinstance(node, ast.Attribute):
            names = [node.attr]
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name.split(".")[-1] for a in node.names]
        else:
            continue
        found.update((node.lineno, n) for n in names if n in banned)
    return sorted(found)
