"""Decoy: kappa divides by 1 - p_e even when it is 0, giving NaN instead of 0.0."""


def cohen_kappa(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    C = _confusion(y_true, y_pred)
    n = C.sum()
    p_o = np.trace(C) / n
    p_e = float(C.sum(axis=1) @ C.sum(axis=0)) / n**2
    return float(np.float64(p_o - p_e) / np.float64(1 - p_e))
