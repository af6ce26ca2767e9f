"""Assertions that fail with a learner-readable message plus the expected and actual values."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from katas.attempt import AttemptError


class CheckFailure(AssertionError):
    """A failed check. The harness shows ``expected``, ``actual`` and ``help`` to the learner."""

    def __init__(self, message: str, *, expected: Any = None, actual: Any = None,
                 help: str = "") -> None:
        super().__init__(message)
        self.message, self.expected, self.actual, self.help = message, expected, actual, help


def assert_true(condition: bool, message: str, *, expected: Any = None, actual: Any = None,
                help: str = "") -> None:
    if not condition:
        raise CheckFailure(message, expected=expected, actual=actual, help=help)


def as_array(value: Any, what: str, *, shape: tuple[int, ...] | None = None,
             kind: str = "fiub") -> np.ndarray:
    """``value`` must be a NumPy array (of a numeric dtype kind in ``kind``, of ``shape``)."""
    if type(value) is not np.ndarray:
        raise CheckFailure(f"{what} must be a numpy.ndarray", expected="numpy.ndarray",
                           actual=type(value).__name__)
    if value.dtype.kind not in kind:
        raise CheckFailure(f"{what} has dtype {value.dtype}; a numeric array is expected",
                           expected=f"dtype kind in {kind!r}", actual=str(value.dtype))
    if shape is not None and value.shape != tuple(shape):
        raise CheckFailure(f"{what} has the wrong shape", expected=tuple(shape), actual=value.shape,
                           help="check which axis you reduce over and whether you keep every row")
    return value


def as_float(value: Any, what: str) -> float:
    """``value`` must be a real number (a Python float, or a NumPy floating scalar)."""
    if type(value) is bool or not isinstance(value, (int, float)):
        raise CheckFailure(f"{what} must be a float", expected="float", actual=type(value).__name__,
                           help="a 1-element array is not a float: use float(...) or .item()")
    return float(value)


def as_pair(value: Any, what: str) -> tuple[Any, Any]:
    if type(value) is not tuple or len(value) != 2:
        raise CheckFailure(f"{what} must be a tuple of two values", expected="tuple of length 2",
                           actual=f"{type(value).__name__} of length {_len(value)}")
    return value


def _len(value: Any) -> str:
    try:
        return str(len(value))
    except TypeError:
        return "-"


def assert_close(actual: Any, expected: Any, *, rtol: float, atol: float, what: str,
                 help: str = "") -> None:
    """``actual`` equals ``expected`` within ``|a - e| <= atol + rtol * |e|`` elementwise (NaN
    matches NaN); shapes must match exactly."""
    exp = np.asarray(expected, dtype=float)
    if isinstance(expected, np.ndarray):
        act = as_array(actual, what, shape=exp.shape)
    elif np.ndim(expected) == 0:
        act = np.asarray(as_float(actual, what))
    else:
        act = np.asarray(actual)
    if act.shape != exp.shape:
        raise CheckFailure(f"{what} has the wrong shape", expected=exp.shape, actual=act.shape)
    act = act.astype(float)
    ok = np.isclose(act, exp, rtol=rtol, atol=atol, equal_nan=True)
    if not ok.all():
        worst = np.unravel_index(np.argmax(np.where(ok, 0, np.abs(act - exp))), exp.shape)
        where = f" (first large difference at index {tuple(int(i) for i in worst)})" if exp.ndim else ""
        raise CheckFailure(f"{what} is not within rtol={rtol:g}, atol={atol:g} of the expected "
                           f"value{where}", expected=expected, actual=actual, help=help)


@contextlib.contextmanager
def raises(exception: str, what: str) -> Iterator[None]:
    """The attempt must raise ``exception`` (by class name, subclasses count) inside the block."""
    try:
        yield
    except AttemptError as exc:
        if exc.is_a(exception):
            return
        raise CheckFailure(f"{what} should raise {exception}", expected=exception,
                           actual=f"raised {exc.type_name}: {exc.message}") from None
    except Exception as exc:  # a bare in-process run (authors, benchmarks): a real exception
        if exception in (c.__name__ for c in type(exc).__mro__):
            return
        raise CheckFailure(f"{what} should raise {exception}", expected=exception,
                           actual=f"raised {type(exc).__name__}: {exc}") from None
    raise CheckFailure(f"{what} should raise {exception}", expected=exception,
                       actual="returned normally")


def memory_facts(attempt: Any, name: str, *args: Any, **kwargs: Any) -> dict:
    """Call ``attempt.<name>`` and report how its returned array relates to the array arguments
    (``shares_memory`` per positional argument, ``owndata``, contiguity flags, ``strides``), measured
    where the call ran. Arguments cross to the worker as contiguous arrays (C or Fortran order is
    kept), so build non-contiguous inputs only with this in mind."""
    from types import ModuleType

    from katas.worker import memory_facts as facts

    if isinstance(attempt, ModuleType):  # a bare in-process run: the call happens here
        result = getattr(attempt, name)(*args, **kwargs)
        return {"result": result, **facts(result, list(args))}
    return attempt.memory_facts(name, *args, **kwargs)


def in_place(attempt: Any, name: str, *args: Any, **kwargs: Any) -> dict:
    """Call ``attempt.<name>``, a function meant to change its arguments in place, and return
    ``{"result": value, "args": [the positional arguments after the call], "kwargs": {...}}``.
    The caller's arrays are never touched: the arguments are copies (made here in a bare run)."""
    import copy
    from types import ModuleType

    if isinstance(attempt, ModuleType):  # a bare in-process run: the call happens here
        args, kwargs = copy.deepcopy((list(args), dict(kwargs)))
        result = getattr(attempt, name)(*args, **kwargs)
        return {"result": result, "args": args, "kwargs": kwargs}
    return attempt.in_place(name, *args, **kwargs)


def shared_folder(attempt: Any) -> Path:
    """A folder both the checks and the attempt can read and write (the worker's working folder),
    for katas about files: the check writes inputs there, passes the path as a string, and reads
    what the attempt wrote. Use a fresh subfolder per example."""
    import tempfile
    from types import ModuleType

    if isinstance(attempt, ModuleType):  # a bare in-process run
        return Path(tempfile.mkdtemp(prefix="kata-files-"))
    return Path(tempfile.mkdtemp(prefix="files-", dir=attempt.folder))



def no_float_errors(attempt: Any, name: str, *args: Any, help: str = "") -> Any:
    """Call ``attempt.<name>`` inside ``np.errstate(over="raise", invalid="raise")`` where the call
    runs (a check's own ``np.errstate`` does not reach the worker) and fail the check, naming the
    call, if it overflows or makes an invalid value (a NaN); underflow to 0 is allowed."""
    from types import ModuleType

    errstate = {"over": "raise", "invalid": "raise"}
    try:
        if isinstance(attempt, ModuleType):  # a bare in-process run
            with np.errstate(**errstate):
                return getattr(attempt, name)(*args)
        return attempt.under_errstate(errstate, name, *args)
    except (AttemptError, FloatingPointError) as exc:
        if isinstance(exc, AttemptError) and not exc.is_a("FloatingPointError"):
            raise
        message = exc.message if isinstance(exc, AttemptError) else str(exc)
        raise CheckFailure(f"{name}() raised FloatingPointError ({message}) under "
                           "np.errstate(over='raise', invalid='raise')", help=help) from None
