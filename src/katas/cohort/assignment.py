"""The assignment file (TOML): title, due date, katas, points, public checks, seed."""

from __future__ import annotations

import ast
import dataclasses
import hashlib
import tomllib
from dataclasses import dataclass
from pathlib import Path

from katas.catalog import Catalog, CatalogError, Kata
from katas.record import new_record

KEYS = {"title", "due", "katas", "points", "public", "seed"}


@dataclass(frozen=True)
class Assignment:
    title: str
    due: str  # ISO 8601 text, as written in the file
    katas: tuple[Kata, ...]  # points and public checks as the assignment sets them
    seed: int | None
    source: Path
    root: Path  # the kata project the katas come from

    @property
    def max_score(self) -> float:
        return sum(k.points for k in self.katas)

    def kata(self, kata_id: str) -> Kata:
        return next(k for k in self.katas if k.id == kata_id)

    def grader(self) -> str:
        """What a verdict depends on besides the learner's files and the seed: the harness version,
        the assignment's katas, points and public checks, and the bytes of every check file and
        shared check helper. A change to any of them makes every submission stale."""
        digest = hashlib.sha256()
        for kata in self.katas:
            digest.update(f"{kata.id}|{kata.points!r}|{','.join(kata.public_checks)}\n".encode())
            digest.update(kata.checks_path(self.root).read_bytes())
            digest.update(kata.reference_path(self.root).read_bytes())
        for helper in sorted((self.root / "tests" / "katas" / "kit").glob("*.py")):
            digest.update(helper.read_bytes())
        return f"{new_record(None, '').harness}+{digest.hexdigest()[:16]}"


def check_names(kata: Kata, root: Path) -> list[str]:
    """The check (test function) names of a kata, in file order."""
    tree = ast.parse(kata.checks_path(root).read_text(encoding="utf-8"))
    return [node.name for node in tree.body
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test")]


def load_assignment(path: Path, catalog: Catalog) -> Assignment:
    """Read and validate an assignment file; every problem is a :class:`CatalogError`."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CatalogError(f"{path}: {exc}") from None
    unknown = set(data) - KEYS
    if unknown:
        raise CatalogError(f"{path}: unknown keys {sorted(unknown)}; allowed: {sorted(KEYS)}")
    if not isinstance(data.get("title"), str) or not data.get("katas"):
        raise CatalogError(f"{path}: 'title' (text) and 'katas' (a list of targets) are required")
    katas = catalog.select([str(t) for t in data["katas"]])
    points, public = data.get("points", {}), data.get("public", {})
    for table, name in ((points, "points"), (public, "public")):
        stray = set(table) - {k.id for k in katas}
        if stray:
            raise CatalogError(f"{path}: [{name}] names katas not in the assignment: {sorted(stray)}")
    chosen = []
    for kata in katas:
        value = float(points.get(kata.id, kata.points))
        if value <= 0:
            raise CatalogError(f"{path}: points for {kata.id} must be positive")
        shown = tuple(public.get(kata.id, kata.public_checks))
        missing = set(shown) - set(check_names(kata, catalog.root))
        if missing:
            raise CatalogError(f"{path}: {kata.id} has no checks named {sorted(missing)}")
        chosen.append(dataclasses.replace(kata, points=value, public_checks=shown))
    seed = data.get("seed")
    if seed is not None and not isinstance(seed, int):
        raise CatalogError(f"{path}: 'seed' must be an integer")
    return Assignment(title=data["title"], due=str(data.get("due", "")), katas=tuple(chosen),
                      seed=seed, source=path.resolve(), root=catalog.root)
