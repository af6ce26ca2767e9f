"""Decoy: the chance agreement uses the actual class shares twice (sum of squared true shares)."""


def cohen_kappa(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    C = _confusion(y_true, y_pred)
    n = C.sum()
    p_o = np.trace(C) / n
    p_e = float(C.sum(axis=1) @ C.sum(axis=1)) / n**2
    return float((p_o - p_e) / (1 - p_e)) if p_e < 1 else 0.0
