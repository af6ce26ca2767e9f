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
    load_timeout_s: float = 30.0  # a cold worker importing scikit-learn on a busy machine
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


@dataclass(frozen=True)
class Confinement:
    """What the worker may see. With bubblewrap installed, the worker runs in a read-only view of
    the machine with the hidden folders (the project: checks, references, other attempts) replaced
    by empty ones, no network, and only its scratch folder writable. Without bubblewrap, the worker
    still never has those folders on its path, but could read them by absolute path."""

    hidden: tuple[Path, ...] = ()

    def prefix(self, scratch: str) -> list[str]:
        bwrap = bubblewrap()
        if bwrap is None:
            return []
        args = [bwrap, "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc",
                "--tmpfs", "/dev/shm"]
        exposed = {Path(p).resolve() for p in (sys.prefix, sys.base_prefix, *_package_dirs())}
        hidden = {Path(f).resolve() for f in self.hidden}
        hidden = {f for f in hidden if not any(f != g and f.is_relative_to(g) for g in hidden)}
        for folder in (Path("/tmp"), *sorted(hidden)):
            args += ["--tmpfs", str(folder)]
            for keep in sorted(exposed):
                if keep.is_relative_to(folder) and keep != folder:
                    args += ["--ro-bind", str(keep), str(keep)]
            if folder != Path("/tmp"):
                args += ["--remount-ro", str(folder)]
        args += ["--bind", scratch, scratch, "--chdir", scratch,
                 "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
                 "--die-with-parent", "--new-session", "--"]
        return args


def _package_dirs() -> list[str]:
    """Where the harness package is imported from (an editable install points into the project)."""
    return [str(Path(__file__).resolve().parent.parent)]


_BWRAP: list[str | None] = []


def bubblewrap() -> str | None:
    """The bwrap executable when it is installed and works here (probed once); else None.
    KATAS_SANDBOX=off turns it off."""
    if os.environ.get("KATAS_SANDBOX", "auto") == "off":
        return None
    if not _BWRAP:
        import shutil

        path = shutil.which("bwrap")
        if path is not None:
            probe = subprocess.run([path, "--ro-bind", "/", "/", "--unshare-net", "--", "true"],
                                   capture_output=True, timeout=30)
            path = path if probe.returncode == 0 else None
        _BWRAP.append(path)
    return _BWRAP[0]


class ForkServer:
    """Client of :mod:`katas.forkserver`: one warm process per run that forks the workers."""

    def __init__(self, scratch: str, confinement: Confinement = Confinement()) -> None:
        import json
        import socket

        self._json = json
        self.scratch = scratch
        self.control, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        log = open(Path(scratch) / "forkserver.log", "wb")  # noqa: SIM115 - kept for the run
        self.process = subprocess.Popen(
            [*confinement.prefix(scratch), sys.executable, "-s", "-P", "-B", "-m",
             "katas.forkserver", str(theirs.fileno())],
            pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, stdout=log,
            stderr=subprocess.STDOUT, start_new_session=True, cwd=scratch,
            env=worker_env(scratch))
        theirs.close()
        log.close()
        self._ready = False  # its imports overlap with the checks' collection

    def _wait_ready(self, timeout: float) -> None:
        self.control.settimeout(timeout)
        try:
            ready = self.control.recv(4096)
        except TimeoutError:
            raise OSError("the fork server is not ready yet") from None
        if not ready:
            raise OSError("the fork server did not start; see forkserver.log in the run folder")
        self.control.settimeout(30.0)
        self._ready = True

    def _ask(self, request: dict, fds: tuple[int, ...] = ()) -> dict:
        import socket

        if not self._ready:
            # Until its imports are done, a cold worker (which imports only what the attempt
            # needs) starts sooner than waiting would.
            self._wait_ready(0.001)
        socket.send_fds(self.control, [self._json.dumps(request).encode()], list(fds))
        reply = self.control.recv(65536)
        if not reply:
            raise OSError("the fork server stopped")
        return self._json.loads(reply)

    def fork(self, limits: Limits, scratch: str, fds: tuple[int, int, int]) -> int:
        from dataclasses import asdict

        return int(self._ask({"op": "fork", "scratch": scratch, "limits": asdict(limits)}, fds)["pid"])

    def status(self, pid: int) -> int | None:
        try:
            return self._ask({"op": "status", "pid": pid}).get("status")
        except OSError:
            return None

    def cleanup(self) -> None:
        """Kill whatever the run's workers left behind (re-parented to the server)."""
        if self._ready:
            try:
                self._ask({"op": "cleanup"})
            except OSError:
                pass

    def alive(self) -> bool:
        return self.process.poll() is None

    def close(self) -> None:
        if self._ready:  # its children, and orphans re-parented to it, die with it
            try:
                import socket

                socket.send_fds(self.control, [b'{"op": "shutdown"}'], [])
                self.control.settimeout(5.0)
                self.control.recv(16)
            except OSError:
                pass
        self.control.close()
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        self.process.wait()
        import shutil

        shutil.rmtree(self.scratch, ignore_errors=True)


class WorkerProcess:
    """One running worker: its pipes, its process group and its captured output.

    Forked from a warm :class:`ForkServer` when there is one, else started as a fresh interpreter.
    """

    def __init__(self, limits: Limits, scratch: str, forkserver: ForkServer | None = None,
                 confinement: Confinement = Confinement()) -> None:
        self.limits = limits
        self.forkserver = forkserver
        self.process: subprocess.Popen | None = None
        self.output_path = Path(tempfile.mkstemp(prefix="output-", dir=scratch)[1])
        to_worker_r, self.to_worker = os.pipe()
        self.from_worker, from_worker_w = os.pipe()
        with open(self.output_path, "wb") as out:
            try:
                if forkserver is None:
                    raise OSError("no fork server")
                self.pid = forkserver.fork(limits, scratch, (to_worker_r, from_worker_w, out.fileno()))
            except OSError:  # no warm server: start a fresh interpreter instead
                self.process = subprocess.Popen(
                    [*confinement.prefix(scratch), sys.executable, "-s", "-P", "-B", "-m",
                     "katas.worker",
                     str(to_worker_r), str(from_worker_w)],
                    stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                    pass_fds=(to_worker_r, from_worker_w), close_fds=True,
                    start_new_session=True, cwd=scratch, env=worker_env(scratch),
                    preexec_fn=lambda: apply_limits(limits),
                )
                self.pid = self.process.pid
        os.close(to_worker_r)
        os.close(from_worker_w)

    def output_size(self) -> int:
        try:
            return self.output_path.stat().st_size
        except OSError:
            return 0

    def output_since(self, offset: int, n: int = 4096) -> str:
        """Up to n characters printed after ``offset`` bytes (the last ones)."""
        try:
            with open(self.output_path, "rb") as f:
                size = f.seek(0, 2)
                f.seek(max(offset, size - n))
                return f.read().decode("utf-8", "replace")
        except OSError:
            return ""

    def output_tail(self, n: int = 2000) -> str:
        try:
            data = self.output_path.read_bytes()[-n:]
        except OSError:
            return ""
        return data.decode("utf-8", "replace")

    def _exit_status(self) -> int | None:
        """The raw wait status, once the worker has ended (waits briefly)."""
        import time

        deadline = time.monotonic() + 1.0
        while time.monotonic() < deadline:
            if self.process is not None:
                try:
                    code = self.process.wait(timeout=0.05)
                except subprocess.TimeoutExpired:
                    continue
                return (-code) if code < 0 else code << 8  # as a wait status
            status = self.forkserver.status(self.pid) if self.forkserver else None
            if status is not None:
                return status
            time.sleep(0.02)
        return None

    def exit_description(self) -> str:
        status = self._exit_status()
        if status is None:
            return "the worker stopped answering"
        if os.WIFSIGNALED(status):
            sig = os.WTERMSIG(status)
            name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else sig
            return f"the process died from signal {name}"
        return f"the process exited with status {os.WEXITSTATUS(status)}"

    def kill(self) -> None:
        for fd in (self.to_worker, self.from_worker):
            try:
                os.close(fd)
            except OSError:
                pass
        for kill in (os.killpg, os.kill):  # the group, and the worker if it had no group yet
            try:
                kill(self.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        if self.process is not None:
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
        try:
            self.output_path.unlink()
        except OSError:
            pass
