"""The ``attempt`` the checks see: a proxy whose calls run in the worker process.

Arguments are encoded on this side, so the worker only ever gets copies; results are decoded from
plain data; exceptions come back as :class:`AttemptError` (an ordinary ``Exception`` whose class
names are data), so ``pytest.skip``, ``SystemExit`` or ``hypothesis.assume`` raised by an attempt
lose their special meaning. When the worker overruns a limit it is killed and a
:class:`WorkerStopped` (a ``BaseException``, so Hypothesis does not shrink through more timeouts) is
raised; the next call starts a fresh worker.
"""

from __future__ import annotations

import hashlib
import select
import tempfile
import time
from pathlib import Path
from typing import Any

from katas import codec
from katas.sandbox import Confinement, ForkServer, Limits, WorkerProcess

MAX_RESTARTS = 3
LOADING = "loading your file"


class AttemptError(Exception):
    """The attempt raised. ``type_name`` and ``mro`` name its exception class."""

    def __init__(self, record: dict) -> None:
        self.type_name: str = str(record.get("type", "Exception"))
        self.mro: list[str] = [str(n) for n in record.get("mro", [self.type_name])]
        self.message: str = str(record.get("message", ""))
        self.traceback: str = str(record.get("traceback", ""))
        self.line: int | None = record.get("line")
        super().__init__(f"{self.type_name}: {self.message}" if self.message else self.type_name)

    def is_a(self, name: str) -> bool:
        return name in self.mro

    @property
    def not_implemented(self) -> bool:
        return self.is_a("NotImplementedError")


class AttemptMissing(AttemptError):
    """The attempt file does not define a name the checks need."""

    def __init__(self, name: str) -> None:
        super().__init__({"type": "AttributeError", "mro": ["AttributeError"],
                          "message": f"your file does not define {name!r}"})


class UnsupportedValue(AssertionError):
    """The attempt returned something that cannot be checked (wrong kind of object, too large)."""


class InputMutated(AssertionError):
    """The attempt changed an argument in place."""


class WorkerStopped(BaseException):
    """The worker was stopped by a limit; ``status`` is the check status it means."""

    status = "crashed"


class CallTimeout(WorkerStopped):
    status = "timeout"


class OutOfMemory(WorkerStopped):
    status = "memory"


class OutputLimit(WorkerStopped):
    status = "output_limit"


class WorkerCrashed(WorkerStopped):
    status = "crashed"


class NotImplementedYet(WorkerStopped):
    """The attempt still raises NotImplementedError (a BaseException, so nothing shrinks it)."""

    status = "error"


class LoadFailed(WorkerStopped):
    """The attempt file could not be loaded; ``status`` is the kata status."""

    def __init__(self, status: str, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.line = status, message, line


class Remote:
    """An object that lives in the worker (an instance of a learner class, a returned function).

    Attribute reads and calls go to the worker. Comparisons are identity only: whatever the
    object's own ``__eq__`` says never reaches a check.
    """

    def __init__(self, attempt: Attempt, handle: codec.Handle, label: str) -> None:
        object.__setattr__(self, "_attempt", attempt)
        object.__setattr__(self, "_handle", handle)
        object.__setattr__(self, "_label", label)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return self._attempt._request("getattr", self._handle, name, (), {}, f"{self._label}.{name}")

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._attempt._request("call", self._handle, None, args, kwargs, self._label)

    def method(self, name: str) -> Any:
        """A method of the remote object, as a callable (``obj.method('predict')(x)``)."""
        return lambda *a, **k: self._attempt._request("call", self._handle, name, a, k,
                                                      f"{self._label}.{name}")

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("objects from the attempt are read-only in checks")

    def __repr__(self) -> str:
        return f"<{self._handle.type_name} object from the attempt>"



class AttemptFunction:
    """A function of the attempt; its repr is its name, so assertion messages stay readable."""

    def __init__(self, attempt: Attempt, name: str) -> None:
        self._attempt, self._name = attempt, name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._attempt._request("call", None, self._name, args, kwargs, self._name)

    def __repr__(self) -> str:
        return self._name


class Attempt:
    """The learner's module, as seen by the checks: ``attempt.ridge_fit(X, y, 1.0)``."""

    def __init__(self, source_path: Path, display_name: str, limits: Limits, scratch: str,
                 seed: int = 0, forkserver: ForkServer | None = None,
                 confinement: Confinement | None = None) -> None:
        self._source_path = source_path
        self._display_name = display_name
        self._limits = limits
        self._scratch = tempfile.mkdtemp(prefix=f"{source_path.stem}-", dir=scratch)
        self._confinement = confinement or Confinement()
        self._seed = seed
        self._forkserver = forkserver
        self._worker: WorkerProcess | None = None
        self._restarts = 0
        self._load_failure: LoadFailed | None = None
        self._names: list[str] = []
        self._callbacks: dict[int, Any] = {}
        self.current_check = ""
        self.last_call: tuple[str, tuple, dict] | None = None
        self.answered = 0  # calls that returned or raised something other than NotImplementedError

    # --- public to checks -------------------------------------------------------------------
    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return AttemptFunction(self, name)

    def __repr__(self) -> str:
        return "attempt"

    def mark_output(self) -> None:
        """Start collecting what the attempt prints for the next check."""
        self._printed: list[str] = []
        self._output_mark = self._worker.output_size() if self._worker else 0

    def printed(self, max_chars: int = 500) -> str:
        """What the attempt printed since :meth:`mark_output` (the end of it, at most max_chars)."""
        text = "".join(getattr(self, "_printed", []))
        if self._worker is not None:
            text += self._worker.output_since(getattr(self, "_output_mark", 0))
        return text[-max_chars:]

    @property
    def folder(self) -> Path:
        """The worker's working folder, readable and writable from both sides: where checks put
        files for file-handling katas and read what the attempt wrote."""
        return Path(self._scratch)

    # --- lifecycle --------------------------------------------------------------------------
    def _ensure_worker(self) -> WorkerProcess:
        if self._load_failure is not None:
            raise self._load_failure
        if self._worker is not None:
            return self._worker
        if self._restarts > MAX_RESTARTS:
            raise WorkerCrashed(f"not run: the worker was restarted {MAX_RESTARTS} times already")
        self._restarts += 1
        worker = WorkerProcess(self._limits, self._scratch, self._forkserver, self._confinement)
        self._worker = worker
        source = self._source_path.read_text(encoding="utf-8", errors="surrogateescape")
        codec.write_frame(worker.to_worker, {"op": "load", "source": source,
                                             "filename": self._display_name,
                                             "module": f"attempt_{self._source_path.stem}"})
        try:
            reply, _ = self._receive(self._limits.load_timeout_s, LOADING)
        except WorkerStopped as exc:
            self._load_failure = LoadFailed("import_error", f"your file could not be imported: {exc}")
            raise self._load_failure from None
        if "load_error" in reply:
            line = reply.get("line")
            where = f" (line {line})" if line else ""
            detail = reply.get("message", "")
            if reply.get("traceback"):
                detail = f"{reply.get('type')}: {detail}\n{reply['traceback']}".strip()
            self._load_failure = LoadFailed(reply["load_error"], f"{detail}{where}", line)
            self.close()
            raise self._load_failure
        self._names = [str(n) for n in reply.get("loaded", [])]
        return worker

    def close(self) -> None:
        if self._worker is not None:
            if hasattr(self, "_printed"):  # keep what a killed worker printed for the report
                self._printed.append(self._worker.output_since(self._output_mark))
                self._output_mark = 0
            self._worker.kill()
            self._worker = None

    def _stop(self, error: WorkerStopped) -> WorkerStopped:
        self.close()
        return error

    # --- calls ------------------------------------------------------------------------------
    def memory_facts(self, name: str, *args: Any, **kwargs: Any) -> dict:
        """Call ``name`` and report, measured in the worker, how its returned array relates to the
        array arguments: ``result`` (the value), ``is_array``, ``shares_memory`` (one bool per
        positional argument), ``owndata``, ``c_contiguous``, ``f_contiguous``, ``writeable`` and
        ``strides``. For view-versus-copy katas: a view cannot cross the boundary as a view."""
        return self._request("call", None, name, args, kwargs, name, probe="memory")

    def in_place(self, name: str, *args: Any, **kwargs: Any) -> dict:
        """Call ``name``, a function meant to change its arguments in place, and return
        ``{"result": value, "args": [positional arguments after the call], "kwargs": {...}}``.
        The worker's copies of the arguments are what the function changed; nothing is raised
        for the change (every other call fails with :class:`InputMutated`)."""
        return self._request("call", None, name, args, kwargs, name, probe="inplace")

    def under_errstate(self, errstate: dict[str, str], name: str, *args: Any, **kwargs: Any) -> Any:
        """Call ``name`` inside ``np.errstate(**errstate)`` in the worker (e.g. ``{"over": "raise"}``):
        a floating-point error then arrives as an :class:`AttemptError` named ``FloatingPointError``."""
        return self._request("call", None, name, args, kwargs, name, errstate=errstate)

    def _request(self, op: str, target: codec.Handle | None, name: str | None, args: tuple,
                 kwargs: dict, label: str, probe: str | None = None,
                 errstate: dict[str, str] | None = None) -> Any:
        worker = self._ensure_worker()
        self.last_call = (label, args, kwargs)
        enc = codec.Encoder(self._register_callback)
        message: dict[str, Any] = {
            "op": op, "name": name, "probe": probe, "errstate": errstate,
            "target": {"$h": target.id} if target is not None else None,
            "args": enc.encode(list(args)), "kwargs": enc.encode(dict(kwargs)),
        }
        message["seed"] = self._call_seed(label, message, enc.buffers)
        try:
            codec.write_frame(worker.to_worker, message, enc.buffers)
        except OSError:  # the worker is gone (it killed itself, or its parent took it along)
            raise self._stop(WorkerCrashed(f"{label}() could not be called: "
                                           f"{worker.exit_description()}")) from None
        deadline = time.monotonic() + self._limits.call_timeout_s
        while True:
            reply, buffers = self._receive(deadline - time.monotonic(), f"{label}()")
            if "callback" in reply:
                self._answer_callback(reply, buffers)
                continue
            break
        if worker.output_size() >= self._limits.output_bytes:
            raise self._stop(OutputLimit(
                f"{label}() printed more than {self._limits.output_bytes // 1024} KiB"))
        if "ok" in reply:
            self.answered += 1
            value = self._decode(reply.get("value"), buffers)
            if reply.get("mutated"):
                raise InputMutated(f"{label}() changed its argument(s) {', '.join(reply['mutated'])} "
                                   "in place; leave the inputs unchanged")
            return value
        if "raised" in reply:
            error = AttemptError(reply["raised"])
            if error.not_implemented:
                raise NotImplementedYet(f"{label}() is not implemented yet")
            self.answered += 1
            if error.is_a("MemoryError"):
                raise self._stop(OutOfMemory(f"{label}() ran out of memory "
                                             f"(limit {self._limits.memory_bytes // 2**20} MiB)"))
            raise error
        if "missing" in reply:
            raise AttemptMissing(reply["missing"])
        raise UnsupportedValue(f"{label}() returned a value that cannot be checked: "
                               f"{reply.get('unsupported', 'garbled reply')}")

    def _call_seed(self, label: str, message: dict, buffers: list[bytes]) -> int:
        """Seed for the worker's global ``random`` and ``numpy.random`` state: a function of the run
        seed, the function and its arguments, so grading order never changes a result and an
        attempt that depends on hidden randomness is wrong on some inputs, every time."""
        h = hashlib.blake2b(digest_size=8)
        h.update(f"{self._seed}|{label}|{message['args']}|{message['kwargs']}".encode())
        for b in buffers:
            h.update(b)
        return int.from_bytes(h.digest(), "big") >> 1

    def _receive(self, timeout: float, what: str) -> tuple[dict, list[bytes]]:
        worker = self._worker
        assert worker is not None
        if timeout <= 0 or not select.select([worker.from_worker], [], [], timeout)[0]:
            if worker.output_size() >= self._limits.output_bytes:
                raise self._stop(OutputLimit(f"{what} printed more than "
                                             f"{self._limits.output_bytes // 1024} KiB"))
            limit = self._limits.load_timeout_s if what == LOADING else self._limits.call_timeout_s
            raise self._stop(CallTimeout(f"{what} did not finish within {limit:g} s"))
        try:
            return codec.read_frame(worker.from_worker)
        except (EOFError, OSError):
            how = worker.exit_description()
            tail = worker.output_tail(300).strip()
            if worker.output_size() >= self._limits.output_bytes:
                raise self._stop(OutputLimit(f"{what} printed more than "
                                             f"{self._limits.output_bytes // 1024} KiB")) from None
            detail = f"; last output: {tail[-300:]}" if tail else ""
            raise self._stop(WorkerCrashed(f"{what} stopped the worker: {how}{detail}")) from None
        except codec.CodecError as exc:
            raise self._stop(WorkerCrashed(f"{what} sent a garbled reply: {exc}")) from None

    def _decode(self, node: Any, buffers: list[bytes]) -> Any:
        def remote(ref: dict) -> Remote:
            handle = codec.Handle(int(ref["$h"]), str(ref.get("type", "object"))[:100],
                                  bool(ref.get("callable")))
            return Remote(self, handle, f"<{handle.type_name}>")

        try:
            return codec.Decoder(buffers, remote).decode(node)
        except (codec.CodecError, TypeError, ValueError, RecursionError) as exc:
            raise UnsupportedValue(f"the attempt returned a value that cannot be checked: {exc}") \
                from None

    def _register_callback(self, value: Any) -> dict:
        if isinstance(value, Remote):
            return {"$h": value._handle.id}
        if callable(value):
            self._callbacks[len(self._callbacks) + 1] = value
            return {"$cb": len(self._callbacks)}
        raise TypeError(f"checks pass plain data to the attempt, not {type(value).__name__}")

    def _answer_callback(self, reply: dict, buffers: list[bytes]) -> None:
        worker = self._worker
        assert worker is not None
        fn = self._callbacks.get(reply.get("callback"))
        args, kwargs = self._decode(reply.get("args"), buffers)
        enc = codec.Encoder(self._register_callback)
        try:
            if fn is None:
                raise LookupError("unknown callback")
            value = enc.encode(fn(*args, **kwargs))
            codec.write_frame(worker.to_worker, {"value": value}, enc.buffers)
        except Exception as exc:  # the check's own function failed: tell the attempt
            codec.write_frame(worker.to_worker, {"raised": {"type": type(exc).__name__,
                                                            "message": str(exc)[:2000]}})


def display_path(path: Path, root: Path) -> str:
    """The path relative to the project when it is inside it, else absolute."""
    path = path.resolve()
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
