"""Decoy: returns the plain Rand index, without the chance adjustment."""

from collections.abc import Sequence

import numpy as np


def _pairwise_euclidean(X: np.ndarray) -> np.ndarray:
    diff = X[:, None, :] - X[None, :, :]
    return np.sqrt((diff**2).sum(axis=-1))


def _check_points(X: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    X, labels = np.asarray(X, dtype=float), np.asarray(labels)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got {X.ndim}-D")
    if labels.ndim != 1 or labels.shape[0] != X.shape[0]:
        raise ValueError(f"labels must be 1-D with {X.shape[0]} entries, got shape {labels.shape}")
    return X, labels


def silhouette_samples(X: np.ndarray, labels: np.ndarray) -> np.ndarray:
    X, labels = _check_points(X, labels)
    names, codes = np.unique(labels, return_inverse=True)
    n, k = X.shape[0], names.shape[0]
    if not 2 <= k <= n - 1:
        raise ValueError(f"the silhouette needs 2 <= number of clusters <= n - 1, got {k} for n={n}")
    D = _pairwise_euclidean(X)
    onehot = np.eye(k)[codes]                      # (n, k)
    sizes = onehot.sum(axis=0)                     # (k,)
    sums = D @ onehot                              # distance of each point to each cluster, summed
    own = sizes[codes]
    # a: mean distance to the *other* members of one's own cluster (the self-distance is 0).
    a = sums[np.arange(n), codes] / np.maximum(own - 1, 1)
    means = sums / sizes
    means[np.arange(n), codes] = np.inf
    b = means.min(axis=1)
    denom = np.maximum(a, b)
    s = np.where(denom > 0, (b - a) / np.where(denom > 0, denom, 1.0), 0.0)
    return np.where(own > 1, s, 0.0)


def silhouette_score(X: np.ndarray, labels: np.ndarray) -> float:
    return float(silhouette_samples(X, labels).mean())


def inertia(X: np.ndarray, labels: np.ndarray, centers: np.ndarray) -> float:
    X, labels = _check_points(X, labels)
    centers = np.asarray(centers, dtype=float)
    if centers.ndim != 2 or centers.shape[1] != X.shape[1]:
        raise ValueError(f"centers must have shape (k, {X.shape[1]}), got {centers.shape}")
    if labels.size and (labels.min() < 0 or labels.max() >= centers.shape[0]):
        raise ValueError("every label must index a row of centers")
    return float(((X - centers[labels]) ** 2).sum())


def _pairs(counts: np.ndarray) -> float:
    return float((counts * (counts - 1) / 2).sum())


def adjusted_rand_index(a: np.ndarray, b: np.ndarray) -> float:
    a, b = np.asarray(a), np.asarray(b)
    if a.ndim != 1 or b.ndim != 1 or a.shape != b.shape:
        raise ValueError(f"a and b must be 1-D of the same length, got {a.shape} and {b.shape}")
    _, ia = np.unique(a, return_inverse=True)
    _, ib = np.unique(b, return_inverse=True)
    table = np.zeros((ia.max() + 1, ib.max() + 1))
    np.add.at(table, (ia, ib), 1)
    index = _pairs(table)
    sum_a, sum_b = _pairs(table.sum(axis=1)), _pairs(table.sum(axis=0))
    total = _pairs(np.array([a.shape[0]]))
    expected = sum_a * sum_b / total if total > 0 else 0.0
    maximum = (sum_a + sum_b) / 2
    if maximum == expected:  # both partitions trivial in the same way: perfect agreement
        return 1.0
    total_pairs = total if total > 0 else 1.0
    return float((total_pairs + 2 * index - sum_a - sum_b) / total_pairs)


def choose_k(X: np.ndarray, ks: Sequence[int], method: str = "silhouette", seed: int = 0) -> int:
    X = np.asarray(X, dtype=float)
    ks = [int(k) for k in ks]
    n = X.shape[0]
    if method not in ("silhouette", "elbow"):
        raise ValueError(f"method must be 'silhouette' or 'elbow', got {method!r}")
    if np.any(np.diff(ks) <= 0):
        raise ValueError("ks must be strictly increasing")
    if method == "silhouette":
        if not ks or ks[0] < 2 or ks[-1] > n - 1:
            raise ValueError("the silhouette method needs 2 <= k <= n - 1 for every k")
    elif len(ks) < 3 or ks[0] < 1 or ks[-1] > n:
        raise ValueError("the elbow method needs at least three ks with 1 <= k <= n")
    # Imported here, not at the top: the other four functions need only NumPy, and importing
    # scikit-learn's clustering module costs seconds on a cold start.
    from sklearn.cluster import KMeans

    fits = [KMeans(n_clusters=k, n_init=3, random_state=seed).fit(X) for k in ks]
    if method == "silhouette":
        scores = [silhouette_score(X, f.labels_) for f in fits]
        return ks[int(np.argmax(scores))]
    inertias = np.array([f.inertia_ for f in fits])
    second = inertias[:-2] - 2 * inertias[1:-1] + inertias[2:]
    return ks[int(np.argmax(second)) + 1]
