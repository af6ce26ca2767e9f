"""Decoy: the Durbin-Watson denominator sums only the last n - 1 squared residuals."""


def durbin_watson(residuals: np.ndarray) -> float:
    e = np.asarray(residuals, dtype=float)
    if e.ndim != 1:
        raise ValueError(f"residuals must be 1-D, got {e.ndim}-D")
    if e.shape[0] < 3:
        raise ValueError(f"durbin_watson needs at least 3 residuals, got {e.shape[0]}")
    denominator = float(e[1:] @ e[1:])
    if denominator == 0:
        raise ValueError("all residuals are zero: the Durbin-Watson statistic is undefined")
    return float(np.sum(np.diff(e) ** 2) / denominator)
