"""Decoy: the dual system is solved on uncentred data."""


def ridge_fit_dual(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    _validate(X, y)
    if alpha <= 0:
        raise ValueError(f"the dual form needs alpha > 0, got {alpha}")
    x_mean, y_mean = X.mean(axis=0), float(y.mean())
    dual = np.linalg.solve(X @ X.T + alpha * np.eye(X.shape[0]), y)
    coef = X.T @ dual
    return coef, float(y_mean - x_mean @ coef)
