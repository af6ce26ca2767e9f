"""Decoy: too few points for the degree are not rejected (lstsq returns a minimum-norm fit)."""


def fit_poly_1d(x: np.ndarray, y: np.ndarray, degree: int) -> np.ndarray:
    x, y = _pair(x, y, "fit_poly_1d")
    if degree < 0:
        raise ValueError(f"degree must be >= 0, got {degree}")
    # lstsq works on V itself (SVD), so its accuracy follows cond(V), not cond(V)^2.
    return np.linalg.lstsq(vandermonde(x, degree), y, rcond=None)[0]
