"""Decoy: centres the columns with a Python loop over the columns."""


def center_columns(X: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] == 0:
        raise ValueError(f"X must be 2-D with at least one row, got shape {X.shape}")
    out = X.copy()
    for j in range(X.shape[1]):
        out[:, j] -= X[:, j].mean()
    return out
