"""The catalog: chapters and katas as declared in each chapter's ``katas.toml``, and target lookup."""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

METADATA = "katas.toml"


class CatalogError(Exception):
    """The catalog cannot be read, or a target names nothing in it."""


@dataclass(frozen=True)
class Kata:
    id: str  # "ch08/ridge"
    chapter: str  # "ch08_regression"
    name: str  # "ridge"
    title: str
    questions: tuple[int, ...]
    difficulty: int
    hints: tuple[str, ...]
    points: float = 1.0
    max_examples: int = 25
    call_timeout_s: float = 5.0
    memory_mib: int = 4096  # the worker's address-space limit
    budget_s: float = 60.0
    public_checks: tuple[str, ...] = ()

    @property
    def filename(self) -> str:
        return f"{self.name}.py"

    def stub_path(self, root: Path) -> Path:
        return root / "exercises" / self.chapter / self.filename

    def reference_path(self, root: Path) -> Path:
        return root / "solutions" / self.chapter / self.filename

    def checks_path(self, root: Path) -> Path:
        return root / "tests" / "katas" / self.chapter / f"test_{self.name}.py"

    def decoys_dir(self, root: Path) -> Path:
        return root / "tests" / "decoys" / self.chapter / self.name


@dataclass(frozen=True)
class Concept:
    """A guide question with nothing to implement; its testable claims live in a kata's checks."""

    question: int
    title: str
    carried_by: str | None  # kata id, or None when nothing in it is testable
    reason: str


@dataclass(frozen=True)
class Catalog:
    root: Path
    katas: tuple[Kata, ...] = field(default_factory=tuple)
    concepts: tuple[Concept, ...] = field(default_factory=tuple)

    def get(self, kata_id: str) -> Kata:
        for kata in self.katas:
            if kata.id == kata_id:
                return kata
        raise CatalogError(f"no kata {kata_id!r}")

    def select(self, targets: list[str]) -> list[Kata]:
        """Katas named by the targets, in catalog order, each once.

        A target is ``chapter8``, ``ch08``, ``ch08_regression``, ``ch08/ridge``, ``ridge`` or
        ``all``; an unknown one is an error that lists close matches.
        """
        chosen: set[str] = set()
        for target in targets or ["all"]:
            chosen.update(k.id for k in self._match(target))
        return [k for k in self.katas if k.id in chosen]

    def _match(self, target: str) -> list[Kata]:
        t = target.strip().strip("/").lower()
        if t == "all":
            return list(self.katas)
        m = re.fullmatch(r"(?:chapter|ch)0*(\d+)(?:_[a-z_]+)?", t)
        if m:
            found = [k for k in self.katas if int(k.chapter[2:4]) == int(m.group(1))]
        elif "/" in t:
            found = [k for k in self.katas if k.id == t or f"{k.chapter}/{k.name}" == t]
        else:
            found = [k for k in self.katas if k.name == t]
        if not found:
            names = sorted({k.id for k in self.katas} | {k.name for k in self.katas}
                           | {k.chapter for k in self.katas}
                           | {f"chapter{int(k.chapter[2:4])}" for k in self.katas})
            close = difflib.get_close_matches(t, names, n=5, cutoff=0.5)
            hint = f" Did you mean: {', '.join(close)}?" if close else ""
            raise CatalogError(f"no kata or chapter matches {target!r}.{hint} "
                               "Run 'katas list' to see every kata.")
        return found


def find_root(start: Path | None = None) -> Path:
    """The project folder: $KATAS_ROOT, or the nearest parent of the working folder that holds
    ``exercises/`` and ``tests/katas/``."""
    env = os.environ.get("KATAS_ROOT")
    if env:
        return Path(env).resolve()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "exercises").is_dir() and (folder / "tests" / "katas").is_dir():
            return folder
    raise CatalogError("no kata project here: run from the project folder (the one holding "
                       "exercises/ and tests/katas/) or set KATAS_ROOT")


def load_catalog(root: Path | None = None) -> Catalog:
    root = root or find_root()
    katas: list[Kata] = []
    concepts: list[Concept] = []
    for meta in sorted((root / "exercises").glob(f"ch*/{METADATA}")):
        chapter_katas, chapter_concepts = _read_chapter(meta)
        katas += sorted(chapter_katas, key=lambda k: min(k.questions))  # the guide's order
        concepts += chapter_concepts
    return Catalog(root, tuple(katas), tuple(concepts))


def _read_chapter(meta: Path) -> tuple[list[Kata], list[Concept]]:
    chapter = meta.parent.name
    try:
        data = tomllib.loads(meta.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"{meta}: {exc}") from None
    concepts = [Concept(int(c["question"]), c["title"],
                        f"{chapter[:4]}/{c['carried_by']}" if c.get("carried_by") else None,
                        c.get("reason", "")) for c in data.get("concept", [])]
    katas = []
    for entry in data.get("kata", []):
        try:
            name = entry["name"]
            katas.append(Kata(
                id=f"{chapter[:4]}/{name}", chapter=chapter, name=name, title=entry["title"],
                questions=tuple(entry["questions"]), difficulty=int(entry["difficulty"]),
                hints=tuple(entry["hints"]), points=float(entry.get("points", 1.0)),
                max_examples=int(entry.get("max_examples", 25)),
                call_timeout_s=float(entry.get("call_timeout_s", 5.0)),
                memory_mib=int(entry.get("memory_mib", 4096)),
                budget_s=float(entry.get("budget_s", 60.0)),
                public_checks=tuple(entry.get("public_checks", ())),
            ))
        except (KeyError, TypeError, ValueError) as exc:
            raise CatalogError(f"{meta}: kata entry {entry.get('name', '?')!r} is incomplete: "
                               f"{exc!r}") from None
    return katas, concepts
