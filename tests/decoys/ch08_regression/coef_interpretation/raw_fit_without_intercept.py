"""Decoy: raw coefficients are fitted without an intercept, then multiplied by std(x_j)."""


def standardized_coefficients(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got {X.ndim}-D")
    if y.ndim != 1:
        raise ValueError(f"y must be 1-D, got {y.ndim}-D")
    if X.shape[0] != y.shape[0]:
        raise ValueError(f"X has {X.shape[0]} rows but y has {y.shape[0]}")
    if np.any(np.ptp(X, axis=0) == 0):
        raise ValueError("X has a constant column, which cannot be standardised")
    raw = np.linalg.lstsq(X, y, rcond=None)[0]
    return raw * X.std(axis=0)
