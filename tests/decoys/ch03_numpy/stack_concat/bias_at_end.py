"""Decoy: add_bias_column appends the ones as the last column."""


def add_bias_column(X: np.ndarray) -> np.ndarray:
    X = np.asarray(X)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got shape {X.shape}")
    # The (n, 1) column of ones is float64, so hstack promotes integer X to float64 too.
    return np.hstack([X.astype(np.float64), np.ones((X.shape[0], 1))])
