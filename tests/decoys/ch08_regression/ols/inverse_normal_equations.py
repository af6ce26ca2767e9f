"""Decoy: solves the normal equations with inv(Z.T @ Z), which fails on rank-deficient designs."""


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
    Z = np.column_stack([X, np.ones(len(y))]) if fit_intercept else X
    # lstsq works through the SVD and drops rounding-level singular values, so for a
    # rank-deficient Z it returns the minimum-norm solution over coef and intercept together.
    theta = np.linalg.inv(Z.T @ Z) @ Z.T @ y
    d = X.shape[1]
    return theta[:d], float(theta[d]) if fit_intercept else 0.0
