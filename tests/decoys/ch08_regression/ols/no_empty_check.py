"""Decoy: does not reject an empty data set (n = 0) and returns zeros."""


def fit_ols(X: np.ndarray, y: np.ndarray,
            fit_intercept: bool = True) -> tuple[np.ndarray, float]:
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got {X.ndim}-D")
    if y.ndim != 1:
        raise ValueError(f"y must be 1-D, got {y.ndim}-D")
    if X.shape[0] != y.shape[0]:
        raise ValueError(f"X has {X.shape[0]} rows but y has {y.shape[0]}")
    Z = np.column_stack([X, np.ones(len(y))]) if fit_intercept else X
    # lstsq works through the SVD and drops rounding-level singular values, so for a
    # rank-deficient Z it returns the minimum-norm solution over coef and intercept together.
    theta = np.linalg.lstsq(Z, y, rcond=None)[0]
    d = X.shape[1]
    return theta[:d], float(theta[d]) if fit_intercept else 0.0
