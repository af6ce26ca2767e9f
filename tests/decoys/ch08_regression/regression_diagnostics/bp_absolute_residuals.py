"""Decoy: Breusch-Pagan regresses the absolute residuals instead of the squared ones."""


def breusch_pagan_r2(X: np.ndarray, residuals: np.ndarray) -> float:
    X, e = np.asarray(X, dtype=float), np.asarray(residuals, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got {X.ndim}-D")
    if e.ndim != 1:
        raise ValueError(f"residuals must be 1-D, got {e.ndim}-D")
    if X.shape[0] != e.shape[0]:
        raise ValueError(f"X has {X.shape[0]} rows but there are {e.shape[0]} residuals")
    if e.shape[0] < 3:
        raise ValueError(f"breusch_pagan_r2 needs at least 3 rows, got {e.shape[0]}")
    squared = np.abs(e)
    if np.ptp(squared) == 0:
        return 0.0
    rss, tss = _sums_of_squares(X, squared)
    return 1.0 - rss / tss
