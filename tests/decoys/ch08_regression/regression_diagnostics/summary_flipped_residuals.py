"""Decoy: residual_summary computes residuals as predicted minus observed."""

import numpy as np


def _sums_of_squares(A: np.ndarray, t: np.ndarray) -> tuple[float, float]:
    """(RSS, TSS) of the least-squares fit of t on A with an intercept."""
    Z = np.column_stack([A, np.ones(len(t))])
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
        rss, tss = _sums_of_squares(np.delete(X, j, axis=1), X[:, j])
        # 1 / (1 - R^2) = TSS / RSS, without the cancellation in 1 - R^2 when R^2 is close to 1.
        out[j] = tss / rss
    return out


def durbin_watson(residuals: np.ndarray) -> float:
    e = np.asarray(residuals, dtype=float)
    if e.ndim != 1:
        raise ValueError(f"residuals must be 1-D, got {e.ndim}-D")
    if e.shape[0] < 3:
        raise ValueError(f"durbin_watson needs at least 3 residuals, got {e.shape[0]}")
    denominator = float(e @ e)
    if denominator == 0:
        raise ValueError("all residuals are zero: the Durbin-Watson statistic is undefined")
    return float(np.sum(np.diff(e) ** 2) / denominator)


def breusch_pagan_r2(X: np.ndarray, residuals: np.ndarray) -> float:
    X, e = np.asarray(X, dtype=float), np.asarray(residuals, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got {X.ndim}-D")
    if e.ndim != 1:
        raise ValueError(f"residuals must be 1-D, got {e.ndim}-D")
    if X.shape[0] != e.shape[0]:
        raise ValueError(f"X has {X.shape[0]} rows but there are {e.shape[0]} residuals")
    if e.shape[0] < 3:
        raise ValueError(f"breusch_pagan_r2 needs at least 3 rows, got {e.shape[0]}")
    squared = e**2
    if np.ptp(squared) == 0:
        return 0.0
    rss, tss = _sums_of_squares(X, squared)
    return 1.0 - rss / tss


def residual_summary(X: np.ndarray, y: np.ndarray, coef: np.ndarray, intercept: float) -> dict:
    X, y, coef = (np.asarray(a, dtype=float) for a in (X, y, coef))
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got {X.ndim}-D")
    if y.ndim != 1:
        raise ValueError(f"y must be 1-D, got {y.ndim}-D")
    if coef.shape != (X.shape[1],):
        raise ValueError(f"coef must have shape ({X.shape[1]},), got {coef.shape}")
    if X.shape[0] != y.shape[0]:
        raise ValueError(f"X has {X.shape[0]} rows but y has {y.shape[0]}")
    if y.shape[0] < 3:
        raise ValueError(f"residual_summary needs at least 3 rows, got {y.shape[0]}")
    residuals = (X @ coef + intercept) - y
    return {
        "residuals": residuals,
        "mean": float(residuals.mean()),
        "rmse": float(np.sqrt(np.mean(residuals**2))),
        "durbin_watson": durbin_watson(residuals),
        "breusch_pagan_r2": breusch_pagan_r2(X, residuals),
        "max_vif": float(vif(X).max()) if X.shape[1] > 1 else 1.0,
    }
