"""Decoy: drop_outliers divides by the sample standard deviation (ddof=1)."""


def drop_outliers(x: np.ndarray, z: float = 3.0) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    if x.size == 0 or x.max() == x.min():
        return x.copy()  # constant: every z-score is taken as 0
    scores = (x - x.mean()) / x.std(ddof=1)
    return x[np.abs(scores) <= z]
