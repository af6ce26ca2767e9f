"""Decoy: border points extend the cluster too (every reached point is pushed)."""


def dbscan(X: np.ndarray, eps: float, min_samples: int) -> np.ndarray:
    _check(eps, min_samples)
    near = _distances(X) <= eps
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
                stack.append(j)
        cluster += 1
    return labels
