"""Decoy: np.vander(x, degree) drops the highest power (degree columns instead of degree + 1)."""


def vandermonde(x: np.ndarray, degree: int) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        raise ValueError(f"x must be 1-D, got {x.ndim}-D")
    if degree < 0:
        raise ValueError(f"degree must be >= 0, got {degree}")
    return np.vander(x, max(degree, 1))
