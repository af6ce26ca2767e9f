"""Decoy: column_summary uses the sample standard deviation (ddof=1)."""


def column_summary(X: np.ndarray) -> dict[str, np.ndarray]:
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] == 0:
        raise ValueError(f"X must be 2-D with at least one row, got shape {X.shape}")
    with warnings.catch_warnings():
        # An all-NaN column has no statistics: NumPy warns and returns NaN, which is the answer.
        warnings.simplefilter("ignore", RuntimeWarning)
        return {
            "mean": np.nanmean(X, axis=0),  # axis=0: collapse the rows, one value per column
            "std": np.nanstd(X, axis=0, ddof=1),
            "min": np.nanmin(X, axis=0),
            "max": np.nanmax(X, axis=0),
        }
