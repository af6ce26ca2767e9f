"""Rebuilding arange and linspace, and how each treats the end point (guide question Q67).

``np.arange(start, stop, step)`` walks from ``start`` in steps of ``step`` and never reaches
``stop``; ``np.linspace(start, stop, num)`` places exactly ``num`` evenly spaced points between
``start`` and ``stop`` and, by default, includes ``stop``. Rebuild both without calling them.

Write two functions:

``my_linspace(start: float, stop: float, num: int, endpoint: bool = True) -> np.ndarray``
    A float64 array of exactly ``num`` points ``start + i * step`` for ``i = 0 .. num - 1``, with
    ``step = (stop - start) / (num - 1)`` when ``endpoint`` is true and
    ``step = (stop - start) / num`` when it is false. With ``endpoint`` true and ``num >= 2`` the
    last point is exactly ``stop``. ``num = 1`` gives ``[start]`` (for either ``endpoint``);
    ``num = 0`` gives an empty array.

``my_arange(start: float, stop: float, step: float) -> np.ndarray``
    A float64 array of the points ``start + i * step`` for ``i = 0 .. n - 1``, where
    ``n = max(0, ceil((stop - start) / step))`` computed in float64 exactly as written. ``step``
    may be negative (then the values decrease and ``start > stop`` is needed for a non-empty
    result). With integer-valued arguments ``stop`` itself is never included.

Rules: do not call ``np.arange`` or ``np.linspace`` (the checks read your source). Build the
index vector ``0 .. n - 1`` some other way.

Inputs in the checks: ``start`` and ``stop`` are finite floats in [-100, 100]; ``num`` is 0 to
50; ``|step|`` is between 0.1 and 10.

Tolerance: arrays are compared with ``np.isclose(actual, expected, rtol=1e-12, atol=1e-9)``
elementwise against ``np.linspace`` and ``np.arange`` (with the same arguments, as float64);
lengths and the first point must match exactly, and so must the last point of ``my_linspace``
when ``endpoint`` is true.

Raises: ``ValueError`` from ``my_linspace`` when ``num < 0`` and from ``my_arange`` when
``step == 0``.
"""

import numpy as np


def my_linspace(start: float, stop: float, num: int, endpoint: bool = True) -> np.ndarray:
    """num evenly spaced float64 points from start to stop (stop included when endpoint)."""
    raise NotImplementedError


def my_arange(start: float, stop: float, step: float) -> np.ndarray:
    """The float64 points start + i * step that come before stop."""
    raise NotImplementedError
