"""Decoy: standardized_copy returns a itself when it is already standardised."""


def standardized_copy(a: np.ndarray) -> np.ndarray:
    a = np.asarray(a)
    if not np.issubdtype(a.dtype, np.floating):
        a = a.astype(np.float64)
    mean, scale = _column_stats(a)
    if np.allclose(mean, 0) and np.allclose(scale, 1):
        return a
    return (a - mean) / scale  # arithmetic allocates a new array; a is untouched
