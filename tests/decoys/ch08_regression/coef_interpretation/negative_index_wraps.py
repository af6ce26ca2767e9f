"""Decoy: a negative feature index is counted from the end instead of raising."""


def effect_of_change(coef: np.ndarray, j: int, delta: float) -> float:
    coef = np.asarray(coef, dtype=float)
    if coef.ndim != 1:
        raise ValueError(f"coef must be 1-D, got {coef.ndim}-D")
    # NumPy would silently count a negative j from the end: reject it explicitly.
    if not -coef.shape[0] <= j < coef.shape[0]:
        raise IndexError(f"feature index {j} is outside 0..{coef.shape[0] - 1}")
    # The model is linear: the other features and the intercept cancel in the difference.
    return float(coef[j] * delta)
