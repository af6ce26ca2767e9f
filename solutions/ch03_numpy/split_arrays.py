"""Reference solution for ch03/split_arrays."""

import math

import numpy as np


def _rows(X: np.ndarray) -> np.ndarray:
    X = np.asarray(X)
    if X.ndim == 0:
        raise ValueError("a 0-d array has no rows to split")
    return X


def split_into(X: np.ndarray, n_parts: int) -> list[np.ndarray]:
    X = _rows(X)
    if n_parts <= 0:
        raise ValueError(f"n_parts must be positive, got {n_parts}")
    size, extra = divmod(len(X), n_parts)
    # The first `extra` parts take one more row: boundaries at i * size + min(i, extra).
    bounds = [i * size + min(i, extra) for i in range(n_parts + 1)]
    return [X[start:stop] for start, stop in zip(bounds[:-1], bounds[1:], strict=True)]


def split_at_fraction(X: np.ndarray, frac: float) -> tuple[np.ndarray, np.ndarray]:
    X = _rows(X)
    if not 0 < frac < 1:
        raise ValueError(f"frac must be strictly between 0 and 1, got {frac}")
    k = math.floor(frac * len(X) + 1e-9)  # 0.29 * 100 = 28.999...: the 1e-9 makes it 29
    return X[:k], X[k:]


def features_target(D: np.ndarray, target_col: int = -1) -> tuple[np.ndarray, np.ndarray]:
    D = np.asarray(D)
    if D.ndim != 2 or D.shape[1] == 0:
        raise ValueError(f"D must be 2-D with at least one column, got shape {D.shape}")
    d = D.shape[1]
    if not -d <= target_col < d:
        raise IndexError(f"target_col {target_col} is out of range for {d} columns")
    return np.delete(D, target_col, axis=1), D[:, target_col]
