"""Decoy: drop_outliers treats x as constant only when its computed std is exactly 0."""


def drop_outliers(x: np.ndarray, z: float = 3.0) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    if x.size == 0 or x.std() == 0:
        return x.copy()  # constant: every z-score is taken as 0
    scores = (x - x.mean()) / x.std()
    return x[np.abs(scores) <= z]
