"""Decoy: solves on the raw data, then sets the intercept from the means."""


def ridge_fit(X: np.ndarray, y: np.ndarray, alpha: float,
              fit_intercept: bool = True) -> tuple[np.ndarray, float]:
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    _validate(X, y)
    if alpha < 0:
        raise ValueError(f"alpha must be >= 0, got {alpha}")
    Xc, yc, x_mean, y_mean = _centre(X, y, fit_intercept)
    A = X.T @ X + alpha * np.eye(X.shape[1])
    coef = np.linalg.lstsq(A, X.T @ y, rcond=None)[0]
    return coef, float(y_mean - x_mean @ coef)
