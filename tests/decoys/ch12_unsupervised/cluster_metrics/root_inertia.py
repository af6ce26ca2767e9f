"""Decoy: inertia sums distances instead of squared distances."""


def inertia(X: np.ndarray, labels: np.ndarray, centers: np.ndarray) -> float:
    X, labels = _check_points(X, labels)
    centers = np.asarray(centers, dtype=float)
    if centers.ndim != 2 or centers.shape[1] != X.shape[1]:
        raise ValueError(f"centers must have shape (k, {X.shape[1]}), got {centers.shape}")
    if labels.size and (labels.min() < 0 or labels.max() >= centers.shape[0]):
        raise ValueError("every label must index a row of centers")
    return float(np.sqrt(((X - centers[labels]) ** 2).sum(axis=1)).sum())
