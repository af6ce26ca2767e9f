"""Decoy: a point alone in its cluster is not given silhouette 0."""


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
    return s
