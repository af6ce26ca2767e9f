"""Decoy: get_batch gathers rows with an index array, which copies."""

import numpy as np


def get_batch(X: np.ndarray, i: int, batch_size: int) -> np.ndarray:
    if batch_size <= 0:
        raise ValueError(f"batch_size must be positive, got {batch_size}")
    n_batches = -(-X.shape[0] // batch_size)  # ceil division
    if not 0 <= i < n_batches:
        raise IndexError(f"batch {i} out of range: there are {n_batches} batches")
    return X[np.arange(i * batch_size, min((i + 1) * batch_size, X.shape[0]))]


def column(X: np.ndarray, j: int) -> np.ndarray:
    return X[:, j]  # NumPy raises IndexError outside -d <= j < d


def every_kth(X: np.ndarray, k: int, offset: int = 0) -> np.ndarray:
    if k <= 0 or offset < 0:
        raise ValueError(f"k must be positive and offset non-negative, got k={k}, offset={offset}")
    return X[offset::k]


def last_n(X: np.ndarray, n: int) -> np.ndarray:
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    # Not X[-n:]: X[-0:] is the whole array.
    return X[max(X.shape[0] - n, 0):]
