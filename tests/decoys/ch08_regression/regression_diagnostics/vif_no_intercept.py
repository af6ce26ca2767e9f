"""Decoy: the auxiliary VIF regressions are fitted without an intercept."""


def _sums_of_squares(A: np.ndarray, t: np.ndarray, intercept: bool = True) -> tuple[float, float]:
    """(RSS, TSS) of the least-squares fit of t on A with an intercept."""
    Z = np.column_stack([A, np.ones(len(t))]) if intercept else A
    fitted = Z @ np.linalg.lstsq(Z, t, rcond=None)[0]
    return float(np.sum((t - fitted) ** 2)), float(np.sum((t - t.mean()) ** 2))


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
        rss, tss = _sums_of_squares(np.delete(X, j, axis=1), X[:, j], intercept=False)
        # 1 / (1 - R^2) = TSS / RSS, without the cancellation in 1 - R^2 when R^2 is close to 1.
        out[j] = tss / rss
    return out
