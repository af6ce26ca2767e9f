"""Decoy: probabilities are clipped to [eps, 1] only, so p = 1 with a 0 label costs infinity."""


def binary_cross_entropy(y: np.ndarray, p: np.ndarray, eps: float = 1e-12) -> float:
    y, p = _pair(y, p, "y and p")
    _unit_interval(y, "y")
    _unit_interval(p, "p")
    # Clipping on both sides: log(0) at p = 0 (y = 1) and log(1 - 1) at p = 1 (y = 0) stay finite.
    p = np.clip(p, eps, 1)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log1p(-p)))
