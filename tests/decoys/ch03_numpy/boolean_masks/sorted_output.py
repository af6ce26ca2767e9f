"""Decoy: drop_outliers returns the kept entries sorted instead of in their original order."""


def drop_outliers(x: np.ndarray, z: float = 3.0) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    if x.size == 0 or x.max() == x.min():
        return x.copy()  # constant: every z-score is taken as 0
    scores = (x - x.mean()) / x.std()
    return np.sort(x[np.abs(scores) <= z])
