"""Decoy: centres each row (axis=1) instead of each column."""


def center_columns(X: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] == 0:
        raise ValueError(f"X must be 2-D with at least one row, got shape {X.shape}")
    return X - X.mean(axis=1, keepdims=True)
