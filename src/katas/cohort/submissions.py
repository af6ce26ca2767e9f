"""Intake: a folder of learner folders and zip files becomes, per learner, a validated folder in
the grader's scratch space holding only the assignment's kata files, in chapter folders.

Accepted layouts inside a submission: `ch08_regression/ridge.py` (as in the handout) or
`ridge.py` at the top; one wrapping folder around either (`alice/ch08_regression/ridge.py`) is
looked through. When both places hold the file, the chapter folder wins. Nothing is ever
extracted under a name taken from the zip: the grader writes each kata file to a path it builds.
"""

from __future__ import annotations

import hashlib
import re
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from katas.cohort.assignment import Assignment

MAX_FILES = 500
MAX_TOTAL_BYTES = 32 * 2**20  # uncompressed, whole submission
MAX_FILE_BYTES = 4 * 2**20  # one kata file larger than this is not read (the runner rejects > 256 KiB)
IGNORED = ("__MACOSX/", ".DS_Store")
Reader = Callable[[], bytes]


class Rejected(Exception):
    """The submission cannot be graded; the message says why, for the instructor and the learner."""


@dataclass
class Submission:
    learner: str
    source: Path
    folder: Path | None = None  # chapter-layout copy of the kata files, None when rejected
    status: str = "ok"  # "ok" or "rejected"
    message: str = ""
    files: dict[str, str] = field(default_factory=dict)  # kata id -> sha256 of the file

    @property
    def content_hash(self) -> str:
        """Over the assignment's kata files the submission contains (ids and bytes), nothing else."""
        text = "\n".join(f"{kid} {digest}" for kid, digest in sorted(self.files.items()))
        return hashlib.sha256(text.encode()).hexdigest()


def learner_id(source: Path) -> str:
    name = source.name[:-4] if source.suffix.lower() == ".zip" else source.name
    return re.sub(r"[^A-Za-z0-9._@-]", "_", name)[:80] or "_"


def discover(folder: Path) -> list[Path]:
    """Learner folders and zip files, sorted by name; anything else is ignored."""
    return sorted(p for p in folder.iterdir() if not p.name.startswith(".") and
                  (p.is_dir() and not p.is_symlink() or p.suffix.lower() == ".zip" and p.is_file()))


def intake(source: Path, assignment: Assignment, scratch: Path) -> Submission:
    """Validate one submission and copy its kata files to ``scratch/<learner>``; never raises."""
    submission = Submission(learner_id(source), source)
    try:
        members = _zip_members(source) if source.is_file() else _folder_members(source)
        chosen = _choose(members, assignment)
        folder = scratch / submission.learner
        for kata in assignment.katas:
            if kata.id in chosen:
                data = chosen[kata.id]()
                target = folder / kata.chapter / kata.filename
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
                submission.files[kata.id] = hashlib.sha256(data).hexdigest()
        folder.mkdir(parents=True, exist_ok=True)
        submission.folder = folder
    except Rejected as exc:
        submission.status, submission.message = "rejected", str(exc)
    return submission



def _zip_members(path: Path) -> dict[PurePosixPath, Reader]:
    try:
        archive = zipfile.ZipFile(path)
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise Rejected(f"not a readable zip file ({exc})") from None
    if len(infos) > MAX_FILES:
        raise Rejected(f"the zip holds {len(infos)} entries; at most {MAX_FILES} are accepted")
    if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
        raise Rejected(f"the zip unpacks to more than {MAX_TOTAL_BYTES // 2**20} MiB")
    members: dict[PurePosixPath, Reader] = {}
    for info in infos:
        name = info.filename
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
            raise Rejected(f"the zip holds an absolute path: {name!r}")
        if ".." in parts:
            raise Rejected(f"the zip holds a path with '..': {name!r}")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise Rejected(f"the zip holds a symbolic link: {name!r}")
        if info.flag_bits & 0x1:
            raise Rejected(f"the zip holds an encrypted file: {name!r}")
        if not info.is_dir():
            members[PurePosixPath(*parts)] = lambda info=info: _read_member(archive, info)
    return members


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """Read at most the size limit, whatever the header claims (a lying header is a zip bomb)."""
    try:
        with archive.open(info) as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise Rejected(f"{info.filename!r} cannot be read from the zip ({exc})") from None
    if len(data) > MAX_FILE_BYTES:
        raise Rejected(f"{info.filename!r} unpacks to more than {MAX_FILE_BYTES // 2**20} MiB")
    return data


def _folder_members(folder: Path) -> dict[PurePosixPath, Reader]:
    members: dict[PurePosixPath, Reader] = {}
    total = 0
    for path in sorted(folder.rglob("*")):  # rglob does not follow symlinked folders
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode):
            raise Rejected(f"the folder holds a symbolic link: {path.relative_to(folder)}")
        if not stat.S_ISREG(info.st_mode):
            continue
        total += info.st_size
        if len(members) >= MAX_FILES or total > MAX_TOTAL_BYTES:
            raise Rejected(f"the folder holds more than {MAX_FILES} files or "
                           f"{MAX_TOTAL_BYTES // 2**20} MiB")
        members[PurePosixPath(*path.relative_to(folder).parts)] = lambda p=path: _read_file(p)
    return members


def _read_file(path: Path) -> bytes:
    with path.open("rb") as stream:
        data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise Rejected(f"{path.name} is larger than {MAX_FILE_BYTES // 2**20} MiB")
    return data


def _choose(members: dict[PurePosixPath, Reader], assignment: Assignment) -> dict[str, Reader]:
    """Which member is each kata's file (see the module docstring for the layouts)."""
    wanted = {PurePosixPath(k.chapter, k.filename) for k in assignment.katas}
    wanted |= {PurePosixPath(k.filename) for k in assignment.katas}
    names = {p for p in members if not str(p).startswith(IGNORED) and p.name not in IGNORED}
    tops = {p.parts[0] for p in names}
    prefix = PurePosixPath()
    if len(tops) == 1 and not names & wanted and all(len(p.parts) > 1 for p in names):
        prefix = PurePosixPath(tops.pop())  # one wrapping folder
    chosen = {}
    for kata in assignment.katas:
        for place in (prefix / kata.chapter / kata.filename, prefix / kata.filename):
            if place in members:
                chosen[kata.id] = members[place]
                break
    return chosen
