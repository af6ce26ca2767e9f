"""The gradebook: one SQLite file with learners, submissions, runs (the full record JSON of each,
so every export can be regenerated without grading again), per-kata and per-check rows for
queries, and the history of re-grades (every run is kept; a learner's grade is their latest run)."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from katas.cohort.assignment import Assignment
from katas.cohort.submissions import Submission
from katas.record import CheckResult, KataResult, RunRecord

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS learners (id TEXT PRIMARY KEY, first_seen TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS submissions (
    id INTEGER PRIMARY KEY, learner TEXT NOT NULL REFERENCES learners(id), source TEXT NOT NULL,
    content_hash TEXT NOT NULL, intake TEXT NOT NULL, message TEXT NOT NULL, received TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY, submission INTEGER NOT NULL REFERENCES submissions(id),
    learner TEXT NOT NULL REFERENCES learners(id), graded_at TEXT NOT NULL, grader TEXT NOT NULL,
    seed INTEGER, content_hash TEXT NOT NULL,
    reason TEXT NOT NULL,   -- new | changed | grader changed | forced
    status TEXT NOT NULL,   -- graded | rejected | crashed | infra_error
    score REAL NOT NULL, max_score REAL NOT NULL, duration_s REAL NOT NULL, record TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS runs_learner ON runs (learner, id);
CREATE TABLE IF NOT EXISTS kata_results (
    run INTEGER NOT NULL REFERENCES runs(id), kata TEXT NOT NULL, status TEXT NOT NULL,
    score REAL NOT NULL, max_score REAL NOT NULL, attempt_sha256 TEXT NOT NULL,
    reused_from INTEGER);   -- the run whose verdict on the identical file was reused
CREATE INDEX IF NOT EXISTS kata_results_file ON kata_results (kata, attempt_sha256);
CREATE TABLE IF NOT EXISTS check_results (
    run INTEGER NOT NULL REFERENCES runs(id), kata TEXT NOT NULL, name TEXT NOT NULL,
    title TEXT NOT NULL, status TEXT NOT NULL, score REAL NOT NULL, max_score REAL NOT NULL,
    visibility TEXT NOT NULL, message TEXT NOT NULL, falsifying_example TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS check_results_run ON check_results (run);
"""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def record_from_json(text: str) -> RunRecord:
    data = json.loads(text)
    katas = [KataResult(**{**k, "checks": [CheckResult(**c) for c in k["checks"]]})
             for k in data.pop("katas")]
    return RunRecord(**data, katas=katas)


class Gradebook:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(path)
        self.db.row_factory = sqlite3.Row
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def meta(self) -> dict[str, str]:
        return {row["key"]: row["value"] for row in self.db.execute("SELECT key, value FROM meta")}

    def set_assignment(self, assignment: Assignment) -> None:
        values = {"title": assignment.title, "due": assignment.due, "source": str(assignment.source),
                  "max_score": f"{assignment.max_score:g}",
                  "katas": json.dumps([k.id for k in assignment.katas])}
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", values.items())

    def add_submission(self, submission: Submission) -> int:
        with self.db:
            self.db.execute("INSERT OR IGNORE INTO learners VALUES (?, ?)", (submission.learner, now()))
            cursor = self.db.execute(
                "INSERT INTO submissions (learner, source, content_hash, intake, message, received) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (submission.learner, str(submission.source), submission.content_hash,
                 submission.status, submission.message, now()))
        return int(cursor.lastrowid)

    def latest(self, learner: str) -> dict[str, Any] | None:
        """The learner's current run (id, grader, seed, content_hash, status), or None."""
        row = self.db.execute("SELECT id, grader, seed, content_hash, status FROM runs WHERE learner = ? "
                              "ORDER BY id DESC LIMIT 1", (learner,)).fetchone()
        return dict(row) if row else None

    def known_verdict(self, kata: str, sha256: str, grader: str,
                      seed: int | None) -> tuple[int, KataResult] | None:
        """A stored verdict on a byte-identical kata file under the same grader and seed."""
        row = self.db.execute(
            "SELECT r.id, r.record FROM kata_results k JOIN runs r ON k.run = r.id "
            "WHERE k.kata = ? AND k.attempt_sha256 = ? AND r.grader = ? AND r.seed IS ? "
            "AND r.status = 'graded' AND k.status != 'infra_error' ORDER BY r.id LIMIT 1",
            (kata, sha256, grader, seed)).fetchone()
        if row is None:
            return None
        return row["id"], next(k for k in record_from_json(row["record"]).katas if k.id == kata)

    def add_run(self, submission_id: int, learner: str, record: RunRecord, *, grader: str,
                content_hash: str, reason: str, status: str, reused: dict[str, int]) -> int:
        with self.db:
            cursor = self.db.execute(
                "INSERT INTO runs (submission, learner, graded_at, grader, seed, content_hash, reason, "
                "status, score, max_score, duration_s, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (submission_id, learner, now(), grader, record.seed, content_hash, reason, status,
                 record.score, record.max_score, record.duration_s, record.to_json()))
            run = int(cursor.lastrowid)
            self.db.executemany(
                "INSERT INTO kata_results VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(run, k.id, k.status, k.score, k.max_score, k.attempt_sha256, reused.get(k.id))
                 for k in record.katas])
            self.db.executemany(
                "INSERT INTO check_results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(run, k.id, c.name, c.title, c.status, c.score, c.max_score, c.visibility, c.message,
                  c.falsifying_example) for k in record.katas for c in k.checks])
        return run

    def current(self) -> list[tuple[str, dict[str, Any], RunRecord]]:
        """Per learner (sorted), their latest run's row and record."""
        rows = self.db.execute(
            "SELECT learner, id, graded_at, status, reason, score, max_score, duration_s, record "
            "FROM runs WHERE id IN (SELECT max(id) FROM runs GROUP BY learner) ORDER BY learner")
        return [(r["learner"], dict(r), record_from_json(r["record"])) for r in rows]

    def history(self, learner: str) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT id, graded_at, reason, status, score, content_hash FROM runs "
                               "WHERE learner = ? ORDER BY id", (learner,))
        return [dict(r) for r in rows]
