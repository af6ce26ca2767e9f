"""Starting and stopping the process that runs an attempt, with kill-based limits.

The worker gets a private scratch folder as its working and temporary folder, an allow-listed
environment, no terminal, stdin from /dev/null, output captured into a size-capped file, and
kernel resource limits (soft = hard). Limits never rely on the attempt's cooperation: the trusted
side kills the worker's whole process group with SIGKILL.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Limits:
    call_timeout_s: float = 5.0
    load_timeout_s: float = 10.0
    memory_bytes: int = 4 * 2**30
    output_bytes: int = 1 * 2**20
    file_bytes: int = 64 * 2**20
    open_files: int = 256


def worker_env(scratch: str) -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "MPLBACKEND": "Agg",
        "HOME": scratch,
        "TMPDIR": scratch,
        "MPLCONFIGDIR": scratch,
    }
    for key in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"):  # needed by some CPUs' OpenBLAS
        if key in os.environ:
            env[key] = os.environ[key]
    return env


def apply_limits(limits: Limits) -> None:
    """Runs in the worker before it executes anything of the attempt."""
    for res, value in ((resource.RLIMIT_AS, limits.memory_bytes),
                       (resource.RLIMIT_FSIZE, max(limits.file_bytes, limits.output_bytes)),
                       (resource.RLIMIT_NOFILE, limits.open_files),
                       (resource.RLIMIT_CORE, 0)):
        try:
            resource.setrlimit(res, (value, value))
        except (ValueError, OSError):  # a lower hard limit is already in place
            pass


class WorkerProcess:
    """One running worker: its pipes, its process group and its captured output."""

    def __init__(self, limits: Limits, scratch: str) -> None:
        self.limits = limits
        self.output_path = Path(tempfile.mkstemp(prefix="output-", dir=scratch)[1])
        to_worker_r, self.to_worker = os.pipe()
        self.from_worker, from_worker_w = os.pipe()
        with open(self.output_path, "wb") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-s", "-P", "-B", "-m", "katas.worker",
                 str(to_worker_r), str(from_worker_w)],
                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                pass_fds=(to_worker_r, from_worker_w), close_fds=True, start_new_session=True,
                cwd=scratch, env=worker_env(scratch), preexec_fn=lambda: apply_limits(limits),
            )
        os.close(to_worker_r)
        os.close(from_worker_w)

    @property
    def pid(self) -> int:
        return self.process.pid

    def output_size(self) -> int:
        try:
            return self.output_path.stat().st_size
        except OSError:
            return 0

    def output_tail(self, n: int = 2000) -> str:
        try:
            data = self.output_path.read_bytes()[-n:]
        except OSError:
            return ""
        return data.decode("utf-8", "replace")

    def exit_description(self) -> str:
        """How the worker ended, once it has (waits briefly)."""
        try:
            code = self.process.wait(timeout=1.0)
        except subprocess.TimeoutExpired:
            return "the worker stopped answering"
        if code < 0:
            name = signal.Signals(-code).name if -code in signal.Signals._value2member_map_ else -code
            return f"the process died from signal {name}"
        return f"the process exited with status {code}"

    def kill(self) -> None:
        for fd in (self.to_worker, self.from_worker):
            try:
                os.close(fd)
            except OSError:
                pass
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        try:
            self.output_path.unlink()
        except OSError:
            pass
