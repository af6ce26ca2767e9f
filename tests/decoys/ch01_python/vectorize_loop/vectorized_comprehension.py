"""Decoy: the vectorised version builds its result with a list comprehension."""


def zscore_vectorized(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError(f"x must be a non-empty 1-D array, got shape {x.shape}")
    if x.max() == x.min():
        return np.zeros_like(x)
    centred = x - x.mean()
    std = np.sqrt(np.mean(centred**2))
    return np.array([c / std for c in centred])
