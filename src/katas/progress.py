"""The learner's progress and history: a SQLite file in the workspace's `.katas/` folder.

Deleting `.katas/` loses only progress (results, hints used, reveals), never exercises.
"""

from __future__ import annotations

import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from katas.record import RunRecord

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS results (
    at TEXT NOT NULL, kata TEXT NOT NULL, status TEXT NOT NULL, score REAL NOT NULL,
    max_score REAL NOT NULL, passed_checks INTEGER NOT NULL, checks INTEGER NOT NULL,
    attempt_sha256 TEXT NOT NULL, seed INTEGER
);
CREATE INDEX IF NOT EXISTS results_kata ON results (kata, at);
CREATE TABLE IF NOT EXISTS hints (at TEXT NOT NULL, kata TEXT NOT NULL, level INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS reveals (at TEXT NOT NULL, kata TEXT NOT NULL, forced INTEGER NOT NULL);
"""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Progress:
    def __init__(self, root: Path) -> None:
        self.folder = root / ".katas"
        self.folder.mkdir(exist_ok=True)
        gitignore = self.folder / ".gitignore"
        if not gitignore.exists():
            gitignore.write_text("*\n")
        self.db = sqlite3.connect(self.folder / "progress.sqlite")
        self.db.executescript(SCHEMA)
        if self.meta("start_commit") is None:  # what `katas reset` restores stubs from
            commit = _git(root, "rev-parse", "HEAD")
            if commit:
                self.set_meta("start_commit", commit.strip())

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def record(self, run: RunRecord) -> None:
        with self.db:
            for k in run.katas:
                if k.status in ("missing", "infra_error"):
                    continue
                self.db.execute(
                    "INSERT INTO results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (now(), k.id, k.status, k.score, k.max_score,
                     sum(c.status == "pass" for c in k.checks), len(k.checks),
                     k.attempt_sha256, run.seed))

    def latest(self) -> dict[str, tuple[str, str]]:
        """kata id -> (status, attempt hash) of its most recent check."""
        rows = self.db.execute(
            "SELECT kata, status, attempt_sha256 FROM results r WHERE rowid = "
            "(SELECT MAX(rowid) FROM results WHERE kata = r.kata)").fetchall()
        return {kata: (status, sha) for kata, status, sha in rows}

    def first_pass(self, kata: str) -> str | None:
        row = self.db.execute("SELECT MIN(at) FROM results WHERE kata = ? AND status = 'passed'",
                              (kata,)).fetchone()
        return row[0] if row else None

    def hints_used(self, kata: str) -> int:
        return self.db.execute("SELECT COUNT(*) FROM hints WHERE kata = ?", (kata,)).fetchone()[0]

    def use_hint(self, kata: str, level: int) -> None:
        with self.db:
            self.db.execute("INSERT INTO hints VALUES (?, ?, ?)", (now(), kata, level))

    def reveal(self, kata: str, forced: bool) -> None:
        with self.db:
            self.db.execute("INSERT INTO reveals VALUES (?, ?, ?)", (now(), kata, int(forced)))


def _git(root: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.decode("utf-8", "replace") if done.returncode == 0 else None


def pristine_stub(root: Path, path: Path) -> str | None:
    """The stub as handed out: from the commit recorded when progress tracking began, else HEAD."""
    relative = path.resolve().relative_to(root.resolve()).as_posix()
    for commit in (Progress(root).meta("start_commit"), "HEAD"):
        text = _git(root, "show", f"{commit}:{relative}") if commit else None
        if text is not None:
            return text
    return None
