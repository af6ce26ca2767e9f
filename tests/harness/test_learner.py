"""The learner's loop through the real `katas` entry point, on a toy project in a git checkout."""

import json
import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import toy_project

KATAS = str(Path(sys.executable).with_name("katas"))
CORRECT_TWICE = "def twice(x):\n    return 2 * x\n"
CONCEPT = '\n[[concept]]\nquestion = 3\ntitle = "why doubling matters"\ncarried_by = "twice"\n'


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = toy_project(tmp_path / "project")
    with open(root / "exercises" / "ch99_toy" / "katas.toml", "a") as f:
        f.write(CONCEPT)
    for args in (["init", "-q"], ["add", "-A"],
                 ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "handout"]):
        subprocess.run(["git", *args], cwd=root, check=True)
    return root


def katas(project: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([KATAS, *args], cwd=project, capture_output=True, text=True,
                          timeout=300, env={**os.environ, **(env or {})})


def test_list_hint_next_solution_questions(project):
    assert "0/2" in katas(project, "list").stdout
    first = katas(project, "hint", "twice").stdout
    second = katas(project, "hint", "twice").stdout
    assert "Hint 1/1" in first and "multiply by two" in first and "last hint" in second
    assert "ch99/twice" in katas(project, "next").stdout
    refused = katas(project, "solution", "twice")
    assert refused.returncode == 1 and "return 2 * x" not in refused.stdout
    (project / "exercises" / "ch99_toy" / "twice.py").write_text(CORRECT_TWICE)
    assert katas(project, "check", "twice").returncode == 0
    assert "1/2" in katas(project, "list").stdout
    assert "ch99/inc" in katas(project, "next").stdout
    shown = katas(project, "solution", "twice")
    assert shown.returncode == 0 and "return 2 * x" in shown.stdout
    table = katas(project, "questions", "Q1-Q3").stdout
    assert "Q1" in table and "passed" in table and "concept" in table and "ch99/twice" in table


def test_reset_keeps_a_backup(project):
    attempt = project / "exercises" / "ch99_toy" / "twice.py"
    stub = attempt.read_text()
    attempt.write_text("# my work\n" + CORRECT_TWICE)
    done = katas(project, "reset", "twice")
    assert done.returncode == 0 and attempt.read_text() == stub
    backups = list((project / ".katas" / "backups").rglob("twice-*.py"))
    assert len(backups) == 1 and backups[0].read_text().startswith("# my work")
    assert "already" in katas(project, "reset", "twice").stdout


def test_watch_rechecks_on_save_failing_checks_first(project):
    attempt = project / "exercises" / "ch99_toy" / "twice.py"
    proc = subprocess.Popen([KATAS, "watch", "ch99/twice"], cwd=project, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    try:
        output = _read_until(proc, "Save a file", 120)
        assert "not attempted" in output
        time.sleep(0.5)
        attempt.write_text("def twice(x):\n    return x + x if isinstance(x, int) else x\n")
        output = _read_until(proc, "Save a file", 120)
        assert "2/3 checks" in output and "failed last time" not in output
        time.sleep(0.5)
        attempt.write_text(CORRECT_TWICE)
        output = _read_until(proc, "Save a file", 120)
        quick, _, full = output.partition("Running all the checks")
        assert "the checks that failed last time" in quick and "twice doubles every element" in quick
        assert "twice(n) is 2n" not in quick  # a passing check is not re-run first
        assert "1/1 passed" in full
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0


def _read_until(proc: subprocess.Popen, marker: str, timeout: float) -> str:
    text, deadline = "", time.monotonic() + timeout
    while marker not in text:
        assert time.monotonic() < deadline, f"no {marker!r} in:\n{text}"
        if select.select([proc.stdout], [], [], 0.5)[0]:
            text += os.read(proc.stdout.fileno(), 65536).decode("utf-8", "replace")
    return text


def test_interview_stops_at_the_deadline_and_writes_a_report(project):
    start = time.monotonic()
    done = katas(project, "interview", "--minutes", "0.05", "--count", "2", "--seed", "4")
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - start < 60
    assert "No hints" in done.stdout and "Time is up" in done.stdout
    reports = list((project / ".katas" / "interviews").glob("*.json"))
    assert len(reports) == 1
    report = json.loads(reports[0].read_text())
    assert report["seed"] == 4 and len(report["katas"]) == 2
    assert all(k["passed_after_s"] is None and k["hints_used"] == 0 for k in report["katas"])
    assert reports[0].with_suffix(".md").exists()


def _pty_output(project: Path, env: dict) -> str:
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(project)
        os.execve(KATAS, [KATAS, "check", "twice"], {**os.environ, "TERM": "xterm", **env})
    chunks = []
    while True:
        try:
            data = os.read(fd, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.waitpid(pid, 0)
    return b"".join(chunks).decode("utf-8", "replace")


def test_colour_only_on_a_terminal_and_no_color_is_honoured(project):
    assert "\x1b[" in _pty_output(project, {})
    assert "\x1b[" not in _pty_output(project, {"NO_COLOR": "1"})
    assert "\x1b[" not in katas(project, "check", "twice").stdout
