"""Decoy: binary cross-entropy sums over the examples instead of averaging."""


def binary_cross_entropy(y: np.ndarray, p: np.ndarray, eps: float = 1e-12) -> float:
    y, p = _pair(y, p, "y and p")
    _unit_interval(y, "y")
    _unit_interval(p, "p")
    # Clipping on both sides: log(0) at p = 0 (y = 1) and log(1 - 1) at p = 1 (y = 0) stay finite.
    p = np.clip(p, eps, 1 - eps)
    return float(-np.sum(y * np.log(p) + (1 - y) * np.log1p(-p)))
