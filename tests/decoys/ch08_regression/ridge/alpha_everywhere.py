"""Decoy: alpha is added to every entry of the Gram matrix instead of its diagonal."""


def ridge_fit(X: np.ndarray, y: np.ndarray, alpha: float,
              fit_intercept: bool = True) -> tuple[np.ndarray, float]:
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    _validate(X, y)
    if alpha < 0:
        raise ValueError(f"alpha must be >= 0, got {alpha}")
    Xc, yc, x_mean, y_mean = _centre(X, y, fit_intercept)
    A = Xc.T @ Xc + alpha
    # lstsq also covers alpha = 0 with a singular Gram matrix (minimum-norm solution).
    coef = np.linalg.lstsq(A, Xc.T @ yc, rcond=None)[0]
    return coef, float(y_mean - x_mean @ coef)
