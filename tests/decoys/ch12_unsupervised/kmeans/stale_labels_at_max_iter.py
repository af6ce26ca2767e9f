"""Decoy: when max_iter runs out, returns the labels of the previous centres instead of reassigning."""


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
    inertia = float(((X - centers[labels]) ** 2).sum())
    return centers, labels, inertia, history
