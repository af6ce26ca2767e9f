"""Decoy: add_bias_column builds the ones with np.ones_like(X[:, :1]): an integer X keeps
its dtype, and the column is lost when d = 0."""


def add_bias_column(X: np.ndarray) -> np.ndarray:
    X = np.asarray(X)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got shape {X.shape}")
    # The (n, 1) column of ones is float64, so hstack promotes integer X to float64 too.
    return np.hstack([np.ones_like(X[:, :1]), X])
