"""Reference solution for ch12/kmeans."""

import numpy as np


def _as_points(X: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 1:
        raise ValueError(f"X must be a 2-D array with at least one row, got shape {X.shape}")
    return X


def _squared_distances(X: np.ndarray, centers: np.ndarray) -> np.ndarray:
    return ((X[:, None, :] - centers[None, :, :]) ** 2).sum(axis=-1)


def _check_k(X: np.ndarray, k: int) -> None:
    if not 1 <= k <= X.shape[0]:
        raise ValueError(f"k must satisfy 1 <= k <= n = {X.shape[0]}, got {k}")


def kmeans(X: np.ndarray, init_centers: np.ndarray,
           max_iter: int = 300) -> tuple[np.ndarray, np.ndarray, float, list[float]]:
    X = _as_points(X)
    centers = np.array(init_centers, dtype=float)  # a copy: the caller's array is not touched
    if centers.ndim != 2 or centers.shape[1] != X.shape[1]:
        raise ValueError(f"init_centers must have shape (k, {X.shape[1]}), got {centers.shape}")
    _check_k(X, centers.shape[0])
    if max_iter < 1:
        raise ValueError(f"max_iter must be >= 1, got {max_iter}")
    k = centers.shape[0]
    history: list[float] = []
    previous = None
    for _ in range(max_iter):
        labels = _squared_distances(X, centers).argmin(axis=1)
        counts = np.bincount(labels, minlength=k)
        sums = np.zeros_like(centers)
        np.add.at(sums, labels, X)
        filled = counts > 0
        # An empty cluster keeps its previous centre (no division by zero, no relocation).
        centers[filled] = sums[filled] / counts[filled, None]
        history.append(float(((X - centers[labels]) ** 2).sum()))
        if previous is not None and np.array_equal(labels, previous):
            break
        previous = labels
    else:
        # max_iter reached without convergence: give the labels of the final centres.
        labels = _squared_distances(X, centers).argmin(axis=1)
    inertia = float(((X - centers[labels]) ** 2).sum())
    return centers, labels, inertia, history


def kmeans_pp_init(X: np.ndarray, k: int, rng: np.random.Generator | int) -> np.ndarray:
    X = _as_points(X)
    _check_k(X, k)
    rng = np.random.default_rng(rng)
    n = X.shape[0]
    chosen = [int(rng.integers(n))]
    d2 = _squared_distances(X, X[chosen]).min(axis=1)
    for _ in range(1, k):
        total = d2.sum()
        if total == 0:
            raise ValueError(f"X has fewer than k = {k} distinct rows")
        # D^2 sampling: a point is picked with probability proportional to its squared distance
        # to the nearest centre chosen so far (already-chosen points have probability 0).
        chosen.append(int(rng.choice(n, p=d2 / total)))
        d2 = np.minimum(d2, _squared_distances(X, X[chosen[-1:]])[:, 0])
    return X[chosen]


def best_of_n_init(X: np.ndarray, k: int, n_init: int, seed: int = 0,
                   init: str = "k-means++") -> tuple[np.ndarray, np.ndarray, float, list[float]]:
    X = _as_points(X)
    _check_k(X, k)
    if n_init < 1:
        raise ValueError(f"n_init must be >= 1, got {n_init}")
    if init not in ("k-means++", "random"):
        raise ValueError(f"init must be 'k-means++' or 'random', got {init!r}")
    best = None
    for run in range(n_init):
        rng = np.random.default_rng(seed + run)
        if init == "k-means++":
            start = kmeans_pp_init(X, k, rng)
        else:
            start = X[rng.choice(X.shape[0], size=k, replace=False)]
        result = kmeans(X, start)
        if best is None or result[2] < best[2]:
            best = result
    return best
