"""Decoy: counts classes with np.bincount, which fails on strings and negative labels."""


def _shares(y: np.ndarray) -> np.ndarray:
    y = np.asarray(y)
    if y.ndim != 1 or y.size == 0:
        raise ValueError(f"y must be a non-empty 1-D array, got shape {y.shape}")
    # np.unique works for strings and arbitrary integers alike (np.bincount does not).
    counts = np.bincount(y)
    return counts[counts > 0] / y.size
