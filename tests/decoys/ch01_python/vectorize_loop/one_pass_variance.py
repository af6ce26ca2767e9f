"""Decoy: the vectorised version uses the one-pass variance mean(x**2) - mean(x)**2."""


def zscore_vectorized(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError(f"x must be a non-empty 1-D array, got shape {x.shape}")
    if x.max() == x.min():
        return np.zeros_like(x)
    centred = x - x.mean()
    return centred / np.sqrt(np.mean(x**2) - x.mean() ** 2)
