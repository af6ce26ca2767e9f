"""Decoy: MCC returns NaN (0/0) instead of 0.0 when a vector holds a single class."""


def mcc(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    C = _confusion(y_true, y_pred).astype(float)
    t, p = C.sum(axis=1), C.sum(axis=0)
    c, s = np.trace(C), C.sum()
    den = np.sqrt((s**2 - p @ p) * (s**2 - t @ t))
    return float(np.float64(c * s - t @ p) / den)
