"""Decoy: row_normalize divides by zero row sums instead of raising."""


def row_normalize(X: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got shape {X.shape}")
    sums = X.sum(axis=1, keepdims=True)  # (n, 1): broadcasts across each row
    if X.shape[1] == 0:
        raise ValueError(f"rows {np.flatnonzero(sums[:, 0] == 0).tolist()} sum to 0")
    return X / sums
