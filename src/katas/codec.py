"""Plain-data frames between the trusted side and the attempt's worker.

Everything that crosses the boundary is rebuilt from bytes on the other side: JSON for structure and
``.npy`` bytes (``allow_pickle=False``) for arrays. No pickle anywhere, so an object that lies in
``__eq__`` or an ndarray subclass can never reach a comparison: only its data crosses.
Objects that are not plain data (instances of learner classes, returned functions) stay where they
were made and cross as numbered handles; callables passed by a check cross as callback numbers.
"""

from __future__ import annotations

import io
import json
import math
import os
import struct
from collections.abc import Callable
from typing import Any

import numpy as np

MAX_FRAME_BYTES = 64 * 2**20
MAX_DEPTH = 32
MAX_ITEMS = 1_000_000

_LEN = struct.Struct("!I")


class CodecError(Exception):
    """A value cannot cross the boundary (unsupported type, too large, too deep, garbled)."""


class Handle:
    """Reference to an object that lives on the other side of the boundary."""

    __slots__ = ("id", "type_name", "is_callable")

    def __init__(self, id: int, type_name: str = "object", is_callable: bool = False) -> None:
        self.id = id
        self.type_name = type_name
        self.is_callable = is_callable


class Encoder:
    """Turns a value into (JSON-able structure, list of buffers).

    ``on_other`` decides what happens to a value that is not plain data: the worker stores it and
    returns a handle; the trusted side registers callables as callbacks and refuses anything else.
    """

    def __init__(self, on_other: Callable[[Any], dict]) -> None:
        self.on_other = on_other
        self.buffers: list[bytes] = []
        self.items = 0

    def encode(self, value: Any, depth: int = 0) -> Any:
        self.items += 1
        if self.items > MAX_ITEMS:
            raise CodecError(f"value has more than {MAX_ITEMS} items")
        if depth > MAX_DEPTH:
            raise CodecError(f"value is nested deeper than {MAX_DEPTH} levels")
        if value is None or isinstance(value, (bool, str)):
            return value if not isinstance(value, str) else str(value)
        if isinstance(value, (int, np.integer)) and not isinstance(value, np.bool_):
            return int(value)
        if isinstance(value, (float, np.floating)):
            f = float(value)
            return f if math.isfinite(f) else {"$f": repr(f)}
        if isinstance(value, np.bool_):
            return bool(value)
        if isinstance(value, (complex, np.complexfloating)):
            return {"$c": [repr(value.real), repr(value.imag)]}
        if isinstance(value, np.ndarray):
            return {"$a": self._array(value)}
        if isinstance(value, list):
            return [self.encode(v, depth + 1) for v in value]
        if isinstance(value, tuple):
            return {"$t": [self.encode(v, depth + 1) for v in value]}
        if isinstance(value, (set, frozenset)):
            tag = "$s" if isinstance(value, set) else "$fs"
            return {tag: [self.encode(v, depth + 1) for v in value]}
        if isinstance(value, dict):
            return {"$d": [[self.encode(k, depth + 1), self.encode(v, depth + 1)] for k, v in value.items()]}
        if isinstance(value, slice):
            return {"$sl": [self.encode(value.start), self.encode(value.stop), self.encode(value.step)]}
        if isinstance(value, Handle):
            return {"$h": value.id}
        pandas = _pandas_if_loaded()
        if pandas is not None:
            if isinstance(value, pandas.Series):
                return {"$ser": [self._array(value.to_numpy()), self.encode(value.name, depth + 1),
                                 self._index(value.index)]}
            if isinstance(value, pandas.DataFrame):
                columns = [self.encode(c, depth + 1) for c in value.columns]
                data = [self._array(value.iloc[:, j].to_numpy()) for j in range(value.shape[1])]
                return {"$df": [columns, data, self._index(value.index)]}
            if isinstance(value, pandas.Index):
                return {"$idx": self._index(value)}
        return self.on_other(value)

    def _index(self, index: Any) -> list:
        return [self._array(index.to_numpy()), self.encode(index.name)]

    def _array(self, array: np.ndarray) -> int | dict:
        array = np.asarray(array)  # an ndarray subclass crosses as its plain data
        if array.dtype == object:
            if all(isinstance(x, str) for x in array.flat):
                array = array.astype(str)
            else:
                raise CodecError("arrays of Python objects cannot be compared; use a numeric dtype")
        if array.dtype.fields is None and array.dtype.subdtype is None:
            # Plain dtypes cross as raw bytes plus a small header: np.save/np.load cost several
            # times more per small array, and checks make thousands of calls.
            order = "F" if array.flags.f_contiguous and not array.flags.c_contiguous else "C"
            self.buffers.append(array.tobytes(order=order))
            return {"b": len(self.buffers) - 1, "dtype": array.dtype.str, "shape": list(array.shape),
                    "order": order}
        buf = io.BytesIO()
        np.save(buf, array, allow_pickle=False)
        self.buffers.append(buf.getvalue())
        return len(self.buffers) - 1


class Decoder:
    """Rebuilds a value from (structure, buffers). ``on_handle``/``on_callback`` resolve references."""

    def __init__(self, buffers: list[bytes], on_handle: Callable[[dict], Any],
                 on_callback: Callable[[int], Any] | None = None) -> None:
        self.buffers = buffers
        self.on_handle = on_handle
        self.on_callback = on_callback

    def decode(self, node: Any) -> Any:
        if isinstance(node, list):
            return [self.decode(v) for v in node]
        if not isinstance(node, dict):
            return node
        if len(node) != 1 and "$h" not in node:
            raise CodecError("garbled value")
        (tag, body), *_ = node.items()
        if tag == "$f":
            return float(body)
        if tag == "$c":
            return complex(float(body[0]), float(body[1]))
        if tag == "$a":
            return self._array(body)
        if tag == "$t":
            return tuple(self.decode(v) for v in body)
        if tag == "$s":
            return {self.decode(v) for v in body}
        if tag == "$fs":
            return frozenset(self.decode(v) for v in body)
        if tag == "$d":
            return {self.decode(k): self.decode(v) for k, v in body}
        if tag == "$sl":
            return slice(*(self.decode(v) for v in body))
        if tag == "$h":
            return self.on_handle(node)
        if tag == "$cb" and self.on_callback is not None:
            return self.on_callback(body)
        if tag in ("$ser", "$df", "$idx"):
            import pandas as pd

            if tag == "$idx":
                return self._pandas_index(body)
            if tag == "$ser":
                return pd.Series(self._array(body[0]), name=self.decode(body[1]),
                                 index=self._pandas_index(body[2]))
            columns, data, index = body
            frame = pd.DataFrame({j: self._array(a) for j, a in enumerate(data)},
                                 index=self._pandas_index(index))
            frame.columns = [self.decode(c) for c in columns]
            return frame
        raise CodecError(f"unknown tag {tag!r}")

    def _pandas_index(self, body: list) -> Any:
        import pandas as pd

        return pd.Index(self._array(body[0]), name=self.decode(body[1]))

    def _array(self, body: int | dict) -> np.ndarray:
        try:
            if isinstance(body, dict):
                return _raw_array(self.buffers[body["b"]], body)
            return np.load(io.BytesIO(self.buffers[body]), allow_pickle=False)
        except (IndexError, KeyError, TypeError, ValueError, OSError, EOFError) as exc:
            raise CodecError(f"garbled array: {exc}") from None


def _raw_array(data: bytes, header: dict) -> np.ndarray:
    dtype = np.dtype(str(header["dtype"]))
    if dtype.hasobject or dtype.fields is not None or dtype.subdtype is not None:
        raise ValueError(f"dtype {dtype} cannot cross as raw bytes")
    shape = tuple(int(n) for n in header["shape"])
    order = "F" if header.get("order") == "F" else "C"
    # A writable array that owns its data, as np.load would give.
    return np.frombuffer(data, dtype=dtype).reshape(shape, order=order).copy(order="K")


def _pandas_if_loaded() -> Any:
    import sys

    return sys.modules.get("pandas")


# --- frames -------------------------------------------------------------------------------------


def pack(message: dict, buffers: list[bytes]) -> bytes:
    """One frame: length, JSON header length, JSON header, then each buffer with its length."""
    header = json.dumps(message, allow_nan=False).encode()
    parts = [_LEN.pack(len(header)), header]
    for b in buffers:
        parts += [_LEN.pack(len(b)), b]
    body = b"".join(parts)
    if len(body) > MAX_FRAME_BYTES:
        raise CodecError(f"value is larger than {MAX_FRAME_BYTES // 2**20} MiB")
    return _LEN.pack(len(body)) + body


def unpack(body: bytes) -> tuple[dict, list[bytes]]:
    try:
        (hlen,) = _LEN.unpack_from(body, 0)
        message = json.loads(body[4 : 4 + hlen])
        pos, buffers = 4 + hlen, []
        while pos < len(body):
            (blen,) = _LEN.unpack_from(body, pos)
            buffers.append(body[pos + 4 : pos + 4 + blen])
            pos += 4 + blen
    except (struct.error, ValueError) as exc:
        raise CodecError(f"garbled frame: {exc}") from None
    if not isinstance(message, dict):
        raise CodecError("garbled frame: header is not an object")
    return message, buffers


def write_frame(fd: int, message: dict, buffers: list[bytes] = ()) -> None:
    data = memoryview(pack(message, list(buffers)))
    while data:
        n = os.write(fd, data)
        data = data[n:]


def read_exact(fd: int, n: int) -> bytes:
    chunks, remaining = [], n
    while remaining:
        chunk = os.read(fd, min(remaining, 2**20))
        if not chunk:
            raise EOFError("the other side closed the channel")
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def read_frame(fd: int) -> tuple[dict, list[bytes]]:
    (length,) = _LEN.unpack(read_exact(fd, 4))
    if length > MAX_FRAME_BYTES:
        raise CodecError(f"frame of {length} bytes is larger than the limit")
    return unpack(read_exact(fd, length))
