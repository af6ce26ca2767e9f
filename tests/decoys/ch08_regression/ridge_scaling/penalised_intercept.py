"""Decoy: fits the intercept as a penalised column of ones next to the standardised features."""


def ridge_standardized(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    if X.ndim != 2 or y.ndim != 1 or X.shape[0] != y.shape[0]:
        raise ValueError(f"X must be (n, d) and y (n,), got {X.shape} and {y.shape}")
    if alpha < 0:
        raise ValueError(f"alpha must be >= 0, got {alpha}")
    constant = np.ptp(X, axis=0) == 0
    if constant.any():
        raise ValueError(f"constant column(s) {np.flatnonzero(constant).tolist()} cannot be scaled")
    mean, std = X.mean(axis=0), X.std(axis=0)  # population std, as StandardScaler
    Z = (X - mean) / std  # centred, so the intercept of the standardised fit is mean(y)
    Z1 = np.column_stack([Z, np.ones(len(y))])
    v = np.linalg.lstsq(Z1.T @ Z1 + alpha * np.eye(X.shape[1] + 1), Z1.T @ y, rcond=None)[0]
    coef = v[:-1] / std
    return coef, float(v[-1] - mean @ coef)
