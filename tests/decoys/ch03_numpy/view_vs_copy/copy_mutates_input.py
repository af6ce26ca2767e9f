"""Decoy: standardized_copy standardises a in place and returns it."""


def standardized_copy(a: np.ndarray) -> np.ndarray:
    a = np.asarray(a)
    if not np.issubdtype(a.dtype, np.floating):
        a = a.astype(np.float64)
    mean, scale = _column_stats(a)
    a -= mean
    a /= scale
    return a
