"""The result record: the one thing a run produces. Reporters and exports are projections of it."""

from __future__ import annotations

import json
import platform
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

CHECK_STATUSES = ("pass", "fail", "error", "timeout", "memory", "output_limit", "crashed")
KATA_STATUSES = ("passed", "failed", "not_attempted", "missing", "syntax_error", "import_error",
                 "rejected", "infra_error")
GRADED_LIBRARIES = ("numpy", "pandas", "scikit-learn", "scipy", "matplotlib", "pytest",
                    "hypothesis")


@dataclass
class CheckResult:
    name: str
    title: str
    status: str
    score: float = 0.0
    max_score: float = 1.0
    message: str = ""
    expected: Any = None
    actual: Any = None
    help: str = ""
    call: str = ""
    output: str = ""  # what the attempt printed during this check (the end of it)
    falsifying_example: str = ""
    seed: int | None = None
    reproduce: str = ""
    duration_s: float = 0.0
    visibility: str = "hidden"


@dataclass
class KataResult:
    id: str
    title: str
    status: str
    score: float = 0.0
    max_score: float = 0.0
    message: str = ""
    attempt: str = ""
    attempt_sha256: str = ""
    duration_s: float = 0.0
    checks: list[CheckResult] = field(default_factory=list)


@dataclass
class RunRecord:
    version: int
    harness: str
    python: str
    libraries: dict[str, str]
    seed: int | None
    started: str
    duration_s: float = 0.0
    score: float = 0.0
    max_score: float = 0.0
    status: str = "ok"  # "ok" or "infra_error"
    message: str = ""
    katas: list[KataResult] = field(default_factory=list)

    @property
    def all_passed(self) -> bool:
        return self.status == "ok" and all(k.status == "passed" for k in self.katas)

    def to_json(self) -> str:
        return json.dumps(plain(asdict(self)), indent=2, allow_nan=False)

    def write(self, path: Path) -> None:
        path.write_text(self.to_json() + "\n", encoding="utf-8")


def new_record(seed: int | None, started: str) -> RunRecord:
    return RunRecord(version=1, harness=_version("katas"), python=platform.python_version(),
                     libraries={name: _version(name) for name in GRADED_LIBRARIES},
                     seed=seed, started=started)


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def plain(value: Any) -> Any:
    """JSON-ready copy of a value checks report as expected/actual: arrays whole, non-finite and
    complex numbers as text, anything else unknown as its repr."""
    import math

    import numpy as np

    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else repr(value)
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return [plain(v) for v in sorted(value, key=repr)]
    if isinstance(value, np.ndarray):
        return plain(value.tolist())
    if isinstance(value, np.generic):
        return plain(value.item())
    return repr(value)
