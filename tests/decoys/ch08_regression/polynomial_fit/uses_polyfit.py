"""Decoy: the fit calls np.polyfit instead of solving least squares on the power features."""


def fit_poly_1d(x: np.ndarray, y: np.ndarray, degree: int) -> np.ndarray:
    x, y = _pair(x, y, "fit_poly_1d")
    if degree < 0:
        raise ValueError(f"degree must be >= 0, got {degree}")
    if x.shape[0] < degree + 1:
        raise ValueError(f"a degree-{degree} fit needs at least {degree + 1} points, "
                         f"got {x.shape[0]}")
    # lstsq works on V itself (SVD), so its accuracy follows cond(V), not cond(V)^2.
    return np.polyfit(x, y, degree)
