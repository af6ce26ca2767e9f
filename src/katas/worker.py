"""The attempt's side of the boundary: imports ONE attempt file and serves calls to it.

It never imports the hidden checks or the reference and never sees expected values. It answers
frames on a pipe pair: ``load`` (source text, compiled here so a pathological file costs only this
process), ``call`` and ``getattr``. While a call runs, the attempt may call back a function the check
passed in; that call is sent to the trusted side and its answer awaited here.
"""

from __future__ import annotations

import contextlib
import hashlib
import random
import sys
import traceback
import types
from typing import Any

from katas import codec

MESSAGE_CHARS = 2000
TRACEBACK_CHARS = 4000


class Callback:
    """A check's function, called back on the trusted side."""

    def __init__(self, server: Server, id: int) -> None:
        self._server, self._id = server, id

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._server.call_back(self._id, args, kwargs)


class CallbackFailed(Exception):
    """The check's own function raised; the attempt sees this exception."""


class Server:
    def __init__(self, fd_in: int, fd_out: int) -> None:
        self.fd_in, self.fd_out = fd_in, fd_out
        self.module: types.ModuleType | None = None
        self.filename = "<attempt>"
        self.objects: dict[int, Any] = {}

    # --- encoding ---------------------------------------------------------------------------
    def _store(self, value: Any) -> dict:
        self.objects[len(self.objects) + 1] = value
        return {"$h": len(self.objects), "type": type(value).__name__, "callable": callable(value)}

    def _resolve(self, node: dict) -> Any:
        try:
            return self.objects[node["$h"]]
        except KeyError:
            raise codec.CodecError("unknown handle") from None

    def send(self, message: dict, value: Any = None, key: str = "value") -> None:
        enc = codec.Encoder(self._store)
        try:
            message[key] = enc.encode(value)
        except (codec.CodecError, RecursionError) as exc:
            message = {"unsupported": str(exc)[:MESSAGE_CHARS]}
            enc.buffers = []
        try:
            codec.write_frame(self.fd_out, message, enc.buffers)
        except codec.CodecError as exc:
            codec.write_frame(self.fd_out, {"unsupported": str(exc)})

    def decode(self, node: Any, buffers: list[bytes]) -> Any:
        return codec.Decoder(buffers, self._resolve, lambda cb: Callback(self, cb)).decode(node)

    # --- operations -------------------------------------------------------------------------
    def serve(self) -> None:
        while True:
            try:
                message, buffers = codec.read_frame(self.fd_in)
            except EOFError:
                return
            op = message.get("op")
            if op == "load":
                self.load(message)
            elif op in ("call", "getattr"):
                self.call(message, buffers)
            else:
                codec.write_frame(self.fd_out, {"unsupported": f"unknown op {op!r}"})

    def load(self, message: dict) -> None:
        self.filename = message["filename"]
        try:
            code = compile(message["source"], self.filename, "exec")
        except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
            line = getattr(exc, "lineno", None)
            text = (getattr(exc, "text", None) or "").rstrip()
            msg = getattr(exc, "msg", None) or str(exc)
            codec.write_frame(self.fd_out, {"load_error": "syntax_error", "line": line,
                                            "message": f"{type(exc).__name__}: {msg}"[:MESSAGE_CHARS],
                                            "text": text[:200]})
            return
        module = types.ModuleType(message["module"])
        module.__file__ = self.filename
        sys.modules[message["module"]] = module
        try:
            exec(code, module.__dict__)
        except BaseException as exc:  # noqa: BLE001 - SystemExit and friends are the attempt's too
            codec.write_frame(self.fd_out, {"load_error": "import_error", **self.describe(exc)})
            return
        self.module = module
        names = [n for n in vars(module) if not n.startswith("_")]
        codec.write_frame(self.fd_out, {"loaded": names})

    def call(self, message: dict, buffers: list[bytes]) -> None:
        try:
            target = message["target"]
            obj = self._resolve(target) if isinstance(target, dict) else self.module
            name = message.get("name")
            if name is not None:
                if not hasattr(obj, name):
                    codec.write_frame(self.fd_out, {"missing": name})
                    return
                obj = getattr(obj, name)
            if message["op"] == "getattr":
                self.send({"ok": True}, obj)
                return
            probe = message.get("probe")
            args = self.decode(message.get("args", []), buffers)
            kwargs = self.decode(message.get("kwargs", {}), buffers)
        except (codec.CodecError, KeyError, TypeError) as exc:
            codec.write_frame(self.fd_out, {"unsupported": f"bad request: {exc}"[:MESSAGE_CHARS]})
            return
        seed = int(message.get("seed", 0))
        random.seed(seed)
        _seed_numpy_legacy(seed)
        before = _fingerprints(args, kwargs)
        try:
            with _errstate(message.get("errstate")):
                result = obj(*args, **kwargs)
        except BaseException as exc:  # noqa: BLE001 - reported, never re-raised here
            codec.write_frame(self.fd_out, {"raised": self.describe(exc)})
            return
        after = _fingerprints(args, kwargs)
        mutated = [name for name, fp in before.items() if after.get(name) != fp]
        if probe == "memory":
            result = {"result": result, **memory_facts(result, args)}
        elif probe == "inplace":  # the caller asked for the changed arguments: not a fault here
            result, mutated = {"result": result, "args": list(args), "kwargs": dict(kwargs)}, []
        self.send({"ok": True, "mutated": mutated}, result)

    def call_back(self, id: int, args: tuple, kwargs: dict) -> Any:
        self.send({"callback": id}, [list(args), kwargs], key="args")
        message, buffers = codec.read_frame(self.fd_in)
        if "raised" in message:
            raise CallbackFailed(message["raised"])
        return self.decode(message.get("value"), buffers)

    def describe(self, exc: BaseException) -> dict:
        """An exception as data: its class names (so checks can test for ValueError), message and
        the traceback frames that belong to the attempt file."""
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == self.filename]
        tb = "".join(traceback.format_list(frames)) if frames else ""
        try:
            text = str(exc)
        except BaseException:  # noqa: BLE001 - a hostile __str__
            text = "<unprintable message>"
        return {"type": type(exc).__name__, "mro": [c.__name__ for c in type(exc).__mro__],
                "message": text[:MESSAGE_CHARS], "traceback": tb[-TRACEBACK_CHARS:],
                "line": frames[-1].lineno if frames else None}


def _fingerprints(args: list, kwargs: dict) -> dict[str, Any]:
    """A digest of each argument's data, to tell whether the attempt changed it in place."""
    named = {f"#{i + 1}": v for i, v in enumerate(args)} | dict(kwargs)
    prints = {}
    for name, value in named.items():
        enc = codec.Encoder(lambda other: {"$o": id(other)})
        try:
            digest = hashlib.blake2b(repr(enc.encode(value)).encode(), digest_size=16)
        except (codec.CodecError, RecursionError):
            prints[name] = None
            continue
        for buffer in enc.buffers:
            digest.update(buffer)
        prints[name] = digest.digest()
    return prints


def memory_facts(result: Any, args: list) -> dict:
    """How a returned array relates to the arrays passed in: facts that cannot cross the process
    boundary by value (a view arrives as a copy), measured here by the harness."""
    np = sys.modules.get("numpy")
    if np is None or not isinstance(result, np.ndarray):
        return {"is_array": False}
    return {
        "is_array": True,
        "shares_memory": [bool(isinstance(a, np.ndarray) and np.shares_memory(result, a))
                          for a in args],
        "owndata": bool(result.flags.owndata),
        "c_contiguous": bool(result.flags.c_contiguous),
        "f_contiguous": bool(result.flags.f_contiguous),
        "writeable": bool(result.flags.writeable),
        "strides": list(result.strides),
    }


ERRSTATE_KEYS = ("all", "divide", "over", "under", "invalid")
ERRSTATE_MODES = ("ignore", "warn", "raise", "print", "log")


def _errstate(requested: Any) -> Any:
    """NumPy's floating-point error handling for one call, as a check asked (its own
    ``np.errstate`` cannot reach this process)."""
    np = sys.modules.get("numpy")
    if not requested or np is None or not isinstance(requested, dict):
        return contextlib.nullcontext()
    return np.errstate(**{k: v for k, v in requested.items()
                          if k in ERRSTATE_KEYS and v in ERRSTATE_MODES})


def _seed_numpy_legacy(seed: int) -> None:
    np = sys.modules.get("numpy")
    if np is not None:
        np.random.seed(seed % 2**32)


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    Server(int(args[0]), int(args[1])).serve()


if __name__ == "__main__":
    main()
