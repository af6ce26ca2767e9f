"""Decoy: true_class_probs does not check that y has one label per row of P."""

from collections.abc import Sequence

import numpy as np


def take_rows(X: np.ndarray, idx: Sequence[int]) -> np.ndarray:
    idx = np.asarray(idx, dtype=np.intp).reshape(-1)
    return X[idx]  # fancy indexing copies; NumPy raises IndexError out of range


def true_class_probs(P: np.ndarray, y: np.ndarray) -> np.ndarray:
    y = np.asarray(y)
    if y.ndim != 1:
        raise ValueError(f"y must have shape ({P.shape[0]},), got {y.shape}")
    if y.size and (y.min() < 0 or y.max() >= P.shape[1]):
        # Checked by hand: NumPy would quietly read P[i, -1] for a label -1.
        raise IndexError(f"labels must lie in 0..{P.shape[1] - 1}")
    # One index array per axis: row i pairs with column y[i].
    return P[np.arange(len(y)), y]


def invert_permutation(perm: np.ndarray) -> np.ndarray:
    perm = np.asarray(perm)
    n = perm.shape[0]
    if perm.ndim != 1 or not np.array_equal(np.sort(perm), np.arange(n)):
        raise ValueError("perm is not a permutation of 0..n-1")
    inv = np.empty(n, dtype=np.intp)
    inv[perm] = np.arange(n)
    return inv
