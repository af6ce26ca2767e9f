"""Decoy: linspace with one point divides by num - 1 = 0 and returns nan."""

import math

import numpy as np


def _indices(n: int) -> np.ndarray:
    # 0, 1, ..., n - 1 as floats, without np.arange.
    return np.cumsum(np.ones(n)) - 1.0


def my_linspace(start: float, stop: float, num: int, endpoint: bool = True) -> np.ndarray:
    if num < 0:
        raise ValueError(f"num must be >= 0, got {num}")
    div = num - 1 if endpoint else num
    if num == 0:
        return np.full(num, float(start))
    step = (stop - start) / div
    points = start + _indices(num) * step
    if endpoint:
        points[-1] = stop  # exact, whatever the rounding of start + (num - 1) * step
    return points


def my_arange(start: float, stop: float, step: float) -> np.ndarray:
    if step == 0:
        raise ValueError("step must not be 0")
    n = max(0, math.ceil((stop - start) / step))
    return start + _indices(n) * step
