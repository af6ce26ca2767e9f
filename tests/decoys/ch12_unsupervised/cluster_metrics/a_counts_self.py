"""Decoy: a_i divides by the cluster size instead of size - 1 (the point itself is counted)."""


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
    a = sums[np.arange(n), codes] / own
    means = sums / sizes
    means[np.arange(n), codes] = np.inf
    b = means.min(axis=1)
    denom = np.maximum(a, b)
    s = np.where(denom > 0, (b - a) / np.where(denom > 0, denom, 1.0), 0.0)
    return np.where(own > 1, s, 0.0)
