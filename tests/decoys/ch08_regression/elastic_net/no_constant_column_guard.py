"""Decoy: divides by x_j^T x_j / n without skipping constant columns."""


def elastic_net_cd(X: np.ndarray, y: np.ndarray, alpha: float, l1_ratio: float,
                   max_iter: int = 10_000, tol: float = 1e-8) -> tuple[np.ndarray, float]:
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    if X.ndim != 2 or y.ndim != 1 or X.shape[0] != y.shape[0] or X.shape[0] == 0:
        raise ValueError(f"X must be (n, d) and y (n,) with n >= 1, got {X.shape} and {y.shape}")
    if alpha < 0:
        raise ValueError(f"alpha must be >= 0, got {alpha}")
    if not 0.0 <= l1_ratio <= 1.0:
        raise ValueError(f"l1_ratio must be in [0, 1], got {l1_ratio}")
    if max_iter < 1:
        raise ValueError(f"max_iter must be >= 1, got {max_iter}")
    n, d = X.shape
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc = X - x_mean
    l1, l2 = alpha * l1_ratio, alpha * (1.0 - l1_ratio)
    col_sq = (Xc**2).sum(axis=0) / n
    active = np.ones(d, dtype=bool)
    w = np.zeros(d)
    r = y - y_mean  # residual of the centred problem, kept up to date after every update
    for _ in range(max_iter):
        largest_change = 0.0
        for j in np.flatnonzero(active):
            x_j = Xc[:, j]
            # Correlation of x_j with the partial residual that leaves feature j out.
            z = x_j @ r / n + col_sq[j] * w[j]
            new = _soft_threshold(z, l1) / (col_sq[j] + l2)
            change = new - w[j]
            if change != 0.0:
                r -= change * x_j
                w[j] = new
                largest_change = max(largest_change, abs(change))
        if largest_change <= tol:
            break
    return w, float(y_mean - x_mean @ w)
