"""The audit's machinery on the toy project: mutants, grading, triage, the record and flakiness."""

from helpers import toy_project

from katas.audit import table
from katas.audit.cli import _merge
from katas.audit.flaky import flaky_audit, schedule
from katas.audit.grade import audit_kata
from katas.audit.mutants import mutants_of
from katas.audit.triage import load_equivalents, triage_entry
from katas.catalog import load_catalog

MODULE = '''"""A module."""


def clip(x, low=0):
    """Docstrings are never mutated."""
    if x < low:
        raise ValueError(f"x is {x}")
    return x * 2
'''


def test_mutants_skip_messages_and_keep_stable_keys(tmp_path):
    path = tmp_path / "m.py"
    path.write_text(MODULE)
    mutants = mutants_of(path, "m.py")
    added = [ln for m in mutants for ln in m.diff.splitlines()[2:] if ln.startswith("+")]
    assert added and not any("raise" in ln or "Docstrings" in ln for ln in added)
    assert len({m.key for m in mutants}) == len(mutants)
    assert all(m.key.startswith("clip:") and m.diff.startswith("--- m.py") for m in mutants)
    path.write_text(MODULE.replace('"""A module."""', '"""A module."""\nimport math'))
    moved = mutants_of(path, "m.py")
    assert [m.key for m in moved] == [m.key for m in mutants]
    assert [m.line for m in moved] == [m.line + 1 for m in mutants]


def test_audit_grades_mutants_against_the_checks(tmp_path, monkeypatch):
    root = toy_project(tmp_path / "project")
    # `max(..., 0)` is dead for the inputs the checks use: its mutants survive.
    (root / "solutions/ch99_toy/inc.py").write_text("def inc(x):\n    return max(x + 1, 0)\n")
    monkeypatch.setenv("KATAS_ROOT", str(root))
    catalog = load_catalog(root)
    audit = audit_kata(catalog, catalog.get("ch99/inc"), {})
    assert audit.mutants == audit.killed + audit.survived and audit.survived >= 1
    survivor = audit.survivors[0]
    assert survivor["verdict"] == "survived" and "max(x + 1, 1)" in survivor["diff"]

    (root / "tests/audit").mkdir(parents=True)
    (root / "tests/audit/equivalent.toml").write_text(
        triage_entry("ch99/inc", survivor["key"], survivor["diff"]).replace('reason = ""', 'reason = "dead"'))
    equivalent = load_equivalents(root)["ch99/inc"]
    again = audit_kata(catalog, catalog.get("ch99/inc"), equivalent)
    assert again.equivalent == 1 and again.survived == audit.survived - 1
    assert again.equivalents[0]["reason"] == "dead"
    assert again.score == (again.killed + again.timed_out) / (again.mutants - 1)


def test_record_merges_rows_and_renders_the_report(tmp_path):
    data = table.load(tmp_path)
    data["katas"]["ch99/inc"] = {"mutation": {
        "mutants": 4, "killed": 3, "survived": 1, "timed_out": 0, "equivalent": 0, "errors": 0,
        "score": 0.75, "mode": "all mutants", "date": "2026-01-01",
        "survivors": [{"key": "inc:1", "function": "inc", "line": 2, "verdict": "survived", "note": "",
                       "diff": "--- a\n+++ b\n-    x\n+    y"}], "equivalents": []}}
    data["katas"]["ch99/twice"] = {"flaky": {"runs": 2, "failed_runs": 0, "problems": [],
                                             "max_seconds": 1.5, "date": "2026-01-02"}}
    data["runs"].append({"date": "2026-01-02", "command": "python -m katas.audit ch99", "seconds": 3,
                         "versions": {"mutmut": "3.8.1"}})
    table.save(tmp_path, data, ["ch99/twice", "ch99/inc"])
    report = (tmp_path / table.REPORT).read_text()
    assert report == table.render(table.load(tmp_path))
    assert list(table.load(tmp_path)["katas"]) == ["ch99/twice", "ch99/inc"]
    assert "| `ch99/inc` | 4 | 3 | 1 | 0 | 0 | 75.0% ✗ | — | — | 2026-01-01 |" in report
    assert "| `ch99/twice` | — | — | — | — | — | — | 0/2 | 1.5 s | 2026-01-02 |" in report
    assert "key `inc:1`" in report and "mutmut 3.8.1" in report

    table.update(tmp_path, {"ch99/inc": {"flaky": data["katas"]["ch99/twice"]["flaky"]}}, [])
    merged = table.load(tmp_path)["katas"]
    assert merged["ch99/inc"]["mutation"]["score"] == 0.75 and "flaky" in merged["ch99/inc"]
    assert "ch99/twice" in merged


def test_survivors_only_run_keeps_the_earlier_verdicts():
    previous = {"mutants": 20, "killed": 16, "survived": 4, "timed_out": 0, "equivalent": 0,
                "errors": 0, "mode": "sample of 20 in 90", "equivalents": [], "survivors": []}
    fresh = {"mutants": 4, "killed": 2, "survived": 1, "timed_out": 0, "equivalent": 1, "errors": 0,
             "mode": "all mutants", "equivalents": [{"key": "f:1"}], "survivors": [{"key": "f:2"}]}
    merged = _merge(previous, fresh)
    assert (merged["mutants"], merged["killed"], merged["survived"], merged["equivalent"]) == (20, 18, 1, 1)
    assert merged["score"] == round(18 / 19, 4)
    assert merged["mode"] == "sample of 20 in 90, survivors re-graded"


def test_flaky_schedule_runs_each_seed_twice_with_its_own_hash_seed():
    assert schedule(5) == [(None, "101"), (None, "102"), (1, "103"), (1, "104"), (2, "105")]


def test_flaky_audit_reports_a_failing_reference(tmp_path):
    root = toy_project(tmp_path / "project")
    (root / "solutions/ch99_toy/inc.py").write_text("def inc(x):\n    return x + 2\n")
    catalog = load_catalog(root)
    found = flaky_audit(root, list(catalog.katas), 2, "2026-01-01")
    assert found["ch99/twice"]["failed_runs"] == 0 and not found["ch99/twice"]["problems"]
    assert found["ch99/inc"]["failed_runs"] == 2
    assert "test_fixed fail" in found["ch99/inc"]["problems"][0]
