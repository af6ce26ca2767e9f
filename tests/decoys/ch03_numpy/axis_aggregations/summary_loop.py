"""Decoy: column_summary loops over the columns in Python."""


def column_summary(X: np.ndarray) -> dict[str, np.ndarray]:
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] == 0:
        raise ValueError(f"X must be 2-D with at least one row, got shape {X.shape}")
    with warnings.catch_warnings():
        # An all-NaN column has no statistics: NumPy warns and returns NaN, which is the answer.
        warnings.simplefilter("ignore", RuntimeWarning)
        means = np.array([np.nanmean(X[:, j]) for j in range(X.shape[1])])
        return {
            "mean": means,  # axis=0: collapse the rows, one value per column
            "std": np.nanstd(X, axis=0),
            "min": np.nanmin(X, axis=0),
            "max": np.nanmax(X, axis=0),
        }
