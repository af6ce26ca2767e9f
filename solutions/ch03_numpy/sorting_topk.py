"""Reference solution for ch03/sorting_topk."""

import numpy as np


def top_k_indices(scores: np.ndarray, k: int) -> np.ndarray:
    scores = np.asarray(scores)
    if scores.ndim != 1:
        raise ValueError(f"scores must be 1-D, got shape {scores.shape}")
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    n = scores.size
    if k < n:
        # argpartition finds the k best in O(n), but in no order and with an arbitrary choice
        # among ties at the boundary: keep every entry at least as good as the k-th, then sort.
        kth = -np.partition(-scores, k - 1)[k - 1] if k else np.inf
        candidates = np.flatnonzero(scores >= kth)
    else:
        candidates = np.arange(n)
    # A stable sort of the negated scores orders ties by position (candidates are increasing).
    order = np.argsort(-scores[candidates], kind="stable")
    return candidates[order][:k]


def sort_by_column(X: np.ndarray, j: int, descending: bool = False) -> np.ndarray:
    X = np.asarray(X)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got shape {X.shape}")
    d = X.shape[1]
    if not -d <= j < d:
        raise IndexError(f"column {j} is out of range for {d} columns")
    key = X[:, j]
    if descending:
        # Stable on the reversed column, then reversed back: ties keep their original order.
        n = key.size
        order = n - 1 - np.argsort(key[::-1], kind="stable")[::-1]
    else:
        order = np.argsort(key, kind="stable")
    return X[order]


def ranks(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x)
    if x.ndim != 1:
        raise ValueError(f"x must be 1-D, got shape {x.shape}")
    r = np.empty(x.size, dtype=np.intp)
    # The sorting permutation says which entry comes at each place; ranks are its inverse.
    r[np.argsort(x, kind="stable")] = np.arange(1, x.size + 1)
    return r
