"""Decoy: sort_by_column's descending order reverses the ascending one, which reverses tied rows
too."""


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
        order = np.argsort(key, kind="stable")[::-1]
    else:
        order = np.argsort(key, kind="stable")
    return X[order]
