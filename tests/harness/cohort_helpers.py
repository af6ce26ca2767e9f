"""Helpers shared by the cohort tests: an assignment file and submissions built from the project."""

import shutil
import zipfile
from pathlib import Path

from helpers import ROOT

from katas.catalog import load_catalog
from katas.cohort.assignment import Assignment, load_assignment

ASSIGNMENT = """title = "Week 8: least squares"
due = 2026-12-04T23:59:00+01:00
katas = ["ch08/ols"]
[points]
"ch08/ols" = 10
"""


def assignment(tmp_path: Path, text: str = ASSIGNMENT) -> Assignment:
    path = tmp_path / "assignment.toml"
    path.write_text(text, encoding="utf-8")
    return load_assignment(path, load_catalog(ROOT))


def learner_folder(submissions: Path, learner: str, files: dict[str, Path | str]) -> Path:
    """``files`` maps a path inside the submission to a source file or its text."""
    for name, source in files.items():
        target = submissions / learner / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(source, Path):
            shutil.copy(source, target)
        else:
            target.write_text(source, encoding="utf-8")
    return submissions / learner


def learner_zip(submissions: Path, learner: str, entries: dict[str, bytes | str]) -> Path:
    path = submissions / f"{learner}.zip"
    submissions.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def reference(chapter_file: str) -> Path:
    return ROOT / "solutions" / chapter_file


def stub(chapter_file: str) -> Path:
    return ROOT / "exercises" / chapter_file
