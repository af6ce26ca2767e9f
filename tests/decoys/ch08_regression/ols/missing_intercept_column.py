"""Decoy: forgets to append the column of ones, so the intercept is never fitted."""


def fit_ols(X: np.ndarray, y: np.ndarray,
            fit_intercept: bool = True) -> tuple[np.ndarray, float]:
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got {X.ndim}-D")
    if y.ndim != 1:
        raise ValueError(f"y must be 1-D, got {y.ndim}-D")
    if X.shape[0] != y.shape[0]:
        raise ValueError(f"X has {X.shape[0]} rows but y has {y.shape[0]}")
    if X.shape[0] == 0:
        raise ValueError("cannot fit on zero rows")
    theta = np.linalg.lstsq(X, y, rcond=None)[0]
    d = X.shape[1]
    return theta[:d], 0.0
