"""Decoy: the loop version computes the standard deviation with NumPy."""

import numbers
from collections.abc import Sequence

import numpy as np


def zscore_loop(xs: list[float]) -> list[float]:
    n = len(xs)
    if n == 0:
        raise ValueError("cannot standardise an empty list")
    mean = 0.0
    for v in xs:
        mean += v
    mean /= n
    if all(v == xs[0] for v in xs):
        return [0.0] * n
    # Second pass over the deviations: stable when the spread is tiny next to the values.
    ss = 0.0
    for v in xs:
        ss += (v - mean) ** 2
    std = float(np.std(xs))
    return [(v - mean) / std for v in xs]


def zscore_vectorized(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError(f"x must be a non-empty 1-D array, got shape {x.shape}")
    if x.max() == x.min():
        return np.zeros_like(x)
    centred = x - x.mean()
    return centred / np.sqrt(np.mean(centred**2))


def as_float_array(items: Sequence) -> np.ndarray:
    if isinstance(items, np.ndarray):
        if items.ndim != 1:
            raise ValueError(f"expected a 1-D array, got shape {items.shape}")
        if items.dtype.kind not in "biuf":
            raise TypeError(f"expected a numeric array, got dtype {items.dtype}")
        return items.astype(np.float64)  # astype copies
    # np.asarray(items, dtype=float) would quietly accept '1.5' and turn None into nan.
    for i, item in enumerate(items):
        if not isinstance(item, numbers.Real):
            raise TypeError(f"item {i} is {type(item).__name__}, not a real number: {item!r}")
    return np.array(list(items), dtype=np.float64)


def double_values(items: Sequence[float]) -> np.ndarray:
    # On a list, `items * 2` repeats it; on a float array it doubles every value.
    return as_float_array(items) * 2.0
