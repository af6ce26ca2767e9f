"""Decoy: a neighbour must be closer than eps (< instead of <=)."""

import numpy as np


def _distances(X: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got {X.ndim}-D")
    return np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1))


def _check(eps: float, min_samples: int) -> None:
    if not eps > 0:
        raise ValueError(f"eps must be positive, got {eps}")
    if min_samples < 1:
        raise ValueError(f"min_samples must be >= 1, got {min_samples}")


def core_mask(X: np.ndarray, eps: float, min_samples: int) -> np.ndarray:
    _check(eps, min_samples)
    # The neighbourhood includes the point itself (its distance to itself is 0 <= eps).
    return (_distances(X) <= eps).sum(axis=1) >= min_samples


def dbscan(X: np.ndarray, eps: float, min_samples: int) -> np.ndarray:
    _check(eps, min_samples)
    near = _distances(X) < eps
    core = near.sum(axis=1) >= min_samples
    labels = np.full(near.shape[0], -1)
    cluster = 0
    for start in np.flatnonzero(core):
        if labels[start] != -1:
            continue
        # Grow one whole cluster before starting the next: a border point near several clusters
        # therefore joins the lowest-numbered one.
        labels[start] = cluster
        stack = [start]
        while stack:
            i = stack.pop()
            for j in np.flatnonzero(near[i] & (labels == -1)):
                labels[j] = cluster
                if core[j]:
                    stack.append(j)
        cluster += 1
    return labels


def k_distance(X: np.ndarray, k: int) -> np.ndarray:
    D = _distances(X)
    if not 1 <= k < D.shape[0]:
        raise ValueError(f"k must satisfy 1 <= k < n = {D.shape[0]}, got {k}")
    # Column 0 of each sorted row is the point itself (distance 0); column k is its k-th neighbour.
    return np.sort(np.sort(D, axis=1)[:, k])
