"""Decoy: standardize_inplace accepts integer arrays and silently truncates the values with a[:] = ...."""


def standardize_inplace(a: np.ndarray) -> None:
    mean, scale = _column_stats(a)
    # Augmented assignment writes into a's own buffer: every view of a sees the change.
    a[:] = (a - mean) / scale
