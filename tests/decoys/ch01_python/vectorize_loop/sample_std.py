"""Decoy: the vectorised version divides by the sample standard deviation (ddof=1)."""


def zscore_vectorized(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError(f"x must be a non-empty 1-D array, got shape {x.shape}")
    if x.max() == x.min():
        return np.zeros_like(x)
    centred = x - x.mean()
    return centred / x.std(ddof=1)
