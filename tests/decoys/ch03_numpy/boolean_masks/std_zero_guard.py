"""Decoy: drop_outliers treats x as constant only when its computed std is exactly 0."""

import numpy as np


def drop_outliers(x: np.ndarray, z: float = 3.0) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    if x.size == 0 or x.std() == 0:
        return x.copy()  # constant: every z-score is taken as 0
    scores = (x - x.mean()) / x.std()
    return x[np.abs(scores) <= z]


def rows_of_class(X: np.ndarray, y: np.ndarray, label) -> np.ndarray:
    if len(X) != len(y):
        raise ValueError(f"X has {len(X)} rows but y has {len(y)} labels")
    return X[y == label]


def replace_nonfinite(x: np.ndarray, value: float) -> np.ndarray:
    # np.where builds a new array; x is left untouched.
    return np.where(np.isfinite(x), x, value)
