"""Decoy: counts classes with np.bincount, which fails on strings and negative labels."""

import numpy as np


def _shares(y: np.ndarray) -> np.ndarray:
    y = np.asarray(y)
    if y.ndim != 1 or y.size == 0:
        raise ValueError(f"y must be a non-empty 1-D array, got shape {y.shape}")
    # np.unique works for strings and arbitrary integers alike (np.bincount does not).
    counts = np.bincount(y)
    return counts[counts > 0] / y.size


def majority_baseline(y: np.ndarray) -> float:
    return float(_shares(y).max())


def stratified_guess_accuracy(y: np.ndarray) -> float:
    p = _shares(y)
    return float(p @ p)


def lift_over_baseline(accuracy: float, y: np.ndarray) -> float:
    if not 0.0 <= accuracy <= 1.0:
        raise ValueError(f"accuracy must be in [0, 1], got {accuracy}")
    baseline = majority_baseline(y)
    if baseline == 1.0:  # a single class: nothing left to gain
        return 0.0
    return float((accuracy - baseline) / (1.0 - baseline))
