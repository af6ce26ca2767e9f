"""Decoy: sort_by_column sorts every column on its own with np.sort(axis=0), breaking the rows."""


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
        return np.sort(X, axis=0)
    return X[order]
