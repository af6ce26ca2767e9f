"""Decoy: as_float_array returns the caller's float64 array itself instead of a new array."""


def as_float_array(items: Sequence) -> np.ndarray:
    if isinstance(items, np.ndarray):
        if items.ndim != 1:
            raise ValueError(f"expected a 1-D array, got shape {items.shape}")
        if items.dtype.kind not in "biuf":
            raise TypeError(f"expected a numeric array, got dtype {items.dtype}")
        return np.asarray(items, dtype=np.float64)
    # np.asarray(items, dtype=float) would quietly accept '1.5' and turn None into nan.
    for i, item in enumerate(items):
        if not isinstance(item, numbers.Real):
            raise TypeError(f"item {i} is {type(item).__name__}, not a real number: {item!r}")
    return np.array(list(items), dtype=np.float64)
