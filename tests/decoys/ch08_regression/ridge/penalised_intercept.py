"""Decoy: the intercept is penalised along with the coefficients (ones column inside the penalty)."""


def ridge_fit(X: np.ndarray, y: np.ndarray, alpha: float,
              fit_intercept: bool = True) -> tuple[np.ndarray, float]:
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    _validate(X, y)
    if alpha < 0:
        raise ValueError(f"alpha must be >= 0, got {alpha}")
    Z = np.column_stack([X, np.ones(len(y))]) if fit_intercept else X
    A = Z.T @ Z + alpha * np.eye(Z.shape[1])
    w = np.linalg.lstsq(A, Z.T @ y, rcond=None)[0]
    return (w[:-1], float(w[-1])) if fit_intercept else (w, 0.0)
