"""Decoy: standardize_inplace standardises each row instead of each column."""


def standardize_inplace(a: np.ndarray) -> None:
    if not np.issubdtype(a.dtype, np.floating):
        raise TypeError(f"standardize_inplace needs a floating-point array, got {a.dtype}")
    mean, scale = _column_stats(a.T)
    mean, scale = mean[:, None], scale[:, None]
    # Augmented assignment writes into a's own buffer: every view of a sees the change.
    a -= mean
    a /= scale
