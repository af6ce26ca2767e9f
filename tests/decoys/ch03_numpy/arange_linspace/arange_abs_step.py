"""Decoy: arange counts the points with |step|, which breaks negative steps."""

import math

import numpy as np


def _indices(n: int) -> np.ndarray:
    # 0, 1, ..., n - 1 as floats, without np.arange.
    return np.cumsum(np.ones(n)) - 1.0


def my_linspace(start: float, stop: float, num: int, endpoint: bool = True) -> np.ndarray:
    if num < 0:
        raise ValueError(f"num must be >= 0, got {num}")
    div = num - 1 if endpoint else num
    if div <= 0:  # num = 0, or num = 1 with the end point: nothing to divide
        return np.full(num, float(start))
    step = (stop - start) / div
    points = start + _indices(num) * step
    if endpoint:
        points[-1] = stop  # exact, whatever the rounding of start + (num - 1) * step
    return points


def my_arange(start: float, stop: float, step: float) -> np.ndarray:
    if step == 0:
        raise ValueError("step must not be 0")
    n = max(0, math.ceil((stop - start) / abs(step)))
    return start + _indices(n) * step
