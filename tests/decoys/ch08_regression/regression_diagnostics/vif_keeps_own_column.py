"""Decoy: column j is not removed from its own auxiliary regression."""


def vif(X: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got {X.ndim}-D")
    n, d = X.shape
    if d < 2:
        raise ValueError(f"vif needs at least 2 columns, got {d}")
    if n < d + 1:
        raise ValueError(f"vif needs at least d + 1 = {d + 1} rows, got {n}")
    if np.any(np.ptp(X, axis=0) == 0):
        raise ValueError("X has a constant column; pass the features without an intercept column")
    out = np.empty(d)
    for j in range(d):
        rss, tss = _sums_of_squares(X, X[:, j])
        # 1 / (1 - R^2) = TSS / RSS, without the cancellation in 1 - R^2 when R^2 is close to 1.
        out[j] = tss / rss
    return out
