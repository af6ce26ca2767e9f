"""Decoy: standardize_inplace rebinds the local name (a = ...) instead of writing into a."""


def standardize_inplace(a: np.ndarray) -> None:
    if not np.issubdtype(a.dtype, np.floating):
        raise TypeError(f"standardize_inplace needs a floating-point array, got {a.dtype}")
    mean, scale = _column_stats(a)
    # Augmented assignment writes into a's own buffer: every view of a sees the change.
    a = (a - mean) / scale
