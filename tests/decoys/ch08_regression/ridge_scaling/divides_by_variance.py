"""Decoy: scales the columns by their variance instead of their standard deviation."""


def ridge_standardized(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    if X.ndim != 2 or y.ndim != 1 or X.shape[0] != y.shape[0]:
        raise ValueError(f"X must be (n, d) and y (n,), got {X.shape} and {y.shape}")
    if alpha < 0:
        raise ValueError(f"alpha must be >= 0, got {alpha}")
    constant = np.ptp(X, axis=0) == 0
    if constant.any():
        raise ValueError(f"constant column(s) {np.flatnonzero(constant).tolist()} cannot be scaled")
    mean, std = X.mean(axis=0), X.var(axis=0)  # population std, as StandardScaler
    Z = (X - mean) / std  # centred, so the intercept of the standardised fit is mean(y)
    yc = y - y.mean()
    v = np.linalg.lstsq(Z.T @ Z + alpha * np.eye(X.shape[1]), Z.T @ yc, rcond=None)[0]
    # Z @ v = (X - mean) @ (v / std): undo the scaling on the coefficients, the centring on b.
    coef = v / std
    return coef, float(y.mean() - mean @ coef)
