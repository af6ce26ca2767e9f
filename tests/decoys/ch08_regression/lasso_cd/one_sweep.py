"""Decoy: breaks out of the sweep loop unconditionally, so it always stops after one sweep."""


def lasso_cd(X: np.ndarray, y: np.ndarray, alpha: float, max_iter: int = 10_000,
             tol: float = 1e-8, fit_intercept: bool = True) -> tuple[np.ndarray, float]:
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got {X.ndim}-D")
    if y.ndim != 1:
        raise ValueError(f"y must be 1-D, got {y.ndim}-D")
    if X.shape[0] != y.shape[0]:
        raise ValueError(f"X has {X.shape[0]} rows but y has {y.shape[0]}")
    if alpha < 0:
        raise ValueError(f"alpha must be >= 0, got {alpha}")
    if max_iter < 1:
        raise ValueError(f"max_iter must be >= 1, got {max_iter}")
    if tol < 0:
        raise ValueError(f"tol must be >= 0, got {tol}")

    n, d = X.shape
    if fit_intercept:
        # The unpenalised intercept is profiled out by centring; it is not part of the sweep.
        x_mean, y_mean = X.mean(axis=0), float(y.mean())
        X, y = X - x_mean, y - y_mean
    else:
        x_mean, y_mean = np.zeros(d), 0.0
    columns = np.ascontiguousarray(X.T)  # row j is column X_j, contiguous in memory
    col_sq = np.einsum("ji,ji->j", columns, columns)  # ||X_j||^2
    w = np.zeros(d)
    r = y.copy()  # residual y - X w, kept up to date after every coordinate change
    for _ in range(max_iter):
        max_change = 0.0
        for j in range(d):
            if col_sq[j] == 0.0:
                continue  # a (centred) zero column does not affect the loss: keep w_j = 0
            x_j, old = columns[j], w[j]
            # The exact minimiser over w_j of (1/2n)||r_j - x_j w_j||^2 + alpha |w_j|, where
            # r_j = r + x_j w_j is the residual without feature j: soft-threshold x_j . r_j at
            # n * alpha (not alpha), then divide by ||x_j||^2 (scalar soft_threshold, inlined).
            rho = float(x_j @ r) + col_sq[j] * old
            new = math.copysign(max(abs(rho) - n * alpha, 0.0), rho) / col_sq[j]
            if new != old:
                r -= x_j * (new - old)
                w[j] = new
                max_change = max(max_change, abs(new - old))
        break
    return w, float(y_mean - x_mean @ w)
