"""`katas grade`: a small cohort graded in parallel; the same per-check results on 1 and 2 workers;
bad submissions recorded, never stopping the batch; incremental re-grading with history; exports
and feedback as projections of the stored records."""

import csv
import json
import xml.etree.ElementTree as ET

import pytest
from cohort_helpers import assignment, learner_folder, learner_zip, reference, stub
from helpers import ROOT

from katas.cohort import exports
from katas.cohort.feedback import markdown
from katas.cohort.grade import grade_cohort
from katas.cohort.gradebook import Gradebook
from katas.cohort.submissions import MAX_TOTAL_BYTES
from katas.decoys import materialise

OLS = "ch08_regression/ols.py"
CRASH = "\nimport os\n\n\ndef predict(X, coef, intercept):\n    os._exit(3)\n"


def _cohort(submissions):
    learner_folder(submissions, "ada", {OLS: reference(OLS)})
    learner_zip(submissions, "ben", {"ols.py": reference(OLS).read_bytes()})  # identical file, other layout
    decoy = sorted((ROOT / "tests" / "decoys" / "ch08_regression" / "ols").glob("*.py"))[0]
    learner_folder(submissions, "cy", {OLS: materialise(reference(OLS).read_text(), decoy.read_text())})
    learner_folder(submissions, "dee", {OLS: stub(OLS)})
    learner_folder(submissions, "eli", {OLS: reference(OLS).read_text() + CRASH})
    (submissions / "fay.zip").write_bytes(b"not a zip at all")
    learner_zip(submissions, "gus", {OLS: b"0" * (MAX_TOTAL_BYTES + 1)})


def _checks(book_path):
    book = Gradebook(book_path)
    try:
        files = str(book_path.with_name(book_path.stem + "-files"))  # where each gradebook keeps copies
        return {learner: [(k.id, k.status, k.score, [(c.name, c.status, c.score, c.message.replace(files, ""))
                                                     for c in k.checks])
                          for k in record.katas] for learner, _, record in book.current()}
    finally:
        book.close()


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cohort")
    a = assignment(tmp)
    _cohort(tmp / "subs")
    one = grade_cohort(a, tmp / "subs", tmp / "one.sqlite", workers=1, reuse=False)
    two = grade_cohort(a, tmp / "subs", tmp / "two.sqlite", workers=2, reuse=False)
    return a, tmp, one, two


def test_one_and_two_workers_give_identical_results(graded):
    _, tmp, one, two = graded
    assert one.graded == two.graded == 7
    assert _checks(tmp / "one.sqlite") == _checks(tmp / "two.sqlite")


def test_every_submission_gets_a_clear_status(graded):
    _, tmp, _, _ = graded
    book = Gradebook(tmp / "two.sqlite")
    current = {learner: (row, record) for learner, row, record in book.current()}
    book.close()
    status = {learner: (row["status"], record.katas[0].status) for learner, (row, record) in current.items()}
    assert status == {"ada": ("graded", "passed"), "ben": ("graded", "passed"), "cy": ("graded", "failed"),
                      "dee": ("graded", "not_attempted"), "eli": ("graded", "failed"),
                      "fay": ("rejected", "rejected"), "gus": ("rejected", "rejected")}
    assert "not a readable zip" in current["fay"][1].katas[0].message
    assert "MiB" in current["gus"][1].katas[0].message
    eli = current["eli"][1].katas[0].checks
    assert "crashed" in {c.status for c in eli if c.name.startswith("test_predict")}


def test_unchanged_submissions_are_not_graded_again(graded):
    a, tmp, _, _ = graded
    again = grade_cohort(a, tmp / "subs", tmp / "two.sqlite", workers=2)
    assert (again.graded, again.unchanged) == (0, 7)


def test_forced_regrade_keeps_history_and_reuses_identical_files(graded):
    a, tmp, _, _ = graded
    before = _checks(tmp / "two.sqlite")
    forced = grade_cohort(a, tmp / "subs", tmp / "two.sqlite", workers=2, force=True)
    assert forced.graded == 7 and forced.kata_runs == 0 and forced.kata_reused == 5
    assert _checks(tmp / "two.sqlite") == before
    book = Gradebook(tmp / "two.sqlite")
    assert [h["reason"] for h in book.history("ada")] == ["new", "forced"]
    book.close()


def test_reuse_within_a_batch(graded, tmp_path):
    a, tmp, _, _ = graded
    summary = grade_cohort(a, tmp / "subs", tmp_path / "reuse.sqlite", workers=2)
    assert summary.kata_reused == 1 and summary.kata_runs == 4  # ben's file is ada's
    assert _checks(tmp_path / "reuse.sqlite") == _checks(tmp / "two.sqlite")


def test_exports_are_projections_of_the_records(graded, tmp_path):
    a, tmp, _, _ = graded
    book = Gradebook(tmp / "two.sqlite")
    current = book.current()
    book.close()
    exports.write_all(tmp_path, [k.id for k in a.katas], current)
    rows = list(csv.DictReader((tmp_path / "grades.csv").open()))
    assert [(r["learner"], float(r["score"])) for r in rows][:2] == [("ada", 10.0), ("ben", 10.0)]
    for learner, _, record in current:
        gs = json.loads((tmp_path / learner / "gradescope_results.json").read_text())
        assert gs["score"] == record.score
        assert sum(t["max_score"] for t in gs["tests"]) == pytest.approx(record.max_score)
        ex = json.loads((tmp_path / learner / "exercism_results.json").read_text())
        assert ex["version"] == 3 and ex["status"] in ("pass", "fail", "error")
        suites = ET.parse(tmp_path / learner / "junit.xml").getroot()
        assert sum(int(s.get("tests")) for s in suites) >= 1
    cy = json.loads((tmp_path / "cy" / "gradescope_results.json").read_text())
    hidden = [t for t in cy["tests"] if t["visibility"] == "after_due_date" and t["status"] == "failed"]
    assert hidden and not any("example:" in t["output"] or "expected:" in t["output"] for t in hidden)


def test_feedback_shows_inputs_only_for_public_checks(graded):
    a, tmp, _, _ = graded
    book = Gradebook(tmp / "two.sqlite")
    record = next(r for learner, _, r in book.current() if learner == "cy")
    book.close()
    text = markdown("cy", a.title, a.due, record)
    for check in record.katas[0].checks:
        if check.status != "pass":
            assert check.title in text
            shown = check.falsifying_example and check.falsifying_example in text
            assert bool(shown) == (check.visibility == "public" and bool(check.falsifying_example))
