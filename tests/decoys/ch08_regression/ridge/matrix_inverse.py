"""Decoy: right numbers, but forms the inverse with np.linalg.inv."""


def ridge_fit(X: np.ndarray, y: np.ndarray, alpha: float,
              fit_intercept: bool = True) -> tuple[np.ndarray, float]:
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    _validate(X, y)
    if alpha < 0:
        raise ValueError(f"alpha must be >= 0, got {alpha}")
    Xc, yc, x_mean, y_mean = _centre(X, y, fit_intercept)
    A = Xc.T @ Xc + alpha * np.eye(X.shape[1])
    # lstsq also covers alpha = 0 with a singular Gram matrix (minimum-norm solution).
    coef = np.linalg.pinv(A) @ (Xc.T @ yc) if alpha == 0 else np.linalg.inv(A) @ (Xc.T @ yc)
    return coef, float(y_mean - x_mean @ coef)
