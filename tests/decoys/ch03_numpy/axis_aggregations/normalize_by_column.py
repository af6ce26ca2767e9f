"""Decoy: row_normalize divides by the column sums instead of the row sums."""


def row_normalize(X: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got shape {X.shape}")
    sums = X.sum(axis=0, keepdims=True)  # (n, 1): broadcasts across each row
    if (sums == 0).any():
        raise ValueError(f"rows {np.flatnonzero(sums[0] == 0).tolist()} sum to 0")
    return X / sums
