"""The `katas` command through its real entry point, as a learner or an author uses it."""

import json
import shlex
import subprocess
import sys
from pathlib import Path

from helpers import ROOT, attempt_folder

from katas.catalog import load_catalog

KATAS = str(Path(sys.executable).with_name("katas"))
RIDGE = load_catalog(ROOT).get("ch08/ridge")
WRONG_RIDGE = RIDGE.decoys_dir(ROOT) / "penalised_intercept.py"


def katas(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([KATAS, *args], cwd=cwd, capture_output=True, text=True, timeout=600)


def test_untouched_stub_is_one_line_not_attempted():
    done = katas("check", "ch08/ridge")
    assert done.returncode == 1
    assert "not attempted" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr
    assert len(done.stdout.strip().splitlines()) <= 3
    assert "\x1b[" not in done.stdout, "colour codes when the output is not a terminal"


def test_reference_passes_with_exit_code_0(tmp_path):
    done = katas("check", "ch08/ridge", "--exercises", "solutions", "--json", str(tmp_path / "r.json"))
    assert done.returncode == 0, done.stdout
    record = json.loads((tmp_path / "r.json").read_text())
    assert record["katas"][0]["status"] == "passed"
    assert record["score"] == record["max_score"] > 0


def test_wrong_attempt_shows_input_expected_actual_and_a_working_reproduce(tmp_path):
    folder = attempt_folder(tmp_path, RIDGE, WRONG_RIDGE)
    done = katas("check", "ch08/ridge", "--exercises", str(folder), "--json", str(tmp_path / "r.json"))
    assert done.returncode == 1
    for label in ("call:", "expected:", "actual:", "reproduce:", "example:"):
        assert label in done.stdout, label
    record = json.loads((tmp_path / "r.json").read_text())
    for key in ("version", "harness", "python", "libraries", "seed", "started", "duration_s",
                "score", "max_score", "katas"):
        assert key in record, key
    kata = record["katas"][0]
    assert kata["status"] == "failed" and 0 <= kata["score"] < kata["max_score"]
    failing = [c for c in kata["checks"] if c["status"] == "fail"]
    assert failing
    check = failing[0]
    for key in ("name", "title", "status", "score", "max_score", "message", "expected", "actual",
                "falsifying_example", "seed", "reproduce", "duration_s", "visibility"):
        assert key in check, key
    # The reproduce command re-runs exactly that check and fails it the same way.
    again = katas(*shlex.split(check["reproduce"])[1:], "--json", str(tmp_path / "again.json"))
    assert again.returncode == 1
    rerun = json.loads((tmp_path / "again.json").read_text())["katas"][0]["checks"]
    assert [(c["name"], c["status"], c["expected"], c["actual"]) for c in rerun] == \
        [(check["name"], check["status"], check["expected"], check["actual"])]


def test_seeded_runs_are_reproducible(tmp_path):
    folder = attempt_folder(tmp_path, RIDGE, WRONG_RIDGE)
    results = []
    for i in range(2):
        out = tmp_path / f"r{i}.json"
        katas("check", "ch08/ridge", "--exercises", str(folder), "--seed", "7", "--json", str(out))
        record = json.loads(out.read_text())
        assert record["seed"] == 7
        results.append([(c["name"], c["status"], c["expected"], c["actual"], c["reproduce"])
                        for c in record["katas"][0]["checks"]])
    assert results[0] == results[1]
    assert all("--seed 7" in r[4] for r in results[0])


def test_unknown_target_lists_close_matches():
    done = katas("check", "ch08/rigde")
    assert done.returncode == 2
    assert "ch08/ridge" in done.stderr and "Traceback" not in done.stderr


def test_list_shows_title_level_and_questions():
    done = katas("list", "chapter8")
    assert done.returncode == 0
    assert "ch08/ridge" in done.stdout and "Q207" in done.stdout


def test_outside_a_project_is_a_clear_error(tmp_path):
    done = katas("check", "chapter8", cwd=tmp_path)
    assert done.returncode == 2 and "KATAS_ROOT" in done.stderr
