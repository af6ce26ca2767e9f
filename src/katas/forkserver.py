"""A warm process that forks attempt workers: NumPy, pandas, SciPy, scikit-learn and matplotlib are
imported once, so a worker starts in milliseconds instead of a second.

The fork server never imports the hidden checks or the references, so a worker forked from it has
nothing of them in memory. Requests arrive on a Unix socket with the worker's three file
descriptors (RPC in, RPC out, output capture) attached; the reply is the worker's pid. The server
reaps its children and tells their exit status on request.
"""

from __future__ import annotations

import gc
import json
import os
import signal
import socket
import sys
from typing import Any

PRELOAD = ("numpy", "scipy.linalg", "scipy.optimize", "scipy.special", "scipy.stats", "pandas",
           "sklearn.linear_model", "sklearn.preprocessing", "sklearn.model_selection",
           "sklearn.metrics", "sklearn.utils", "sklearn.cluster", "sklearn.datasets",
           "sklearn.mixture", "sklearn.neighbors", "matplotlib", "matplotlib.pyplot")


def _preload() -> None:
    import importlib

    os.environ.setdefault("MPLBACKEND", "Agg")
    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except ImportError:  # an optional library missing costs only its warm start
            pass


def _child(fds: list[int], request: dict[str, Any], control: socket.socket) -> None:
    """In the forked worker: own session, limits, private folder, then serve the attempt."""
    from katas.sandbox import Limits, apply_limits
    from katas.worker import Server

    code = 1
    try:
        control.close()
        os.setsid()
        rpc_in, rpc_out, output = fds
        os.dup2(output, 1)
        os.dup2(output, 2)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        keep = {0, 1, 2, rpc_in, rpc_out}
        for fd in range(3, 1024):
            if fd not in keep:
                try:
                    os.close(fd)
                except OSError:
                    pass
        scratch = request["scratch"]
        os.chdir(scratch)
        for key in ("HOME", "TMPDIR", "MPLCONFIGDIR"):
            os.environ[key] = scratch
        apply_limits(Limits(**request["limits"]))
        sys.stdout = os.fdopen(1, "w", buffering=1, closefd=False)
        sys.stderr = os.fdopen(2, "w", buffering=1, closefd=False)
        Server(rpc_in, rpc_out).serve()
        code = 0
    finally:
        os._exit(code)


def _become_subreaper() -> None:
    """Orphans of workers (a grandchild that called setsid) are re-parented here, not to init, so
    the server can kill them when the run ends."""
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


def _kill_descendants() -> None:
    me = str(os.getpid())
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                ppid = f.read().rsplit(")", 1)[1].split()[1]
        except OSError:
            continue
        if ppid == me:
            for kill in (os.killpg, os.kill):
                try:
                    kill(int(entry), signal.SIGKILL)
                except OSError:
                    pass


def serve(control: socket.socket) -> None:
    _become_subreaper()
    _preload()
    # The preloaded libraries are shared copy-on-write with every worker; frozen, the garbage
    # collector of a worker never walks (and so never copies) them.
    gc.collect()
    gc.freeze()
    statuses: dict[int, int] = {}

    def reap(*_: Any) -> None:
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            statuses[pid] = status

    signal.signal(signal.SIGCHLD, reap)
    control.send(b'{"ready": true}')
    while True:
        try:
            msg, fds, _, _ = socket.recv_fds(control, 65536, 3)
        except InterruptedError:
            continue
        if not msg:
            return
        request = json.loads(msg)
        if request["op"] == "fork":
            pid = os.fork()
            if pid == 0:
                _child(fds, request, control)
            for fd in fds:
                os.close(fd)
            reply: dict[str, Any] = {"pid": pid}
        elif request["op"] == "cleanup":  # end of a run: its workers are gone, orphans go too
            _kill_descendants()
            reply = {"ok": True}
        elif request["op"] == "shutdown":
            _kill_descendants()
            return
        elif request["op"] == "status":
            reap()
            status = statuses.get(request["pid"])
            reply = {"status": status}
        else:
            reply = {"error": "unknown op"}
        control.send(json.dumps(reply).encode())


if __name__ == "__main__":
    serve(socket.socket(fileno=int(sys.argv[1])))
