"""Decoy: double_values multiplies the raw input by 2, which repeats a list."""


def double_values(items: Sequence[float]) -> np.ndarray:
    # On a list, `items * 2` repeats it; on a float array it doubles every value.
    return np.asarray(items * 2, dtype=np.float64)
