"""Decoy: binary cross-entropy takes logs of p without clipping, so p = 0 or 1 gives inf or nan."""


def binary_cross_entropy(y: np.ndarray, p: np.ndarray, eps: float = 1e-12) -> float:
    y, p = _pair(y, p, "y and p")
    _unit_interval(y, "y")
    _unit_interval(p, "p")
    # Clipping on both sides: log(0) at p = 0 (y = 1) and log(1 - 1) at p = 1 (y = 0) stay finite.
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log1p(-p)))
