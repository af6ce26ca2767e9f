"""Decoy: the intercept divides by w[0] instead of w[1]."""


def linear_boundary(w: np.ndarray, b: float) -> tuple[float, float]:
    w = np.asarray(w, dtype=float)
    if w.shape != (2,):
        raise ValueError(f"w must have length 2, got shape {w.shape}")
    if w[1] == 0:
        raise ValueError("w[1] == 0: the boundary is vertical and has no slope")
    # w0 x + w1 y + b = 0  <=>  y = -(w0 / w1) x - b / w1
    return float(-w[0] / w[1]), float(-b / w[0])
