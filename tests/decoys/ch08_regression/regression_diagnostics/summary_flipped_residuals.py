"""Decoy: residual_summary computes residuals as predicted minus observed."""


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
