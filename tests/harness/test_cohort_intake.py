"""Cohort intake: assignment files, submission layouts, and zip validation (no grading here)."""

import stat
import zipfile
from pathlib import PurePosixPath

import pytest
from cohort_helpers import assignment, learner_folder, learner_zip, reference

from katas.catalog import CatalogError
from katas.cohort import submissions
from katas.cohort.submissions import intake

OLS = "ch08_regression/ols.py"


def test_assignment_overrides_points_and_public_checks(tmp_path):
    a = assignment(tmp_path, 'title = "t"\nkatas = ["ch08/ols", "ch08/ridge"]\n[points]\n"ch08/ols" = 3\n'
                             '[public]\n"ch08/ridge" = ["test_known_answer_without_intercept"]\n')
    assert a.kata("ch08/ols").points == 3
    assert a.kata("ch08/ridge").public_checks == ("test_known_answer_without_intercept",)
    assert a.grader().startswith("0.")


@pytest.mark.parametrize("text, error", [
    ('katas = ["ch08/ols"]\n', "title"),
    ('title = "t"\nkatas = ["ch08/nope"]\n', "no kata"),
    ('title = "t"\nkatas = ["ch08/ols"]\n[public]\n"ch08/ols" = ["test_nope"]\n', "no checks named"),
    ('title = "t"\nkatas = ["ch08/ols"]\n[points]\n"ch08/ridge" = 1\n', "not in the assignment"),
    ('title = "t"\nkatas = ["ch08/ols"]\ndeadline = 1\n', "unknown keys"),
])
def test_bad_assignment_is_a_clear_error(tmp_path, text, error):
    with pytest.raises(CatalogError, match=error):
        assignment(tmp_path, text)


@pytest.mark.parametrize("layout", [OLS, "ols.py", "alice-week8/ch08_regression/ols.py", "wrap/ols.py"])
def test_layouts_of_a_folder(tmp_path, layout):
    a = assignment(tmp_path)
    notes = str(PurePosixPath(layout).parent / "notes.txt")
    folder = learner_folder(tmp_path / "subs", "alice", {layout: reference(OLS), notes: "hi"})
    sub = intake(folder, a, tmp_path / "scratch")
    assert sub.status == "ok", sub.message
    assert (sub.folder / OLS).read_bytes() == reference(OLS).read_bytes()
    assert sorted(p.name for p in sub.folder.rglob("*") if p.is_file()) == ["ols.py"]  # nothing else


def test_chapter_folder_wins_over_top_level(tmp_path):
    a = assignment(tmp_path)
    folder = learner_folder(tmp_path / "subs", "bob", {OLS: reference(OLS), "ols.py": "x = 1\n"})
    assert (intake(folder, a, tmp_path / "s").folder / OLS).read_bytes() == reference(OLS).read_bytes()


def test_content_hash_covers_only_kata_files(tmp_path):
    a = assignment(tmp_path)
    def hashed(name, files):
        return intake(learner_zip(tmp_path / name, "x", files), a, tmp_path / f"s-{name}").content_hash

    one = hashed("a", {OLS: "a = 1\n", "notes.txt": "1"})
    two = hashed("b", {"ols.py": "a = 1\n", "other.txt": "2"})
    three = hashed("c", {"ols.py": "a = 2\n"})
    assert one == two != three


def _symlink_zip(path):
    with zipfile.ZipFile(path, "w") as archive:
        info = zipfile.ZipInfo("ols.py")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/etc/passwd")
    return path


@pytest.mark.parametrize("make, reason", [
    (lambda d: learner_zip(d, "m", {"/etc/ols.py": "x"}), "absolute path"),
    (lambda d: learner_zip(d, "m", {"../ols.py": "x"}), "'..'"),
    (lambda d: learner_zip(d, "m", {"a/../../ols.py": "x"}), "'..'"),
    (lambda d: _symlink_zip(d / "m.zip"), "symbolic link"),
    (lambda d: learner_zip(d, "m", {f"f{i}.txt": "x" for i in range(submissions.MAX_FILES + 1)}),
     "entries"),
    (lambda d: learner_zip(d, "m", {OLS: b"0" * (submissions.MAX_TOTAL_BYTES + 1)}), "MiB"),
    (lambda d: (d / "m.zip").write_bytes(b"PK\x03\x04 not a zip") and d / "m.zip", "not a readable zip"),
])
def test_bad_zip_is_rejected_with_a_reason(tmp_path, make, reason):
    (tmp_path / "subs").mkdir()
    sub = intake(make(tmp_path / "subs"), assignment(tmp_path), tmp_path / "scratch")
    assert sub.status == "rejected" and reason in sub.message, sub.message
    assert not (tmp_path / "ols.py").exists() and not (tmp_path / "etc").exists()


def test_lying_zip_header_is_caught_while_reading(tmp_path, monkeypatch):
    """A bomb that declares a small size: reading stops at the per-file cap."""
    monkeypatch.setattr(submissions, "MAX_FILE_BYTES", 1000)
    path = learner_zip(tmp_path / "subs", "bomb", {OLS: b"0" * 5000})
    sub = intake(path, assignment(tmp_path), tmp_path / "scratch")
    assert sub.status == "rejected" and "unpacks to more than" in sub.message


def test_symlink_in_a_folder_is_rejected(tmp_path):
    folder = learner_folder(tmp_path / "subs", "eve", {"notes.txt": "x"})
    (folder / "ch08_regression").mkdir()
    (folder / OLS).symlink_to(reference(OLS))
    sub = intake(folder, assignment(tmp_path), tmp_path / "scratch")
    assert sub.status == "rejected" and "symbolic link" in sub.message


def test_discover_and_learner_names(tmp_path):
    subs = tmp_path / "subs"
    learner_folder(subs, "alice", {"ols.py": "x"})
    learner_zip(subs, "bob smith", {"ols.py": "x"})
    (subs / "readme.txt").write_text("ignored")
    found = submissions.discover(subs)
    assert [p.name for p in found] == ["alice", "bob smith.zip"]
    assert [submissions.learner_id(p) for p in found] == ["alice", "bob_smith"]
