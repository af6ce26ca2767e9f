"""Decoy: centres X and y and minimises the norm of coef alone (scikit-learn style)."""


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
    if not fit_intercept:
        return np.linalg.lstsq(X, y, rcond=None)[0], 0.0
    x_mean, y_mean = X.mean(axis=0), y.mean()
    coef = np.linalg.lstsq(X - x_mean, y - y_mean, rcond=None)[0]
    return coef, float(y_mean - x_mean @ coef)
