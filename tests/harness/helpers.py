"""Helpers shared by the harness's own tests."""

import shutil
from pathlib import Path


ROOT = Path(__file__).resolve().parents[2]


def attempt_folder(tmp_path: Path, kata, source: Path | str) -> Path:
    """A folder of attempts holding ``source`` (a file, or text) as the kata's attempt."""
    folder = tmp_path / "attempts" / kata.chapter
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / kata.filename
    if isinstance(source, Path):
        shutil.copy(source, target)
    else:
        target.write_text(source, encoding="utf-8")
    return tmp_path / "attempts"
